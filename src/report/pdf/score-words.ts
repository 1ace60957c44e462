// What the kind of assessment says on the PDF's page one.
import type { Lang } from '../../i18n/lang.js';
import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { AssessmentResult } from '../../result/schema.js';

const KIND_SAYS = {
  self: 'pdf.kindSays.self',
  external: 'pdf.kindSays.external',
  unknown: 'pdf.kindSays.unknown',
} as const satisfies Record<NonNullable<AssessmentResult['kind']> | 'unknown', MessageKey>;

export function kindSays(lang: Lang, kind: AssessmentResult['kind']): string {
  return t(lang, KIND_SAYS[kind ?? 'unknown']);
}
