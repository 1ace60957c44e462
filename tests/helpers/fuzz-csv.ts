// Generated data files for the CSV reader's properties (tests/fuzz/csv-reader.test.ts): a small
// fixture scale, a model of a wide data file (columns, rows, what each cell means), the bytes of
// that file in many dialects, and the assessments the model says the reader must find. The model
// follows SPEC section 5, not the reader's code.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { Kind } from '../../src/assessment/model.js';

/** The fixture scale, written to a temporary folder by the tests. Ids include prefixes of each other. */
export const FUZZ_SCALE_YAML = `# Fixture for the fuzz suite: two rating ranges, N/A items, labels in three languages,
# and item ids that are prefixes of each other (a1 / a10, c3 / c3.1).
id: fuzz-fixture
version: "1"
name: { en: Fuzz fixture, nb: Fuzz-skala, da: Fuzz-skala }
languages: [en, nb, da]
rating: { min: 1, max: 4 }
labels:
  1: { en: Not in place, nb: Ikke på plass, da: Ikke på plads }
  2: { en: Partly, nb: Delvis, da: Delvist }
  3: { en: Largely, nb: I stor grad, da: I høj grad }
  4: { en: Fully in place, nb: Fullt ut på plass, da: Fuldt ud på plads }
aggregation: mean-of-domains
levelRounding: 1
reviewEveryMonths: 6
levels:
  - { id: high, min: 3.5, minCritical: 3, label: { en: High, nb: Høy, da: Høj } }
  - { id: low, label: { en: Low, nb: Lav, da: Lav } }
domains:
  - id: housing
    name: { en: Housing, nb: Bolig, da: Bolig }
    items:
      - { id: a1, title: { en: Lease, nb: Leiekontrakt, da: Lejekontrakt }, critical: true }
      - { id: a10, title: { en: Choice, nb: Valg, da: Valg }, na: true }
      - { id: b2, title: { en: Spread, nb: Spredt, da: Spredt } }
  - id: support
    name: { en: Support, nb: Oppfølging, da: Støtte }
    rating: { min: 0, max: 10 }
    items:
      - { id: c3, title: { en: Visits, nb: Hjemmebesøk, da: Hjemmebesøg }, na: true }
      - { id: c3.1, title: { en: Phone, nb: Telefon, da: Telefon } }
`;

export interface ModelItem {
  id: string;
  min: number;
  max: number;
  na: boolean;
}

/** The fixture's items as the generator sees them (written from the YAML above, by hand). */
export const ITEMS: readonly ModelItem[] = [
  { id: 'a1', min: 1, max: 4, na: false },
  { id: 'a10', min: 1, max: 4, na: true },
  { id: 'b2', min: 1, max: 4, na: false },
  { id: 'c3', min: 0, max: 10, na: true },
  { id: 'c3.1', min: 0, max: 10, na: false },
];

/** Score -> label in en, nb, da (SPEC: a label in the scale means its score). */
const LABELS: Record<number, string[]> = {
  1: ['Not in place', 'Ikke på plass', 'Ikke på plads'],
  2: ['Partly', 'Delvis', 'Delvist'],
  3: ['Largely', 'I stor grad', 'I høj grad'],
  4: ['Fully in place', 'Fullt ut på plass', 'Fuldt ud på plads'],
};

/** SPEC section 5 words for not applicable (case does not matter). */
const NA_WORDS = ['NA', 'N/A', 'n/a', 'I/A', 'ikke aktuelt', 'Ikke relevant', 'ej relevant', 'IKKE AKTUELT'];

/** SPEC section 5 header names of the meta columns in en, nb and da. */
const META_HEADERS = {
  team: ['team', 'Team', 'TEAM', 'program', 'Site', 'enhet', 'Enhet', 'enhed', ' Team '],
  date: ['date', 'Date', 'dato', 'Dato', 'DATO'],
  rater: ['rater', 'Rater', 'assessor', 'vurderer', 'Vurderer', 'bedømmer', 'Bedømmer'],
  kind: ['kind', 'Kind', 'type', 'Type'],
} as const;

