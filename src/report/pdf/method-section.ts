// Method and source: the scale and where it comes from, how the overall score, percent and levels
// are made, how N/A and missing items count, what was left out for privacy, and the tool version.
// Levels and N/A are told in the words of the Markdown report (phrases.ts).
import { t, type MessageKey } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { Result } from '../../result/schema.js';
import type { Aggregation, PercentRule } from '../../scale/schema.js';
import type { RenderContext } from '../render-context.js';
import { formatBound, levelRoundingText, levelRules, naRuleText, scaleName } from '../phrases.js';
import { isoDate } from '../../shared/iso-date.js';
import type { Layout } from './pdf-layout.js';
import { TEXT } from './pdf-theme.js';
import { drawTable, tableHeight, tableStartHeight, type TableSpec } from './table.js';

/** When the report was made: SOURCE_DATE_EPOCH when given, else the moment passed in. */
export function madeOn(ctx: RenderContext): Date {
  return ctx.sourceDateEpoch === null ? ctx.now : new Date(ctx.sourceDateEpoch * 1000);
}

/** How the overall score is made, with the rating range; and what the percentage is of. */
const AGGREGATION_TEXT = {
  'mean-of-items': 'pdf.agg.mean-of-items',
  'mean-of-domains': 'pdf.agg.mean-of-domains',
  'sum-of-domain-means': 'pdf.agg.sum-of-domain-means',
  'sum-of-items': 'pdf.agg.sum-of-items',
} as const satisfies Record<Aggregation, MessageKey>;

const PERCENT_TEXT = { range: 'pdf.percent.range', max: 'pdf.percent.max' } as const satisfies Record<PercentRule, MessageKey>;

function methodSpec(result: Result, ctx: RenderContext, sources: string[]): TableSpec {
  const { lang, scale } = ctx;
  const row = (key: MessageKey, value: string): { cells: { text: string; style?: typeof TEXT.cell }[] } => ({
    cells: [{ text: t(lang, key), style: TEXT.cellBold }, { text: value }],
  });
  const levels = [...levelRules(scale, lang, { restBelowMin: true }), levelRoundingText(scale, lang)];
  return {
    header: false,
    columns: [{ header: '', width: 130 }, { header: '' }],
    rows: [
      row('report.method.scale', t(lang, 'pdf.methodScaleValue', { name: scaleName(scale, result, lang), version: result.scale.version })),
      ...(scale.source ? [row('report.method.source', scale.source)] : []),
      row('pdf.methodOverall', t(lang, AGGREGATION_TEXT[scale.aggregation], { min: formatBound(scale.rating.min, lang), max: formatBound(scale.rating.max, lang) })),
      row('report.method.percent', t(lang, PERCENT_TEXT[scale.percent])),
      row('report.method.na', naRuleText(lang)),
      ...(scale.levels.length > 0 ? [row('report.method.levels', levels.filter((line) => line !== null).join('\n'))] : []),
      row('pdf.methodPrivacy', t(lang, ctx.notes === true ? 'pdf.privacyIn' : 'pdf.privacyOut')),
      ...(sources.length > 0 ? [row('pdf.methodSources', sources.join(', '))] : []),
      row('report.method.tool', t(lang, 'pdf.methodToolValue', { version: result.tool.version, date: formatDate(isoDate(madeOn(ctx)), lang) })),
    ],
  };
}

/** The points the method section takes, heading and all. */
export function methodHeight(layout: Layout, result: Result, ctx: RenderContext, sources: string[]): number {
  return layout.headingHeight(t(ctx.lang, 'pdf.method'), 2) + tableHeight(layout, methodSpec(result, ctx, sources));
}

export function drawMethod(layout: Layout, result: Result, ctx: RenderContext, sources: string[]): void {
  const spec = methodSpec(result, ctx, sources);
  layout.heading(t(ctx.lang, 'pdf.method'), 2, tableStartHeight(layout, spec));
  drawTable(layout, spec);
}
