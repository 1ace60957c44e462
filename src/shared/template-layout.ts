// The template workbook's layout (SPEC 14), which its writer (report/xlsx/template-workbook.ts) and its
// reader (input/read-template.ts) share: the hidden sheet that marks a workbook as a template and says
// how to read it, the meta cells, and the columns of the scores sheet by the message that heads them.
import type { MessageKey } from './message-params.js';

/** The hidden ("very hidden": not listed by Excel's Unhide) sheet that marks a template. */
export const MARKER_SHEET = 'hf-fidelity';
export const MARKER_FORMAT = 'hf-fidelity-template';
export const MARKER_VERSION = '1';

/** The marker sheet's rows: a key in column A, its value in column B. */
export type MarkerKey = 'format' | 'version' | 'scale' | 'scaleVersion' | 'lang' | 'sheet';

/** Meta cells: a label in column A, its value in column B, in the rows under the title. */
export const META_LABELS = {
  team: 'excel.template.team',
  date: 'excel.template.date',
  kind: 'excel.template.kind',
} as const satisfies Record<string, MessageKey>;

/** The fixed columns of the scores table, in order; the rater columns stand between anchors and agreed. */
export const LEAD_COLUMNS = {
  id: 'excel.col.id',
  domain: 'excel.col.domain',
  title: 'excel.col.title',
  anchors: 'excel.template.anchors',
} as const satisfies Record<string, MessageKey>;

export const TAIL_COLUMNS = {
  agreed: 'excel.col.agreed',
  mean: 'excel.template.mean',
  rationale: 'excel.col.rationale',
  note: 'excel.col.note',
} as const satisfies Record<string, MessageKey>;

/** Rater columns a template has when no --rater is given. */
export const DEFAULT_RATER_COLUMNS = 2;
