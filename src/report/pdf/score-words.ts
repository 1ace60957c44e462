// The PDF's words for scores: an overall score or change as the page shows it, what the kind of
// assessment says, and the level core items held the score from.
import type { Lang } from '../../i18n/lang.js';
import { t, type MessageKey } from '../../i18n/catalogue.js';
import type { Scale } from '../../scale/model.js';
import type { AssessmentResult } from '../../result/schema.js';
import { levelScoreText, shownChangeText } from '../level-judgement.js';

const KIND_SAYS = {
  self: 'pdf.kindSays.self',
  external: 'pdf.kindSays.external',
  unknown: 'pdf.kindSays.unknown',
} as const satisfies Record<NonNullable<AssessmentResult['kind']> | 'unknown', MessageKey>;

export function kindSays(lang: Lang, kind: AssessmentResult['kind']): string {
  return t(lang, KIND_SAYS[kind ?? 'unknown']);
}

/** An overall score or threshold as the page shows it: with the decimals that decide its band ("3,47"); sums as they are. */
export function overallText(scale: Scale, value: number | null, lang: Lang): string {
  return levelScoreText(scale, value, lang);
}

/** A signed change of an overall score: the difference of the two scores as shown. */
export function overallChangeText(scale: Scale, current: number | null, change: number | null, lang: Lang): string {
  return shownChangeText(scale, current, change, lang);
}
