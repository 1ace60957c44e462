// What the items add up to, for every renderer (SPEC 12): the sum of the item scores against the most
// they could be ("136 of 152"), the share of items in the scale's top two points ("71 % at 3 or
// above"), and which items went up or down since the previous assessment. Pure.
import type { AssessmentResult, Result } from '../result/schema.js';
import { previousOf } from '../result/queries.js';
import type { Scale } from '../scale/model.js';
import { atLeast, atMost } from '../shared/tolerance.js';

export interface ItemTotal {
  total: number;
  /** The most the rated items could add up to. */
  max: number;
  rated: number;
  /** Whether every item the scale has for the assessment is rated (none missing). */
  complete: boolean;
}

/** The sum of the rated items' scores and the most it could be; null when nothing is rated. */
export function itemTotal(scale: Scale, a: AssessmentResult): ItemTotal | null {
  const byId = new Map(scale.items.map((item) => [item.id, item]));
  let total = 0;
  let max = 0;
  let rated = 0;
  for (const item of a.items) {
    if (item.status !== 'rated' || item.score === null) continue;
    total += item.score;
    max += byId.get(item.id)?.rating.max ?? 0;
    rated++;
  }
  return rated === 0 ? null : { total, max, rated, complete: a.overall.missing === 0 };
}

export interface TopShare {
  /** The lowest score counted: the second highest point of the scale's rating. */
  point: number;
  count: number;
  rated: number;
  /** 0-100. */
  percent: number;
}

/**
 * Rated items scoring at least the scale's second highest point (3 on 1-4). A raters' mean of 2.5 is
 * below 3: it is not counted. Null when nothing is rated, or when items are rated on different ranges
 * (the point would mean different things).
 */
export function topShare(scale: Scale, a: AssessmentResult): TopShare | null {
  const { min, max } = scale.rating;
  if (max - min < 2 || scale.items.some((item) => item.rating.min !== min || item.rating.max !== max)) return null;
  const point = max - 1;
  const scores = a.items.filter((item) => item.status === 'rated' && item.score !== null).map((item) => item.score!);
  if (scores.length === 0) return null;
  const count = scores.filter((score) => atLeast(score, point)).length;
  return { point, count, rated: scores.length, percent: (100 * count) / scores.length };
}

export interface ItemMove {
  id: string;
  before: number;
  now: number;
}

export interface ItemChanges {
  from: string | null;
  up: ItemMove[];
  down: ItemMove[];
  /** Items scored both times with the same score. */
  same: number;
}

/** Items scored in both this and the previous assessment, by which way they moved, the largest moves first. */
export function itemChanges(result: Result, a: AssessmentResult): ItemChanges | null {
  const previous = previousOf(result, a);
  if (!previous) return null;
  const before = new Map(previous.items.filter((i) => i.status === 'rated' && i.score !== null).map((i) => [i.id, i.score!]));
  const up: ItemMove[] = [];
  const down: ItemMove[] = [];
  let same = 0;
  for (const item of a.items) {
    const was = before.get(item.id);
    if (was === undefined || item.status !== 'rated' || item.score === null) continue;
    const move = { id: item.id, before: was, now: item.score };
    if (atMost(Math.abs(item.score - was), 0)) same++;
    else (item.score > was ? up : down).push(move);
  }
  const size = (m: ItemMove) => Math.abs(m.now - m.before);
  // Stable sorts: equal moves stay in scale order.
  up.sort((x, y) => size(y) - size(x));
  down.sort((x, y) => size(y) - size(x));
  return { from: a.change?.from ?? null, up, down, same };
}
