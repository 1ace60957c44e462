// A rated item with its score: what domain, overall, principle and level rules are computed from.
import type { Item } from '../scale/model.js';
import type { ItemResult } from '../result/schema.js';

export interface RatedItem {
  item: Item;
  score: number;
}

/** The rated items among `items`, in the order given, each with its scale definition. */
export function ratedItems(items: readonly Item[], results: ReadonlyMap<string, ItemResult>): RatedItem[] {
  const rated: RatedItem[] = [];
  for (const item of items) {
    const result = results.get(item.id);
    if (result?.status === 'rated' && result.score !== null) rated.push({ item, score: result.score });
  }
  return rated;
}
