// The CSV report (SPEC 9 and 14): one tidy table, a row per assessment and level of detail (overall,
// each domain, each principle, each item). In the rfc4180 dialect, for machines, headers and keys are
// fixed English words and numbers have full precision; in the excel dialect, for people, headers, kinds,
// levels and statuses are in the report's language, dates as it writes them, scores with two decimals
// and percents with one. The name column is in the report's language in both.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/lang.js';
import { roundHalfAwayFromZero } from '../shared/tolerance.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, Result } from '../result/schema.js';
import { detailWord, kindWord, statusWord, type Detail, type RowStatus } from './excel-words.js';
import { csvHead, csvRecords, type CsvCell } from './csv-cells.js';
import { levelReason } from './level-judgement.js';
import type { Renderer, RenderContext } from './render-context.js';
import { domainName, itemTitle, levelLabel, principleName } from './phrases.js';

const CSV_HEADER = [
  'team',
  'date',
  'kind',
  'level_of_detail',
  'id',
  'name',
  'score',
  'percent',
  'level',
  'rated',
  'na',
  'missing',
  'status',
  'note',
  'score_level',
  'level_reason',
] as const;

/** The people's headers (the excel dialect, SPEC 14), column for column with CSV_HEADER. */
const PEOPLE_HEADER = {
  team: 'excel.col.team',
  date: 'excel.col.date',
  kind: 'excel.col.kind',
  level_of_detail: 'excel.col.detail',
  id: 'excel.col.id',
  name: 'excel.col.name',
  score: 'excel.col.score',
  percent: 'excel.col.percent',
  level: 'excel.col.level',
  rated: 'excel.col.rated',
  na: 'excel.col.na',
  missing: 'excel.col.missing',
  status: 'excel.col.status',
  note: 'excel.col.note',
  score_level: 'excel.col.scoreLevel',
  level_reason: 'excel.col.levelReason',
} as const satisfies Record<(typeof CSV_HEADER)[number], MessageKey>;


/** How the codes, dates and numbers of a row are written: as codes for machines, or as people read them. */
interface Words {
  kind(kind: AssessmentResult['kind']): string;
  date(iso: string | null): string;
  detail(detail: Detail): string;
  level(id: string | null): string;
  status(status: RowStatus): string;
  score(value: number | null): CsvCell;
  percent(value: number | null): CsvCell;
}

const text = (value: string | null | undefined): CsvCell => ({ text: value ?? '' });
const num = (value: number | null | undefined): CsvCell => ({ number: value ?? null });

/** rfc4180: fixed English codes and full precision, for further work. */
const MACHINE_WORDS: Words = {
  kind: (kind) => kind ?? '',
  date: (iso) => iso ?? '',
  detail: (detail) => detail,
  level: (id) => id ?? '',
  status: (status) => status,
  score: num,
  percent: num,
};

/** excel: the report's language, dates as it writes them, two decimals on scores and one on percents. */
function peopleWords(scale: Scale, lang: Lang): Words {
  const rounded = (decimals: number) => (value: number | null) => num(value === null ? null : roundHalfAwayFromZero(value, decimals));
  return {
    kind: (kind) => kindWord(kind, lang),
    date: (iso) => (iso === null ? '' : formatDate(iso, lang)),
    detail: (detail) => detailWord(detail, lang),
    level: (id) => (id === null ? '' : levelLabel(scale, id, lang)),
    status: (status) => statusWord(status, lang),
    score: rounded(2),
    percent: rounded(1),
  };
}

/** The rows of one assessment, in the order overall, domains, principles, items (each in scale order). */
function assessmentRows(scale: Scale, assessment: AssessmentResult, lang: Lang, notes: boolean, w: Words): CsvCell[][] {
  const lead = [text(assessment.team), text(w.date(assessment.date)), text(w.kind(assessment.kind))];
  const { overall } = assessment;
  const blank = (n: number) => Array.from({ length: n }, () => text(''));
  const rows: CsvCell[][] = [
    [
      ...lead,
      text(w.detail('overall')),
      text(scale.id),
      text(localize(scale.name, lang)),
      w.score(overall.score),
      w.percent(overall.percent),
      text(w.level(overall.level)),
      num(overall.rated),
      num(overall.na),
      num(overall.missing),
      text(w.status(assessment.status ?? 'complete')),
      text(''),
      text(w.level(overall.scoreLevel)),
      text(overall.score === null ? '' : levelReason(scale, assessment, lang)),
    ],
  ];
  for (const domain of assessment.domains) {
    rows.push([
      ...lead,
      text(w.detail('domain')),
      text(domain.id),
      text(domainName(scale, domain.id, lang)),
      w.score(domain.score),
      w.percent(domain.percent),
      text(''),
      num(domain.rated),
      num(domain.na),
      num(domain.missing),
      ...blank(4),
    ]);
  }
  for (const principle of assessment.principles) {
    rows.push([
      ...lead,
      text(w.detail('principle')),
      text(principle.id),
      text(principleName(scale, principle.id, lang)),
      w.score(principle.score),
      num(null),
      text(''),
      num(principle.rated),
      num(principle.na),
      num(principle.missing),
      ...blank(4),
    ]);
  }
  for (const item of assessment.items) {
    rows.push([
      ...lead,
      text(w.detail('item')),
      text(item.id),
      text(itemTitle(scale, item.id, lang)),
      w.score(item.score),
      num(null),
      text(''),
      num(item.status === 'rated' ? 1 : 0),
      num(item.status === 'na' ? 1 : 0),
      num(item.status === 'missing' ? 1 : 0),
      text(w.status(item.status)),
      text(notes ? item.note : ''),
      text(''),
      text(''),
    ]);
  }
  return rows;
}

/**
 * The CSV a piece at a time: the header, then each assessment's rows as they come, so `score` can
 * write a national data set without holding its result: the header with the first assessment's rows,
 * then each assessment's rows. Nothing is yielded before the first assessment has been taken.
 */
export function* csvChunks(assessments: Iterable<AssessmentResult>, ctx: Pick<RenderContext, 'scale' | 'lang' | 'notes' | 'dialect'>): Generator<string> {
  const notes = ctx.notes !== false;
  const people = ctx.dialect === 'excel';
  const words = people ? peopleWords(ctx.scale, ctx.lang) : MACHINE_WORDS;
  let head = csvHead(people ? CSV_HEADER.map((column) => t(ctx.lang, PEOPLE_HEADER[column])) : CSV_HEADER, ctx.dialect);
  for (const assessment of assessments) {
    yield head + csvRecords(assessmentRows(ctx.scale, assessment, ctx.lang, notes, words), ctx.dialect);
    head = '';
  }
  if (head !== '') yield head;
}

export function csvReport(result: Result, ctx: RenderContext): string {
  return [...csvChunks(result.assessments, ctx)].join('');
}

/** A string; in the excel dialect it starts with U+FEFF, written as the UTF-8 BOM (EF BB BF). */
export const renderCsv: Renderer = (result, ctx) => csvReport(result, ctx);
