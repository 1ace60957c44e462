// Reading an .xlsx workbook (Excel, Microsoft Forms) like a CSV: the first visible sheet or --sheet
// NAME, each cell as the text a person sees. The sheet is read as a stream of rows, never held
// whole, within limits on the rows and cells it has and on how much each part of the zip unpacks to.
// A cell that holds no value a person could see (a formula never calculated, an Excel error such as
// #REF!, a date Excel cannot show) stops the run with the cell's address, e.g. Skjema!D7.
import { HfError, problem, type Problem } from '../shared/errors.js';
import { statWithin } from '../files/read-input-file.js';
import type { RowHandler } from './row-handler.js';
import { spreadsheetColumn } from '../shared/spreadsheet-column.js';
import { XlsxZip } from './xlsx-zip.js';

/** Workbooks larger than this are refused before they are opened. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;
/** The most one sheet's XML may unpack to: some 1,000,000 cells of data. */
export const MAX_SHEET_XML_BYTES = 128 * 1024 * 1024;
/** The most the shared texts (every text cell's words) may unpack to; they are held while the sheet is read. */
export const MAX_STRINGS_XML_BYTES = 64 * 1024 * 1024;
/** The workbook's list of sheets, its relations and its styles. */
export const MAX_SMALL_XML_BYTES = 16 * 1024 * 1024;
/** Rows of a sheet, blank ones too: a row per rater per team per date. */
export const MAX_XLSX_ROWS = 100_000;
/** Cells of a sheet (and shared texts of the workbook), blank ones too. */
export const MAX_XLSX_CELLS = 1_000_000;

/** Excel's own bounds: XFD is column 16,384; row 1,048,576 the last. */
const MAX_EXCEL_COLUMN = 16_384;
const MAX_EXCEL_ROW = 1_048_576;
/** Serial of 9999-12-31, the last date Excel shows. */
const MAX_DATE_SERIAL = 2_958_465;

/** Built-in number formats that show a date or a time. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  part: string;
}

interface Workbook {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** The path of a relation's target, from the folder of the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.' && step !== '') parts.push(step);
  }
  return parts.join('/');
}

async function readWorkbook(zip: XlsxZip): Promise<Workbook> {
  const targets = new Map<string, string>();
  await zip.readXml('xl/_rels/workbook.xml.rels', MAX_SMALL_XML_BYTES, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, resolvePart('xl', a.Target));
    },
  });
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await zip.readXml(
    'xl/workbook.xml',
    MAX_SMALL_XML_BYTES,
    {
      open(name, a) {
        if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
        if (name !== 'sheet') return;
        const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        const part = targets.get(id) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, hidden: a.state === 'hidden' || a.state === 'veryHidden', part });
      },
    },
    true,
  );
  return { sheets, date1904 };
}

/** For each cell style (the `s` of a cell), whether it shows the number as a date. */
async function readDateStyles(zip: XlsxZip): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await zip.readXml('xl/styles.xml', MAX_SMALL_XML_BYTES, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), isDateFormatCode(a.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** Every shared text, in order; rich text is its runs joined; phonetic guides are left out. */
async function readSharedStrings(zip: XlsxZip, file: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await zip.readXml('xl/sharedStrings.xml', MAX_STRINGS_XML_BYTES, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (current !== null && inText && phonetic === 0) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        if (strings.length >= MAX_XLSX_CELLS) {
          throw new HfError(problem('xlsx.tooManyCells', { sheet: 'sharedStrings', limit: MAX_XLSX_CELLS.toLocaleString('en') }, { file }));
        }
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}

/** A sheet's name as a cell reference writes it: Skjema, or 'Sheet one' quoted. */
export function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Column (0-based) and row of an A1 reference; null when it is not one a sheet can have. */
function decodeRef(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const c of m[1]!.toUpperCase()) column = column * 26 + (c.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (column > MAX_EXCEL_COLUMN || row < 1 || row > MAX_EXCEL_ROW) return null;
  return { column: column - 1, row };
}

/** An Excel serial day as an ISO date (as exceljs turned it into a Date: whole milliseconds, UTC). */
function serialToDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= MAX_DATE_SERIAL + 1) return null;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function chooseSheet(workbook: Workbook, file: string, sheetName: string | undefined): { sheet: SheetEntry; warnings: Problem[] } {
  const names = workbook.sheets.map((s) => s.name);
  const quoted = (list: SheetEntry[]) => list.map((s) => `"${s.name}"`).join(', ');
  if (sheetName !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === sheetName) ?? workbook.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) throw new HfError(problem('data.noSheet', { sheet: sheetName, sheets: names.join(', ') }, { file }));
    return { sheet, warnings: [] };
  }
  if (workbook.sheets.length === 0) throw new HfError(problem('data.noSheet', { sheet: '', sheets: '' }, { file }));
  const index = workbook.sheets.findIndex((s) => !s.hidden);
  if (index === -1) throw new HfError(problem('xlsx.noVisibleSheet', { sheets: quoted(workbook.sheets) }, { file }));
  const sheet = workbook.sheets[index]!;
  const warnings: Problem[] = [];
  const hiddenBefore = workbook.sheets.slice(0, index);
  if (hiddenBefore.length > 0) warnings.push(problem('xlsx.hiddenSkipped', { hidden: quoted(hiddenBefore), sheet: sheet.name }, { file }, 'warning'));
  const others = workbook.sheets.filter((s) => s !== sheet && !s.hidden);
  if (others.length > 0) warnings.push(problem('xlsx.otherSheets', { sheet: sheet.name, others: quoted(others) }, { file }, 'warning'));
  return { sheet, warnings };
}

