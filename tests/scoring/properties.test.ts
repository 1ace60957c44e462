// Scoring invariants over generated scales and assessments (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, ItemRating } from '../../src/assessment/model.js';
import type { AssessmentResult, Result } from '../../src/result/schema.js';
import { scoreAssessment, scoreAssessments } from '../../src/scoring/score.js';
import { buildScale, type ItemSpec } from '../helpers/scale-builder.js';
import { RATERS, manyArb, scoredArb } from './arbitraries.js';

const NOISE = 1e-9;
const options = { toolVersion: '0.1.0', scaleName: 'Generated' };

function expectWithin(value: number, min: number, max: number): void {
  expect(value).toBeGreaterThanOrEqual(min - NOISE);
  expect(value).toBeLessThanOrEqual(max + NOISE);
}

describe('bounds', () => {
  it('domain scores lie within the rating range of their items', () => {
    fc.assert(
      fc.property(scoredArb, ({ scale, assessment }) => {
        const result = scoreAssessment(scale, assessment);
        scale.domains.forEach((domain, index) => {
          const score = result.domains[index]!.score;
          if (score === null) return;
          const min = Math.min(...domain.items.map(({ rating }) => rating.min));
          const max = Math.max(...domain.items.map(({ rating }) => rating.max));
          expectWithin(score, min, max);
        });
      }),
    );
  });

  it('overall scores of the mean aggregations lie within the rating range of the items', () => {
    fc.assert(
      fc.property(scoredArb, ({ scale, assessment }) => {
        const { score } = scoreAssessment(scale, assessment).overall;
        if (score === null || !scale.aggregation.startsWith('mean-')) return;
        const min = Math.min(...scale.items.map(({ rating }) => rating.min));
        const max = Math.max(...scale.items.map(({ rating }) => rating.max));
        expectWithin(score, min, max);
      }),
    );
  });

  it('every overall score lies within its reported range', () => {
    fc.assert(
      fc.property(scoredArb, ({ scale, assessment }) => {
        const { score, range } = scoreAssessment(scale, assessment).overall;
        expect(range === null).toBe(score === null);
        if (score !== null && range !== null) expectWithin(score, range.min, range.max);
      }),
    );
  });

  it('percentages lie within 0..100', () => {
    fc.assert(
      fc.property(scoredArb, ({ scale, assessment }) => {
        const result = scoreAssessment(scale, assessment);
        for (const percent of [result.overall.percent, ...result.domains.map((domain) => domain.percent)]) {
          if (percent !== null) expectWithin(percent, 0, 100);
        }
      }),
    );
  });
});

/** The result with each assessment's rater list sorted: the one place input order may show. */
function normalized(result: Result): Result {
  return { ...result, assessments: result.assessments.map((a) => ({ ...a, raters: [...a.raters].sort() })) };
}

function withRaterOrder(assessment: Assessment, order: readonly string[]): Assessment {
  const ratings: Record<string, ItemRating> = {};
  for (const [id, rating] of Object.entries(assessment.ratings)) {
    const raters: Record<string, number | 'na'> = {};
    for (const name of order) if (name in rating.raters) raters[name] = rating.raters[name]!;
    ratings[id] = { ...rating, raters };
  }
  return { ...assessment, raters: order.filter((name) => assessment.raters.includes(name)), ratings };
}

describe('order never matters', () => {
  it('shuffling the assessments, or the raters within each, never changes the result', () => {
    const arb = manyArb.chain(({ scale, assessments }) =>
      fc
        .record({
          order: fc.shuffledSubarray(assessments, { minLength: assessments.length, maxLength: assessments.length }),
          raterOrders: fc.array(fc.shuffledSubarray([...RATERS], { minLength: RATERS.length, maxLength: RATERS.length }), {
            minLength: assessments.length,
            maxLength: assessments.length,
          }),
        })
        .map(({ order, raterOrders }) => ({
          scale,
          assessments,
          shuffled: order.map((assessment, index) => withRaterOrder(assessment, raterOrders[index]!)),
        })),
    );
    fc.assert(
      fc.property(arb, ({ scale, assessments, shuffled }) => {
        const before = normalized(scoreAssessments(scale, assessments, options));
        const after = normalized(scoreAssessments(scale, shuffled, options));
        expect(after).toEqual(before);
      }),
    );
  });
});

/** What a scale item that is N/A must leave alone: every score, share and count except na and items. */
function scores(result: AssessmentResult) {
  return {
    overall: { ...result.overall, na: 0 },
    domains: result.domains.map((domain) => ({ ...domain, na: 0 })),
    principles: result.principles.map((principle) => ({ ...principle, na: 0 })),
    agreement: result.agreement,
  };
}

describe('N/A weighs nothing', () => {
  it('adding an item rated N/A never changes a score', () => {
    const arb = scoredArb.chain(({ spec, scale, assessment }) =>
      fc.record({
        spec: fc.constant(spec),
        scale: fc.constant(scale),
        assessment: fc.constant(assessment),
        domain: fc.nat({ max: spec.domains.length - 1 }),
        position: fc.nat({ max: 4 }),
        weight: fc.integer({ min: 0, max: 3 }),
        critical: fc.boolean(),
        principles: fc.subarray(scale.principles.map(({ id }) => id)),
        byRaters: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ spec, scale, assessment, domain, position, weight, critical, principles, byRaters }) => {
        // The added item shares the range of an item already in its domain, so the distribution's keys stay.
        const added: ItemSpec = { id: 'added', weight, critical, principles, rating: scale.domains[domain]!.items[0]!.rating };
        const domains = spec.domains.map((d, index) =>
          index === domain ? { ...d, items: [...d.items.slice(0, position), added, ...d.items.slice(position)] } : d,
        );
        // Every rater the assessment already has says N/A, or the consensus does.
        const rating: ItemRating =
          byRaters && assessment.raters.length > 0
            ? { raters: Object.fromEntries(assessment.raters.map((name) => [name, 'na' as const])) }
            : { consensus: 'na', raters: {} };
        const before = scoreAssessment(scale, assessment);
        const after = scoreAssessment(buildScale({ ...spec, domains }), {
          ...assessment,
          ratings: { ...assessment.ratings, added: rating },
        });
        expect(scores(after)).toEqual(scores(before));
        expect(after.overall.na).toBe(before.overall.na + 1);
        expect(after.domains[domain]!.na).toBe(before.domains[domain]!.na + 1);
        // Each principle the added item is mapped to counts one more N/A; the others none.
        expect(after.principles.map((p) => p.na - before.principles.find(({ id }) => id === p.id)!.na)).toEqual(
          after.principles.map((p) => (principles.includes(p.id) ? 1 : 0)),
        );
        expect(after.highlights).toEqual(before.highlights);
        expect(after.items.find(({ id }) => id === 'added')!.status).toBe('na');
      }),
    );
  });
});
