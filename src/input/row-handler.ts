// Turning a data file's header and rows (from CSV or xlsx alike) into ratings in the collector,
// with every bad value reported by file, line, column header, value and what is allowed.
import { HfError, problem, type Problem } from '../shared/errors.js';
import type { Kind } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import type { ColumnMap } from './column-map.js';
import { mapColumns, type ColumnLayout } from './map-columns.js';
import { parseDate } from '../shared/parse-date.js';
import { spreadsheetColumn } from '../shared/spreadsheet-column.js';
import { controlCharacter, normaliseName } from '../shared/normalise-name.js';
import { parseValue, scaleLabelMap, type ValueError } from './parse-value.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { GroupCollector, RowMeta, RowPlace } from './group-collector.js';

export interface DataOptions {
  map: ColumnMap;
  kind?: Kind;
  strict?: boolean;
}

const KIND_WORDS: Record<string, Kind> = {
  self: 'self',
  'self-assessment': 'self',
  egenvurdering: 'self',
  selvevaluering: 'self',
  selvvurdering: 'self',
  intern: 'self',
  internal: 'self',
  external: 'external',
  ekstern: 'external',
  review: 'external',
  'external review': 'external',
  'ekstern vurdering': 'external',
};

/** Columns a data file may have: a scale of 500 items with notes fits many times over. */
/** Why a value was refused (parse-value.ts), and the message that says so. */
const BAD_VALUE = {
  notNumber: 'data.notNumber',
  outOfRange: 'data.outOfRange',
  naNotAllowed: 'data.naNotAllowed',
} as const satisfies Record<ValueError['reason'], MessageKey>;

const MAX_COLUMNS = 5000;

/** Rater names that mean "someone anonymous", each row its own rater. */
const ANONYMOUS_NAMES = ['anonymous', 'anonym', 'anonymt', 'anonyme'];


export interface RowHandler {
  header(cells: readonly string[], line: number): void;
  row(cells: readonly string[], line: number): void;
  /** Whether the column (0-based) is read: a meta or item column; every column before the header. */
  columnUsed(column: number): boolean;
  warnings: Problem[];
}

