// Generated workbooks for the .xlsx reader's properties (tests/fuzz/xlsx-reader.test.ts): the data
// files of fuzz-csv.ts (the same model, so the same expected assessments) written as workbooks, each
// cell stored as Excel may store it (a shared text, an inline text, a formula's saved text, a number,
// a date serial), on a visible sheet after hidden ones; and damage done to such a workbook.
import fc from 'fast-check';
import type { DataFile } from './fuzz-csv.js';
import { columnLetters, workbookParts, zipParts, type CellSpec, type SheetSpec } from './xlsx-builder.js';

/** How a text cell is stored. */
export type Storage = 'shared' | 'inline' | 'formula' | 'number' | 'date';

/** XML text with every character a parser could change (line ends, tabs) written as a reference. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Excel's serial day of an ISO date (1900 date system, from 1900-03-01). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000 + 25_569;
}

/** One cell of `text`, stored as `storage` where that keeps what it means (else as a shared text). */
function cellSpec(text: string, storage: Storage, iso: string | null): CellSpec {
  if (storage === 'date' && iso !== null) return { xml: `<v>${dateSerial(iso)}</v>`, s: 1 };
  if (storage === 'number' && /^\d{1,2}$/.test(text)) return { xml: `<v>${Number(text)}</v>` };
  if (storage === 'inline') return { xml: `<is><t xml:space="preserve">${xmlText(text)}</t></is>`, t: 'inlineStr' };
  if (storage === 'formula') return { xml: `<f>"x"</f><v xml:space="preserve">${xmlText(text)}</v>`, t: 'str' };
  if (text === '') return null;
  // A shared text: written raw into the table by the builder (which escapes & < > ").
  return { xml: `__shared__${text}` };
}

export interface WorkbookFile {
  data: DataFile;
  /** Storage of every cell, header row first, row by row, column by column (cycled). */
  storage: Storage[];
  /** Hidden sheets before the data sheet. */
  hiddenBefore: number;
}

export const workbookArb = (data: fc.Arbitrary<DataFile>): fc.Arbitrary<WorkbookFile> =>
  fc.record({
    data,
    storage: fc.array(fc.constantFrom<Storage>('shared', 'shared', 'inline', 'formula', 'number', 'date'), { minLength: 1, maxLength: 40 }),
    hiddenBefore: fc.nat(2),
  });

/** The rows of the data sheet, as the builder takes them. */
export function sheetRows(file: WorkbookFile): CellSpec[][] {
  const { data } = file;
  let n = 0;
  const next = () => file.storage[n++ % file.storage.length]!;
  const rows: CellSpec[][] = [data.columns.map((c) => cellSpec(c.header, next() === 'inline' ? 'inline' : 'shared', null))];
  for (const row of data.rows) {
    rows.push(
      data.columns.map((c) => {
        const storage = next();
        if (c.field === 'team') return cellSpec(row.team, storage, null);
        if (c.field === 'date') return cellSpec(row.date.text, storage, row.date.iso);
        if (c.field === 'kind') return cellSpec(row.kind.text, storage, null);
        if (c.field === 'rater') return cellSpec(row.rater, storage, null);
        return cellSpec(row.cells[data.items.indexOf(c.item)]!.text, storage, null);
      }),
    );
  }
  return rows;
}

/** The workbook's parts: hidden sheets of other data, then the data sheet. */
export function workbookFileParts(file: WorkbookFile): Record<string, string> {
  const hidden: SheetSpec[] = Array.from({ length: file.hiddenBefore }, (_, i) => ({
    name: `Skjult ${i + 1}`,
    state: i % 2 === 0 ? 'hidden' : 'veryHidden',
    rows: [['team', 'a1'], ['Hidden team', 1]],
  }));
  const rows = sheetRows(file);
  // Shared texts go through the builder's table, so their index is right.
  const strings: string[] = [];
  const resolved = rows.map((r) =>
    r.map((cell) => {
      if (cell && typeof cell === 'object' && cell.xml.startsWith('__shared__')) return cell.xml.slice('__shared__'.length) as CellSpec;
      return cell;
    }),
  );
  return workbookParts([...hidden, { name: 'Data', rows: resolved }], { sharedStrings: strings });
}

export async function workbookBytes(file: WorkbookFile): Promise<Buffer> {
  return zipParts(workbookFileParts(file));
}

