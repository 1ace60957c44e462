// fast-check generators for scoring properties: small scales, and assessments that fit them.
import fc from 'fast-check';
import type { Answer, Assessment, ItemRating, Kind } from '../../src/assessment/model.js';
import type { Range, Scale } from '../../src/scale/model.js';
import type { Aggregation } from '../../src/scale/schema.js';
import { buildScale, type DomainSpec, type ItemSpec, type ScaleSpec } from '../helpers/scale-builder.js';

export const RATERS = ['Anne', 'Bjørn', 'Cecilie'] as const;
const PRINCIPLES = ['choice', 'recovery', 'community'];
export const AGGREGATIONS: Aggregation[] = ['mean-of-items', 'mean-of-domains', 'sum-of-domain-means', 'sum-of-items'];

const rangeArb: fc.Arbitrary<Range> = fc
  .integer({ min: 0, max: 3 })
  .chain((min) => fc.integer({ min: min + 1, max: min + 7 }).map((max) => ({ min, max })));

const itemArb = fc.record({
  weight: fc.integer({ min: 0, max: 3 }),
  rating: fc.option(rangeArb, { nil: undefined }),
  critical: fc.boolean(),
  principles: fc.subarray(PRINCIPLES),
});

const domainArb = fc.record({
  weight: fc.integer({ min: 0, max: 3 }),
  rating: rangeArb,
  items: fc.array(itemArb, { minLength: 1, maxLength: 4 }),
});

/** A scale spec (for buildScale) with ids filled in: domains d1.., items d1i1... */
export const scaleSpecArb: fc.Arbitrary<ScaleSpec> = fc
  .record({
    aggregation: fc.constantFrom(...AGGREGATIONS),
    percent: fc.constantFrom('range' as const, 'max' as const),
    levelRounding: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    domains: fc.array(domainArb, { minLength: 1, maxLength: 3 }),
  })
  .map(({ domains, ...rest }) => ({
    ...rest,
    principles: PRINCIPLES,
    reviewEveryMonths: 6,
    levels: [
      { id: 'high', min: 3.5, minCritical: 3 },
      { id: 'fair', min: 2.5, minCritical: 2 },
      { id: 'low' },
    ],
    domains: domains.map(
      (domain, d): DomainSpec => ({
        ...domain,
        id: `d${d + 1}`,
        items: domain.items.map((item, i): ItemSpec => ({ ...item, id: `d${d + 1}i${i + 1}` })),
      }),
    ),
  }));

/** A score within the range (whole or with one decimal), or N/A. */
function answerArb(range: Range): fc.Arbitrary<Answer> {
  return fc.oneof(
    fc.integer({ min: range.min, max: range.max }),
    fc.integer({ min: range.min * 10, max: range.max * 10 }).map((tenths) => tenths / 10),
    fc.constant('na' as const),
  );
}

/** Missing, a consensus only, or some raters with or without a consensus. */
function ratingArb(range: Range): fc.Arbitrary<ItemRating | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    answerArb(range).map((consensus): ItemRating => ({ consensus, raters: {} })),
    fc
      .record({
        raters: fc.record(Object.fromEntries(RATERS.map((name) => [name, answerArb(range)])), { requiredKeys: [] }),
        consensus: fc.option(answerArb(range), { nil: undefined }),
      })
      // fc.record leaves an optional key out rather than setting it to undefined, so every value is an Answer.
      .map(({ raters, consensus }) => ({ raters: raters as Record<string, Answer>, consensus }))
      .map(({ raters, consensus }): ItemRating => (consensus === undefined ? { raters } : { raters, consensus })),
  );
}

/** Ratings for every item of the scale (some missing). */
export function ratingsArb(scale: Scale): fc.Arbitrary<Record<string, ItemRating>> {
  return fc.tuple(...scale.items.map((item) => ratingArb(item.rating))).map((ratings) => {
    const record: Record<string, ItemRating> = {};
    ratings.forEach((rating, index) => {
      if (rating !== undefined) record[scale.items[index]!.id] = rating;
    });
    return record;
  });
}

export function assessmentOf(
  ratings: Record<string, ItemRating>,
  who: { team?: string; date?: string | null; kind?: Kind | null } = {},
): Assessment {
  const raters = RATERS.filter((name) => Object.values(ratings).some((rating) => name in rating.raters));
  return {
    team: who.team ?? 'Moss',
    date: who.date === undefined ? '2026-10-15' : who.date,
    kind: who.kind === undefined ? 'self' : who.kind,
    status: 'complete',
    raters,
    sources: [],
    ratings,
    strengths: [],
    recommendations: [],
    actions: [],
  };
}

/** A scale spec, its scale, and one assessment of it. */
export const scoredArb = scaleSpecArb.chain((spec) => {
  const scale = buildScale(spec);
  return ratingsArb(scale).map((ratings) => ({ spec, scale, assessment: assessmentOf(ratings) }));
});

const whoArb = fc.record({
  team: fc.constantFrom('Moss', 'Rana', 'Ålesund'),
  date: fc.constantFrom(null, '2026-01-10', '2026-06-30', '2027-02-01'),
  kind: fc.constantFrom(null, 'self' as const, 'external' as const),
});

/** A scale and several assessments of it, at most one per team, date and kind (as the input layer groups them). */
export const manyArb = scaleSpecArb.chain((spec) => {
  const scale = buildScale(spec);
  return fc
    .uniqueArray(whoArb, { minLength: 1, maxLength: 8, selector: ({ team, date, kind }) => `${team}|${date}|${kind}` })
    .chain((whos) => fc.tuple(...whos.map((who) => ratingsArb(scale).map((ratings) => assessmentOf(ratings, who)))))
    .map((assessments) => ({ scale, assessments }));
});
