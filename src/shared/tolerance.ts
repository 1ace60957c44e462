// Rounding and threshold comparison that forgive the error binary floating point adds to decimal scores.

/**
 * Scores are built from decimals such as 3.3 that binary floating point cannot hold exactly, so a mean
 * that is 3.5 on paper can come out as 3.4999999999999996. A difference this small is never a real
 * difference between two fidelity scores, so thresholds and rounding treat it as equality; without it a
 * team would miss a level, or a rounding step, by a bit of arithmetic noise.
 */
const TOLERANCE = 1e-9;

/** value >= threshold, up to floating-point noise. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

/** value <= threshold, up to floating-point noise. */
export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + TOLERANCE;
}

/** Rounds half away from zero to `decimals` places: 3.45 -> 3.5, 2.25 -> 2.3, -2.25 -> -2.3. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const whole = Math.floor(scaled);
  // A fraction a hair below one half is a half that floating point nudged down (1.005 * 100 = 100.4999...).
  const rounded = scaled - whole >= 0.5 - TOLERANCE ? whole + 1 : whole;
  const result = rounded / factor;
  return value < 0 ? -result : result;
}

/** Rounds half up to a whole number (2.5 -> 3, -2.5 -> -2), forgiving the same noise. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + TOLERANCE);
}
