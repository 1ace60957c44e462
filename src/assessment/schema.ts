// The assessment file format (SPEC section 4) as a strict zod schema: what `assess` writes and
// `score` / `report` read. Human-readable and stable, so teams keep these files for years.
import { z } from 'zod';
import { parseDate } from '../shared/parse-date.js';

export const ASSESSMENT_FORMAT_VERSION = 1;

const IsoDate = z.union([
  // A real calendar date: 2026-02-31 is refused.
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'schema.notADate').refine((text) => parseDate(text) === text, 'schema.notADate'),
  // YAML reads an unquoted 2026-10-15 as a date; it is turned back into the string, so a file's dates are always text.
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** A score, or `na` for not applicable. */
const Answer = z.union([z.number(), z.literal('na')]);

const RatingEntrySchema = z.strictObject({
  score: z.number().optional(),
  na: z.boolean().optional(),
  raters: z.record(z.string(), Answer).optional(),
  note: z.string().optional(),
  skipped: z.boolean().optional(),
});

const ActionSchema = z.strictObject({
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
