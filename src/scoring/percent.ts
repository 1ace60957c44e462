// A score as a percentage, by the scale's percent rule, of the bounds it could have reached.
import type { PercentRule } from '../scale/schema.js';
import type { Range } from '../scale/model.js';

/**
 * `range`: (score - min) / (max - min) × 100; `max`: score / max × 100. Null when there is no score, or
 * when the bounds leave nothing to divide by (a percentage of a zero-width range means nothing).
 */
export function percentOf(rule: PercentRule, score: number | null, bounds: Range | null): number | null {
  if (score === null || bounds === null) return null;
  if (rule === 'range') {
    const width = bounds.max - bounds.min;
    return width === 0 ? null : ((score - bounds.min) / width) * 100;
  }
  return bounds.max === 0 ? null : (score / bounds.max) * 100;
}