/** Words for the kind of an assessment, and what they mean. */
const KIND_TEXTS: [string, Kind][] = [
  ['self', 'self'],
  ['Self', 'self'],
  ['egenvurdering', 'self'],
  ['selvevaluering', 'self'],
  ['intern', 'self'],
  ['external', 'external'],
  ['Ekstern', 'external'],
  ['review', 'external'],
  ['external review', 'external'],
  ['ekstern vurdering', 'external'],
];

const CONSENSUS = ['consensus', 'Consensus', 'konsensus', 'KONSENSUS', ' Konsensus '];

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];

/** Pieces of team and rater names: odd Unicode, delimiters, quotes, names of Object's own properties. */
const NAME_PIECES_UNICODE = [
  'a', 'A', 'B', 'b', 'z', 'Moss', ' ', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', 'ü', 'ß', 'İ', 'ı', '𝔘', '👩‍👩‍👧', 'e\u0301', '\u200b',
  '\u202e', '\u00a0', '中', 'ق', 'Ω', '=', '+', '@', '-', '"', ',', ';', '\t', '|', '\n', '#', "'", '\\',
  '__proto__', 'constructor', 'toString', '=SUM(A1)',
];
/** The same for Windows-1252 files: every non-ASCII piece is a byte >= 0xC0, so never valid UTF-8 by accident. */
const NAME_PIECES_1252 = [
  'a', 'B', 'z', 'Moss', ' ', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', 'ü', '=', '+', '"', ',', ';', '\t', '|', '\n', "'",
  '__proto__', 'constructor', '=SUM(A1)',
];

export function nameArb(encoding: Encoding): fc.Arbitrary<string> {
  const pieces = encoding === 'windows-1252' ? NAME_PIECES_1252 : NAME_PIECES_UNICODE;
  return fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 })
    .map((p) => p.join(''))
    .filter((s) => s.trim() !== '');
}

export type Answer = number | 'na';

export interface Cell {
  text: string;
  /** What the cell means: a score, not applicable, or null for not rated. */
  answer: Answer | null;
}

const caseOf = (text: string, how: number) => (how === 1 ? text.toUpperCase() : how === 2 ? text.toLowerCase() : text);

/** A cell for `item`: blank, a number (point or comma), a label, "4 - label", or an N/A word. */
export function cellArb(item: ModelItem): fc.Arbitrary<Cell> {
  const blank = fc.constantFrom('', ' ', '  ').map((text) => ({ text, answer: null }));
  const integer = fc
    .tuple(fc.integer({ min: item.min, max: item.max }), fc.constantFrom('', ' ', '+', '0'), fc.constantFrom('', '.0', ',0', ',00'), fc.constantFrom('', ' '))
    .map(([v, before, after, pad]) => ({ text: `${pad}${before === ' ' ? ' ' : before}${v}${after}${pad}`, answer: v as Answer }));
  const decimal = fc
    .tuple(fc.integer({ min: item.min, max: item.max - 1 }), fc.constantFrom(['25', 0.25], ['5', 0.5], ['75', 0.75]), fc.constantFrom('.', ','))
    .map(([i, [digits, frac], point]) => ({ text: `${i}${point}${digits}`, answer: i + (frac as number) }));
  const labelled = fc
    .tuple(
      fc.integer({ min: Math.max(1, item.min), max: Math.min(4, item.max) }),
      fc.nat(2),
      fc.nat(2),
      fc.constantFrom('', ' - ', ' – ', ': ', ') ', '. ', '-'),
      fc.boolean(),
    )
    .map(([v, lang, how, separator, doubleSpace]) => {
      let label = caseOf(LABELS[v]![lang]!, how);
      if (doubleSpace) label = label.replace(' ', '  ');
      return { text: separator === '' ? label : `${v}${separator}${label}`, answer: v as Answer };
    });
  const na = fc.constantFrom(...NA_WORDS).map((text) => ({ text, answer: 'na' as Answer }));
  return fc.oneof(
    { arbitrary: blank, weight: 2 },
    { arbitrary: integer, weight: 4 },
    { arbitrary: decimal, weight: 1 },
    { arbitrary: labelled, weight: 2 },
    ...(item.na ? [{ arbitrary: na, weight: 1 }] : []),
  );
}

export interface DateCell {
  text: string;
  iso: string | null;
}

