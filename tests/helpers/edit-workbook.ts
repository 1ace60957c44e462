// A workbook changed by another program, as a team would in Excel: exceljs in a separate Node
// process sets cells, deletes columns, inserts rows, merges cells or renames sheets, and saves. It does not calculate formulas.
import { spawnSync } from 'node:child_process';
import { REPO } from './run-cli.js';

export type Edit =
  | { set: string; value: string | number | null; sheet?: string }
  | { deleteColumn: number; sheet?: string }
  | { renameSheet: string; to: string }
  | { insertRow: number; sheet?: string }
  | { merge: string; sheet?: string };

const EDITOR = `
const ExcelJS = require('exceljs');
(async () => {
  const [file, json] = process.argv.slice(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheetOf = (name) => (name ? wb.getWorksheet(name) : wb.worksheets[0]);
  for (const edit of JSON.parse(json)) {
    if ('set' in edit) sheetOf(edit.sheet).getCell(edit.set).value = edit.value;
    else if ('deleteColumn' in edit) sheetOf(edit.sheet).spliceColumns(edit.deleteColumn, 1);
    else if ('renameSheet' in edit) wb.getWorksheet(edit.renameSheet).name = edit.to;
    else if ('insertRow' in edit) sheetOf(edit.sheet).spliceRows(edit.insertRow, 0, []);
    else if ('merge' in edit) sheetOf(edit.sheet).mergeCells(edit.merge);
  }
  await wb.xlsx.writeFile(file);
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

export function editWorkbook(file: string, edits: Edit[]): void {
  const run = spawnSync(process.execPath, ['-e', EDITOR, file, JSON.stringify(edits)], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`editing ${file} failed: ${run.stderr}`);
}
