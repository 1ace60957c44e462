// The CSV report (SPEC 9): one tidy table, a row per assessment and level of detail (overall, each
// domain, each principle, each item). Headers and keys are fixed English words for machines; the
// name column is in the report's language. Numbers at full precision: the CSV is for further work.
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, ItemResult, Result } from '../scoring/result.js';
import { csvText, type CsvCell } from './csv-cells.js';
import { domainById, itemById, principleById } from './facts.js';
import type { Renderer, RenderContext } from './render-context.js';

export const CSV_HEADER = [
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
] as const;

const text = (value: string | null | undefined): CsvCell => ({ text: value ?? '' });
const num = (value: number | null | undefined): CsvCell => ({ number: value ?? null });

function named(name: Parameters<typeof localize>[0], id: string, lang: Lang): string {
  return localize(name, lang) || id;
}

/** rated / na / missing of a set of items, counted from their statuses. */
function counts(items: readonly ItemResult[]): { rated: number; na: number; missing: number } {
  const out = { rated: 0, na: 0, missing: 0 };
  for (const item of items) out[item.status]++;
  return out;
}

/** The rows of one assessment, in the order overall, domains, principles, items (each in scale order). */
export function assessmentRows(scale: Scale, assessment: AssessmentResult, lang: Lang, notes: boolean): CsvCell[][] {
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
    ],
  ];
  for (const domain of assessment.domains) {
    rows.push([
      ...lead,
      text('domain'),
      text(domain.id),
      text(named(domainById(scale, domain.id)?.name, domain.id, lang)),
      num(domain.score),
      num(domain.percent),
      text(''),
      num(domain.rated),
      num(domain.na),
      num(domain.missing),
      text(''),
      text(''),
    ]);
  }
  for (const principle of assessment.principles) {
    // The result keeps only the rated count of a principle; N/A and missing come from the scale's mapping.
    const mapped = assessment.items.filter((item) => itemById(scale, item.id)?.principles.includes(principle.id));
    const { na, missing } = counts(mapped);
    rows.push([
      ...lead,
      text('principle'),
      text(principle.id),
      text(named(principleById(scale, principle.id)?.name, principle.id, lang)),
      num(principle.score),
      num(null),
      text(''),
      num(principle.rated),
      num(na),
      num(missing),
      text(''),
      text(''),
    ]);
  }
  for (const item of assessment.items) {
    const { rated, na, missing } = counts([item]);
    rows.push([
      ...lead,
      text('item'),
      text(item.id),
      text(named(itemById(scale, item.id)?.title, item.id, lang)),
      num(item.score),
      num(null),
      text(''),
      num(rated),
      num(na),
      num(missing),
      text(item.status),
      text(notes ? item.note : ''),
    ]);
  }
  return rows;
}

export function csvReport(result: Result, ctx: RenderContext): string {
  const notes = ctx.notes !== false;
  const rows = result.assessments.flatMap((assessment) => assessmentRows(ctx.scale, assessment, ctx.lang, notes));
  return csvText(CSV_HEADER, rows, ctx.dialect);
}

/** A string; in the excel dialect it starts with U+FEFF, written as the UTF-8 BOM (EF BB BF). */
export const renderCsv: Renderer = (result, ctx) => csvReport(result, ctx);