/** A date in one of the SPEC's forms (ISO, ISO timestamp with offset, dd.mm.yyyy, dd-mm-yyyy), or blank. */
export const dateArb: fc.Arbitrary<DateCell> = fc.oneof(
  { arbitrary: fc.constant({ text: '', iso: null }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(6))
      .map(([y, m, d, form]) => {
        const p = (n: number) => String(n).padStart(2, '0');
        const iso = `${y}-${p(m)}-${p(d)}`;
        const text = [
          iso,
          `${iso}T09:12:33+02:00`,
          `${iso}T23:59:00-05:00`,
          `${iso} 08:30`,
          `${d}.${m}.${y}`,
          `${p(d)}.${p(m)}.${y} 14:05`,
          `${p(d)}-${p(m)}-${y}`,
        ][form]!;
        return { text, iso };
      }),
    weight: 4,
  },
);

export interface KindCell {
  text: string;
  kind: Kind | null;
}

export const kindArb: fc.Arbitrary<KindCell> = fc.oneof(
  fc.constant({ text: '', kind: null }),
  fc.constantFrom(...KIND_TEXTS).map(([text, kind]) => ({ text, kind })),
);

export interface Row {
  team: string;
  date: DateCell;
  kind: KindCell;
  /** The rater cell; ignored without a rater column. */
  rater: string;
  /** One cell per item column, in `DataFile.items` order. */
  cells: Cell[];
}

export type Column = { field: 'team' | 'date' | 'rater' | 'kind'; header: string } | { field: 'item'; item: number; header: string };

export interface DataFile {
  encoding: Encoding;
  delimiter: ',' | ';' | '\t' | '|';
  eol: '\n' | '\r\n';
  finalEol: boolean;
  /** Quote every field of these columns (fields that need quotes always get them). */
  quoteAll: boolean;
  columns: Column[];
  /** Item indexes (into ITEMS) of the item columns, in the order of `Row.cells`. */
  items: number[];
  hasDate: boolean;
  hasKind: boolean;
  hasRater: boolean;
  /** The --kind option. */
  defaultKind: Kind | undefined;
  rows: Row[];
}

/** A header for item `id`: the id in any case, alone or followed by a separator and a title. */
function itemHeaderArb(id: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(2), fc.constantFrom('', ': ', ' - ', '. ', ' ', ' – ', ':'), fc.constantFrom('Housing choice', 'Bolig og valg', 'Hjemmebesøg', 'Æøå'), fc.constantFrom('', ' '))
    .map(([how, separator, title, pad]) => `${pad}${caseOf(id, how)}${separator === '' ? '' : separator + title}`);
}

export interface DataFileOptions {
  /** Always a rater column with a name in every row (so each row's scores have an owner by name). */
  namedRaters?: boolean;
  maxRows?: number;
}

