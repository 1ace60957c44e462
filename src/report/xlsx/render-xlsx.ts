// `report --format xlsx` (SPEC 14): the report's sheets written as a workbook, numbers with the
// number formats the reports show, dates as dates, a colour scale on scores, the header frozen.
import type { Renderer } from '../render-context.js';
import { reportSheets, type NumberStyle, type SheetModel, type XlsxCell } from './report-sheets.js';
import { address, cellDate, cellText, dateFormat, newWorkbook, workbookBytes, type Worksheet } from './workbook-edge.js';

const NUMBER_FORMATS: Record<NumberStyle, string> = {
  score: '0.00',
  change: '+0.00;-0.00;0.00',
  percent: '0.0%',
  count: '0',
  alpha: '0.000',
};

/** Red at the lowest possible value, yellow halfway, green at the highest: the reports' colours, softened. */
const COLOURS = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'];

function writeCell(sheet: Worksheet, row: number, column: number, cell: XlsxCell, datePattern: string): void {
  const target = sheet.getCell(row, column);
  if ('text' in cell) {
    if (cell.text !== '') target.value = cellText(cell.text);
  } else if ('date' in cell) {
    if (cell.date !== null) {
      target.value = cellDate(cell.date);
      target.numFmt = datePattern;
    }
  } else if (cell.number !== null && Number.isFinite(cell.number)) {
    target.value = cell.number;
    target.numFmt = NUMBER_FORMATS[cell.style];
  }
}

function writeSheet(sheet: Worksheet, model: SheetModel, datePattern: string): void {
  sheet.columns = model.columns.map((column) => ({ width: column.width }));
  const header = sheet.getRow(1);
  model.columns.forEach((column, index) => {
    header.getCell(index + 1).value = cellText(column.header);
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  model.rows.forEach((cells, r) => cells.forEach((cell, c) => writeCell(sheet, r + 2, c + 1, cell, datePattern)));
  const last = model.rows.length + 1;
  if (model.rows.length > 0) {
    for (const scale of model.colourScales) {
      sheet.addConditionalFormatting({
        ref: `${address(2, scale.column + 1)}:${address(last, scale.column + 1)}`,
        rules: [
          {
            type: 'colorScale',
            priority: 1,
            cfvo: [
              { type: 'num', value: scale.min },
              { type: 'num', value: (scale.min + scale.max) / 2 },
              { type: 'num', value: scale.max },
            ],
            color: COLOURS.map((argb) => ({ argb })),
          },
        ],
      });
    }
    sheet.autoFilter = { from: address(1, 1), to: address(last, model.columns.length) };
  }
  model.footer.forEach((line, index) => {
    sheet.getCell(last + 2 + index, 1).value = cellText(line);
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = '1:1';
}

/** Bytes of an .xlsx file. */
export const renderXlsx: Renderer = async (result, ctx) => {
  const when = ctx.sourceDateEpoch === null ? ctx.now : new Date(ctx.sourceDateEpoch * 1000);
  const workbook = await newWorkbook(when);
  const datePattern = dateFormat(ctx.lang);
  for (const model of reportSheets(result, { scale: ctx.scale, lang: ctx.lang, notes: ctx.notes !== false })) {
    writeSheet(workbook.addWorksheet(model.name), model, datePattern);
  }
  return workbookBytes(workbook);
};
