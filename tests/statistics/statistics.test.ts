// The pure statistics against published figures: Krippendorff's alpha, the six ICC forms with their
// intervals, the F distribution, and quadratic-weighted kappa.
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/statistics/krippendorff-alpha.js';
import { fCdf, fQuantile, regularizedBeta } from '../../src/statistics/f-distribution.js';
import { intraclassCorrelations } from '../../src/statistics/icc.js';
import { quadraticWeightedKappa } from '../../src/statistics/weighted-kappa.js';
import { KRIPPENDORFF_2011, SHROUT_FLEISS_1979 } from '../fixtures/reliability-published.js';

function unitsOf(observers: (number | null)[][]): number[][] {
  return observers[0]!.map((_, u) => observers.map((row) => row[u]).filter((v): v is number => v !== null && v !== undefined));
}

describe("Krippendorff's alpha", () => {
  it('reproduces Krippendorff (2011): ordinal .815, interval .849', () => {
    const units = unitsOf(KRIPPENDORFF_2011);
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.849, 3);
  });

  it.each([
    ['no unit with two values', [[1], [2], []]],
    ['every pairable value the same', [[3, 3], [3, 3, 3], [4]]],
    ['nothing at all', []],
  ])('is null with %s', (_label, units) => {
    expect(krippendorffAlpha(units, 'ordinal')).toBeNull();
    expect(krippendorffAlpha(units, 'interval')).toBeNull();
  });

  it('is 0 for one unit whose two values differ (all disagreement is chance)', () => {
    expect(krippendorffAlpha([[3, 4]], 'interval')).toBe(0);
    expect(krippendorffAlpha([[3, 4]], 'ordinal')).toBe(0);
  });
});

describe('the F distribution', () => {
  it.each([
    // Quantiles from standard F tables (e.g. NIST/SEMATECH e-Handbook, section 1.3.6.7.3).
    [0.95, 2, 10, 4.103],
    [0.975, 5, 18, 3.382],
    [0.975, 1, 1, 647.789],
    [0.95, 10, 10, 2.978],
  ])('quantile %s of F(%s, %s) is %s', (p, d1, d2, expected) => {
    expect(fQuantile(p, d1, d2)).toBeCloseTo(expected, 2);
    expect(fCdf(fQuantile(p, d1, d2), d1, d2)).toBeCloseTo(p, 10);
  });

  it('I_x(a, b) is x for a = b = 1, and symmetric', () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedBeta(0.3, 2.5, 4)).toBeCloseTo(1 - regularizedBeta(0.7, 4, 2.5), 12);
  });
});

describe('intraclass correlations', () => {
  it('reproduce Shrout and Fleiss (1979), table 4, with the McGraw and Wong (1996) intervals', () => {
    const icc = intraclassCorrelations(SHROUT_FLEISS_1979);
    // Published point values, two decimals.
    expect(icc.ICC1.value).toBeCloseTo(0.17, 2);
    expect(icc.ICC2.value).toBeCloseTo(0.29, 2);
    expect(icc.ICC3.value).toBeCloseTo(0.71, 2);
    expect(icc.ICC1k.value).toBeCloseTo(0.44, 2);
    expect(icc.ICC2k.value).toBeCloseTo(0.62, 2);
    expect(icc.ICC3k.value).toBeCloseTo(0.91, 2);
    // The intervals, rounded: McGraw and Wong (1996), table 7 (cases 1, 2A and 3; the k-rater forms).
    // ICC(A,k)'s lower bound n(MSR - F*MSE) / (F(MSC - MSE) + n*MSR) is the Spearman-Brown step-up of
    // ICC(A,1)'s, 0.019 -> 0.071.
    const ci = (form: keyof typeof icc) => icc[form].ci95!.map((x) => Math.round(x * 100) / 100);
    expect(ci('ICC1')).toEqual([-0.13, 0.72]);
    expect(ci('ICC2')).toEqual([0.02, 0.76]);
    expect(ci('ICC3')).toEqual([0.34, 0.95]);
    expect(ci('ICC1k')).toEqual([-0.88, 0.91]);
    expect(ci('ICC2k')).toEqual([0.07, 0.93]);
    expect(ci('ICC3k')).toEqual([0.68, 0.99]);
  });

  it('are null, never NaN, where every rating is the same', () => {
    const icc = intraclassCorrelations([[3, 3], [3, 3], [3, 3]]);
    for (const form of Object.values(icc)) expect(form).toEqual({ value: null, ci95: null });
  });

  it('are 1 where raters agree and subjects differ; the interval is not given (F is infinite)', () => {
    const icc = intraclassCorrelations([[1, 1], [2, 2], [4, 4]]);
    for (const form of Object.values(icc)) expect(form.value).toBe(1);
    expect(icc.ICC3.ci95).toBeNull();
  });

  it('are null with one subject', () => {
    expect(intraclassCorrelations([[1, 2]]).ICC2).toEqual({ value: null, ci95: null });
  });
});

describe('quadratic-weighted kappa', () => {
  it('by hand: five subjects', () => {
    // Rater A: 1 2 3 4 4; rater B: 1 3 3 4 2.
    // Observed: squared differences 0 1 0 0 4, mean 5/5 = 1.
    // Chance: every A against every B. A = {1,2,3,4,4}, B = {1,3,3,4,2}:
    //   a=1: 0+4+4+9+1 = 18; a=2: 1+1+1+4+0 = 7; a=3: 4+0+0+1+1 = 6; a=4 (twice): 9+1+1+0+4 = 15, 30
    //   sum 61, mean 61/25 = 2.44. Kappa = 1 - 1/2.44 = 0.590163...
    const kappa = quadraticWeightedKappa([[1, 1], [2, 3], [3, 3], [4, 4], [4, 2]]);
    expect(kappa).toBeCloseTo(1 - 1 / 2.44, 12);
  });

  it('is 1 for identical scores that vary, null for one shared constant, 0 for constants that differ', () => {
    expect(quadraticWeightedKappa([[1, 1], [3, 3]])).toBe(1);
    expect(quadraticWeightedKappa([[2, 2], [2, 2]])).toBeNull();
    expect(quadraticWeightedKappa([[2, 3], [2, 3]])).toBe(0);
    expect(quadraticWeightedKappa([])).toBeNull();
  });
});
