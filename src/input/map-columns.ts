// Which column of a data file holds what: meta columns by their en/nb/da names or the map file,
// item columns by item id or an id-prefixed header ("hp1: Housing choice"), and the layout.
import type { Scale } from '../scale/model.js';
import type { ColumnMap } from './column-map.js';

export type MetaField = 'team' | 'date' | 'rater' | 'kind' | 'item' | 'score' | 'note' | 'rationale';

/** The word for the reviewers' rationale (SPEC 12) in en, nb and da: `hcs1 rationale`, `hcs1 begrunnelse`. */
const RATIONALE_WORDS = ['rationale', 'begrunnelse', 'begrundelse'] as const;

/** Header names (lower case) that mean each meta column, in en, nb and da. */
const META_NAMES: Record<MetaField, readonly string[]> = {
  team: ['team', 'program', 'programme', 'site', 'enhet', 'enhed', 'teamnavn', 'team name'],
  date: ['date', 'dato', 'assessment date', 'vurderingsdato'],
  rater: ['rater', 'assessor', 'vurderer', 'bedømmer', 'reviewer', 'evaluator'],
  kind: ['kind', 'type', 'vurderingstype'],
  item: ['item', 'indikator', 'item id'],
  score: ['score', 'skår', 'skår/score', 'value', 'verdi', 'værdi', 'mean', 'gjennomsnitt', 'gennemsnit'],
  note: ['note', 'notat', 'kommentar', 'comment', 'evidence'],
  // A row's rationale for its item (long layout); in the wide layout each item has its own column.
  rationale: RATIONALE_WORDS,
};

export interface ColumnLayout {
  layout: 'wide' | 'long';
  meta: Partial<Record<MetaField, number>>;
  /** Column index -> item index in scale.items (wide layout). */
  items: Map<number, number>;
  /** Column index -> item index whose rationale the column holds (wide layout). */
  rationales: Map<number, number>;
  /** Headers that are neither meta nor items, with their column index. */
  unknown: { header: string; column: number }[];
  /** Map-file headers that no column has. */
  missingMapped: string[];
  /** Two columns that hold the same item: an error, since either could be the real one. */
  duplicates: { id: string; first: number; second: number }[];
}

function norm(header: string): string {
  return header.trim().toLowerCase();
}

/** The item whose rationale a header names: the id, a space, colon, full stop or dash, then the word. */
function rationaleForHeader(header: string, idsLongestFirst: readonly string[]): string | undefined {
  const text = norm(header);
  for (const id of idsLongestFirst) {
    const lower = id.toLowerCase();
    if (!text.startsWith(lower)) continue;
    const rest = /^[\s:.\-–]+(.*)$/.exec(text.slice(lower.length));
    if (rest && (RATIONALE_WORDS as readonly string[]).includes(rest[1]!.trim())) return id;
  }
  return undefined;
}

/** The item id a header names: the id itself, or the id followed by space, colon, full stop or dash. */
function itemForHeader(header: string, idsLongestFirst: readonly string[]): string | undefined {
  const text = norm(header);
  for (const id of idsLongestFirst) {
    const lower = id.toLowerCase();
    if (text === lower) return id;
    if (text.startsWith(lower) && /^[\s:.\-–]/.test(text.slice(lower.length))) return id;
  }
  return undefined;
}

export function mapColumns(headers: readonly string[], scale: Scale, map: ColumnMap): ColumnLayout {
  const meta: Partial<Record<MetaField, number>> = {};
  const items = new Map<number, number>();
  const rationales = new Map<number, number>();
  const missingMapped: string[] = [];
  const claimed = new Set<number>();
  /** The first of `names` this file has as a header (a map may list several, for several exports). */
  const find = (names: readonly string[]) => {
    for (const name of names) {
      const index = headers.findIndex((h, i) => !claimed.has(i) && h.trim() === name.trim());
      if (index >= 0) return index;
    }
    return -1;
  };

  const unmappedMeta: { field: MetaField; names: string[] }[] = [];
  for (const [field, names] of Object.entries(map.columns) as [MetaField, string[]][]) {
    const index = find(names);
    if (index < 0) unmappedMeta.push({ field, names });
    else {
      meta[field] = index;
      claimed.add(index);
    }
  }
  const itemIndex = new Map(scale.items.map((item, i) => [item.id, i]));
  // Item index -> the first column that holds it (items maps the other way, column -> item).
  const columnOf = new Map<number, number>();
  const unmappedItems: { id: string; names: string[] }[] = [];
  for (const [id, names] of Object.entries(map.items)) {
    const index = find(names);
    const target = itemIndex.get(id);
    if (index < 0 || target === undefined) unmappedItems.push({ id, names });
    else {
      items.set(index, target);
      if (!columnOf.has(target)) columnOf.set(target, index);
      claimed.add(index);
    }
  }
  const unmappedRationales: { id: string; names: string[] }[] = [];
  for (const [id, names] of Object.entries(map.rationales)) {
    const index = find(names);
    const target = itemIndex.get(id);
    if (index < 0 || target === undefined) unmappedRationales.push({ id, names });
    else {
      rationales.set(index, target);
      claimed.add(index);
    }
  }
  headers.forEach((header, index) => {
    if (claimed.has(index)) return;
    const name = norm(header);
    for (const field of Object.keys(META_NAMES) as MetaField[]) {
      if (meta[field] === undefined && META_NAMES[field].includes(name)) {
        meta[field] = index;
        claimed.add(index);
        return;
      }
    }
  });
  const idsLongestFirst = scale.items.map((i) => i.id).sort((a, b) => b.length - a.length);
  const layout = meta.item !== undefined && meta.score !== undefined ? 'long' : 'wide';
  const unknown: { header: string; column: number }[] = [];
  const duplicates: { id: string; first: number; second: number }[] = [];
  headers.forEach((header, index) => {
    if (claimed.has(index)) return;
    const rationaleOf = layout === 'wide' ? rationaleForHeader(header, idsLongestFirst) : undefined;
    if (rationaleOf !== undefined) {
      rationales.set(index, itemIndex.get(rationaleOf)!);
      return;
    }
    const id = layout === 'wide' ? itemForHeader(header, idsLongestFirst) : undefined;
    if (id !== undefined) {
      const target = itemIndex.get(id)!;
      const first = columnOf.get(target);
      if (first !== undefined) duplicates.push({ id, first, second: index });
      else {
        items.set(index, target);
        columnOf.set(target, index);
      }
      return;
    }
    if (header.trim() !== '') unknown.push({ header, column: index });
  });
  // A mapped column the file has under its usual name, or an item it heads by its id (a map made
  // for another export), is not missing.
  for (const { field, names } of unmappedMeta) if (meta[field] === undefined) missingMapped.push(names.join(' | '));
  for (const { names } of unmappedRationales) missingMapped.push(names.join(' | '));
  for (const { id, names } of unmappedItems) {
    if (!columnOf.has(itemIndex.get(id) ?? -1)) missingMapped.push(names.join(' | '));
  }
  return { layout, meta, items, rationales, unknown, missingMapped, duplicates };
}
