// The xlsx report's sheets as plain data (SPEC 14): overview, domains, principles, items, agreement,
// change, action plan and the review's own words, each a header row and rows of typed cells. Numbers stay numbers at full
// precision (the workbook's number formats show two decimals or a percent, as the reports do), dates
// stay dates, and every header and word is in the report's language. Pure: write-workbook.ts is the
// edge that turns these into a file.
import { t, type MessageKey } from '../../i18n/catalogue.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { Scale } from '../../scale/model.js';
import type { AssessmentResult, Result } from '../../result/schema.js';
import { alphaSentence } from '../alpha-text.js';
import { actionWord, detailWord, kindWord, statusWord } from '../excel-words.js';
import { BARRIER_LEVEL } from '../review-text.js';
import { levelReason } from '../level-judgement.js';
import { domainName, itemTitle, levelLabel, principleName } from '../phrases.js';

/** How a number is shown: two decimals (a score, a change), a percent, a whole count, three decimals (alpha). */
export type NumberStyle = 'score' | 'change' | 'percent' | 'count' | 'alpha';

export type XlsxCell = { text: string } | { number: number | null; style: NumberStyle } | { date: string | null };

export interface XlsxColumn {
  header: string;
  /** Width in characters, for reading. */
  width: number;
}

/** A colour scale over a column, from the lowest possible value (red) to the highest (green). */
export interface ColourScale {
  column: number;
  min: number;
  max: number;
}

export interface SheetModel {
  name: string;
  columns: XlsxColumn[];
  rows: XlsxCell[][];
  colourScales: ColourScale[];
  /** Lines under the table (e.g. what is left out and why). */
  footer: string[];
}

const text = (value: string | null | undefined): XlsxCell => ({ text: value ?? '' });
const score = (value: number | null | undefined): XlsxCell => ({ number: value ?? null, style: 'score' });
const count = (value: number): XlsxCell => ({ number: value, style: 'count' });
const share = (value: number | null | undefined): XlsxCell => ({ number: value ?? null, style: 'percent' });
/** Result percents run 0-100; a percent-formatted cell holds the share (0.625 shows as 62.5 %). */
const percent = (value: number | null): XlsxCell => share(value === null ? null : value / 100);
const date = (iso: string | null | undefined): XlsxCell => ({ date: iso ?? null });

interface Scope {
  scale: Scale;
  lang: Lang;
  notes: boolean;
}

const col = (scope: Scope, key: MessageKey, width: number): XlsxColumn => ({ header: t(scope.lang, key), width });

/** The three columns that say which assessment a row belongs to. */
function leadColumns(scope: Scope): XlsxColumn[] {
  return [col(scope, 'excel.col.team', 24), col(scope, 'excel.col.date', 12), col(scope, 'excel.col.kind', 18)];
}

function lead(scope: Scope, a: AssessmentResult): XlsxCell[] {
  return [text(a.team), date(a.date), text(kindWord(a.kind, scope.lang))];
}

function sheet(scope: Scope, key: MessageKey, columns: XlsxColumn[], rows: XlsxCell[][], colourScales: ColourScale[] = [], footer: string[] = []): SheetModel {
  return { name: t(scope.lang, key), columns, rows, colourScales, footer };
}

function overviewSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { scale, lang } = scope;
  const level = (id: string | null) => text(id === null ? '' : levelLabel(scale, id, lang));
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.status', 12),
    col(scope, 'excel.col.score', 8),
    col(scope, 'excel.col.percent', 9),
    col(scope, 'excel.col.level', 26),
    col(scope, 'excel.col.scoreLevel', 26),
    col(scope, 'excel.col.levelReason', 50),
    col(scope, 'excel.col.rated', 10),
    col(scope, 'excel.col.na', 10),
    col(scope, 'excel.col.missing', 9),
    col(scope, 'excel.col.raters', 30),
    col(scope, 'excel.col.nextDue', 12),
  ];
  const rows = assessments.map((a) => [
    ...lead(scope, a),
    text(statusWord(a.status ?? 'complete', lang)),
    score(a.overall.score),
    percent(a.overall.percent),
    level(a.overall.level),
    level(a.overall.scoreLevel),
    text(a.overall.score === null ? '' : levelReason(scale, a, lang)),
    count(a.overall.rated),
    count(a.overall.na),
    count(a.overall.missing),
    text(a.raters.join(', ')),
    date(a.nextDue),
  ]);
  return sheet(scope, 'excel.sheet.overview', columns, rows, [{ column: 5, min: 0, max: 1 }]);
}

function domainsSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.id', 12),
    col(scope, 'excel.col.domain', 36),
    col(scope, 'excel.col.score', 8),
    col(scope, 'excel.col.percent', 9),
    col(scope, 'excel.col.rated', 10),
    col(scope, 'excel.col.na', 10),
    col(scope, 'excel.col.missing', 9),
  ];
  const rows = assessments.flatMap((a) =>
    a.domains.map((d) => [
      ...lead(scope, a),
      text(d.id),
      text(domainName(scope.scale, d.id, scope.lang)),
      score(d.score),
      percent(d.percent),
      count(d.rated),
      count(d.na),
      count(d.missing),
    ]),
  );
  return sheet(scope, 'excel.sheet.domains', columns, rows, [{ column: 6, min: 0, max: 1 }]);
}

function principlesSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { rating } = scope.scale;
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.id', 16),
    col(scope, 'excel.col.principle', 40),
    col(scope, 'excel.col.score', 8),
    col(scope, 'excel.col.rated', 10),
    col(scope, 'excel.col.na', 10),
    col(scope, 'excel.col.missing', 9),
  ];
  const rows = assessments.flatMap((a) =>
    a.principles.map((p) => [
      ...lead(scope, a),
      text(p.id),
      text(principleName(scope.scale, p.id, scope.lang)),
      score(p.score),
      count(p.rated),
      count(p.na),
      count(p.missing),
    ]),
  );
  return sheet(scope, 'excel.sheet.principles', columns, rows, [{ column: 5, min: rating.min, max: rating.max }]);
}

/** Every rater named in the assessments, in the order first met: a column each on the items sheet. */
function raterNames(assessments: AssessmentResult[]): string[] {
  const names = new Set<string>();
  for (const a of assessments) {
    for (const name of a.raters) names.add(name);
    for (const item of a.items) for (const name of Object.keys(item.raters)) names.add(name);
  }
  return [...names];
}

function itemsSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { scale, lang, notes } = scope;
  // Without notes (--no-notes) neither notes nor each rater's own scores are shown, as in every report.
  const raters = notes ? raterNames(assessments) : [];
  const na = t(lang, 'report.value.na');
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.domain', 26),
    col(scope, 'excel.col.id', 8),
    col(scope, 'excel.col.title', 44),
    col(scope, 'excel.col.score', 8),
    col(scope, 'excel.col.status', 12),
    col(scope, 'excel.col.agreed', 10),
    ...raters.map((name) => ({ header: name, width: Math.min(20, Math.max(8, name.length + 2)) })),
    col(scope, 'excel.col.spread', 10),
    col(scope, 'excel.col.rationale', 40),
    col(scope, 'excel.col.recommendation', 40),
    ...(notes ? [col(scope, 'excel.col.note', 40)] : []),
  ];
  const rows = assessments.flatMap((a) =>
    a.items.map((item) => [
      ...lead(scope, a),
      text(domainName(scale, item.domain, lang)),
      text(item.id),
      text(itemTitle(scale, item.id, lang)),
      score(item.score),
      text(statusWord(item.status, lang)),
      // An agreed N/A is said, as a rater's N/A is.
      item.consensus && item.status === 'na' ? text(na) : score(item.consensus ? item.score : null),
      ...raters.map((name): XlsxCell => {
        const answer = item.raters[name];
        return answer === 'na' ? text(na) : score(answer);
      }),
      score(item.spread),
      text(item.rationale),
      text(item.recommendation),
      ...(notes ? [text(item.note)] : []),
    ]),
  );
  const scoreColumns = [6, 8, ...raters.map((_, index) => 9 + index)];
  const colourScales = scoreColumns.map((column) => ({ column, min: scale.rating.min, max: scale.rating.max }));
  return sheet(scope, 'excel.sheet.items', columns, rows, colourScales, notes ? [] : [t(lang, 'excel.report.notesLeftOut')]);
}

function agreementSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { lang } = scope;
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.raters', 9),
    col(scope, 'excel.col.compared', 12),
    col(scope, 'excel.col.exact', 12),
    col(scope, 'excel.col.adjacent', 12),
    col(scope, 'excel.col.alphaOrdinal', 14),
    col(scope, 'excel.col.alphaInterval', 14),
    col(scope, 'excel.col.alphaMeaning', 60),
    col(scope, 'excel.col.discuss', 30),
  ];
  const rows = assessments.flatMap((a) => {
    const agreement = a.agreement;
    if (agreement === null) return [];
    return [
      [
        ...lead(scope, a),
        count(agreement.raters),
        count(agreement.compared),
        share(agreement.exact),
        share(agreement.adjacent),
        { number: agreement.alpha.ordinal, style: 'alpha' } as XlsxCell,
        { number: agreement.alpha.interval, style: 'alpha' } as XlsxCell,
        text(alphaSentence(agreement, lang)),
        text(agreement.discuss.join(', ')),
      ],
    ];
  });
  return sheet(scope, 'excel.sheet.agreement', columns, rows);
}

function changeSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { scale, lang } = scope;
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.previousDate', 14),
    col(scope, 'excel.col.detail', 14),
    col(scope, 'excel.col.id', 16),
    col(scope, 'excel.col.name', 40),
    col(scope, 'excel.col.previousScore', 10),
    col(scope, 'excel.col.score', 8),
    col(scope, 'excel.col.change', 9),
  ];
  const rows: XlsxCell[][] = [];
  for (const a of assessments) {
    const change = a.change;
    if (change === null) continue;
    const row = (detail: 'overall' | 'domain' | 'principle', id: string, name: string, current: number | null, delta: number | null | undefined) => [
      ...lead(scope, a),
      date(change.from),
      text(detailWord(detail, lang)),
      text(id),
      text(name),
      score(current === null || delta === null || delta === undefined ? null : current - delta),
      score(current),
      { number: delta ?? null, style: 'change' } as XlsxCell,
    ];
    rows.push(row('overall', scale.id, localize(scale.name, lang), a.overall.score, change.overall));
    for (const d of a.domains) rows.push(row('domain', d.id, domainName(scale, d.id, lang), d.score, change.domains[d.id]));
    for (const p of a.principles) rows.push(row('principle', p.id, principleName(scale, p.id, lang), p.score, change.principles[p.id]));
  }
  return sheet(scope, 'excel.sheet.change', columns, rows);
}

function actionsSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { scale, lang } = scope;
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.item', 8),
    col(scope, 'excel.col.title', 36),
    col(scope, 'excel.col.action', 50),
    col(scope, 'excel.col.owner', 20),
    col(scope, 'excel.col.due', 12),
    col(scope, 'excel.col.status', 12),
  ];
  const rows = assessments.flatMap((a) =>
    a.actions.map((action) => [
      ...lead(scope, a),
      text(action.item),
      text(action.item === undefined ? '' : itemTitle(scale, action.item, lang)),
      text(action.action),
      text(action.owner),
      // A due date is free text in an assessment file ("2026-10", "autumn"): a date where it is one.
      /^\d{4}-\d{2}-\d{2}$/.test(action.due ?? '') ? date(action.due) : text(action.due),
      text(actionWord(action.status, lang)),
    ]),
  );
  return sheet(scope, 'excel.sheet.actions', columns, rows);
}

/** The review's own words (SPEC 12): key messages, strengths, recommendations, barriers, last round's plan followed up. */
function reviewSheet(scope: Scope, assessments: AssessmentResult[]): SheetModel {
  const { lang } = scope;
  const columns = [
    ...leadColumns(scope),
    col(scope, 'excel.col.what', 34),
    col(scope, 'excel.col.text', 60),
    col(scope, 'excel.col.level', 18),
    col(scope, 'excel.col.owner', 20),
    col(scope, 'excel.col.items', 14),
    col(scope, 'excel.col.status', 12),
    col(scope, 'excel.col.previousDate', 14),
  ];
  const rows: XlsxCell[][] = [];
  for (const a of assessments) {
    const row = (what: MessageKey, content: string, extra: Partial<Record<'level' | 'owner' | 'items' | 'status', string>> = {}, from: string | null = null) =>
      rows.push([...lead(scope, a), text(t(lang, what)), text(content), text(extra.level), text(extra.owner), text(extra.items), text(extra.status), date(from)]);
    for (const m of a.keyMessages ?? []) row('excel.review.keyMessage', m);
    for (const m of a.strengths) row('excel.review.strength', m);
    for (const m of a.recommendations) row('excel.review.recommendation', m);
    for (const b of a.barriers ?? []) {
      row('excel.review.barrier', b.text, { level: t(lang, BARRIER_LEVEL[b.level]), owner: b.owner, items: b.items?.join(', ') });
    }
    for (const f of a.followUp ?? []) {
      const what = f.item ? `${f.item}: ${f.action}` : f.action;
      row('excel.review.followUp', f.note ? `${what} (${f.note})` : what, { status: actionWord(f.status, lang), items: f.item }, f.from ?? null);
    }
  }
  return sheet(scope, 'excel.sheet.review', columns, rows);
}

/** The report's sheets in order; each has its header even where no assessment gives it a row. */
export function reportSheets(result: Result, scope: Scope): SheetModel[] {
  const all = result.assessments;
  return [
    overviewSheet(scope, all),
    domainsSheet(scope, all),
    principlesSheet(scope, all),
    itemsSheet(scope, all),
    agreementSheet(scope, all),
    changeSheet(scope, all),
    actionsSheet(scope, all),
    reviewSheet(scope, all),
  ];
}
