// The terminal summary of `score`: a row per assessment with overall, level and domain scores.
import { t } from '../i18n/catalogue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import { localize } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { Result } from '../scoring/result.js';
import type { CliContext } from './context.js';
import { safeForTerminal } from './terminal-text.js';

export function renderScoreTable(result: Result, scale: Scale, ctx: Pick<CliContext, 'lang' | 'stdout'>): string {
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
  const rows = result.assessments.map((a) => {
    const level = scale.levels.find((l) => l.id === a.overall.level);
    const { rated, na, missing } = a.overall;
    return [
      a.team + (a.status === 'in-progress' ? ` (${t(lang, 'table.inProgress')})` : ''),
      a.date ?? '–',
      a.kind ? t(lang, `table.kind.${a.kind}`) : '–',
      formatNumber(a.overall.score, lang, 2),
      formatPercent(a.overall.percent, lang).replace(' %', ''),
      level ? localize(level.label, lang) : '–',
      `${rated}/${rated + na + missing}`,
      ...a.domains.map((d) => formatNumber(d.score, lang, 2)),
    ];
  });
  const numeric = new Set([3, 4, 6, ...scale.domains.map((_, i) => 7 + i)]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const scaleLine = `${localize(scale.name, lang)} (${scale.id} ${scale.version}): ${t(lang, 'table.scoreOf', { min: scale.rating.min, max: scale.rating.max })}`;
  return safeForTerminal(`${scaleLine}\n\n${out.join('\n')}\n`);
}
