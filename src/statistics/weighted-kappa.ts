// Cohen's weighted kappa for two raters with quadratic weights (Cohen 1968; Fleiss and Cohen 1973):
// kappa_w = 1 - sum w O / sum w E, with w = (a - b)^2 the squared distance of the two scores and E the
// table chance gives from each rater's own distribution. Pure arithmetic; no rounding.

/**
 * `pairs`: the two raters' scores of each subject both rated. With squared distances of the scores
 * themselves, categories nobody used weigh nothing, so the scale's range need not be known. Null with
 * no pair, or where chance disagreement is 0 (both raters gave one and the same score throughout).
 */
export function quadraticWeightedKappa(pairs: readonly (readonly [number, number])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  let observed = 0;
  for (const [a, b] of pairs) observed += (a - b) ** 2;
  // Chance: every score of the first rater against every score of the second.
  let expected = 0;
  for (const [a] of pairs) for (const [, b] of pairs) expected += (a - b) ** 2;
  observed /= n;
  expected /= n * n;
  if (expected === 0) return null;
  return 1 - observed / expected;
}
