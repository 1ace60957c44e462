// The terminal summary of `score`: a row per assessment with overall, level and domain scores.
import { t } from '../i18n/catalogue.js';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../scoring/result.js';
import type { CliContext } from './context.js';
import { safeForTerminal } from './terminal-text.js';

/** One assessment's row of the table: a few short strings, so a national data set's rows fit in memory. */
export function scoreTableRow(a: AssessmentResult, scale: Scale, lang: Lang): string[] {
  const level = scale.levels.find((l) => l.id === a.overall.level);
  const { rated, na, missing } = a.overall;
  return [
    a.team + (a.status === 'in-progress' ? ` (${t(lang, 'table.inProgress')})` : ''),
    formatDate(a.date, lang),
    a.kind ? t(lang, `table.kind.${a.kind}`) : '–',
    formatNumber(a.overall.score, lang, 2),
    formatPercent(a.overall.percent, lang).replace(' %', ''),
    level ? localize(level.label, lang) : '–',
    `${rated}/${rated + na + missing}`,
    ...a.domains.map((d) => formatNumber(d.score, lang, 2)),
  ];
}

/** The table of rows made by scoreTableRow, with columns as wide as their widest cell. */
export function renderScoreTable(rows: string[][], scale: Scale, ctx: Pick<CliContext, 'lang' | 'stdout'>): string {
  const { lang } = ctx;
  const header = [
    t(lang, 'table.team'),
    t(lang, 'table.date'),
    t(lang, 'table.kind'),
    t(lang, 'table.overall'),
    '%',
    t(lang, 'table.level'),
    t(lang, 'table.rated'),
    ...scale.domains.map((d) => d.id),
  ];
  const numeric = new Set([3, 4, 6, ...scale.domains.map((_, i) => 7 + i)]);
  let widths = header.map((h, c) => rows.reduce((widest, r) => Math.max(widest, r[c]!.length), h.length));
  // In a terminal, domain columns are shown only as far as they fit; the rest is in --format csv/json.
  const limit = ctx.stdout.isTTY ? ctx.stdout.columns ?? 80 : Infinity;
  let shown = widths.length;
  while (shown > 7 && widths.slice(0, shown).reduce((sum, w) => sum + w + 2, -2) > limit) shown--;
  const hidden = widths.length - shown;
  if (hidden > 0) {
    widths = widths.slice(0, shown);
    header.splice(shown);
    for (const row of rows) row.splice(shown);
  }
  const line = (cells: string[]) =>
    cells.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const scaleLine = `${localize(scale.name, lang)} (${scale.id} ${scale.version}): ${t(lang, 'table.scoreOf', { min: scale.rating.min, max: scale.rating.max })}`;
  const more = hidden > 0 ? `\n${t(lang, 'table.moreDomains', { count: hidden })}\n` : '';
  return safeForTerminal(`${scaleLine}\n\n${out.join('\n')}\n${more}`);
}
