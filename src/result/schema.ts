// The result: the one contract between scoring and every renderer (SPEC sections 7 and 11), written
// once as a zod schema. The TypeScript types are inferred from it, so a field added here is a field of
// the type scoring must fill, and of the JSON read back; objects are strict, so a key the schema does
// not know is refused when a result is read, never silently dropped. Scoring imports only the types
// (`import type`), so zod loads only when a JSON result is read.
import { z } from 'zod';

const Score = z.number().nullable();
const Count = z.number().int().nonnegative();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Answer = z.union([z.number(), z.literal('na')]);
const Range = z.strictObject({ min: z.number(), max: z.number() });
const Ids = z.array(z.string());

const ItemResult = z.strictObject({
  id: z.string(),
  domain: z.string(),
  status: z.enum(['rated', 'na', 'missing']),
  score: Score,
  /** Each rater's answer: a number, or "na". */
  raters: z.record(z.string(), Answer),
  /** True when the score is an agreed consensus, not the raters' mean. */
  consensus: z.boolean(),
  /** Highest minus lowest numeric rater score; null with fewer than two numeric scores. */
  spread: Score,
  note: z.string().nullable(),
  /** Why this score (public, SPEC 12); only where one is written, so the JSON of a survey stays lean. */
  rationale: z.string().optional(),
  /** What the reviewers recommend for the item (public); only where one is written. */
  recommendation: z.string().optional(),
});

/** Why no level is given though a score is (SPEC 11): too few items rated, or a core item not rated. */
const LevelWithheld = z.strictObject({
  reason: z.enum(['too-few-rated', 'critical-not-rated']),
  rated: Count,
  needed: Count,
  /** The unrated core items, where that is the reason. */
  items: Ids,
});

const OverallResult = z.strictObject({
  /** By the scale's aggregation; null when nothing is rated (or a domain is empty under sum-of-domain-means). */
  score: Score,
  /** Unweighted mean of rated items. */
  itemMean: Score,
  /** Unweighted sum of rated items. */
  total: Score,
  percent: Score,
  level: z.string().nullable(),
  /** The level the score alone reaches, before core items and before any level is withheld. */
  scoreLevel: z.string().nullable(),
  levelWithheld: LevelWithheld.nullable(),
  rated: Count,
  na: Count,
  missing: Count,
  /** Rating point -> how many rated items sit there (decimal scores count at their rounded point). */
  distribution: z.record(z.string(), Count),
  /** Rated core items below the minCritical of the best level the score alone would reach. */
  criticalBelow: Ids,
  /** Lowest and highest possible overall score, given the aggregation and the rated items. */
  range: Range.nullable(),
});

const DomainResult = z.strictObject({
  id: z.string(),
  score: Score,
  percent: Score,
  rated: Count,
  na: Count,
  missing: Count,
  range: Range,
});

const PrincipleResult = z.strictObject({
  id: z.string(),
  score: Score,
  rated: Count,
  na: Count,
  missing: Count,
});

/** Items picked from the scores, with the rule that picked them, so every format shows the same ones. */
const Pick = z.strictObject({
  rule: z.enum(['highest-at-or-above-middle', 'lowest-below-top-core-first']),
  items: Ids,
  /** Items not picked that share the last picked item's score: a tie is said as a tie. */
  tiedWithLast: Count,
});

const Highlights = z.strictObject({ strengths: Pick, improve: Pick });

/**
 * Krippendorff's alpha over items x raters (SPEC 15): raters' numeric scores only (N/A, missing and the
 * consensus left out). Null with fewer than two pairable scores, or where every pairable score is the
 * same (expected disagreement 0: alpha would be 0/0).
 */
const AlphaResult = z.strictObject({ ordinal: Score, interval: Score });

const AgreementResult = z.strictObject({
  raters: Count,
  /** Items two or more raters scored numerically. */
  compared: Count,
  exact: Score,
  adjacent: Score,
  discuss: Ids,
  applicability: Ids,
  alpha: AlphaResult,
});

/** Agreement as results written before alpha have it: read-inputs fills alpha in (upgrade-result.ts). */
const AgreementWithoutAlpha = z.strictObject({ ...AgreementResult.shape, alpha: AlphaResult.optional() });

const ChangeResult = z.strictObject({
  from: IsoDate.nullable(),
  overall: Score,
  domains: z.record(z.string(), Score),
  principles: z.record(z.string(), Score),
});

const ACTION_STATUS = z.enum(['planned', 'started', 'done', 'dropped']);

const Action = z.strictObject({
  item: z.string().optional(),
  action: z.string(),
  owner: z.string().optional(),
  due: z.string().optional(),
  status: ACTION_STATUS.optional(),
});

