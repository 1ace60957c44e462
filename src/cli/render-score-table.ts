// The terminal summary of `score`: a row per assessment with overall, level and domain scores.
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Kind } from '../assessment/model.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { levelById } from '../scale/lookup.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import type { CliContext } from './context.js';
import { safeForTerminal } from '../terminal/terminal-text.js';

const KIND_TEXT = { self: 'table.kind.self', external: 'table.kind.external' } as const satisfies Record<Kind, MessageKey>;

/** One assessment's row of the table: a few short strings, so a national data set's rows fit in memory. */
export function scoreTableRow(a: AssessmentResult, scale: Scale, lang: Lang): string[] {
  const level = levelById(scale, a.overall.level);
  const { rated, na, missing } = a.overall;
  return [
    a.team + (a.status === 'in-progress' ? ` (${t(lang, 'table.inProgress')})` : ''),
    formatDate(a.date, lang),
    a.kind ? t(lang, KIND_TEXT[a.kind]) : '–',
    formatNumber(a.overall.score, lang, 2),
    formatNumber(a.overall.percent, lang, 0),
    level ? localize(level.label, lang) : '–',
    `${rated}/${rated + na + missing}`,
    ...a.domains.map((d) => formatNumber(d.score, lang, 2)),
  ];
}

/**
 * The rows of the table as they come, each kept as one string (a national data set has 100,000 rows;
 * an array of cells per row took five times the memory), with each column's width kept up to date.
 * Cells are made safe for the terminal as they come, so the separator (a control character) never
 * occurs in one.
 */
export class ScoreTable {
  private readonly rows: string[] = [];
  readonly widths: number[];

  constructor(private readonly header: string[]) {
    this.widths = header.map((h) => h.length);
  }

  get size(): number {
    return this.rows.length;
  }

  add(cells: string[]): void {
    const safe = cells.map(safeForTerminal);
    safe.forEach((cell, c) => {
      if (cell.length > this.widths[c]!) this.widths[c] = cell.length;
    });
    this.rows.push(safe.join(SEPARATOR));
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
  return `${scaleLine}\n\n${[header, rule, ...rows].join('\n')}\n${more}`;
}