/** A valid wide data file of the fixture scale: every cell means what the model says. */
export function dataFileArb(options: DataFileOptions = {}): fc.Arbitrary<DataFile> {
  return fc
    .record({
      encoding: fc.constantFrom(...ENCODINGS),
      delimiter: fc.constantFrom(',', ';', '\t', '|') as fc.Arbitrary<DataFile['delimiter']>,
      eol: fc.constantFrom('\n', '\r\n') as fc.Arbitrary<DataFile['eol']>,
      finalEol: fc.boolean(),
      quoteAll: fc.boolean(),
      items: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 }),
      hasDate: fc.boolean(),
      hasKind: fc.boolean(),
      hasRater: options.namedRaters ? fc.constant(true) : fc.boolean(),
      defaultKind: fc.constantFrom(undefined, 'self', 'external') as fc.Arbitrary<Kind | undefined>,
    })
    .chain((shape) => {
      const name = nameArb(shape.encoding);
      const metaHeaders = fc.record({
        team: fc.constantFrom(...META_HEADERS.team),
        date: fc.constantFrom(...META_HEADERS.date),
        rater: fc.constantFrom(...META_HEADERS.rater),
        kind: fc.constantFrom(...META_HEADERS.kind),
      });
      const itemHeaders = fc.tuple(...shape.items.map((i) => itemHeaderArb(ITEMS[i]!.id)));
      const pools = fc.record({
        teams: fc.array(name, { minLength: 1, maxLength: 3 }),
        dates: fc.array(dateArb, { minLength: 1, maxLength: 2 }),
        kinds: fc.array(kindArb, { minLength: 1, maxLength: 2 }),
        raters: fc.array(fc.oneof({ arbitrary: name, weight: 4 }, { arbitrary: fc.constantFrom(...CONSENSUS), weight: 1 }), { minLength: 1, maxLength: 4 }),
      });
      return fc.tuple(metaHeaders, itemHeaders, pools, fc.array(fc.integer(), { minLength: 8, maxLength: 8 })).chain(([meta, headers, pool, order]) => {
        const row = fc.record({
          team: fc.constantFrom(...pool.teams),
          date: fc.constantFrom(...pool.dates),
          kind: fc.constantFrom(...pool.kinds),
          rater: fc.constantFrom(...pool.raters),
          cells: fc.tuple(...shape.items.map((i) => cellArb(ITEMS[i]!))),
        });
        const columns: Column[] = [
          { field: 'team', header: meta.team },
          ...(shape.hasDate ? [{ field: 'date' as const, header: meta.date }] : []),
          ...(shape.hasKind ? [{ field: 'kind' as const, header: meta.kind }] : []),
          ...(shape.hasRater ? [{ field: 'rater' as const, header: meta.rater }] : []),
          ...shape.items.map((item, i) => ({ field: 'item' as const, item, header: headers[i]! })),
        ];
        const shuffled = columns.map((c, i) => ({ c, k: order[i % order.length]! + i / 100 })).sort((a, b) => a.k - b.k).map(({ c }) => c);
        return fc.array(row, { maxLength: options.maxRows ?? 10 }).map((rows) => {
          const file: DataFile = { ...shape, columns: shuffled, rows: [] };
          file.rows = uniqueRows(file, rows as Row[]);
          return file;
        });
      });
    });
}

const isConsensus = (rater: string) => ['consensus', 'konsensus'].includes(rater.trim().toLowerCase());

/** A team or rater name as one name: NFC (e + U+0301 is é), trimmed, each run of whitespace one space. */
const nameOf = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Meta values of a row as the model reads them. */
function metaOf(file: DataFile, row: Row): { team: string; date: string | null; kind: Kind | null; rater: string | null } {
  const kind = file.hasKind && row.kind.kind !== null ? row.kind.kind : file.defaultKind ?? null;
  return {
    team: nameOf(row.team),
    date: file.hasDate ? row.date.iso : null,
    kind,
    rater: file.hasRater ? nameOf(row.rater) : null,
  };
}

