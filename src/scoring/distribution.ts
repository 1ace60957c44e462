// How many rated items sit at each rating point of the scale.
import type { Item } from '../scale/model.js';
import type { RatedItem } from './rated-item.js';
import { roundHalfUp } from '../shared/tolerance.js';

/**
 * Keys are every whole rating point from the lowest rating.min to the highest rating.max of the scale's
 * items, so a point nobody scored shows as 0. A decimal score (a raters' mean) counts at its point
 * rounded half up.
 */
export function distributionOf(items: readonly Item[], rated: readonly RatedItem[]): Record<string, number> {
  const distribution: Record<string, number> = {};
  if (items.length > 0) {
    const lowest = Math.min(...items.map(({ rating }) => rating.min));
    const highest = Math.max(...items.map(({ rating }) => rating.max));
    for (let point = Math.ceil(lowest); point <= highest; point++) distribution[String(point)] = 0;
  }
  for (const { score } of rated) {
    const key = String(roundHalfUp(score));
    // A score outside every range should have been refused on input; count it rather than lose it.
    distribution[key] = (distribution[key] ?? 0) + 1;
  }
  return distribution;
}
