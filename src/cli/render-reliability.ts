// A reliability study for people (a table in the terminal) and for spreadsheets (CSV): the ICC forms
// with their intervals, Krippendorff's alpha, and each pair of raters.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ReliabilityBy, ReliabilityStudy } from '../scoring/reliability-study.js';
import { ICC_FORMS, type IccForm } from '../statistics/icc.js';
import { csvHead, csvRecords, type CsvCell, type CsvDialect } from '../report/csv-cells.js';
import { padEnd, safeForTerminal } from '../terminal/terminal-text.js';

const FORM_TEXT = {
  ICC1: 'reliability.form.ICC1',
  ICC2: 'reliability.form.ICC2',
  ICC3: 'reliability.form.ICC3',
  ICC1k: 'reliability.form.ICC1k',
  ICC2k: 'reliability.form.ICC2k',
  ICC3k: 'reliability.form.ICC3k',
} as const satisfies Record<IccForm, MessageKey>;

/** Columns padded to their widest cell, two spaces apart. */
function columns(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function renderReliabilityTable(study: ReliabilityStudy, options: { by: ReliabilityBy; complete: number; lang: Lang }): string {
  const { lang } = options;
  const two = (value: number | null) => formatNumber(value, lang, 2);
  const lines = [
    t(lang, options.by === 'item' ? 'reliability.table.subjectsByItem' : 'reliability.table.subjectsByAssessment', { count: study.subjects }),
    t(lang, 'reliability.table.raters', { raters: study.raters.join(', ') }),
    '',
    t(lang, 'reliability.table.iccComplete', { count: options.complete }),
    columns([
      [t(lang, 'reliability.table.form'), t(lang, 'reliability.table.value'), t(lang, 'reliability.table.ci'), t(lang, 'reliability.table.meaning')],
      ...ICC_FORMS.map((form) => {
        const { value, ci95 } = study.icc[form];
        return [form, two(value), ci95 ? `${two(ci95[0])} – ${two(ci95[1])}` : '–', t(lang, FORM_TEXT[form])];
      }),
    ]),
    '',
    t(lang, 'reliability.table.alpha', {
      count: study.subjects,
      values: t(lang, 'reliability.alpha.values', { ordinal: formatNumber(study.alpha.ordinal, lang, 3), interval: formatNumber(study.alpha.interval, lang, 3) }),
    }),
    '',
    columns([
      [t(lang, 'reliability.table.pair'), t(lang, 'reliability.table.exact'), t(lang, 'reliability.table.adjacent'), t(lang, 'reliability.table.kappa')],
      ...study.pairs.map((pair) => [
        pair.raters.join(' – '),
        formatPercent(pair.exact === null ? null : pair.exact * 100, lang),
        formatPercent(pair.adjacent === null ? null : pair.adjacent * 100, lang),
        two(pair.kappaWeighted),
      ]),
    ]),
  ];
  // Rater names come from the data.
  return `${safeForTerminal(lines.join('\n'))}\n`;
}

/** One record per figure: measure, raters (a pair's, joined by " | "), value, and the interval where there is one. */
export function renderReliabilityCsv(study: ReliabilityStudy, dialect: CsvDialect): string {
  const text = (value: string): CsvCell => ({ text: value });
  const number = (value: number | null): CsvCell => ({ number: value });
  const rows: CsvCell[][] = [
    [text('subjects'), text(study.raters.join(' | ')), number(study.subjects), number(null), number(null)],
    ...ICC_FORMS.map((form) => {
      const { value, ci95 } = study.icc[form];
      return [text(form), text(''), number(value), number(ci95?.[0] ?? null), number(ci95?.[1] ?? null)];
    }),
    [text('alpha_ordinal'), text(''), number(study.alpha.ordinal), number(null), number(null)],
    [text('alpha_interval'), text(''), number(study.alpha.interval), number(null), number(null)],
    ...study.pairs.flatMap((pair) => {
      const raters = text(pair.raters.join(' | '));
      return [
        [text('exact'), raters, number(pair.exact), number(null), number(null)],
        [text('adjacent'), raters, number(pair.adjacent), number(null), number(null)],
        [text('kappa_weighted'), raters, number(pair.kappaWeighted), number(null), number(null)],
      ];
    }),
  ];
  return csvHead(['measure', 'raters', 'value', 'ci95_low', 'ci95_high'], dialect) + csvRecords(rows, dialect);
}