export function createRowHandler(file: string, scale: Scale, collector: GroupCollector, options: DataOptions): RowHandler {
  const warnings: Problem[] = [];
  const labels = scaleLabelMap(scale);
  let layout: ColumnLayout | null = null;
  let headers: readonly string[] = [];
  let itemColumns: [number, number][] = [];
  /** Columns without a header: named once, by position, if a row has data in one. */
  let blankHeaders: number[] = [];
  let blankWarned = false;
  /** Rows with fewer fields than the header: one warning, counting them, naming the first few lines. */
  let shortRows: { problem: Problem; lines: number[]; count: number } | null = null;
  const itemIndex = new Map<string, number>();
  scale.items.forEach((item, i) => {
    itemIndex.set(item.id.toLowerCase(), i);
  });
  const allowed = (i: number) => {
    const item = scale.items[i]!;
    return `${item.rating.min}-${item.rating.max}${item.na ? ', N/A' : ''}`;
  };

  const badValue = (reason: keyof typeof BAD_VALUE, value: string, itemI: number, line: number, column: string) => {
    collector.addError(
      problem(BAD_VALUE[reason], { value, item: scale.items[itemI]!.id, allowed: allowed(itemI) }, { file, line, header: column }),
    );
  };

  const meta = (cells: readonly string[], line: number): RowMeta | null => {
    // A control character (a line of NUL bytes, a pasted escape) made a team or rater no one can read.
    for (const field of ['team', 'date', 'rater', 'kind'] as const) {
      const index = layout!.meta[field];
      const char = index === undefined ? null : controlCharacter(cells[index] ?? '');
      if (char !== null) {
        collector.addError(problem('data.controlCharacter', { char }, { file, line, header: headers[index!] }));
        return null;
      }
    }
    // NFC and single spaces: "Bjørn" typed two ways, or "Anne " beside "Anne", is one name.
    const cell = (field: keyof ColumnLayout['meta']) => {
      const index = layout!.meta[field];
      return index === undefined ? undefined : normaliseName(cells[index] ?? '');
    };
    const team = cell('team') ?? '';
    if (team === '') {
      collector.addError(problem('data.noTeam', { column: layout!.meta.team === undefined ? '' : headers[layout!.meta.team]! }, { file, line }));
      return null;
    }
    const rawDate = cell('date');
    let date: string | null = null;
    if (rawDate) {
      date = parseDate(rawDate);
      if (date === null) {
        collector.addError(problem('data.badDate', { value: rawDate }, { file, line, header: headers[layout!.meta.date!] }));
        return null;
      }
    }
    const rawKind = cell('kind');
    let kind: Kind | null = options.kind ?? null;
    if (rawKind) {
      const found = KIND_WORDS[rawKind.toLowerCase()];
      if (!found) {
        collector.addError(problem('data.badKind', { value: rawKind }, { file, line, header: headers[layout!.meta.kind!] }));
        return null;
      }
      kind = found;
    }
    const raw = layout!.meta.rater === undefined ? null : cell('rater') || null;
    // Survey tools (Microsoft Forms) write "Anonymous" for every anonymous respondent: each is its own rater.
    const rater = raw !== null && ANONYMOUS_NAMES.includes(raw.toLowerCase()) ? null : raw;
    return { team, date, kind, rater, file, line };
  };

  /** A column as a spreadsheet names it: 7 (G). */
  const columnName = (index: number): string => `${index + 1} (${spreadsheetColumn(index)})`;

  const noteShortRow = (line: number): void => {
    if (options.strict) {
      collector.addError(problem('data.tooFewFields', { expected: headers.length, lines: String(line) }, { file, line }));
      return;
    }
    if (!shortRows) {
      shortRows = { problem: problem('data.tooFewFields', { expected: headers.length, lines: String(line) }, { file, line }, 'warning'), lines: [line], count: 1 };
      warnings.push(shortRows.problem);
      return;
    }
    shortRows.count++;
    if (shortRows.lines.length < 5) shortRows.lines.push(line);
    const more = shortRows.count - shortRows.lines.length;
    shortRows.problem.params = { ...shortRows.problem.params, lines: shortRows.lines.join(', ') + (more > 0 ? ` (+${more})` : '') };
  };

  return {
    warnings,
    columnUsed(column) {
      if (!layout) return true;
      return layout.items.has(column) || layout.rationales.has(column) || Object.values(layout.meta).includes(column);
    },
    header(input, line) {
      let cells = input;
      if (cells.length > MAX_COLUMNS) throw new HfError(problem('data.tooManyColumns', { count: cells.length, limit: MAX_COLUMNS }, { file, line }));
      // Headers in NFC, as the map file's and the scale's ids are read.
      cells = cells.map((c) => c.normalize('NFC'));
      headers = cells;
      layout = mapColumns(cells, scale, options.map);
      itemColumns = [...layout.items.entries()];
      const strict = options.strict ? 'error' : 'warning';
      const problems: Problem[] = [];
      for (const d of layout.duplicates) {
        problems.push(problem('data.duplicateColumn', { id: d.id, first: cells[d.first]!, second: cells[d.second]! }, { file, line }));
      }
      if (layout.meta.team === undefined) problems.push(problem('data.noTeamColumn', {}, { file, line }));
      if (layout.layout === 'wide' && itemColumns.length === 0) problems.push(problem('data.noItemColumns', { scale: scale.id }, { file, line }));
      // One map may serve several exports, so a mapped column a file lacks is a warning (strict: error).
      if (layout.missingMapped.length > 0) {
        const header = layout.missingMapped.map((h) => `"${h}"`).join(', ');
        problems.push(problem('data.mappedColumnMissing', { header }, { file, line }, strict));
      }
      if (layout.unknown.length > 0) {
        problems.push(problem('data.unknownColumns', { columns: layout.unknown.map((u) => `"${u.header}"`).join(', ') }, { file, line }, strict));
      }
      // In the wide layout a column headed like the long layout's item or score column holds nothing
      // this layout reads: name it rather than leave it out without a word.
      if (layout.layout === 'wide') {
        const unused = (['item', 'score', 'rationale'] as const).map((field) => layout!.meta[field]).filter((c): c is number => c !== undefined);
        if (unused.length > 0) {
          problems.push(problem('data.unusedMetaColumns', { columns: unused.map((c) => `"${cells[c]!.trim()}"`).join(', ') }, { file, line }, strict));
        }
      }
      blankHeaders = cells.flatMap((cell, c) => (cell.trim() === '' ? [c] : []));
      if (problems.some((p) => p.severity === 'error')) throw new HfError(problems);
      warnings.push(...problems);
    },
    row(input, line) {
      let cells = input;
      if (!layout) return;
      if (cells.length > headers.length && cells.slice(headers.length).every((c) => c.trim() === '')) {
        // Excel writes a trailing delimiter after the last column on some rows: empty fields, no data lost.
        cells = cells.slice(0, headers.length);
      }
      if (cells.length > headers.length) {
        collector.addError(problem('data.tooManyFields', { count: cells.length, expected: headers.length }, { file, line }));
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      if (cells.length < headers.length) noteShortRow(line);
      if (!blankWarned && blankHeaders.some((c) => (cells[c] ?? '').trim() !== '')) {
        blankWarned = true;
        const columns = blankHeaders.filter((c) => (cells[c] ?? '').trim() !== '').map((c) => columnName(c)).join(', ');
        const severity = options.strict ? 'error' : 'warning';
        const p = problem('data.blankHeaderData', { columns }, { file, line }, severity);
        if (severity === 'error') collector.addError(p);
        else warnings.push(p);
      }
      const m = meta(cells, line);
      if (!m) return;
      if (layout.layout === 'long') {
        const rawItem = (cells[layout.meta.item!] ?? '').trim();
        const index = itemIndex.get(rawItem.toLowerCase());
        if (index === undefined) {
          collector.addError(problem('data.unknownItem', { value: rawItem, scale: scale.id }, { file, line, header: headers[layout.meta.item!] }));
          return;
        }
        const column = headers[layout.meta.score!]!;
        const raw = cells[layout.meta.score!] ?? '';
        const outcome = parseValue(raw, scale.items[index]!, options.map.values, labels);
        if (typeof outcome !== 'number') return badValue(outcome.reason, raw, index, line, column);
        const note = layout.meta.note === undefined ? undefined : cells[layout.meta.note];
        const target = collector.row(m);
        const earlier = collector.put(target, index, outcome, note);
        if (earlier) collector.reportDuplicate(target, [scale.items[index]!.id], earlier);
        if (layout.meta.rationale !== undefined) collector.rationale(target, index, cells[layout.meta.rationale] ?? '');
        return;
      }
      const target = collector.row(m);
      // In the wide layout the note column is the rater's comment on the whole row (SPEC 11).
      if (layout.meta.note !== undefined) {
        const comment = (cells[layout.meta.note] ?? '').trim();
        if (comment !== '') collector.comment(target, comment);
      }
      for (const [column, index] of layout.rationales) collector.rationale(target, index, cells[column] ?? '');
      let duplicates: string[] | null = null;
      let firstPlace: RowPlace | null = null;
      for (const [column, index] of itemColumns) {
        const raw = cells[column] ?? '';
        const outcome = parseValue(raw, scale.items[index]!, options.map.values, labels);
        if (typeof outcome !== 'number') {
          badValue(outcome.reason, raw, index, line, headers[column]!);
          continue;
        }
        const earlier = collector.put(target, index, outcome);
        if (earlier) {
          (duplicates ??= []).push(scale.items[index]!.id);
          firstPlace = earlier;
        }
      }
      // One error for the row, naming both lines and the items rated twice.
      if (duplicates && firstPlace) collector.reportDuplicate(target, duplicates, firstPlace);
    },
  };
}
