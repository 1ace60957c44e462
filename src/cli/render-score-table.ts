// The terminal summary of `score`: a row per assessment with overall, level and domain scores.
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Kind } from '../assessment/model.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import type { CliContext } from './context.js';
import { safeForTerminal } from '../terminal/terminal-text.js';
import { bandDecimals, levelName, levelReason } from '../report/level-judgement.js';

const KIND_TEXT = { self: 'table.kind.self', external: 'table.kind.external' } as const satisfies Record<Kind, MessageKey>;

/** One assessment's row: a few short strings (so a national data set's rows fit in memory), and the reason for its level where there is one. */
export interface ScoreTableRow {
  cells: string[];
  /** Why the level is not what the score reaches, or why there is none (SPEC 11): a footnote. */
  reason: string | null;
}

export function scoreTableRow(a: AssessmentResult, scale: Scale, lang: Lang): ScoreTableRow {
  const { rated, na, missing } = a.overall;
  const reason = a.overall.score === null ? null : levelReason(scale, a, lang);
  // A level, or "No level" where one is withheld (with its footnote); "–" where there is nothing to band.
  const banded = a.overall.score !== null && (a.overall.level !== null || a.overall.levelWithheld !== null);
  const level = banded ? levelName(scale, a, lang) : '–';
  return { reason, cells: [
    a.team + (a.status === 'in-progress' ? ` (${t(lang, 'table.inProgress')})` : ''),
    formatDate(a.date, lang),
    a.kind ? t(lang, KIND_TEXT[a.kind]) : '–',
    formatNumber(a.overall.score, lang, Math.max(2, bandDecimals(scale, a.overall.score))),
    formatNumber(a.overall.percent, lang, 0),
    level,
    `${rated}/${rated + na + missing}`,
    ...a.domains.map((d) => formatNumber(d.score, lang, 2)),
  ] };
}

/** Footnote marks: *1, *2, ... one per distinct reason, so 100,000 rows with one reason have one footnote. */
const LEVEL_COLUMN = 5;

/**
 * The rows of the table as they come, each kept as one string (a national data set has 100,000 rows;
 * an array of cells per row took five times the memory), with each column's width kept up to date.
 * Cells are made safe for the terminal as they come, so the separator (a control character) never
 * occurs in one.
 */
export class ScoreTable {
  private readonly rows: string[] = [];
  /** Reason -> its mark, in the order first met. */
  private readonly reasons = new Map<string, string>();
  readonly widths: number[];

  constructor(private readonly header: string[]) {
    this.widths = header.map((h) => h.length);
  }

  get size(): number {
    return this.rows.length;
  }

  add({ cells, reason }: ScoreTableRow): void {
    if (reason !== null) {
      let mark = this.reasons.get(reason);
      if (mark === undefined) this.reasons.set(reason, (mark = `*${this.reasons.size + 1}`));
      cells = cells.map((cell, c) => (c === LEVEL_COLUMN ? `${cell} ${mark}` : cell));
    }
    const safe = cells.map(safeForTerminal);
    safe.forEach((cell, c) => {
      if (cell.length > this.widths[c]!) this.widths[c] = cell.length;
    });
    this.rows.push(safe.join(SEPARATOR));
  }

  /** "*1 Fair fidelity: the score reaches ...", one line per distinct reason. */
  footnotes(): string[] {
    return Array.from(this.reasons, ([reason, mark]) => safeForTerminal(`${mark} ${reason}`));
  }

  /** Header and rows, only the first `shown` columns. */
  *lines(shown: number): Generator<string[]> {
    yield this.header.slice(0, shown);
    for (const row of this.rows) yield row.split(SEPARATOR, shown);
  }
}

const SEPARATOR = '\u0000';

export function scoreTableHeader(scale: Scale, lang: Lang): string[] {
  return [
    t(lang, 'table.team'),
    t(lang, 'table.date'),
    t(lang, 'table.kind'),
    t(lang, 'table.overall'),
    '%',
    t(lang, 'table.level'),
    t(lang, 'table.rated'),
    ...scale.domains.map((d) => d.id),
  ].map(safeForTerminal);
}

/** The table, with columns as wide as their widest cell; in a terminal, as many domains as fit. */
export function renderScoreTable(table: ScoreTable, scale: Scale, ctx: Pick<CliContext, 'lang' | 'stdout'>): string {
  const { lang } = ctx;
  const numeric = new Set([3, 4, 6, ...scale.domains.map((_, i) => 7 + i)]);
  const widths = table.widths;
  // In a terminal, domain columns are shown only as far as they fit; the rest is in --format csv/json.
  const limit = ctx.stdout.isTTY ? ctx.stdout.columns ?? 80 : Infinity;
  let shown = widths.length;
  while (shown > 7 && widths.slice(0, shown).reduce((sum, w) => sum + w + 2, -2) > limit) shown--;
  const hidden = widths.length - shown;
  const line = (cells: string[]) =>
    cells.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const [header, ...rows] = Array.from(table.lines(shown), line);
  const rule = widths.slice(0, shown).map((w) => '-'.repeat(w)).join('  ');
  const scaleLine = safeForTerminal(`${localize(scale.name, lang)} (${scale.id} ${scale.version}): ${t(lang, 'table.scoreOf', { min: scale.rating.min, max: scale.rating.max })}`);
  const more = hidden > 0 ? `\n${t(lang, 'table.moreDomains', { count: hidden })}\n` : '';
  const notes = table.footnotes();
  const footnotes = notes.length > 0 ? `\n${notes.join('\n')}\n` : '';
  return `${scaleLine}\n\n${[header, rule, ...rows].join('\n')}\n${footnotes}${more}`;
}
