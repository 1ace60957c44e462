// `template <scale> --format xlsx` (SPEC 14): a workbook a team fills in during its meeting. A scores
// sheet with the meta cells (team, date, kind) at the top and a row per item: its anchors beside it, a
// column per rater and one for the agreed score, each score cell a dropdown of the scores the item
// allows (N/A only where it may be not applicable), the raters' mean for reading, a rationale and a note.
// An instructions sheet in the chosen language, and a hidden sheet that tells `score` how to read it back.
import { t } from '../../i18n/catalogue.js';
import { localize, type Lang } from '../../i18n/lang.js';
import '../../i18n/messages/excel.js';
import '../../i18n/messages/report.js';
import type { Item, Scale } from '../../scale/model.js';
import { allowedScoreTexts, listsScores } from '../../scale/lookup.js';
import {
  DEFAULT_RATER_COLUMNS,
  LEAD_COLUMNS,
  MARKER_FORMAT,
  MARKER_SHEET,
  MARKER_VERSION,
  META_LABELS,
  TAIL_COLUMNS,
  type MarkerKey,
} from '../../shared/template-layout.js';
import type { Kind } from '../excel-words.js';
import { kindWord } from '../excel-words.js';
import { domainName } from '../phrases.js';
import type { DataValidation } from 'exceljs';
import { address, cellDate, cellText, dateFormat, newWorkbook, workbookBytes, type Worksheet } from './workbook-edge.js';

export interface TemplateOptions {
  scale: Scale;
  lang: Lang;
  team?: string;
  date?: string;
  kind?: Kind;
  raters: string[];
  /** The file name the instructions tell the user to read back. */
  file: string;
  now: Date;
}

/** Excel's limits on a data validation: its list (255 characters), input message (255), error text (225), titles (32). */
const LIST_LIMIT = 255;
const PROMPT_LIMIT = 255;
const ERROR_LIMIT = 225;
const PROMPT_TITLE_LIMIT = 32;

/** The cells to fill in: a pale fill and a thin border, so they are seen at a glance. */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBBBBBB' } } as const;
const INPUT_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Points per line of text in a cell (11-point type), for row heights. */
const LINE_HEIGHT = 13;

/** Excel's tallest row, in points: longer anchors scroll within their cell. */
const MAX_ROW_HEIGHT = 409;

function rowHeight(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines);
}

/** Lines a text takes wrapped in a column `width` characters wide (a word-wrap estimate). */
function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width * 1.2))), 0);
}

const clip = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

/** The scores an item allows, as its dropdown lists them, N/A in the report's word. */
export function allowedScores(item: Item, lang: Lang): string[] {
  return allowedScoreTexts(item, t(lang, 'report.value.na'));
}

/**
 * A score cell's check: a dropdown of the allowed scores where the list fits Excel's limit; else a whole
 * number in the item's range (N/A then typed, with a warning Excel lets one accept).
 */
function scoreValidation(item: Item, lang: Lang, allowed: string[], prompt: string): DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(`${item.id}: ${localize(item.title, lang)}`, PROMPT_TITLE_LIMIT),
    prompt,
    showErrorMessage: true,
    errorTitle: clip(t(lang, 'excel.template.badValue'), PROMPT_TITLE_LIMIT),
    error: clip(prompt, ERROR_LIMIT),
  };
  const list = `"${allowed.join(',')}"`;
  if (listsScores(item) && list.length <= LIST_LIMIT) {
    return { type: 'list', formulae: [list], errorStyle: 'stop', ...common };
  }
  return { type: 'whole', operator: 'between', formulae: [Math.ceil(item.rating.min), Math.floor(item.rating.max)], errorStyle: item.na ? 'warning' : 'stop', ...common };
}

function anchorsText(item: Item, lang: Lang): string {
  return Object.entries(item.anchors)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([score, text]) => `${score}: ${localize(text, lang)}`)
    .join('\n');
}

/** Title, meta rows and the blank row before the table; the table's header is the row after. */
const META_ROWS = 5;
export const TABLE_HEADER_ROW = META_ROWS + 2;

