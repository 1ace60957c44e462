// A filled-in template workbook (SPEC 14) read back into the assessment it holds: team, date, kind,
// raters, every score, the agreed score, rationale and note. The hidden marker sheet says it is a
// template, for which scale, in which language, and which sheet holds the scores; the layout is
// shared with its writer (shared/template-layout.ts). A hand-damaged workbook gets the errors of the
// data readers, naming the cell.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { isLang, LANGS, type Lang } from '../i18n/lang.js';
import '../i18n/messages/excel.js';
import '../i18n/messages/report.js';
import { CONSENSUS_NAMES, type Answer, type Assessment, type ItemRating, type Kind } from '../assessment/model.js';
import type { Item, Scale } from '../scale/model.js';
import { allowedScoreTexts } from '../scale/lookup.js';
import { HfError, problem, sortByPosition, type Problem } from '../shared/errors.js';
import { normaliseName } from '../shared/normalise-name.js';
import { parseDate } from '../shared/parse-date.js';
import { LEAD_COLUMNS, MARKER_FORMAT, MARKER_SHEET, MARKER_VERSION, META_LABELS, TAIL_COLUMNS, type MarkerKey } from '../shared/template-layout.js';
import { NA_WORDS, normaliseLabel } from './parse-value.js';
import type { RowHandler } from './row-handler.js';
import { spreadsheetColumn } from '../shared/spreadsheet-column.js';
import { readXlsx, sheetRef, xlsxSheetNames } from './read-xlsx.js';

export interface TemplateMarker {
  scale: string;
  scaleVersion: string;
  lang: Lang;
  sheet: string;
  /** Every sheet of the workbook, hidden ones too, read once with the marker. */
  sheets: string[];
}

interface SheetRow {
  line: number;
  cells: readonly string[];
}

/** Every non-blank row of a sheet; `skip` names a column not read (a formula for reading only). */
function collectRows(skip: (column: number) => boolean = () => false): { handler: RowHandler; rows: SheetRow[] } {
  const rows: SheetRow[] = [];
  const handler: RowHandler = {
    header: (cells, line) => void rows.push({ line, cells }),
    row: (cells, line) => void rows.push({ line, cells }),
    columnUsed: (column) => !skip(column),
    warnings: [],
  };
  return { handler, rows };
}

/** The workbook's template marker, or null when it is not a template (any other workbook). */
export async function templateMarker(file: string): Promise<TemplateMarker | null> {
  const sheets = await xlsxSheetNames(file);
  if (!sheets.includes(MARKER_SHEET)) return null;
  const { handler, rows } = collectRows();
  await readXlsx(file, handler, MARKER_SHEET);
  const values = new Map(rows.map((row) => [row.cells[0] ?? '', row.cells[1] ?? '']));
  const value = (key: MarkerKey) => values.get(key) ?? '';
  const damaged = (detail: string) => new HfError(problem('template.badMarker', { sheet: MARKER_SHEET, detail }, { file }));
  if (value('format') !== MARKER_FORMAT) throw damaged(`format "${value('format')}"`);
  if (value('version') !== MARKER_VERSION) throw damaged(`version "${value('version')}"`);
  const lang = value('lang');
  if (!isLang(lang)) throw damaged(`lang "${lang}"`);
  if (value('scale') === '' || value('sheet') === '') throw damaged(value('scale') === '' ? 'scale' : 'sheet');
  return { scale: value('scale'), scaleVersion: value('scaleVersion'), lang, sheet: value('sheet'), sheets };
}

const same = (a: string, b: string) => normaliseLabel(a) === normaliseLabel(b);

/** Kind words of every language the tool speaks, and the codes. */
function kindOf(text: string): Kind | null | undefined {
  if (text === '') return null;
  for (const kind of ['self', 'external'] as const) {
    if (same(text, kind)) return kind;
    const key = kind === 'self' ? 'excel.template.kind.self' : 'excel.template.kind.external';
    for (const lang of LANGS) if (same(text, t(lang, key))) return kind;
  }
  return undefined;
}

/**
 * The fixed columns by the words that head them: the lead ones (ID to anchors) by their first match,
 * the tail ones (agreed to note) by their last, so a rater column between them cannot take their place.
 */
