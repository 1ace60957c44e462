// A workbook as another program reads it: exceljs in a separate Node process (not the code that
// wrote it), each sheet's cells with their type, value and number format, as plain JSON.
import { spawnSync } from 'node:child_process';
import { REPO } from './run-cli.js';

export type ReadCell = null | { type: 'number'; value: number; format: string } | { type: 'date'; value: string; format: string } | { type: 'text'; value: string } | { type: 'formula'; formula: string };

export interface ReadSheet {
  name: string;
  state: string;
  rows: ReadCell[][];
  frozenRows: number;
  validations: Record<string, { type: string; formulae: string[]; prompt?: string }>;
  conditionalFormats: number;
}

const READER = `
const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  const sheets = wb.worksheets.map((ws) => {
    const rows = [];
    const validations = {};
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        const v = cell.value;
        if (cell.dataValidation && cell.dataValidation.type) validations[cell.address] = { type: cell.dataValidation.type, formulae: cell.dataValidation.formulae, prompt: cell.dataValidation.prompt };
        if (v === null || v === undefined) cells.push(null);
        else if (v instanceof Date) cells.push({ type: 'date', value: v.toISOString().slice(0, 10), format: cell.numFmt });
        else if (typeof v === 'number') cells.push({ type: 'number', value: v, format: cell.numFmt });
        else if (typeof v === 'string') cells.push({ type: 'text', value: v });
        else if (v.formula !== undefined || v.sharedFormula !== undefined) cells.push({ type: 'formula', formula: v.formula || v.sharedFormula });
        else if (v.richText) cells.push({ type: 'text', value: v.richText.map((p) => p.text).join('') });
        else cells.push({ type: 'text', value: String(v) });
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    const view = (ws.views || [])[0] || {};
    return { name: ws.name, state: ws.state, rows, frozenRows: view.state === 'frozen' ? view.ySplit : 0, validations, conditionalFormats: (ws.conditionalFormattings || []).length };
  });
  process.stdout.write(JSON.stringify(sheets));
})().catch((e) => { process.stderr.write(String(e)); process.exit(1); });
`;

export function readWorkbook(file: string): ReadSheet[] {
  const run = spawnSync(process.execPath, ['-e', READER, file], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`reading ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReadSheet[];
}

/** A sheet's rows as objects keyed by the header row's texts. */
export function sheetRecords(sheet: ReadSheet, headerRow = 1): Record<string, ReadCell>[] {
  const header = sheet.rows[headerRow - 1]!.map((cell) => (cell?.type === 'text' ? cell.value : ''));
  return sheet.rows.slice(headerRow).filter((row) => row.length > 0).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])));
}