function writeScoresSheet(sheet: Worksheet, options: TemplateOptions, raters: string[]): void {
  const { scale, lang } = options;
  const datePattern = dateFormat(lang);
  sheet.getCell('A1').value = cellText(t(lang, 'excel.template.title', { scale: localize(scale.name, lang) }));
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const meta = (row: number, label: string, value: string | Date | undefined) => {
    sheet.getCell(row, 1).value = cellText(label);
    sheet.getCell(row, 1).font = { bold: true };
    const cell = sheet.getCell(row, 2);
    if (value !== undefined) cell.value = typeof value === 'string' ? cellText(value) : value;
    cell.border = { bottom: { style: 'thin' } };
  };
  meta(2, t(lang, META_LABELS.team), options.team);
  meta(3, t(lang, META_LABELS.date), options.date === undefined ? undefined : cellDate(options.date));
  sheet.getCell(3, 2).numFmt = datePattern;
  meta(4, t(lang, META_LABELS.kind), options.kind === undefined ? undefined : kindWord(options.kind, lang));
  const kinds = [kindWord('self', lang), kindWord('external', lang)];
  sheet.getCell(4, 2).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${kinds.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: t(lang, 'excel.template.allowed', { allowed: kinds.join(', ') }),
  };
  sheet.getCell(5, 1).value = cellText(`${scale.id} ${scale.version}`);
  sheet.getCell(5, 1).font = { color: { argb: 'FF777777' } };

  const lead = Object.values(LEAD_COLUMNS).map((key) => t(lang, key));
  const tail = Object.values(TAIL_COLUMNS).map((key) => t(lang, key));
  const headers = [...lead, ...raters, ...tail];
  const firstRater = lead.length + 1;
  const lastRater = lead.length + raters.length;
  const agreedColumn = lastRater + 1;
  const meanColumn = agreedColumn + 1;
  const labelWidth = Math.max(...Object.values(META_LABELS).map((key) => t(lang, key).length)) + 2;
  const widths = [Math.max(8, labelWidth), 18, 30, 60, ...raters.map((name) => Math.max(10, Math.min(20, name.length + 2))), 10, 10, 40, 30];
  const header = sheet.getRow(TABLE_HEADER_ROW);
  header.height = rowHeight(Math.max(...headers.map((text, index) => wrappedLines(text, widths[index]!))));
  headers.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = cellText(text);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
    cell.alignment = { vertical: 'top', wrapText: true };
  });

  scale.items.forEach((item, index) => {
    const row = sheet.getRow(TABLE_HEADER_ROW + 1 + index);
    row.getCell(1).value = cellText(item.id);
    row.getCell(2).value = cellText(domainName(scale, item.domain, lang));
    row.getCell(3).value = cellText(localize(item.title, lang));
    row.getCell(4).value = cellText(anchorsText(item, lang));
    const allowed = allowedScores(item, lang);
    const prompt = clip(t(lang, 'excel.template.allowed', { allowed: allowed.join(', ') }), PROMPT_LIMIT);
    for (let column = firstRater; column <= agreedColumn; column++) {
      const cell = row.getCell(column);
      cell.dataValidation = scoreValidation(item, lang, allowed, prompt);
      cell.alignment = { horizontal: 'center', vertical: 'top' };
      cell.fill = INPUT_FILL;
      cell.border = INPUT_BORDER;
    }
    for (const column of [meanColumn + 1, meanColumn + 2]) row.getCell(column).border = INPUT_BORDER;
    if (raters.length > 0) {
      // For reading only: `score` reads the raters' own cells, never this one.
      const range = `${address(row.number, firstRater)}:${address(row.number, lastRater)}`;
      row.getCell(meanColumn).value = { formula: `IF(COUNT(${range})=0,"",AVERAGE(${range}))` };
      row.getCell(meanColumn).numFmt = '0.00';
      row.getCell(meanColumn).font = { color: { argb: 'FF555555' } };
      row.getCell(meanColumn).alignment = { horizontal: 'center', vertical: 'top' };
    }
    for (const column of [2, 3, 4, meanColumn + 1, meanColumn + 2]) row.getCell(column).alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { vertical: 'top' };
    // Spreadsheets keep a row one line high unless told: as high as its longest wrapped text.
    row.height = rowHeight(Math.max(...[2, 3, 4].map((column) => wrappedLines(String(row.getCell(column).value ?? ''), widths[column - 1]!))));
  });

  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const lastRow = TABLE_HEADER_ROW + scale.items.length;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: TABLE_HEADER_ROW, topLeftCell: address(TABLE_HEADER_ROW + 1, 1) }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${address(lastRow, headers.length)}`,
    printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
  };
}

function writeInstructions(sheet: Worksheet, options: TemplateOptions, scoresSheet: string): void {
  const lines = t(options.lang, 'excel.template.instructions', { sheet: scoresSheet, file: options.file }).split('\n');
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = cellText(index === 0 ? line : `${index}. ${line}`);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  const notice = options.scale.notice === null ? '' : localize(options.scale.notice, options.lang);
  if (notice !== '') sheet.getCell(lines.length + 2, 1).value = cellText(notice);
  sheet.getColumn(1).width = 110;
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function writeMarker(sheet: Worksheet, options: TemplateOptions, scoresSheet: string): void {
  const rows: [MarkerKey, string][] = [
    ['format', MARKER_FORMAT],
    ['version', MARKER_VERSION],
    ['scale', options.scale.id],
    ['scaleVersion', options.scale.version],
    ['lang', options.lang],
    ['sheet', scoresSheet],
  ];
  rows.forEach(([key, value], index) => {
    sheet.getCell(index + 1, 1).value = key;
    sheet.getCell(index + 1, 2).value = cellText(value);
  });
}

/** The template's bytes and how many rater columns it has. */
export async function templateWorkbook(options: TemplateOptions): Promise<{ bytes: Uint8Array; raters: number }> {
  const workbook = await newWorkbook(options.now);
  const raters =
    options.raters.length > 0 ? options.raters : Array.from({ length: DEFAULT_RATER_COLUMNS }, (_, i) => t(options.lang, 'excel.template.rater', { n: i + 1 }));
  const scoresName = t(options.lang, 'excel.template.sheet');
  writeScoresSheet(workbook.addWorksheet(scoresName), options, raters);
  writeInstructions(workbook.addWorksheet(t(options.lang, 'excel.template.instructionsSheet')), options, scoresName);
  writeMarker(workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' }), options, scoresName);
  return { bytes: await workbookBytes(workbook), raters: raters.length };
}