function fixedColumns(cells: readonly string[], lang: Lang): Map<MessageKey, number> {
  const columns = new Map<MessageKey, number>();
  for (const key of Object.values(LEAD_COLUMNS)) columns.set(key, cells.findIndex((c) => same(c, t(lang, key))));
  for (const key of Object.values(TAIL_COLUMNS)) columns.set(key, cells.findLastIndex((c) => same(c, t(lang, key))));
  return columns;
}

/** The columns read cell by cell: ID, title, the raters (between anchors and agreed), agreed, rationale, note. */
function readColumns(cells: readonly string[], lang: Lang): Set<number> {
  const columns = fixedColumns(cells, lang);
  const get = (key: MessageKey) => columns.get(key) ?? -1;
  const out = new Set([get(LEAD_COLUMNS.id), get(LEAD_COLUMNS.title), get(TAIL_COLUMNS.agreed), get(TAIL_COLUMNS.rationale), get(TAIL_COLUMNS.note)]);
  for (let c = get(LEAD_COLUMNS.anchors) + 1; c < get(TAIL_COLUMNS.agreed); c++) out.add(c);
  out.delete(-1);
  return out;
}

/** Text as typed: the apostrophe the writer put before = + - @ (so it cannot run as a formula) taken off. */
function unescapeText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export async function readTemplate(file: string, marker: TemplateMarker, scale: Scale, options: { kind?: Kind } = {}): Promise<{ assessment: Assessment; warnings: Problem[] }> {
  const { lang, sheet } = marker;
  if (marker.scale !== scale.id) {
    throw new HfError(problem('template.otherScale', { id: marker.scale, version: marker.scaleVersion, expected: `${scale.id} ${scale.version}` }, { file }));
  }
  const versionWarning =
    marker.scaleVersion !== '' && marker.scaleVersion !== scale.version
      ? [problem('assessment.scaleVersion', { version: marker.scaleVersion, loaded: scale.version }, { file }, 'warning')]
      : [];
  if (!marker.sheets.includes(sheet)) {
    const shown = marker.sheets.filter((name) => name !== MARKER_SHEET).map((name) => `"${name}"`).join(', ');
    throw new HfError(problem('template.noSheet', { sheet, sheets: shown }, { file }));
  }
  const headerLabels = [...Object.values(LEAD_COLUMNS), ...Object.values(TAIL_COLUMNS)].map((key) => t(lang, key));
  const idLabel = t(lang, LEAD_COLUMNS.id);
  const titleLabel = t(lang, LEAD_COLUMNS.title);
  const isHeader = (cells: readonly string[]) => same(cells[0] ?? '', idLabel) && cells.some((c) => same(c, titleLabel));
  // Only the columns the tool reads are checked cell by cell, once the table's header names them: the
  // mean's formula may have no stored value (a program that writes cells but does not calculate).
  let used: Set<number> | null = null;
  let headerLine = Number.POSITIVE_INFINITY;
  const { handler, rows } = collectRows((column) => used === null || !used.has(column));
  handler.header = handler.row = (cells, line) => {
    rows.push({ line, cells });
    if (used === null && isHeader(cells)) {
      headerLine = line;
      used = readColumns(cells, lang);
    }
  };
  // Merged cells are fine in the title and the meta cells; in the table they would hide scores.
  const warnings = await readXlsx(file, handler, sheet, { mergesFrom: () => headerLine });
  const ref = sheetRef(sheet);
  const at = (column: number, line: number) => `${ref}!${spreadsheetColumn(column)}${line}`;
  const errors: Problem[] = [];
  const fail = (key: MessageKey, params: Record<string, string | number>, line: number) => errors.push(problem(key, params, { file, line }));

  // The meta cells: a label in column A, the value in B.
  const meta = (key: MessageKey): SheetRow | null => {
    const row = rows.find((r) => same(r.cells[0] ?? '', t(lang, key)));
    if (!row) throw new HfError(problem('template.noMeta', { sheet, label: t(lang, key) }, { file }));
    return row;
  };
  const teamRow = meta(META_LABELS.team)!;
  const team = normaliseName(unescapeText(teamRow.cells[1] ?? ''));
  if (team === '') fail('template.noTeam', { cell: at(1, teamRow.line) }, teamRow.line);
  const dateRow = meta(META_LABELS.date)!;
  const rawDate = (dateRow.cells[1] ?? '').trim();
  const date = rawDate === '' ? null : parseDate(rawDate);
  if (rawDate !== '' && date === null) fail('template.badDate', { cell: at(1, dateRow.line), value: rawDate }, dateRow.line);
  const kindRow = meta(META_LABELS.kind)!;
  const typedKind = kindOf((kindRow.cells[1] ?? '').trim());
  // A blank kind cell takes --kind, as a data row does.
  const kind = typedKind === null ? (options.kind ?? null) : typedKind;
  if (kind === undefined) {
    const allowed = [t(lang, 'excel.template.kind.self'), t(lang, 'excel.template.kind.external')].map((w) => `"${w}"`).join(', ');
    fail('template.badKind', { cell: at(1, kindRow.line), value: (kindRow.cells[1] ?? '').trim(), allowed }, kindRow.line);
  }

  // The table's header row, and each column by the words that head it.
  const headerIndex = rows.findIndex((r) => isHeader(r.cells));
  if (headerIndex === -1) throw new HfError(problem('template.noHeader', { sheet, headers: headerLabels.map((h) => `"${h}"`).join(', ') }, { file }));
  const header = rows[headerIndex]!;
  const keys = [...Object.values(LEAD_COLUMNS), ...Object.values(TAIL_COLUMNS)];
  const columns = fixedColumns(header.cells, lang);
  keys.forEach((key, index) => {
    if (columns.get(key) === -1) {
      const before = index === 0 ? '' : t(lang, keys[index - 1]!);
      throw new HfError(problem('template.missingColumn', { cell: `${ref}!${header.line}:${header.line}`, header: t(lang, key), before }, { file, line: header.line }));
    }
  });
  // A fixed column's words twice (a rater named "Begrunnelse"): which one holds what cannot be told.
  for (const key of keys) {
    const label = t(lang, key);
    const at2 = header.cells.findIndex((c, i) => i !== columns.get(key) && same(c, label));
    if (at2 !== -1) fail('template.headerTwice', { cell: at(at2, header.line), header: label }, header.line);
  }
  const col = (key: (typeof keys)[number]) => columns.get(key)!;
  const firstRater = col(LEAD_COLUMNS.anchors) + 1;
  const agreed = col(TAIL_COLUMNS.agreed);
  const below = rows.slice(headerIndex + 1);
  const items = below.filter((r) => (r.cells[col(LEAD_COLUMNS.id)] ?? '').trim() !== '');
  const readColumnsHere = [firstRater - 1, ...Array.from({ length: Math.max(0, agreed - firstRater) }, (_, i) => firstRater + i), agreed, col(TAIL_COLUMNS.rationale), col(TAIL_COLUMNS.note)];
  // A row with something typed where the tool reads, but no item id: its scores would be lost.
  for (const row of below) {
    if ((row.cells[col(LEAD_COLUMNS.id)] ?? '').trim() !== '') continue;
    const filled = readColumnsHere.slice(1).find((c) => (row.cells[c] ?? '').trim() !== '');
    if (filled !== undefined) fail('template.noItemId', { cell: at(col(LEAD_COLUMNS.id), row.line) }, row.line);
  }
  // Columns the template does not have, with something in them: said, not dropped without a word.
  const known = new Set([...columns.values(), ...readColumnsHere]);
  const extra = header.cells
    .map((_, c) => c)
    .filter((c) => !known.has(c) && below.some((r) => (r.cells[c] ?? '').trim() !== ''))
    .map((c) => `${spreadsheetColumn(c)}${header.line} "${(header.cells[c] ?? '').trim()}"`);
  if (extra.length > 0) warnings.push(problem('template.extraColumns', { columns: extra.join(', ') }, { file, line: header.line }, 'warning'));

  // Rater columns: between the anchors and the agreed score, each headed by the rater's name.
  const raterColumns: { column: number; name: string }[] = [];
  for (let column = firstRater; column < agreed; column++) {
    const name = normaliseName(unescapeText(header.cells[column] ?? ''));
    const scored = items.some((r) => (r.cells[column] ?? '').trim() !== '');
    if (name === '') {
      if (scored) fail('template.raterNoName', { cell: at(column, header.line) }, header.line);
      continue;
    }
    if (CONSENSUS_NAMES.includes(name.toLowerCase())) {
      fail('template.raterReserved', { cell: at(column, header.line), name, agreed: t(lang, TAIL_COLUMNS.agreed) }, header.line);
      continue;
    }
    const first = raterColumns.find((r) => r.name.toLowerCase() === name.toLowerCase());
    if (first) {
      fail('template.duplicateRater', { cell: at(column, header.line), name, first: at(first.column, header.line) }, header.line);
      continue;
    }
    if (scored && /^\S+ \d+$/.test(name) && Array.from({ length: agreed - firstRater }, (_, i) => t(lang, 'excel.template.rater', { n: i + 1 })).includes(name)) {
      warnings.push(problem('template.raterDefaultName', { cell: at(column, header.line), name }, { file, line: header.line }, 'warning'));
    }
    raterColumns.push({ column, name });
  }

  const byId = new Map(scale.items.map((item) => [item.id, item]));
  const naWord = normaliseLabel(t(lang, 'report.value.na'));
  const answer = (item: Item, raw: string, column: number, line: number): Answer | undefined => {
    const text = raw.trim();
    if (text === '') return undefined;
    const label = normaliseLabel(text);
    if (label === naWord || NA_WORDS.includes(label)) {
      if (item.na) return 'na';
    } else {
      // A whole score as the sheet's number or typed text ("3", "3,0"); not "0x3" or "3e0".
      const value = /^[+-]?\d{1,7}(?:[.,]0+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
      if (Number.isInteger(value) && value >= item.rating.min && value <= item.rating.max) return value;
    }
    const allowed = allowedScoreTexts(item, t(lang, 'report.value.na'));
    fail('template.badValue', { cell: at(column, line), value: text.slice(0, 40), item: item.id, allowed: allowed.join(', ') }, line);
    return undefined;
  };

  const ratings: Record<string, ItemRating> = {};
  const firstRow = new Map<string, number>();
  const raters = new Set<string>();
  for (const row of items) {
    const id = (row.cells[col(LEAD_COLUMNS.id)] ?? '').trim();
    const item = byId.get(id);
    if (!item) {
      fail('template.unknownItem', { cell: at(col(LEAD_COLUMNS.id), row.line), id: id.slice(0, 40), scale: scale.id }, row.line);
      continue;
    }
    if (firstRow.has(id)) {
      fail('template.duplicateItem', { cell: at(col(LEAD_COLUMNS.id), row.line), id, first: firstRow.get(id)! }, row.line);
      continue;
    }
    firstRow.set(id, row.line);
    const rating: ItemRating = { raters: {} };
    for (const { column, name } of raterColumns) {
      const value = answer(item, row.cells[column] ?? '', column, row.line);
      if (value !== undefined) {
        rating.raters[name] = value;
        raters.add(name);
      }
    }
    const consensus = answer(item, row.cells[agreed] ?? '', agreed, row.line);
    if (consensus !== undefined) rating.consensus = consensus;
    const rationale = unescapeText(row.cells[col(TAIL_COLUMNS.rationale)] ?? '').trim();
    if (rationale !== '') rating.rationale = rationale;
    const note = unescapeText(row.cells[col(TAIL_COLUMNS.note)] ?? '').trim();
    if (note !== '') rating.note = note;
    if (consensus !== undefined || Object.keys(rating.raters).length > 0 || rationale !== '' || note !== '') ratings[id] = rating;
  }
  if (errors.length > 0) throw new HfError(sortByPosition(errors));
  const gone = scale.items.filter((item) => !firstRow.has(item.id)).map((item) => item.id);
  if (gone.length > 0) warnings.push(problem('template.missingItems', { items: gone.join(', '), sheet }, { file }, 'warning'));
  const rated = Object.values(ratings).some((r) => r.consensus !== undefined || Object.keys(r.raters).length > 0);
  if (!rated) throw new HfError(problem('template.nothingRated', { team: team || '?' }, { file }));

  const assessment: Assessment = {
    team,
    date,
    kind: kind ?? null,
    status: 'complete',
    raters: raterColumns.map((r) => r.name).filter((name) => raters.has(name)),
    sources: [file],
    ratings,
    strengths: [],
    recommendations: [],
    actions: [],
  };
  return { assessment, warnings: [...versionWarning, ...warnings] };
}
