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
  return krippendorffAlphas(units)[metric];
}

/**
 * Both metrics from one coincidence matrix (each assessment of a national data set asks for both, so
 * the matrix is built once). The values seen are few (a 1-4 scale has at most a handful, with means),
 * so they are kept in a small sorted array and found by a linear look-up.
 */
export function krippendorffAlphas(units: readonly (readonly number[])[]): Record<AlphaMetric, number | null> {
  const distinct: number[] = [];
  for (const values of units) {
    if (values.length < 2) continue;
    for (const value of values) if (!distinct.includes(value)) distinct.push(value);
  }
  if (distinct.length === 0) return { ordinal: null, interval: null };
  distinct.sort((x, y) => x - y);
  const size = distinct.length;
  const index = size > 32 ? new Map(distinct.map((value, i) => [value, i])) : null;
  const indexOf = (value: number): number => (index ? index.get(value)! : distinct.indexOf(value));
  // o[c][k]: the coincidences of value c with value k, each unit's pairs weighted 1 / (m_u - 1); from
  // each unit's count of every value, not from its pairs of raters: n_c x (n_k - [c = k]) ordered pairs,
  // so 20,000 raters of one item cost 20,000 steps, not 400 million.
  const o = new Float64Array(size * size);
  const counts = new Float64Array(size);
  const present: number[] = [];
  for (const values of units) {
    if (values.length < 2) continue;
    const weight = 1 / (values.length - 1);
    present.length = 0;
    for (const value of values) {
      const c = indexOf(value);
      if (counts[c] === 0) present.push(c);
      counts[c]! += 1;
    }
    for (const c of present) {
      const nc = counts[c]!;
      for (const k of present) o[c * size + k]! += weight * nc * (c === k ? nc - 1 : counts[k]!);
    }
    for (const c of present) counts[c] = 0;
  }
  const marginals = Array.from({ length: size }, (_, c) => {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += o[c * size + k]!;
    return sum;
  });
  const n = marginals.reduce((sum, x) => sum + x, 0);
  const alpha = (metric: AlphaMetric): number | null => {
    const delta = distanceOf(metric, distinct, marginals);
    let observed = 0;
    let expected = 0;
    for (let c = 0; c < size; c++) {
      for (let k = 0; k < size; k++) {
        const d = delta(c, k);
        observed += o[c * size + k]! * d;
        expected += marginals[c]! * marginals[k]! * d;
      }
    }
    if (n < 2 || expected === 0) return null;
    return 1 - ((n - 1) * observed) / expected;
  };
  return { ordinal: alpha('ordinal'), interval: alpha('interval') };
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
