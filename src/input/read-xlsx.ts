// Reading an .xlsx workbook (Excel, Microsoft Forms) like a CSV: the first sheet or --sheet NAME,
// each cell as the text a person sees. exceljs is loaded only when a workbook is given.
import { HfError, problem } from '../shared/errors.js';
import { statWithin } from '../files/read-input-file.js';
import type { RowHandler } from './row-handler.js';

/** Workbooks larger than this are refused: the whole workbook is held in memory to read it. */
const MAX_XLSX_BYTES = 100 * 1024 * 1024;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

export async function readXlsx(file: string, handler: RowHandler, sheetName?: string): Promise<void> {
  await statWithin(file, MAX_XLSX_BYTES);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new HfError(problem('data.badWorkbook', { detail: (error as Error).message }, { file }));
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    throw new HfError(problem('data.noSheet', { sheet: sheetName ?? '', sheets: workbook.worksheets.map((s) => s.name).join(', ') }, { file }));
  }
  let first = true;
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (first) {
      first = false;
      handler.header(cells, rowNumber);
    } else handler.row(cells, rowNumber);
  });
  if (first) throw new HfError(problem('data.empty', {}, { file }));
}
