// The CSV report (SPEC 9): one tidy table, a row per assessment and level of detail (overall, each
// domain, each principle, each item). Headers and keys are fixed English words for machines; the
// name column is in the report's language. Numbers at full precision: the CSV is for further work.
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, Result } from '../result/schema.js';
import { csvHead, csvRecords, type CsvCell } from './csv-cells.js';
import { levelReason } from './level-judgement.js';
import type { Renderer, RenderContext } from './render-context.js';
import { domainName, itemTitle, principleName } from './phrases.js';

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

const text = (value: string | null | undefined): CsvCell => ({ text: value ?? '' });
const num = (value: number | null | undefined): CsvCell => ({ number: value ?? null });

/** The rows of one assessment, in the order overall, domains, principles, items (each in scale order). */
function assessmentRows(scale: Scale, assessment: AssessmentResult, lang: Lang, notes: boolean): CsvCell[][] {
  const lead = [text(assessment.team), text(assessment.date), text(assessment.kind)];
  const { overall } = assessment;
  const rows: CsvCell[][] = [
    [
      ...lead,
      text('overall'),
      text(scale.id),
      text(localize(scale.name, lang)),
      num(overall.score),
      num(overall.percent),
      text(overall.level),
      num(overall.rated),
      num(overall.na),
      num(overall.missing),
      text(assessment.status ?? 'complete'),
      text(''),
      text(overall.scoreLevel),
      text(overall.score === null ? '' : levelReason(scale, assessment, lang)),
    ],
  ];
  for (const domain of assessment.domains) {
    rows.push([
      ...lead,
      text('domain'),
      text(domain.id),
      text(domainName(scale, domain.id, lang)),
      num(domain.score),
      num(domain.percent),
      text(''),
      num(domain.rated),
      num(domain.na),
      num(domain.missing),
      text(''),
      text(''),
      text(''),
      text(''),
    ]);
  }
  for (const principle of assessment.principles) {
    const { na, missing } = principle;
    rows.push([
      ...lead,
      text('principle'),
      text(principle.id),
      text(principleName(scale, principle.id, lang)),
      num(principle.score),
      num(null),
      text(''),
      num(principle.rated),
      num(na),
      num(missing),
      text(''),
      text(''),
      text(''),
      text(''),
    ]);
  }
  for (const item of assessment.items) {
    rows.push([
      ...lead,
      text('item'),
      text(item.id),
      text(itemTitle(scale, item.id, lang)),
      num(item.score),
      num(null),
      text(''),
      num(item.status === 'rated' ? 1 : 0),
      num(item.status === 'na' ? 1 : 0),
      num(item.status === 'missing' ? 1 : 0),
      text(item.status),
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
  let head = csvHead(CSV_HEADER, ctx.dialect);
  for (const assessment of assessments) {
    yield head + csvRecords(assessmentRows(ctx.scale, assessment, ctx.lang, notes), ctx.dialect);
    head = '';
  }
  if (head !== '') yield head;
}

export function csvReport(result: Result, ctx: RenderContext): string {
  return [...csvChunks(result.assessments, ctx)].join('');
}

/** A string; in the excel dialect it starts with U+FEFF, written as the UTF-8 BOM (EF BB BF). */
export const renderCsv: Renderer = (result, ctx) => csvReport(result, ctx);
