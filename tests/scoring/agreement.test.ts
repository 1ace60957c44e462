// Rater agreement (SPEC 6.8): exact and adjacent shares, items to discuss, N/A disagreements.
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
    });
  });

  it('counts the raters the assessment lists, even those who rated nothing', () => {
    expect(agreementOf({ a: { raters: { Anne: 3 } } }, ['Anne', 'Bjørn', 'Cecilie'])).toMatchObject({
      raters: 3,
      compared: 0,
    });
  });
});
