// The assessment file format (SPEC section 4) as a strict zod schema: what `assess` writes and
// `score` / `report` read. Human-readable and stable, so teams keep these files for years.
import { z } from 'zod';

export const ASSESSMENT_FORMAT_VERSION = 1;

/** A real calendar date: 2026-02-31 is refused. */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const IsoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'schema.notADate').refine(isCalendarDate, 'schema.notADate'),
  // YAML reads an unquoted 2026-10-15 as a date; the reader turns it back into the string.
  z.date(),
]);

/** A score, or `na` for not applicable. */
const Answer = z.union([z.number(), z.literal('na')]);

export const RatingEntrySchema = z.strictObject({
  score: z.number().optional(),
  na: z.boolean().optional(),
  raters: z.record(z.string(), Answer).optional(),
  note: z.string().optional(),
  skipped: z.boolean().optional(),
});

export const ActionSchema = z.strictObject({
  item: z.string().optional(),
  action: z.string().min(1),
  owner: z.string().optional(),
  due: IsoDate.optional(),
});

export const AssessmentFileSchema = z.strictObject({
  hfFidelityAssessment: z.literal(ASSESSMENT_FORMAT_VERSION),
  scale: z.strictObject({ id: z.string().min(1), version: z.string().optional() }),
  team: z.string().min(1),
  date: IsoDate,
  kind: z.enum(['self', 'external']).optional(),
  status: z.enum(['in-progress', 'complete']).optional(),
  raters: z.array(z.string().min(1)).optional(),
  ratings: z.record(z.string(), RatingEntrySchema.nullable()).optional(),
  strengths: z.array(z.string()).optional(),
  recommendations: z.array(z.string()).optional(),
  actions: z.array(ActionSchema).optional(),
});

export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;
export type RatingEntry = z.infer<typeof RatingEntrySchema>;