/** How a review was made (SPEC 12): visits, reviewers, evidence, conciliation, limitations. Public. */
const Review = z.strictObject({
  visits: z.array(IsoDate).optional(),
  reviewers: z.array(z.strictObject({ name: z.string(), role: z.string().optional(), organisation: z.string().optional() })).optional(),
  evidence: z
    .strictObject({
      staffInterviews: Count.optional(),
      participantInterviews: Count.optional(),
      partnerInterviews: Count.optional(),
      recordsReviewed: Count.optional(),
      teamMeetingsObserved: Count.optional(),
      documents: Ids.optional(),
    })
    .optional(),
  conciliation: IsoDate.optional(),
  limitations: z.string().optional(),
});

const Barrier = z.strictObject({
  text: z.string(),
  level: z.enum(['systemic', 'organisational', 'individual']),
  owner: z.string().optional(),
  items: Ids.optional(),
});

const FollowUp = z.strictObject({
  from: IsoDate.optional(),
  item: z.string().optional(),
  action: z.string(),
  status: ACTION_STATUS,
  note: z.string().optional(),
});

const AssessmentResult = z.strictObject({
  team: z.string(),
  date: IsoDate.nullable(),
  kind: z.enum(['self', 'external']).nullable(),
  status: z.literal('in-progress').optional(),
  raters: Ids,
  sources: Ids,
  overall: OverallResult,
  domains: z.array(DomainResult),
  principles: z.array(PrincipleResult),
  items: z.array(ItemResult),
  highlights: Highlights,
  agreement: AgreementResult.nullable(),
  change: ChangeResult.nullable(),
  nextDue: IsoDate.nullable(),
  strengths: Ids,
  recommendations: Ids,
  actions: z.array(Action),
  /** Raters' comments on the whole assessment (a wide data file's note column). Private, like notes. */
  comments: z.array(z.strictObject({ rater: z.string(), text: z.string() })),
  /** The review report's own parts (SPEC 12), public, present where the assessment has them. */
  review: Review.optional(),
  keyMessages: Ids.optional(),
  barriers: z.array(Barrier).optional(),
  followUp: z.array(FollowUp).optional(),
});

const ResultWarning = z.strictObject({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().optional(),
});

export const ResultSchema = z.strictObject({
  schemaVersion: z.literal(2),
  tool: z.strictObject({ name: z.literal('hf-fidelity'), version: z.string() }),
  scale: z.strictObject({ id: z.string(), version: z.string(), name: z.string() }),
  assessments: z.array(AssessmentResult),
  warnings: z.array(ResultWarning),
});

/**
 * A version 2 result as read: one written before `agreement.alpha` lacks it (the field was added
 * within version 2, and is worked out again from the items' raters when read).
 */
export const ResultReadSchema = z.strictObject({
  ...ResultSchema.shape,
  assessments: z.array(z.strictObject({ ...AssessmentResult.shape, agreement: AgreementWithoutAlpha.nullable() })),
});

/**
 * A version 1 result (the first edition): without the level the score alone reaches, the withheld
 * level, the picked highlights and the principles' N/A and missing counts. read-result.ts fills them
 * in from the scale, as scoring would have.
 */
export const ResultV1Schema = z.strictObject({
  ...ResultSchema.shape,
  schemaVersion: z.literal(1),
  assessments: z.array(
    z.strictObject({
      ...AssessmentResult.omit({ highlights: true, comments: true }).shape,
      agreement: AgreementWithoutAlpha.nullable(),
      overall: OverallResult.omit({ scoreLevel: true, levelWithheld: true }),
      principles: z.array(PrincipleResult.omit({ na: true, missing: true })),
    }),
  ),
});

export type Result = z.infer<typeof ResultSchema>;
export type ResultV1 = z.infer<typeof ResultV1Schema>;
export type ResultRead = z.infer<typeof ResultReadSchema>;
export type AssessmentResult = Result['assessments'][number];
export type OverallResult = AssessmentResult['overall'];
export type LevelWithheld = z.infer<typeof LevelWithheld>;
export type DomainResult = AssessmentResult['domains'][number];
export type PrincipleResult = AssessmentResult['principles'][number];
export type ItemResult = AssessmentResult['items'][number];
export type ItemStatus = ItemResult['status'];
export type Highlights = AssessmentResult['highlights'];
export type HighlightPick = Highlights['strengths'];
export type AgreementResult = NonNullable<AssessmentResult['agreement']>;
export type AlphaResult = AgreementResult['alpha'];
export type ChangeResult = NonNullable<AssessmentResult['change']>;
export type ResultWarning = Result['warnings'][number];
