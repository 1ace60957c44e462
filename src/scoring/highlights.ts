// The items every format shows as strengths and as areas to improve, picked once here by a named rule
// so the PDF, the Markdown and the terminal agree, and a tie at the cut is counted, not hidden.
import type { HighlightPick, Highlights } from '../result/schema.js';
import type { RatedItem } from './rated-item.js';

/** How many items each list names; ties beyond it are counted in `tiedWithLast`. */
export const HIGHLIGHT_COUNT = 3;

/** Position of a score within its item's range, 0..1, so items on different ranges compare fairly. */
export function relativeScore({ item, score }: RatedItem): number {
  const { min, max } = item.rating;
  return (score - min) / (max - min);
}

// Scores within this of each other are one score (means of raters carry binary noise).
const SAME = 1e-9;

function pick(rule: HighlightPick['rule'], sorted: readonly RatedItem[]): HighlightPick {
  const picked = sorted.slice(0, HIGHLIGHT_COUNT);
  const last = picked.at(-1);
  const tiedWithLast =
    last === undefined ? 0 : sorted.slice(HIGHLIGHT_COUNT).filter((r) => Math.abs(relativeScore(r) - relativeScore(last)) < SAME).length;
  return { rule, items: picked.map(({ item }) => item.id), tiedWithLast };
}

/**
 * Strengths: the highest items relative to their range, at or above its middle, ties in scale order.
 * Areas to improve: the lowest items below the top of their range, core items first among equals.
 */
export function pickHighlights(rated: readonly RatedItem[]): Highlights {
  const strengths = rated
    .map((entry, index) => ({ entry, index, rel: relativeScore(entry) }))
    .filter(({ rel }) => rel >= 0.5 - SAME)
    .sort((a, b) => b.rel - a.rel || a.index - b.index)
    .map(({ entry }) => entry);
  return {
    strengths: pick('highest-at-or-above-middle', strengths),
    improve: pick('lowest-below-top-core-first', improveOrder(rated)),
  };
}

/**
 * Every rated item below the top of its range, lowest first (relative to its range), core items first
 * among equals. `rated` in scale order (ratedItems), as scoring has it already.
 */
export function improveOrder(rated: readonly RatedItem[]): RatedItem[] {
  return rated
    .map((entry, index) => ({ entry, index, rel: relativeScore(entry) }))
    .filter(({ entry }) => entry.score < entry.item.rating.max - SAME)
    .sort((a, b) => a.rel - b.rel || Number(b.entry.item.critical) - Number(a.entry.item.critical) || a.index - b.index)
    .map(({ entry }) => entry);
}
