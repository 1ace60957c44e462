// The one door to exceljs: loaded only when a workbook is written (it is most of the production
// packages, and a Markdown report or `score` never needs it), with the conventions every workbook of
// the tool shares: dates as real dates in the language's order, text that can never run as a formula,
// a reproducible creation time.
import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../i18n/lang.js';
import { ISO_DATE } from '../../shared/iso-date.js';
import { spreadsheetColumn } from '../../shared/spreadsheet-column.js';
import { escapeFormula } from '../csv-cells.js';

export type { Workbook, Worksheet };

/** A new workbook, created "at" `when` so that the same input gives the same workbook. */
export async function newWorkbook(when: Date): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hf-fidelity';
  workbook.created = when;
  workbook.modified = when;
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The number format of a date as the language writes one (15.10.2026, 15-10-2026, 2026-10-15). */
export function dateFormat(lang: Lang): string {
  return lang === 'nb' ? 'dd.mm.yyyy' : lang === 'da' ? 'dd-mm-yyyy' : 'yyyy-mm-dd';
}

/** An ISO date as a cell's date: midnight UTC, which exceljs writes as a whole day serial number. */
export function cellDate(iso: string): Date | string {
  const match = ISO_DATE.exec(iso);
  if (!match) return escapeFormula(iso);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * A text cell's value. A string cell in a workbook is never evaluated, but it becomes a formula when a
 * user edits it and presses Enter, or saves the sheet as CSV: text that starts like one (= + - @, tab,
 * CR) gets the apostrophe of the CSV reports, so every format shows the same text.
 */
export function cellText(value: string): string {
  const escaped = escapeFormula(value);
  // Excel holds at most 32,767 characters in a cell and "repairs" a file with more, cutting it.
  return escaped.length <= MAX_CELL_TEXT ? escaped : `${escaped.slice(0, MAX_CELL_TEXT - CUT_MARK.length)}${CUT_MARK}`;
}

/** Excel's most characters in one cell, and the mark a longer text ends with (the JSON report holds it whole). */
const MAX_CELL_TEXT = 32_767;
const CUT_MARK = ' […]';

/** "A1"-style address of a 1-based row and column. */
export function address(row: number, column: number): string {
  return `${spreadsheetColumn(column - 1)}${row}`;
}
