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
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
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

export type ValueOutcome = { ok: true; value: number } | { ok: false; reason: 'notNumber' | 'outOfRange' | 'naNotAllowed' };

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
const LEADING_SCORE = /^([+-]?\d+(?:[.,]\d+)?)\s*[-–:.)]\s*\S/;

function numberFrom(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * The rating in `raw` for `item`: a number in range, NA, or MISSING; or why it is not one.
 * `values` (from a map file) wins over everything else, then N/A words, numbers, `4 - Label`, scale labels.
 */
export function parseValue(raw: string, item: Item, values: ValueMap, labels: ReadonlyMap<string, number>): ValueOutcome {
  const text = raw.trim();
  if (text === '') return { ok: true, value: MISSING };
  // Fast path for the common case, a plain number the map does not redefine.
  const plain = NUMBER.test(text) && !values.has(text);
  const key = plain ? text : normaliseLabel(text);
  let value: number | undefined = plain ? numberFrom(text) : values.get(key);
  if (value === undefined) {
    if (NA_WORDS.includes(key)) value = NA;
    else if (NUMBER.test(text)) value = numberFrom(text);
    else {
      const leading = LEADING_SCORE.exec(text);
      value = leading ? numberFrom(leading[1]!) : labels.get(key);
    }
  }
  if (value === undefined) return { ok: false, reason: 'notNumber' };
  if (Number.isNaN(value)) return { ok: true, value: MISSING };
  if (value === NA) return item.na ? { ok: true, value: NA } : { ok: false, reason: 'naNotAllowed' };
  if (value < item.rating.min || value > item.rating.max) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value };
}
