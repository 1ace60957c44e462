// What a map file (--map) says, once read (map-file.ts), and the map when none is given.

export interface ColumnMap {
  /** Meta field -> the headers that may hold it (the first a file has is used). */
  columns: Partial<Record<'team' | 'date' | 'rater' | 'kind' | 'item' | 'score' | 'note' | 'rationale', string[]>>;
  /** Item id -> the headers that may hold it. */
  items: Record<string, string[]>;
  /** Item id -> the headers that may hold its rationale (wide layout, SPEC 12). */
  rationales: Record<string, string[]>;
  /** Normalised answer text -> score, NA or MISSING. */
  values: Map<string, number>;
}

export const EMPTY_MAP: ColumnMap = { columns: {}, items: {}, rationales: {}, values: new Map() };