/** The names of a workbook's sheets, hidden ones too, in order. */
export async function xlsxSheetNames(file: string): Promise<string[]> {
  await statWithin(file, MAX_XLSX_BYTES);
  const zip = await XlsxZip.open(file);
  return (await readWorkbook(zip)).sheets.map((sheet) => sheet.name);
}

/** Read one workbook's sheet into `handler`; returns the warnings about which sheet was read. */
export interface XlsxReadOptions {
  /** The row from which merged cells stop the read (default: the header row): a template's table starts below its title. */
  mergesFrom?: () => number;
}

export async function readXlsx(file: string, handler: RowHandler, sheetName?: string, options: XlsxReadOptions = {}): Promise<Problem[]> {
  await statWithin(file, MAX_XLSX_BYTES);
  const zip = await XlsxZip.open(file);
  const workbook = await readWorkbook(zip);
  const { sheet, warnings } = chooseSheet(workbook, file, sheetName);
  if (!zip.has(sheet.part)) throw new HfError(problem('data.badWorkbook', { detail: `no ${sheet.part}` }, { file }));
  const dateStyles = await readDateStyles(zip);
  const strings = zip.has('xl/sharedStrings.xml') ? await readSharedStrings(zip, file) : [];
  const sheetLabel = sheetRef(sheet.name);
  const limitText = (n: number) => n.toLocaleString('en');

  let rows = 0;
  let cellCount = 0;
  let headerRow = 0;
  let lastRow = 0;
  /** The row being read: its number and its cells' texts by column. */
  let row: { number: number; cells: string[] } | null = null;
  let lastColumn = -1;
  /** The cell being read. */
  let cell: { ref: string; column: number; type: string; style: number; value: string | null; formula: string | null } | null = null;
  let into: 'value' | 'formula' | 'inline' | null = null;
  /** Inside a `<t>` of an inline text: only that is its text (not the layout between runs). */
  let inText = false;
  let phonetic = 0;
  const merged: { ref: string; top: number; bottom: number }[] = [];

  const at = (ref: string) => `${sheetLabel}!${ref}`;
  const stop = (key: Parameters<typeof problem>[0], params: Record<string, string | number>, line: number): never => {
    throw new HfError(problem(key, params, { file, line }));
  };

  /** The text a person sees in the cell, or a stop naming the cell. */
  const cellText = (c: NonNullable<typeof cell>, line: number): string => {
    const used = headerRow === 0 || handler.columnUsed(c.column);
    if (c.type === 'e') return used ? stop('xlsx.errorValue', { cell: at(c.ref), value: (c.value ?? '').trim() }, line) : '';
    if (c.value === null) {
      if (c.formula !== null && used) stop('xlsx.formulaNoValue', { cell: at(c.ref), formula: c.formula.trim().slice(0, 80) }, line);
      return '';
    }
    switch (c.type) {
      case 's': {
        const index = Number(c.value.trim());
        const text = Number.isInteger(index) && index >= 0 ? strings[index] : undefined;
        if (text === undefined) return used ? stop('xlsx.badSharedString', { cell: at(c.ref), index: c.value.trim(), count: strings.length }, line) : '';
        return text;
      }
      case 'str':
      case 'inlineStr':
        return c.value;
      case 'b':
        return c.value.trim() === '0' || c.value.trim().toLowerCase() === 'false' ? 'false' : 'true';
      case 'd': {
        const date = new Date(c.value.trim());
        if (Number.isNaN(date.getTime())) return used ? stop('xlsx.badDate', { cell: at(c.ref), value: c.value.trim() }, line) : '';
        return date.toISOString().slice(0, 10);
      }
      default: {
        const raw = c.value.trim();
        const number = raw === '' ? NaN : Number(raw);
        if (!Number.isFinite(number)) return used ? stop('xlsx.badNumber', { cell: at(c.ref), value: raw.slice(0, 40) }, line) : '';
        if (dateStyles[c.style]) {
          const date = serialToDate(number, workbook.date1904);
          if (date === null) return used ? stop('xlsx.badDate', { cell: at(c.ref), value: raw.slice(0, 40) }, line) : '';
          return date;
        }
        return String(number);
      }
    }
  };

  let width = 0;
  const endRow = () => {
    // Array.from, not map: a cell never written is a hole, and is blank.
    const cells = Array.from(row!.cells, (c) => (c ?? '').trim());
    // Blank cells at the end of a row are not written (Excel leaves them out): the row is as wide as the header.
    while (cells.length > Math.max(width, 0) && cells[cells.length - 1] === '') cells.pop();
    const number = row!.number;
    row = null;
    if (cells.every((c) => c === '')) return;
    if (headerRow === 0) {
      headerRow = number;
      width = cells.length;
      handler.header(cells, number);
    } else {
      while (cells.length < width) cells.push('');
      handler.row(cells, number);
    }
  };

  const found = await zip.readXml(sheet.part, MAX_SHEET_XML_BYTES, {
    open(name, a) {
      switch (name) {
        case 'row': {
          if (++rows > MAX_XLSX_ROWS) stop('xlsx.tooManyRows', { sheet: sheet.name, limit: limitText(MAX_XLSX_ROWS) }, lastRow);
          const number = a.r === undefined ? lastRow + 1 : Number(a.r);
          if (!Number.isInteger(number) || number < 1 || number > MAX_EXCEL_ROW) stop('xlsx.badCellRef', { sheet: sheet.name, ref: String(a.r).slice(0, 20) }, lastRow);
          lastRow = number;
          row = { number, cells: [] };
          lastColumn = -1;
          break;
        }
        case 'c': {
          if (!row) return;
          if (++cellCount > MAX_XLSX_CELLS) stop('xlsx.tooManyCells', { sheet: sheet.name, limit: limitText(MAX_XLSX_CELLS) }, row.number);
          let column = lastColumn + 1;
          let ref = a.r;
          if (ref !== undefined) {
            const decoded = decodeRef(ref);
            if (!decoded) return stop('xlsx.badCellRef', { sheet: sheet.name, ref: ref.slice(0, 20) }, row.number);
            column = decoded.column;
          } else ref = `${spreadsheetColumn(column)}${row.number}`;
          if (column >= MAX_EXCEL_COLUMN) stop('xlsx.badCellRef', { sheet: sheet.name, ref }, row.number);
          lastColumn = column;
          cell = { ref, column, type: a.t ?? 'n', style: Number(a.s ?? 0), value: null, formula: null };
          break;
        }
        case 'v':
          if (cell) {
            into = 'value';
            cell.value = '';
          }
          break;
        case 'f':
          if (cell) {
            into = 'formula';
            cell.formula = '';
          }
          break;
        case 'is':
          if (cell) {
            into = 'inline';
            cell.value = '';
          }
          break;
        case 't':
          inText = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const [from, to] = (a.ref ?? '').split(':');
          const start = decodeRef(from ?? '');
          const end = to === undefined ? start : decodeRef(to);
          if (start && end && (start.row !== end.row || start.column !== end.column)) merged.push({ ref: a.ref!, top: start.row, bottom: end.row });
          break;
        }
      }
    },
    text(text) {
      if (!cell || into === null || phonetic > 0 || (into === 'inline' && !inText)) return;
      if (into === 'formula') cell.formula += text;
      else cell.value += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 'f':
        case 'is':
          into = null;
          break;
        case 't':
          inText = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (row && cell) {
            // The header row's cells are read before it is known which columns are used.
            const text = cellText(cell, row.number);
            row.cells[cell.column] = text;
          }
          cell = null;
          break;
        case 'row':
          if (row) endRow();
          break;
      }
    },
  });
  if (!found) throw new HfError(problem('data.badWorkbook', { detail: `no ${sheet.part}` }, { file }));
  // A merged cell holds its value in the top-left cell only: each cell it spans would read as not
  // rated, or (as a person sees it) the one value would count for every item it covers.
  const from = options.mergesFrom?.() ?? headerRow;
  const inData = merged.filter((m) => headerRow !== 0 && m.bottom >= from);
  if (inData.length > 0) {
    const cells = inData.slice(0, 5).map((m) => at(m.ref)).join(', ') + (inData.length > 5 ? ` (+${inData.length - 5})` : '');
    throw new HfError(problem('xlsx.merged', { cells }, { file, line: inData[0]!.top }));
  }
  if (headerRow === 0) throw new HfError(problem('data.empty', {}, { file }));
  return warnings;
}
