// Domain and overall scores (SPEC 6.2-6.4): weights, the four aggregations, bounds and both percent rules.
import { describe, expect, it } from 'vitest';
import type { Aggregation, PercentRule } from '../../src/scale/schema.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment } from './build-assessment.js';

/**
 * Domain a is rated 1-4 with item weights 1, 2, 1, 1; domain b is rated 1-8, weighs 2, item weights 1, 3.
 * a1 = 3, a2 = 4, a3 N/A, a4 missing; b1 = 6, b2 = 2.
 *   domain a = (3·1 + 4·2) / (1 + 2) = 11/3, bounds 1..4
 *   domain b = (6·1 + 2·3) / (1 + 3) = 3, bounds 1..8
 */
function twoDomains(aggregation: Aggregation, percent: PercentRule = 'range') {
  return buildScale({
    aggregation,
    percent,
    domains: [
      { id: 'a', items: [{ id: 'a1' }, { id: 'a2', weight: 2 }, 'a3', 'a4'] },
      { id: 'b', weight: 2, rating: { min: 1, max: 8 }, items: ['b1', { id: 'b2', weight: 3 }] },
    ],
  });
}
const ratings = { a1: 3, a2: 4, a3: 'na', b1: 6, b2: 2 } as const;

describe('domains', () => {
  const result = scoreAssessment(twoDomains('mean-of-items'), buildAssessment({ ratings }));

  it('are the weighted mean of their rated items, N/A and missing left out', () => {
    expect(result.domains.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(result.domains[0]!.score).toBeCloseTo((3 * 1 + 4 * 2) / (1 + 2), 12);
    expect(result.domains[1]!.score).toBeCloseTo((6 * 1 + 2 * 3) / (1 + 3), 12);
  });

  it('count rated, N/A and missing items and carry their rating range', () => {
    expect(result.domains[0]).toMatchObject({ rated: 2, na: 1, missing: 1, range: { min: 1, max: 4 } });
    expect(result.domains[1]).toMatchObject({ rated: 2, na: 0, missing: 0, range: { min: 1, max: 8 } });
  });

  it('have a percent of their own range', () => {
    expect(result.domains[0]!.percent).toBeCloseTo(((11 / 3 - 1) / (4 - 1)) * 100, 10);
    expect(result.domains[1]!.percent).toBeCloseTo(((3 - 1) / (8 - 1)) * 100, 10);
  });

  it('have a percent of their maximum under the max rule', () => {
    const max = scoreAssessment(twoDomains('mean-of-items', 'max'), buildAssessment({ ratings }));
    expect(max.domains[0]!.percent).toBeCloseTo((11 / 3 / 4) * 100, 10);
    expect(max.domains[1]!.percent).toBeCloseTo((3 / 8) * 100, 10);
  });

  it('are null, with a null percent, when none of their items is rated', () => {
    const empty = scoreAssessment(twoDomains('mean-of-items'), buildAssessment({ ratings: { a3: 'na', b1: 5 } }));
    expect(empty.domains[0]).toMatchObject({ score: null, percent: null, rated: 0, na: 1, missing: 3 });
  });

  it('are null when the rated items weigh nothing', () => {
    const scale = buildScale({ domains: [{ id: 'z', items: [{ id: 'z1', weight: 0 }, { id: 'z2', weight: 0 }] }] });
    const result = scoreAssessment(scale, buildAssessment({ ratings: { z1: 3, z2: 4 } }));
    expect(result.domains[0]).toMatchObject({ score: null, percent: null, rated: 2 });
    expect(result.overall).toMatchObject({ score: null, percent: null, range: null, itemMean: (3 + 4) / 2, total: 7 });
  });
});

describe('overall score by aggregation', () => {
  it.each([
    {
      aggregation: 'mean-of-items',
      // every rated item by its own weight
      score: (3 * 1 + 4 * 2 + 6 * 1 + 2 * 3) / (1 + 2 + 1 + 3),
      range: { min: (1 * 1 + 1 * 2 + 1 * 1 + 1 * 3) / 7, max: (4 * 1 + 4 * 2 + 8 * 1 + 8 * 3) / 7 },
    },
    {
      aggregation: 'mean-of-domains',
      // domain a weighs 1, domain b weighs 2
      score: ((11 / 3) * 1 + 3 * 2) / (1 + 2),
      range: { min: (1 * 1 + 1 * 2) / 3, max: (4 * 1 + 8 * 2) / 3 },
    },
    {
      aggregation: 'sum-of-domain-means',
      score: 11 / 3 + 3,
      range: { min: 1 + 1, max: 4 + 8 },
    },
    {
      aggregation: 'sum-of-items',
      // unweighted: weights shape means, not sums
      score: 3 + 4 + 6 + 2,
      range: { min: 1 + 1 + 1 + 1, max: 4 + 4 + 8 + 8 },
    },
  ] as const)('$aggregation', ({ aggregation, score, range }) => {
    const { overall } = scoreAssessment(twoDomains(aggregation), buildAssessment({ ratings }));
    expect(overall.score).toBeCloseTo(score, 12);
    expect(overall.range!.min).toBeCloseTo(range.min, 12);
    expect(overall.range!.max).toBeCloseTo(range.max, 12);
    expect(overall.percent).toBeCloseTo(((score - range.min) / (range.max - range.min)) * 100, 10);
    const max = scoreAssessment(twoDomains(aggregation, 'max'), buildAssessment({ ratings })).overall;
    expect(max.percent).toBeCloseTo((score / range.max) * 100, 10);
  });

  it.each(['mean-of-items', 'mean-of-domains', 'sum-of-domain-means', 'sum-of-items'] as const)(
    '%s reports the unweighted item mean and total and the counts',
    (aggregation) => {
      const { overall } = scoreAssessment(twoDomains(aggregation), buildAssessment({ ratings }));
      expect(overall.itemMean).toBeCloseTo((3 + 4 + 6 + 2) / 4, 12);
      expect(overall.total).toBe(3 + 4 + 6 + 2);
      expect(overall).toMatchObject({ rated: 4, na: 1, missing: 1 });
    },
  );

  it.each(['mean-of-items', 'mean-of-domains', 'sum-of-domain-means', 'sum-of-items'] as const)(
    '%s is null, with null percent, range, mean and total, when nothing is rated',
    (aggregation) => {
      const { overall } = scoreAssessment(twoDomains(aggregation), buildAssessment({ ratings: { a1: 'na' } }));
      expect(overall).toMatchObject({
        score: null,
        itemMean: null,
        total: null,
        percent: null,
        range: null,
        level: null,
        rated: 0,
        na: 1,
        missing: 5,
      });
    },
  );

  it('mean-of-domains leaves an empty domain out; sum-of-domain-means is then null', () => {
    const only = { a1: 3, a2: 4 };
    const mean = scoreAssessment(twoDomains('mean-of-domains'), buildAssessment({ ratings: only })).overall;
    expect(mean.score).toBeCloseTo((3 * 1 + 4 * 2) / 3, 12);
    expect(mean.range).toEqual({ min: 1, max: 4 });
    const sum = scoreAssessment(twoDomains('sum-of-domain-means'), buildAssessment({ ratings: only })).overall;
    expect(sum).toMatchObject({ score: null, percent: null, range: null, total: 3 + 4 });
  });

  it('mean-of-domains is null when the only scored domains weigh nothing', () => {
    const scale = buildScale({
      aggregation: 'mean-of-domains',
      domains: [
        { id: 'x', weight: 0, items: ['x1'] },
        { id: 'y', items: ['y1'] },
      ],
    });
    expect(scoreAssessment(scale, buildAssessment({ ratings: { x1: 4 } })).overall.score).toBeNull();
    expect(scoreAssessment(scale, buildAssessment({ ratings: { x1: 4, y1: 2 } })).overall.score).toBe(2);
  });
});

describe('bounds follow the rated items', () => {
  // One domain mixing an item rated 1-8 with one rated 1-4.
  const mixed = (percent: PercentRule) =>
    buildScale({
      percent,
      domains: [{ id: 'm', items: [{ id: 'm1', rating: { min: 1, max: 8 } }, { id: 'm2', rating: { min: 1, max: 4 } }] }],
    });

  it.each([
    // [percent rule, ratings, score, bounds, percent]
    ['range', { m1: 6, m2: 3 }, (6 + 3) / 2, { min: (1 + 1) / 2, max: (8 + 4) / 2 }, ((4.5 - 1) / (6 - 1)) * 100],
    ['max', { m1: 6, m2: 3 }, (6 + 3) / 2, { min: (1 + 1) / 2, max: (8 + 4) / 2 }, (4.5 / 6) * 100],
    // with the 1-4 item unrated, the bounds are those of the 1-8 item alone
    ['range', { m1: 6 }, 6, { min: 1, max: 8 }, ((6 - 1) / (8 - 1)) * 100],
    ['max', { m1: 6, m2: 'na' }, 6, { min: 1, max: 8 }, (6 / 8) * 100],
    ['range', { m2: 4 }, 4, { min: 1, max: 4 }, 100],
  ] as const)('%s rule with %o', (rule, given, score, bounds, percent) => {
    const result = scoreAssessment(mixed(rule), buildAssessment({ ratings: { ...given } }));
    expect(result.overall.score).toBeCloseTo(score, 12);
    expect(result.overall.range).toEqual(bounds);
    expect(result.overall.percent).toBeCloseTo(percent, 10);
    expect(result.domains[0]!.score).toBeCloseTo(score, 12);
    expect(result.domains[0]!.percent).toBeCloseTo(percent, 10);
  });

  it('weights the bounds as they weight the scores', () => {
    const scale = buildScale({
      domains: [
        { id: 'm', items: [{ id: 'm1', weight: 3, rating: { min: 0, max: 8 } }, { id: 'm2', rating: { min: 1, max: 4 } }] },
      ],
    });
    const { overall } = scoreAssessment(scale, buildAssessment({ ratings: { m1: 4, m2: 4 } }));
    const min = (0 * 3 + 1 * 1) / 4;
    const max = (8 * 3 + 4 * 1) / 4;
    expect(overall.range).toEqual({ min, max });
    expect(overall.score).toBe((4 * 3 + 4 * 1) / 4);
    expect(overall.percent).toBeCloseTo(((4 - min) / (max - min)) * 100, 10);
  });

  it('a zero-width range gives no percent rather than a division by zero', () => {
    const scale = buildScale({ domains: [{ id: 'p', rating: { min: 3, max: 3 }, items: ['p1'] }] });
    expect(scoreAssessment(scale, buildAssessment({ ratings: { p1: 3 } })).overall).toMatchObject({
      score: 3,
      percent: null,
    });
  });
});

describe('decimal scores', () => {
  it('raters means flow into domains and the overall at full precision', () => {
    const scale = buildScale({ domains: [{ id: 'd', items: ['d1', 'd2', 'd3'] }] });
    const assessment = buildAssessment({
      ratings: { d1: { raters: { A: 2, B: 3 } }, d2: { raters: { A: 3, B: 3, C: 4 } }, d3: 3.3 },
    });
    const { overall, domains } = scoreAssessment(scale, assessment);
    const expected = ((2 + 3) / 2 + (3 + 3 + 4) / 3 + 3.3) / 3;
    expect(overall.score).toBeCloseTo(expected, 12);
    expect(domains[0]!.score).toBeCloseTo(expected, 12);
    expect(overall.total).toBeCloseTo(2.5 + 10 / 3 + 3.3, 12);
  });
});
