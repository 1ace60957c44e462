// Finding a scale's items, domains, principles and levels by id. Built once per scale on first use;
// a scale is plain data that is never changed after loading.
import type { Domain, Item, Level, Principle, Scale } from './model.js';

interface ScaleIndex {
  items: Map<string, Item>;
  domains: Map<string, Domain>;
  principles: Map<string, Principle>;
  levels: Map<string, Level>;
  /** Principle id -> ids of the items mapped to it. */
  principleItems: Map<string, Set<string>>;
}

const indexes = new WeakMap<Scale, ScaleIndex>();

/** id -> entry; the first entry wins, as a search from the start would. */
function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

function indexOf(scale: Scale): ScaleIndex {
  let index = indexes.get(scale);
  if (!index) {
    const principleItems = new Map<string, Set<string>>();
    for (const item of scale.items) {
      for (const principle of item.principles) {
        const ids = principleItems.get(principle) ?? new Set<string>();
        ids.add(item.id);
        principleItems.set(principle, ids);
      }
    }
    index = {
      items: byId(scale.items),
      domains: byId(scale.domains),
      principles: byId(scale.principles),
      levels: byId(scale.levels),
      principleItems,
    };
    indexes.set(scale, index);
  }
  return index;
}

export function itemById(scale: Scale, id: string): Item | undefined {
  return indexOf(scale).items.get(id);
}

export function domainById(scale: Scale, id: string): Domain | undefined {
  return indexOf(scale).domains.get(id);
}

export function principleById(scale: Scale, id: string): Principle | undefined {
  return indexOf(scale).principles.get(id);
}

export function levelById(scale: Scale, id: string | null): Level | undefined {
  return id === null ? undefined : indexOf(scale).levels.get(id);
}

/** Ids of the scale's items mapped to each principle (a principle without items is absent). */
export function principleItemIds(scale: Scale): ReadonlyMap<string, ReadonlySet<string>> {
  return indexOf(scale).principleItems;
}


/** Whole scores a list shows at most; a wider range is written (and checked) as its bounds. */
export const MAX_LISTED_SCORES = 40;

/** Whether an item's whole scores are few enough to list one by one (a dropdown, a message). */
export function listsScores(item: Item): boolean {
  return Math.floor(item.rating.max) - Math.ceil(item.rating.min) + 1 <= MAX_LISTED_SCORES;
}

/** The scores an item allows, as people read them: "1", "2", "3", "4" (or "0–100"), then the N/A word where allowed. */
export function allowedScoreTexts(item: Item, naWord: string): string[] {
  const low = Math.ceil(item.rating.min);
  const high = Math.floor(item.rating.max);
  const scores = listsScores(item) ? Array.from({ length: Math.max(0, high - low + 1) }, (_, i) => String(low + i)) : [`${low}–${high}`];
  return item.na ? [...scores, naWord] : scores;
}