/** Rows without a second rating by the same named rater (or consensus) of the same assessment: that is an error. */
function uniqueRows(file: DataFile, rows: Row[]): Row[] {
  if (!file.hasRater) return rows;
  const seen = new Set<string>();
  return rows.filter((row) => {
    const m = metaOf(file, row);
    const key = JSON.stringify([m.team, m.date, m.kind, isConsensus(m.rater!) ? '\u0000consensus' : m.rater]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function field(text: string, delimiter: string, quote: boolean): string {
  if (quote || text.includes(delimiter) || /["\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** The text of the file, before encoding. */
export function dataFileText(file: DataFile): string {
  const line = (cells: string[]) => cells.map((c) => field(c, file.delimiter, file.quoteAll)).join(file.delimiter);
  const lines = [line(file.columns.map((c) => c.header))];
  for (const row of file.rows) {
    lines.push(
      line(
        file.columns.map((c) => {
          if (c.field === 'team') return row.team;
          if (c.field === 'date') return row.date.text;
          if (c.field === 'kind') return row.kind.text;
          if (c.field === 'rater') return row.rater;
          return c.field === 'item' ? row.cells[file.items.indexOf(c.item)]!.text : '';
        }),
      ),
    );
  }
  return lines.join(file.eol) + (file.finalEol ? file.eol : '');
}

/** Text to the bytes of a file in `encoding` (UTF-16 always with its BOM, as SPEC section 5 needs). */
export function encodeText(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(new TextEncoder().encode(text));
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(new TextEncoder().encode(text))]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      // Names in these files are ASCII or letters from U+00C0 up (bytes >= 0xC0), so the bytes are
      // never valid UTF-8 by accident; the en dash of "4 – label" is 0x96, a lone continuation byte.
      return iconv.encode(text, 'windows-1252');
  }
}

export function dataFileBytes(file: DataFile): Buffer {
  return encodeText(dataFileText(file), file.encoding);
}

/** Warning codes the reader must give: Windows-1252 is a guess, said in a warning (SPEC section 5). */
export function expectedWarnings(file: DataFile): string[] {
  const encoding = file.encoding === 'windows-1252' && /[^\x00-\x7f]/.test(dataFileText(file)) ? ['data.windows1252'] : [];
  return [...encoding, ...assessmentWarnings(file)];
}

/**
 * SPEC 11: an assessment of a team with a blank date (or kind) beside the team's assessments that have
 * one is named, once, when the second of the two appears (rows are read in order). And a named rater
 * whose name differs only in capital letters from one before in the same assessment ("Anne", "anne").
 */
function assessmentWarnings(file: DataFile): string[] {
  const seen = new Map<string, { date: string | null; kind: Kind | null }[]>();
  const keys = new Set<string>();
  const warned = new Set<string>();
  const raters = new Map<string, string[]>();
  const out: string[] = [];
  for (const row of file.rows) {
    const m = metaOf(file, row);
    const key = JSON.stringify([m.team, m.date, m.kind]);
    const named = raters.get(key) ?? [];
    raters.set(key, named);
    const rater = m.rater;
    const raterCase = () => {
      if (rater === null || isConsensus(rater) || named.includes(rater)) return;
      if (named.some((r) => r.toLowerCase() === rater.toLowerCase())) out.push('data.raterCase');
      named.push(rater);
    };
    if (keys.has(key)) {
      raterCase();
      continue;
    }
    keys.add(key);
    const earlier = seen.get(m.team) ?? [];
    for (const field of ['date', 'kind'] as const) {
      const blank = m[field] === null ? m : earlier.find((g) => g[field] === null);
      const filled = m[field] === null ? earlier.some((g) => g[field] !== null) : true;
      const blankKey = blank && JSON.stringify([m.team, blank.date, blank.kind, field]);
      if (earlier.length > 0 && blank && filled && !warned.has(blankKey!)) {
        warned.add(blankKey!);
        out.push(field === 'date' ? 'data.splitByBlankDate' : 'data.splitByBlankKind');
      }
    }
    seen.set(m.team, [...earlier, { date: m.date, kind: m.kind }]);
    raterCase();
  }
  return out;
}

export interface ExpectedAssessment {
  team: string;
  date: string | null;
  kind: Kind | null;
  raters: string[];
  ratings: Record<string, { raters: Record<string, Answer>; consensus?: Answer }>;
}

/** The assessments the model says the file holds, one per team, date and kind, in no particular order. */
export function expectedAssessments(file: DataFile): ExpectedAssessment[] {
  const groups = new Map<string, ExpectedAssessment & { anonymous: number }>();
  for (const row of file.rows) {
    const m = metaOf(file, row);
    const key = JSON.stringify([m.team, m.date, m.kind]);
    let group = groups.get(key);
    if (!group) {
      group = { team: m.team, date: m.date, kind: m.kind, raters: [], ratings: {}, anonymous: 0 };
      groups.set(key, group);
    }
    // Without a rater column each row is its own anonymous rater, #1, #2, ... within its assessment.
    const rater = m.rater === null ? `#${++group.anonymous}` : m.rater;
    const consensus = m.rater !== null && isConsensus(rater);
    if (!consensus && !group.raters.includes(rater)) group.raters.push(rater);
    row.cells.forEach((cell, i) => {
      if (cell.answer === null) return;
      const id = ITEMS[file.items[i]!]!.id;
      const rating = (group.ratings[id] ??= { raters: {} });
      if (consensus) rating.consensus = cell.answer;
      // Defined, not assigned, so that a rater named "__proto__" is a key like any other.
      else Object.defineProperty(rating.raters, rater, { value: cell.answer, enumerable: true, writable: true, configurable: true });
    });
  }
  return [...groups.values()].map(({ anonymous: _, ...a }) => a);
}
