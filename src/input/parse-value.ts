// One cell of a data file as a rating: a number (point or comma), not applicable, blank (not
// rated), or a label from the map or the scale. Anything else is an error the caller reports.
import type { Item, Scale } from '../scale/model.js';

/** Not rated (a blank cell, or a map value `missing`). Stored as NaN in compact score arrays. */
export const MISSING = Number.NaN;
/** Not applicable. Stored as -Infinity in compact score arrays. */
export const NA = Number.NEGATIVE_INFINITY;

export const NA_WORDS = ['na', 'n/a', 'n.a.', 'i/a', 'ikke aktuelt', 'ikke aktuell', 'ikke relevant', 'ej relevant', 'not applicable', 'irrelevant'];

export type ValueMap = ReadonlyMap<string, number>;

export function normaliseLabel(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Labels of the scale and its items (every language) -> score, for cells that hold a label. */
export function scaleLabelMap(scale: Scale): Map<string, number> {
  const map = new Map<string, number>();
  const add = (labels: Record<string, unknown>) => {
    for (const [score, text] of Object.entries(labels)) {
      const texts = typeof text === 'string' ? [text] : Object.values(text as Record<string, string>);
      for (const t of texts) map.set(normaliseLabel(t), Number(score));
    }
  };
  add(scale.labels);
  for (const domain of scale.domains) if (domain.items[0]) add(domain.items[0].labels);
  return map;
}

/** Why a cell is not a rating. Shared constants, so parsing a cell allocates nothing. */
export interface ValueError {
  reason: 'notNumber' | 'outOfRange' | 'naNotAllowed';
}
const NOT_NUMBER: ValueError = { reason: 'notNumber' };
const OUT_OF_RANGE: ValueError = { reason: 'outOfRange' };
const NA_NOT_ALLOWED: ValueError = { reason: 'naNotAllowed' };

/** A rating (a number, NA or MISSING), or why the cell is not one. */
export type ValueOutcome = number | ValueError;

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
// A number, a separator and more text (`4 - Fully in place`); the rest must be the item's label for it.
const LEADING_SCORE = /^([+-]?\d+(?:[.,]\d+)?)\s*[-–—:.)]\s*(\S.*)$/s;

/** Per item: the normalised labels and anchors of each score, for `4 - Fully in place`. */
const itemTexts = new WeakMap<Item, Map<string, Set<number>>>();

function textsOf(item: Item): Map<string, Set<number>> {
  let texts = itemTexts.get(item);
  if (texts) return texts;
  texts = new Map();
  for (const source of [item.labels, item.anchors]) {
    for (const [score, text] of Object.entries(source)) {
      for (const t of typeof text === 'string' ? [text] : Object.values(text)) {
        const key = normaliseLabel(t);
        let scores = texts.get(key);
        if (!scores) texts.set(key, (scores = new Set()));
        scores.add(Number(score));
      }
    }
  }
  itemTexts.set(item, texts);
  return texts;
}

/**
 * `4 - Fully in place`: the number, when the text after it is the item's label or anchor for that same
 * number, or reads as that number alone (a scale label, a map value). `3-4`, `2:30`, `3.5.2026` or `4 - Not in place` are no score: reading
 * them as their first number put a score in the report that nobody gave.
 */
function leadingScore(text: string, item: Item, values: ValueMap, labels: ReadonlyMap<string, number>): number | undefined {
  const leading = LEADING_SCORE.exec(text);
  if (!leading) return undefined;
  const score = numberFrom(leading[1]!);
  const rest = normaliseLabel(leading[2]!);
  if (textsOf(item).get(rest)?.has(score) || (values.get(rest) ?? labels.get(rest)) === score) return score;
  return undefined;
}

function numberFrom(text: string): number {
  return Number(text.replace(',', '.'));
}

/** What a text that is not a plain number means for an item: a map value, N/A, `4 - label`, a label. */
function meaningOf(text: string, item: Item, values: ValueMap, labels: ReadonlyMap<string, number>): number | undefined {
  const key = normaliseLabel(text);
  const value = values.get(key);
  if (value !== undefined) return value;
  if (NA_WORDS.includes(key)) return NA;
  return leadingScore(text, item, values, labels) ?? labels.get(key);
}

/** Texts a survey export repeats in every row ("4 - Fully in place"), worked out once per item and map. */
const meanings = new WeakMap<ValueMap, WeakMap<Item, Map<string, number | undefined>>>();
const MAX_CACHED_TEXTS = 4096;

function cachedMeaning(text: string, item: Item, values: ValueMap, labels: ReadonlyMap<string, number>): number | undefined {
  let byItem = meanings.get(values);
  if (!byItem) meanings.set(values, (byItem = new WeakMap()));
  let cache = byItem.get(item);
  if (!cache) byItem.set(item, (cache = new Map()));
  const cached = cache.get(text);
  if (cached !== undefined || cache.has(text)) return cached;
  const value = meaningOf(text, item, values, labels);
  if (cache.size < MAX_CACHED_TEXTS) cache.set(text, value);
  return value;
}

/**
 * The rating in `raw` for `item`: a number in range, NA, or MISSING; or why it is not one.
 * `values` (from a map file) wins over everything else, then N/A words, numbers, `4 - Label`, scale labels.
 */
export function parseValue(raw: string, item: Item, values: ValueMap, labels: ReadonlyMap<string, number>): ValueOutcome {
  const text = raw.trim();
  if (text === '') return MISSING;
  // Fast path for the common case, a plain number the map does not redefine.
  const plain = NUMBER.test(text) && !values.has(text);
  const value = plain ? numberFrom(text) : cachedMeaning(text, item, values, labels);
  if (value === undefined) return NOT_NUMBER;
  if (Number.isNaN(value)) return MISSING;
  if (value === NA) return item.na ? NA : NA_NOT_ALLOWED;
  if (value < item.rating.min || value > item.rating.max) return OUT_OF_RANGE;
  return value;
}
