// Rater agreement (SPEC 6.8, 15): exact and adjacent shares, items to discuss, N/A disagreements, alpha.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/scoring/score.js';
import { buildScale } from '../helpers/scale-builder.js';
import { buildAssessment, type RatingSpec } from './build-assessment.js';

const scale = buildScale({ domains: [{ id: 'd', items: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }] });

function agreementOf(ratings: Record<string, RatingSpec>, raters?: string[]) {
  return scoreAssessment(scale, buildAssessment({ ratings, ...(raters ? { raters } : {}) })).agreement;
}

describe('agreement', () => {
  it('is null with one rater, or only a consensus', () => {
    expect(agreementOf({ a: { raters: { Anne: 3 } }, b: { raters: { Anne: 2 } } })).toBeNull();
    expect(agreementOf({ a: 3, b: 4 })).toBeNull();
    // a consensus given beside one rater does not make a second rater
    expect(agreementOf({ a: { raters: { Anne: 3 }, consensus: 4 } })).toBeNull();
  });

  it('compares the items two or more raters scored numerically', () => {
    const agreement = agreementOf({
      a: { raters: { Anne: 3, Bjørn: 3 } }, // spread 0
      b: { raters: { Anne: 3, Bjørn: 4 } }, // spread 1
      c: { raters: { Anne: 1, Bjørn: 3 } }, // spread 2: discuss
      d: { raters: { Anne: 1, Bjørn: 4 }, consensus: 2 }, // spread 3: discuss; the consensus is not a rater
      e: { raters: { Anne: 'na', Bjørn: 2 } }, // one numeric score: not compared; applicability
      f: { raters: { Anne: 4 } }, // one rater: not compared
      g: { raters: { Anne: 'na', Bjørn: 'na' } }, // both N/A: agree, nothing to compare
      // h: missing
    });
    expect(agreement).toEqual({
      raters: 2,
      compared: 4,
      exact: 1 / 4,
      adjacent: 2 / 4,
      discuss: ['c', 'd'],
      applicability: ['e'],
      // Krippendorff's alpha, interval, by hand: units a (3,3), b (3,4), c (1,3), d (1,4) pair; e and f
      // have one score each. Observed: ordered pairs' squared differences, each unit's weighted
      // 1/(m-1) = 1: 0 + 2 + 8 + 18 = 28. Expected: the 8 pooled values (3 four times, 4 and 1 twice;
      // mean 2.75, squared deviations 9.5) give 2 * 8 * 9.5 = 152 over all ordered pairs.
      // alpha = 1 - (n - 1) * 28 / 152 = 1 - 196/152: worse than chance, the raters differ systematically.
      alpha: { ordinal: expect.any(Number), interval: expect.closeTo(1 - 196 / 152, 12) },
    });
  });

  it('uses the highest minus the lowest of three raters', () => {
    const agreement = agreementOf({
      a: { raters: { A: 2, B: 3, C: 4 } }, // spread 2
      b: { raters: { A: 3, B: 3, C: 3 } }, // spread 0
      c: { raters: { A: 3, B: 4, C: 'na' } }, // spread 1, and a rater said N/A
      d: { raters: { A: 1, B: 'na', C: 'na' } }, // applicability only
    });
    expect(agreement).toEqual({
      raters: 3,
      compared: 3,
      exact: 1 / 3,
      adjacent: 2 / 3,
      discuss: ['a'],
      applicability: ['c', 'd'],
      // Interval alpha by hand: a (2,3,4) weighs its ordered pairs 1/2: (2+8+2)/2 = 6; b (3,3,3) 0; c (3,4) 2;
      // d has one score. Observed 8. Pooled 2, 3 five times, 4 twice: squared deviations from 3.125 sum
      // to 2.875, so expected 2 * 8 * 2.875 = 46; alpha = 1 - 7 * 8 / 46.
      alpha: { ordinal: expect.any(Number), interval: expect.closeTo(1 - 56 / 46, 12) },
    });
  });

  it('counts decimal spreads of exactly one as adjacent and of two as discuss', () => {
    // 2.2 - 1.2 and 3.3 - 1.3 are not exactly 1 and 2 in binary floating point
    expect(2.2 - 1.2).toBeGreaterThan(1);
    expect(3.3 - 1.3).toBeLessThan(2);
    expect(agreementOf({ a: { raters: { A: 2.2, B: 1.2 } }, b: { raters: { A: 3.3, B: 1.3 } } })).toMatchObject({
      exact: 0,
      adjacent: 1 / 2,
      discuss: ['b'],
    });
  });

  it('has null shares when no item was compared', () => {
    expect(agreementOf({ a: { raters: { A: 3 } }, b: { raters: { B: 'na' } } })).toEqual({
      raters: 2,
      compared: 0,
      exact: null,
      adjacent: null,
      discuss: [],
      applicability: [],
      alpha: { ordinal: null, interval: null },
    });
  });

  it('counts the raters the assessment lists, even those who rated nothing', () => {
    expect(agreementOf({ a: { raters: { Anne: 3 } } }, ['Anne', 'Bjørn', 'Cecilie'])).toMatchObject({
      raters: 3,
      compared: 0,
    });
  });

  it("gives Krippendorff's alpha of 1 where raters agree and the items vary, and null where every score is the same", () => {
    expect(agreementOf({ a: { raters: { A: 1, B: 1 } }, b: { raters: { A: 4, B: 4 } } })?.alpha).toEqual({ ordinal: 1, interval: 1 });
    // All identical: no variation, so agreement cannot be told from chance (0/0): null, never NaN.
    expect(agreementOf({ a: { raters: { A: 3, B: 3 } }, b: { raters: { A: 3, B: 3 } } })?.alpha).toEqual({ ordinal: null, interval: null });
    // One value only: nothing to pair.
    expect(agreementOf({ a: { raters: { A: 3 } }, b: { raters: { B: 2 } } })?.alpha).toEqual({ ordinal: null, interval: null });
  });
});
