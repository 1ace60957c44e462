// Principle scores: the unweighted mean of the rated items mapped to each principle, for the spider
// chart, with how many of those items are rated, not applicable and missing.
import type { Item, Principle } from '../scale/model.js';
import type { ItemResult, PrincipleResult } from '../result/schema.js';
import type { RatedItem } from './rated-item.js';
import { mean } from './weighted-mean.js';

export function scorePrinciples(
  principles: readonly Principle[],
  scaleItems: readonly Item[],
  rated: readonly RatedItem[],
  items: ReadonlyMap<string, Pick<ItemResult, 'status'>>,
): PrincipleResult[] {
  return principles.map(({ id }) => {
    const scores = rated.filter(({ item }) => item.principles.includes(id)).map(({ score }) => score);
    let na = 0;
    let missing = 0;
    for (const item of scaleItems) {
      if (!item.principles.includes(id)) continue;
      const status = items.get(item.id)?.status ?? 'missing';
      if (status === 'na') na++;
      else if (status === 'missing') missing++;
    }
    // Unweighted (SPEC 6): weights shape domains and the overall, not how a principle is lived.
    return { id, score: mean(scores), rated: scores.length, na, missing };
  });
}
