// A filled-in template workbook (SPEC 14) read back into the assessment it holds: team, date, kind,
// raters, every score, the agreed score, rationale and note. The hidden marker sheet says it is a
// template, for which scale, in which language, and which sheet holds the scores; the layout is
// shared with its writer (shared/template-layout.ts). A hand-damaged workbook gets the errors of the
// data readers, naming the cell.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { isLang, LANGS, type Lang } from '../i18n/lang.js';
import '../i18n/messages/excel.js';
import '../i18n/messages/report.js';
import type { Answer, Assessment, ItemRating, Kind } from '../assessment/model.js';
import type { Item, Scale } from '../scale/model.js';
import { HfError, problem, sortByPosition, type Problem } from '../shared/errors.js';
import { normaliseName } from '../shared/normalise-name.js';
import { parseDate } from '../shared/parse-date.js';
import { LEAD_COLUMNS, MARKER_FORMAT, MARKER_SHEET, MARKER_VERSION, META_LABELS, TAIL_COLUMNS, type MarkerKey } from '../shared/template-layout.js';
import { NA_WORDS, normaliseLabel } from './parse-value.js';
import { spreadsheetColumn, type RowHandler } from './row-handler.js';
import { readXlsx, sheetRef, xlsxSheetNames } from './read-xlsx.js';

export interface TemplateMarker {
  scale: string;
  scaleVersion: string;
  lang: Lang;
  sheet: string;
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
  if (!(await xlsxSheetNames(file)).includes(MARKER_SHEET)) return null;
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
  return { scale: value('scale'), scaleVersion: value('scaleVersion'), lang, sheet: value('sheet') };
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

export async function readTemplate(file: string, marker: TemplateMarker, scale: Scale): Promise<{ assessment: Assessment; warnings: Problem[] }> {
  const { lang, sheet } = marker;
  if (marker.scale !== scale.id) {
    throw new HfError(problem('template.otherScale', { id: marker.scale, version: marker.scaleVersion, expected: `${scale.id} ${scale.version}` }, { file }));
  }
  const names = await xlsxSheetNames(file);
  if (!names.includes(sheet)) {
    const shown = names.filter((name) => name !== MARKER_SHEET).map((name) => `"${name}"`).join(', ');
    throw new HfError(problem('template.noSheet', { sheet, sheets: shown }, { file }));
  }
  let meanColumn = -1;
  const { handler, rows } = collectRows((column) => column === meanColumn);
  // The mean's formula may have no stored value (a program that writes cells but does not calculate).
  const headerLabels = [...Object.values(LEAD_COLUMNS), ...Object.values(TAIL_COLUMNS)].map((key) => t(lang, key));
  const idLabel = t(lang, LEAD_COLUMNS.id);
  const titleLabel = t(lang, LEAD_COLUMNS.title);
  handler.header = handler.row = (cells, line) => {
    rows.push({ line, cells });
    if (meanColumn === -1 && same(cells[0] ?? '', idLabel) && cells.some((c) => same(c, titleLabel))) {
      meanColumn = cells.findIndex((c) => same(c, t(lang, TAIL_COLUMNS.mean)));
    }
  };
  const warnings = await readXlsx(file, handler, sheet);
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
  const team = normaliseName(teamRow.cells[1] ?? '');
  if (team === '') fail('template.noTeam', { cell: at(1, teamRow.line) }, teamRow.line);
  const dateRow = meta(META_LABELS.date)!;
  const rawDate = (dateRow.cells[1] ?? '').trim();
  const date = rawDate === '' ? null : parseDate(rawDate);
  if (rawDate !== '' && date === null) fail('template.badDate', { cell: at(1, dateRow.line), value: rawDate }, dateRow.line);
  const kindRow = meta(META_LABELS.kind)!;
  const kind = kindOf((kindRow.cells[1] ?? '').trim());
  if (kind === undefined) {
    const allowed = [t(lang, 'excel.template.kind.self'), t(lang, 'excel.template.kind.external')].map((w) => `"${w}"`).join(', ');
    fail('template.badKind', { cell: at(1, kindRow.line), value: (kindRow.cells[1] ?? '').trim(), allowed }, kindRow.line);
  }

  // The table's header row, and each column by the words that head it.
  const headerIndex = rows.findIndex((r) => same(r.cells[0] ?? '', idLabel) && r.cells.some((c) => same(c, titleLabel)));
  if (headerIndex === -1) throw new HfError(problem('template.noHeader', { sheet, headers: headerLabels.map((h) => `"${h}"`).join(', ') }, { file }));
  const header = rows[headerIndex]!;
  const columnOf = (key: MessageKey) => header.cells.findIndex((c) => same(c, t(lang, key)));
  const keys = [...Object.values(LEAD_COLUMNS), ...Object.values(TAIL_COLUMNS)];
  const columns = new Map(keys.map((key) => [key, columnOf(key)]));
  keys.forEach((key, index) => {
    if (columns.get(key) === -1) {
      const before = index === 0 ? '' : t(lang, keys[index - 1]!);
      throw new HfError(problem('template.missingColumn', { cell: `${ref}!${header.line}:${header.line}`, header: t(lang, key), before }, { file, line: header.line }));
    }
  });
  const col = (key: (typeof keys)[number]) => columns.get(key)!;
  const firstRater = col(LEAD_COLUMNS.anchors) + 1;
  const agreed = col(TAIL_COLUMNS.agreed);
  const items = rows.slice(headerIndex + 1).filter((r) => (r.cells[col(LEAD_COLUMNS.id)] ?? '').trim() !== '');

  // Rater columns: between the anchors and the agreed score, each headed by the rater's name.
  const raterColumns: { column: number; name: string }[] = [];
  for (let column = firstRater; column < agreed; column++) {
    const name = normaliseName(header.cells[column] ?? '');
    const scored = items.some((r) => (r.cells[column] ?? '').trim() !== '');
    if (name === '') {
      if (scored) fail('template.raterNoName', { cell: at(column, header.line) }, header.line);
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
      const value = Number(text.replace(',', '.'));
      if (Number.isInteger(value) && value >= item.rating.min && value <= item.rating.max) return value;
    }
    const allowed: string[] = [];
    for (let s = Math.ceil(item.rating.min); s <= item.rating.max; s++) allowed.push(String(s));
    if (item.na) allowed.push(t(lang, 'report.value.na'));
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
    const rationale = (row.cells[col(TAIL_COLUMNS.rationale)] ?? '').trim();
    if (rationale !== '') rating.rationale = rationale;
    const note = (row.cells[col(TAIL_COLUMNS.note)] ?? '').trim();
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
  return { assessment, warnings };
}
