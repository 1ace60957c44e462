// The shape of a result read back from JSON (`score --format json`), checked before any renderer
// sees it: a hand-edited or truncated result is bad input with a clear message, not a crash.
import { z } from 'zod';

const Score = z.number().nullable();
const Answer = z.union([z.number(), z.literal('na')]);
const Range = z.object({ min: z.number(), max: z.number() });

const ItemResult = z.object({
  id: z.string(),
  domain: z.string(),
  status: z.enum(['rated', 'na', 'missing']),
  score: Score,
  raters: z.record(z.string(), Answer),
  consensus: z.boolean(),
  spread: Score,
  note: z.string().nullable(),
});

const AssessmentResult = z.object({
  team: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  kind: z.enum(['self', 'external']).nullable(),
  status: z.literal('in-progress').optional(),
  raters: z.array(z.string()),
  sources: z.array(z.string()),
  overall: z.object({
    score: Score,
    itemMean: Score,
    total: Score,
    percent: Score,
    level: z.string().nullable(),
    rated: z.number(),
    na: z.number(),
    missing: z.number(),
    distribution: z.record(z.string(), z.number()),
    criticalBelow: z.array(z.string()),
    range: Range.nullable(),
  }),
  domains: z.array(z.object({ id: z.string(), score: Score, percent: Score, rated: z.number(), na: z.number(), missing: z.number(), range: Range })),
  principles: z.array(z.object({ id: z.string(), score: Score, rated: z.number() })),
  items: z.array(ItemResult),
  agreement: z
    .object({
      raters: z.number(),
      compared: z.number(),
      exact: Score,
      adjacent: Score,
      discuss: z.array(z.string()),
      applicability: z.array(z.string()),
    })
    .nullable(),
  change: z
    .object({
      from: z.string().nullable(),
      overall: Score,
      domains: z.record(z.string(), Score),
      principles: z.record(z.string(), Score),
    })
    .nullable(),
  nextDue: z.string().nullable(),
  strengths: z.array(z.string()),
  recommendations: z.array(z.string()),
  actions: z.array(z.object({ item: z.string().optional(), action: z.string(), owner: z.string().optional(), due: z.string().optional() })),
});

export const ResultSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('hf-fidelity'), version: z.string() }),
  scale: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  assessments: z.array(AssessmentResult),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), file: z.string().optional(), line: z.number().optional() })),
});
