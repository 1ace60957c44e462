// The end of a session on screen: the table of every score, the list to pick an item to change,
// and the result (overall score, level, domains, agreement) with the command that makes the report.
import type { ChalkInstance } from 'chalk';
import { padEnd, padStart, safeForTerminal, textWidth, truncate, wrapText } from '../terminal/terminal-text.js';
import { YAML_FILE } from '../files/read-input-file.js';
import { BUILTIN_IDS } from '../input/load-scale.js';
import { msg, t } from '../i18n/catalogue.js';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { domainById, levelById } from '../scale/lookup.js';
import { formatBound, kindText } from '../report/phrases.js';
import type { Item, Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import { answerOf, hasPanel, isAnswered, isSkipped, type Draft } from './draft.js';
import type { Choice } from './prompter.js';
import { answerShort, entryShort, shown } from './screens.js';

export interface View {
  lang: Lang;
  style: ChalkInstance;
  width: number;
}

/** "Housing First Moss · 15.10.2026 · Self-assessment" (no kind where the file gives none). */
export function titleLine(draft: Draft, lang: Lang): string {
  return [safeForTerminal(draft.team), formatDate(draft.date, lang), draft.kind ? kindText(draft.kind, lang) : ''].filter(Boolean).join(' · ');
}

export function counts(scale: Scale, draft: Draft): { answered: number; na: number; skipped: number; open: number; total: number } {
  let answered = 0;
  let na = 0;
  let skipped = 0;
  for (const item of scale.items) {
    const entry = draft.ratings[item.id];
    if (isAnswered(entry)) {
      answered++;
      if (answerOf(entry) === 'na') na++;
    } else if (isSkipped(entry)) skipped++;
  }
  return { answered, na, skipped, open: scale.items.length - answered - skipped, total: scale.items.length };
}

/** Every item with its score (and each rater's, where there are several), by domain, fitted to the width. */
export function summaryTable(scale: Scale, draft: Draft, { lang, style, width }: View): string {
  const idWidth = Math.max(...scale.items.map((i) => textWidth(i.id)));
  const scoreHead = t(lang, 'assess.table.score');
  const scoreWidth = Math.max(textWidth(scoreHead), 4);
  let raters = hasPanel(draft) ? draft.raters : [];
  const raterWidth = (name: string) => Math.max(3, Math.min(textWidth(safeForTerminal(name)), 8));
  const fixed = () => 2 + idWidth + 2 + raters.reduce((n, r) => n + raterWidth(r) + 1, 0) + 1 + scoreWidth + 2;
  // Too many raters for the width: show only the consensus rather than titles cut to nothing.
  if (width - fixed() < 16) raters = [];
  const longest = Math.max(...scale.items.map((i) => textWidth(shown(i.title, lang))));
  const titleWidth = Math.max(8, Math.min(longest, width - fixed()));
  const c = counts(scale, draft);
  const out: string[] = [
    style.bold(wrapText(t(lang, 'assess.table.heading', { title: titleLine(draft, lang) }), width)),
    wrapText(t(lang, 'assess.table.counts', { ...c, na: msg('assess.naCount', { count: c.na }) }), width),
    '',
  ];
  const row = (id: string, title: string, answers: string[], score: string, mark: string) =>
    `  ${padEnd(id, idWidth)}  ${padEnd(truncate(title, titleWidth), titleWidth)}${answers
      .map((a, i) => ` ${padStart(a, raterWidth(raters[i]!))}`)
      .join('')} ${padStart(score, scoreWidth)} ${mark}`.trimEnd();
  out.push(style.dim(row('', '', raters.map((r) => truncate(safeForTerminal(r), raterWidth(r))), scoreHead, '')));
  for (const domain of scale.domains) {
    out.push(style.bold(truncate(shown(domain.name, lang), width)));
    for (const item of domain.items) {
      const entry = draft.ratings[item.id];
      const answers = raters.map((r) => {
        const a = entry?.raters?.[r];
        return a === undefined ? '' : answerShort(a, lang);
      });
      const score = entryShort(entry, lang) || '–';
      out.push(row(item.id, shown(item.title, lang), answers, score, entry?.note ? '•' : ''));
    }
  }
  out.push('', style.dim(wrapText(t(lang, 'assess.table.legend'), width)));
  return `${out.join('\n')}\n`;
}

interface ItemRow {
  item: Item;
  /** The item's answer in a few characters. */
  score: string;
  /** Said after the title (it is cut first when the line is too long). */
  suffix?: string;
}

/**
 * A list to pick an item from: `done` first, then a line per item with its id, score and title,
 * fitted to the width (the score right-aligned in `scoreWidth` columns).
 */
export function itemChoices(rows: readonly ItemRow[], done: Choice<string>, { lang, width }: Pick<View, 'lang' | 'width'>, scoreWidth = 0): Choice<string>[] {
  const idWidth = Math.max(...rows.map(({ item }) => textWidth(item.id)));
  return [
    done,
    ...rows.map(({ item, score, suffix = '' }) => {
      const head = `${padEnd(item.id, idWidth)}  ${padStart(score, scoreWidth)}  `;
      const title = shown(item.title, lang);
      return { value: item.id, name: head + truncate(title + suffix, width - 2 - textWidth(head)), short: `${item.id} ${title}` };
    }),
  ];
}

/** The list to choose an item to change, "done" first. */
export function changeChoices(scale: Scale, draft: Draft, view: View): Choice<string>[] {
  const { lang } = view;
  return itemChoices(
    scale.items.map((item) => ({ item, score: entryShort(draft.ratings[item.id], lang) || '–' })),
    { value: '', name: t(lang, 'assess.change.none'), short: t(lang, 'assess.change.noneShort') },
    view,
    3,
  );
}

function bar(percent: number | null, size: number): string {
  if (percent === null) return ' '.repeat(size);
  const full = Math.round((Math.max(0, Math.min(100, percent)) / 100) * size);
  return '█'.repeat(full) + '░'.repeat(size - full);
}

function shellQuote(file: string): string {
  return /^[\w./@%+=:,-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

/**
 * ` --scale <path>` for a scale of the user's own: the file names only the scale's id, which finds
 * a built-in scale but not a file.
 */
function scaleOption(scale: Pick<Scale, 'origin'>): string {
  return (BUILTIN_IDS as readonly string[]).includes(scale.origin) ? '' : ` --scale ${shellQuote(scale.origin)}`;
}

export function reportCommand(file: string, scale: Pick<Scale, 'origin'>): string {
  const pdf = file.replace(YAML_FILE, '') + '.pdf';
  return `hf-fidelity report ${shellQuote(file)}${scaleOption(scale)} --format pdf --out ${shellQuote(pdf)}`;
}

export function resumeCommand(file: string, scale: Pick<Scale, 'origin'>): string {
  return `hf-fidelity assess --out ${shellQuote(file)}${scaleOption(scale)}`;
}

/** The scores of the finished assessment, and how to make its report. */
export function finalSummary(scale: Scale, draft: Draft, result: AssessmentResult, file: string, { lang, style, width }: View): string {
  const decimals = scale.levelRounding ?? 2;
  const num = (n: number | null) => formatNumber(n, lang, decimals);
  const o = result.overall;
  const level = levelById(scale, o.level);
  const out: string[] = [
    '',
    style.bold(titleLine(draft, lang)),
    style.dim(shown(scale.name, lang)),
    '',
    style.bold(
      t(lang, 'assess.final.overall', {
        score: num(o.score),
        max: formatBound(o.range?.max ?? scale.rating.max, lang),
        percent: formatPercent(o.percent, lang),
      }) + (level ? ` · ${shown(level.label, lang)}` : ''),
    ),
  ];
  if (level?.description) out.push(wrapText(shown(level.description, lang), width, 2));
  out.push(wrapText(t(lang, 'assess.final.counts', { rated: o.rated, total: scale.items.length, na: msg('assess.naCount', { count: o.na }), missing: o.missing }), width, 2));
  if (o.missing > 0) out.push(style.yellow(wrapText(t(lang, 'assess.final.missing', { count: o.missing }), width, 2)));
  if (o.criticalBelow.length > 0) {
    const items = o.criticalBelow.map((id) => `${id} (${num(result.items.find((i) => i.id === id)?.score ?? null)})`).join(', ');
    out.push(style.yellow(wrapText(t(lang, 'assess.final.criticalBelow', { items }), width, 2)));
  }
  out.push('', style.bold(t(lang, 'assess.final.domains')));
  const scoreWidth = Math.max(...result.domains.map((d) => textWidth(num(d.score))));
  const longest = Math.max(...scale.domains.map((d) => textWidth(shown(d.name, lang))));
  const nameWidth = Math.max(10, Math.min(longest, width - 2 - 2 - scoreWidth - 2 - 10));
  for (const d of result.domains) {
    const domain = domainById(scale, d.id)!;
    out.push(`  ${padEnd(truncate(shown(domain.name, lang), nameWidth), nameWidth)}  ${padStart(num(d.score), scoreWidth)}  ${bar(d.percent, 10)}`);
  }
  const a = result.agreement;
  if (a) {
    out.push('', style.bold(t(lang, 'assess.final.agreement', { raters: a.raters })));
    out.push(
      wrapText(
        a.compared === 0
          ? t(lang, 'assess.final.agreementNone')
          : t(lang, 'assess.final.agreementShares', { exact: formatPercent((a.exact ?? 0) * 100, lang), adjacent: formatPercent((a.adjacent ?? 0) * 100, lang), compared: a.compared }),
        width,
        2,
      ),
    );
    if (a.discuss.length > 0) out.push(wrapText(t(lang, 'assess.final.discuss', { items: a.discuss.join(', ') }), width, 2));
    if (a.applicability.length > 0) out.push(wrapText(t(lang, 'assess.final.applicability', { items: a.applicability.join(', ') }), width, 2));
  }
  if (draft.actions.length > 0) out.push('', t(lang, 'assess.final.actions', { count: draft.actions.length }));
  // The scale's notice was shown when the session began and is on every report; the end keeps to the scores.
  out.push('', t(lang, 'assess.final.saved', { file }), t(lang, 'assess.final.report'), `  ${style.cyan(reportCommand(file, scale))}`);
  return `${out.join('\n')}\n`;
}