/** Damage to one workbook: what a broken export, a hand edit or a hostile file may hold. */
export type Damage =
  | { kind: 'cell'; row: number; column: number; xml: string; t?: string; s?: number }
  | { kind: 'merge'; ref: string }
  | { kind: 'truncate'; part: number; at: number }
  | { kind: 'replace'; part: number; at: number; text: string }
  | { kind: 'drop'; part: number }
  | { kind: 'bytes'; at: number; value: number };

const PIECES = ['<', '>', '&', '"', '<row r="0">', '<row r="99999999">', '<c r="ZZZZ1">', '<c r="A0">', '</row>', '<v>', '</v>', '<f>', '</c>', '<is>', '&#0;', '&bogus;', 'state="hidden"', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '\u0000', '\ufffe', ']]>', '<![CDATA[', '<mergeCell ref="A1:Z9"/>', ' t="e"', ' t="s"', ' s="1"', ' s="999"', 'r:id="rId9"', '<sheet name="" r:id="rId1"/>'];

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant('cell' as const),
    row: fc.nat(6),
    column: fc.nat(8),
    xml: fc.constantFrom('<v>#REF!</v>', '<v>#N/A</v>', '<f>SUM(A1:A2)</f>', '<v>4711</v>', '<v>-1</v>', '<v>1e400</v>', '<v>abc</v>', '<v>99999999999</v>', '<v>-5</v>', '<v></v>', '<v>1.5</v>', '<is><t>x</t></is>', ''),
    t: fc.constantFrom(undefined, 'e', 's', 'str', 'b', 'd', 'n', 'inlineStr', 'bogus'),
    s: fc.constantFrom(undefined, 0, 1, 99),
  }),
  fc.record({ kind: fc.constant('merge' as const), ref: fc.constantFrom('A2:B2', 'D2:F2', 'B1:B3', 'A1:A1', 'A9:C9', 'Z1:A1', 'bogus') }),
  fc.record({ kind: fc.constant('truncate' as const), part: fc.nat(7), at: fc.nat(4000) }),
  fc.record({ kind: fc.constant('replace' as const), part: fc.nat(7), at: fc.nat(4000), text: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('drop' as const), part: fc.nat(7) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(20_000), value: fc.nat(255) }),
);

/** The bytes of `file` with `damage` done (to its parts, or to the zip itself). */
export async function damagedBytes(file: WorkbookFile, damage: readonly Damage[]): Promise<Buffer> {
  const parts = workbookFileParts(file);
  const names = Object.keys(parts).sort();
  const sheetPart = names.filter((n) => n.startsWith('xl/worksheets/')).pop()!;
  for (const d of damage) {
    if (d.kind === 'cell' || d.kind === 'merge') {
      if (parts[sheetPart] === undefined) continue;
    } else if (d.kind !== 'bytes' && parts[names[d.part % names.length]!] === undefined) continue;
    if (d.kind === 'cell') {
      const ref = `${columnLetters(d.column)}${d.row + 1}`;
      const attrs = `${d.t ? ` t="${d.t}"` : ''}${d.s !== undefined ? ` s="${d.s}"` : ''}`;
      const xml = parts[sheetPart]!;
      const cell = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
      const replacement = `<c r="${ref}"${attrs}>${d.xml}</c>`;
      parts[sheetPart] = cell.test(xml) ? xml.replace(cell, replacement) : xml.replace('</sheetData>', `<row r="${d.row + 1}">${replacement}</row></sheetData>`);
    } else if (d.kind === 'merge') {
      parts[sheetPart] = parts[sheetPart]!.replace('</worksheet>', `<mergeCells><mergeCell ref="${d.ref}"/></mergeCells></worksheet>`);
    } else if (d.kind === 'truncate') {
      const name = names[d.part % names.length]!;
      parts[name] = parts[name]!.slice(0, d.at);
    } else if (d.kind === 'replace') {
      const name = names[d.part % names.length]!;
      const text = parts[name]!;
      const at = d.at % (text.length + 1);
      parts[name] = text.slice(0, at) + d.text + text.slice(at);
    } else if (d.kind === 'drop') {
      delete parts[names[d.part % names.length]!];
    }
  }
  const bytes = await zipParts(parts);
  for (const d of damage) if (d.kind === 'bytes' && bytes.length > 0) bytes[d.at % bytes.length] = d.value;
  return bytes;
}
