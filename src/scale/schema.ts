// The scale file format (SPEC section 3) as a strict zod schema: what is on disk.
// Types are derived from it; `resolve-scale.ts` turns a parsed file into the model the code uses.
import { z } from 'zod';

/** Any text: a plain string, or a map of language code -> string. */
const TextSchema = z.union([
  z.string(),
  z.strictObject({}).catchall(z.string()).describe('language code -> text, e.g. { en: ..., nb: ..., da: ... }'),
]);

const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "-", "_" or "." (starting with a letter or digit)')
  .max(64);

/** Limits no real scale comes near: past them, the file is refused with a clear message. */
const MAX_DOMAINS = 100;
const MAX_ITEMS_PER_DOMAIN = 500;
/**
 * Weights, ranges and thresholds are at most this in size. A weight of 1e308 overflowed the weighted
 * sum to Infinity and the score silently became null; with every number within a million, no sum or
 * mean of 100 domains of 500 items can leave the safe range of a double.
 */
export const MAX_SCALE_NUMBER = 1_000_000;
/** A review is due at most 100 years on: past that, the due date is no date at all. */
const MAX_REVIEW_MONTHS = 1200;

/** A number of the scale that enters sums and means (or is compared with them), within the bound. */
const Bounded = () => z.number().min(-MAX_SCALE_NUMBER).max(MAX_SCALE_NUMBER);

const RatingSchema = z.strictObject({
  min: Bounded().int(),
  max: Bounded().int(),
});

/** Score -> text, e.g. `{ 1: "Not in place", 4: "Fully in place" }`. Keys are checked against the range. */
const ScoreTexts = z.record(z.string(), TextSchema);

const ItemSchema = z.strictObject({
  id: Id,
  title: TextSchema,
  question: TextSchema.optional(),
  description: TextSchema.optional(),
  anchors: ScoreTexts.optional(),
  principles: z.array(Id).optional(),
  weight: z.number().nonnegative().max(MAX_SCALE_NUMBER).optional(),
  na: z.boolean().optional(),
  critical: z.boolean().optional(),
  /** The item's topic or wording is this scale's own adaptation, not confirmed against a published instrument. */
  adapted: z.boolean().optional(),
  evidence: z.array(z.string()).optional(),
});

const DomainSchema = z.strictObject({
  id: Id,
  name: TextSchema,
  description: TextSchema.optional(),
  rating: RatingSchema.optional(),
  labels: ScoreTexts.optional(),
  weight: z.number().nonnegative().max(MAX_SCALE_NUMBER).optional(),
  items: z.array(ItemSchema).min(1).max(MAX_ITEMS_PER_DOMAIN),
});

const LevelSchema = z.strictObject({
  id: Id,
  min: Bounded().optional(),
  minCritical: Bounded().optional(),
  label: TextSchema,
  description: TextSchema.optional(),
});

const PrincipleSchema = z.strictObject({
  id: Id,
  name: TextSchema,
  description: TextSchema.optional(),
});

export const AGGREGATIONS = ['mean-of-items', 'mean-of-domains', 'sum-of-domain-means', 'sum-of-items'] as const;
export const PERCENT_RULES = ['range', 'max'] as const;

export const ScaleFileSchema = z.strictObject({
  id: Id,
  version: z.string().min(1),
  name: TextSchema,
  description: TextSchema.optional(),
  source: z.string().optional(),
  notice: TextSchema.optional(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1).optional(),
  rating: RatingSchema.optional(),
  labels: ScoreTexts.optional(),
  aggregation: z.enum(AGGREGATIONS).optional(),
  percent: z.enum(PERCENT_RULES).optional(),
  levelRounding: z.number().int().min(0).max(6).optional(),
  levelNeeds: z
    .strictObject({
      rated: z.number().min(0).max(1).optional(),
      critical: z.enum(['all', 'none']).optional(),
    })
    .optional(),
  levels: z.array(LevelSchema).optional(),
  reviewEveryMonths: z.number().int().positive().max(MAX_REVIEW_MONTHS).optional(),
  principles: z.array(PrincipleSchema).optional(),
  /** Shown with the principle chart: e.g. that the mapping of items to principles is this tool's own. */
  principlesNote: TextSchema.optional(),
  domains: z.array(DomainSchema).min(1).max(MAX_DOMAINS),
});

export type ScaleFile = z.infer<typeof ScaleFileSchema>;
export type Aggregation = (typeof AGGREGATIONS)[number];
export type PercentRule = (typeof PERCENT_RULES)[number];

/** JSON Schema of the scale format, for editors (`scales schema`). */
export function scaleJsonSchema(): unknown {
  const schema = z.toJSONSchema(ScaleFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://hf-fidelity.invalid/scale.schema.json',
    title: 'hf-fidelity scale',
    description: 'A Housing First fidelity scale for hf-fidelity (SPEC section 3).',
  };
}
