// The arithmetic every aggregation shares: weighted means, plain means and sums, null where there is nothing.

export interface Weighted {
  value: number;
  weight: number;
}

/**
 * Σ(value × weight) / Σ weight. Null when there is nothing to average, and also when the weights sum to 0:
 * items that weigh nothing cannot make a score, and 0/0 must not leak out as NaN.
 */
export function weightedMean(entries: readonly Weighted[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { value, weight } of entries) {
    total += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}

/** Unweighted mean; null when empty. */
export function mean(values: readonly number[]): number | null {
  const total = sum(values);
  return total === null ? null : total / values.length;
}

/** Unweighted sum; null when empty, so "nothing rated" is never reported as a score of 0. */
export function sum(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const value of values) total += value;
  return total;
}
