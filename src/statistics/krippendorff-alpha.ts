// Krippendorff's alpha over units x raters, with missing values (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"): alpha = 1 - D_o / D_e, from the coincidence matrix of the values
// that can be paired within a unit. Pure arithmetic; no rounding.

/** How far apart two values count: by rank among the values seen (ordinal) or by their difference (interval). */
export type AlphaMetric = 'ordinal' | 'interval';

/**
 * A unit's values, one per rater who gave one (missing and N/A already left out). Alpha is null where
 * fewer than two values can be paired (no unit with two values), and where every pairable value is the
 * same: expected disagreement is then 0, so alpha is 0/0. Krippendorff's coefficient is undefined there;
 * the data show no variation from which to tell agreement from chance, so no figure is given.
 */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric): number | null {
  const pairable = units.filter((values) => values.length >= 2);
  const distinct = [...new Set(pairable.flat())].sort((a, b) => a - b);
  if (distinct.length === 0) return null;
  const index = new Map(distinct.map((value, i) => [value, i]));
  const size = distinct.length;
  // o[c][k]: the coincidences of value c with value k, each unit's pairs weighted 1 / (m_u - 1).
  const o = Array.from({ length: size }, () => new Float64Array(size));
  // From each unit's count of every value, not from its pairs of raters: n_c x (n_k - [c = k]) ordered
  // pairs, so 20,000 raters of one item cost 20,000 steps, not 400 million.
  for (const values of pairable) {
    const weight = 1 / (values.length - 1);
    const counts = new Map<number, number>();
    for (const value of values) {
      const c = index.get(value)!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) o[c]![k]! += weight * nc * (c === k ? nk - 1 : nk);
    }
  }
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = marginals.reduce((sum, x) => sum + x, 0);
  const delta = distanceOf(metric, distinct, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** The squared distance of two values, by their indexes among the sorted distinct values. */
function distanceOf(metric: AlphaMetric, values: readonly number[], marginals: readonly number[]): (c: number, k: number) => number {
  if (metric === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  // Ordinal: the values between c and k (both included) counted by how often they occur, less half of
  // c's and k's own, squared (Krippendorff 2011, section on ordinal metric).
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative[cumulative.length - 1]! + m);
  return (c, k) => {
    if (c === k) return 0;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const between = cumulative[hi + 1]! - cumulative[lo]!;
    return (between - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
  };
}
