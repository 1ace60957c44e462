// The assessment file format (SPEC section 4) as a strict zod schema: what `assess` writes and
// `score` / `report` read. Human-readable and stable, so teams keep these files for years.
import { z } from 'zod';
import { parseDate } from '../shared/parse-date.js';

export const ASSESSMENT_FORMAT_VERSION = 1;

/** Where an action of the plan stands. */
export const ACTION_STATUSES = ['planned', 'started', 'done', 'dropped'] as const;

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
  /** Why this score (public, SPEC 12). */
  rationale: z.string().optional(),
  /** What the reviewers recommend for this item (public). */
  recommendation: z.string().optional(),
  skipped: z.boolean().optional(),
});

const ActionSchema = z.strictObject({
  item: z.string().optional(),
  action: z.string().min(1),
  owner: z.string().optional(),
  due: IsoDate.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

/** How the assessment was made: visits, reviewers, evidence, conciliation, limitations (SPEC 12). */
const ReviewSchema = z.strictObject({
  visits: z.array(IsoDate).optional(),
  reviewers: z.array(z.strictObject({ name: z.string().min(1), role: z.string().optional(), organisation: z.string().optional() })).optional(),
  evidence: z
    .strictObject({
      staffInterviews: z.number().int().nonnegative().optional(),
      participantInterviews: z.number().int().nonnegative().optional(),
      partnerInterviews: z.number().int().nonnegative().optional(),
      recordsReviewed: z.number().int().nonnegative().optional(),
      teamMeetingsObserved: z.number().int().nonnegative().optional(),
      documents: z.array(z.string()).optional(),
    })
    .optional(),
  conciliation: IsoDate.optional(),
  limitations: z.string().optional(),
});

/** What holds the team back that it does not control alone. */
const BarrierSchema = z.strictObject({
  text: z.string().min(1),
  level: z.enum(['systemic', 'organisational', 'individual']),
  owner: z.string().optional(),
  items: z.array(z.string()).optional(),
});

/** Last round's actions, as they stand now. */
const FollowUpSchema = z.strictObject({
  from: IsoDate.optional(),
  item: z.string().optional(),
  action: z.string().min(1),
  status: z.enum(ACTION_STATUSES),
  note: z.string().optional(),
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
  review: ReviewSchema.optional(),
  keyMessages: z.array(z.string().min(1)).optional(),
  barriers: z.array(BarrierSchema).optional(),
  followUp: z.array(FollowUpSchema).optional(),
});

export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;
export type RatingEntry = z.infer<typeof RatingEntrySchema>;
