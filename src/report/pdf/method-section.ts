// Method and source: the scale and where it comes from, how the overall score, percent and levels
// are made, how N/A and missing items count, what was left out for privacy, and the tool version.
import { t } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import { localize } from '../../i18n/lang.js';
import type { Result } from '../../scoring/result.js';
import type { RenderContext } from '../render-context.js';
import { boundText, isoDate, overallText } from './pdf-facts.js';
import type { Layout } from './pdf-layout.js';
import { TEXT } from './pdf-theme.js';
import { drawTable, tableStartHeight, type TableSpec } from './table.js';

function levelLines(ctx: RenderContext): string {
  const { lang, scale } = ctx;
  return scale.levels
    .map((level, index) => {
      const label = localize(level.label, lang);
      if (level.min === null) {
        const above = scale.levels[index - 1]?.min;
        return above === null || above === undefined
          ? t(lang, 'pdf.levelAny', { label })
          : t(lang, 'pdf.levelBelow', { label, min: overallText(scale, above, lang) });
      }
      return level.minCritical === null
        ? t(lang, 'pdf.levelFrom', { label, min: overallText(scale, level.min, lang) })
        : t(lang, 'pdf.levelFromCritical', { label, min: overallText(scale, level.min, lang), critical: boundText(level.minCritical, lang) });
    })
    .join('\n');
}

/** When the report was made: SOURCE_DATE_EPOCH when given, else the moment passed in. */
export function madeOn(ctx: RenderContext): Date {
  return ctx.sourceDateEpoch === null ? ctx.now : new Date(ctx.sourceDateEpoch * 1000);
}

export function drawMethod(layout: Layout, result: Result, ctx: RenderContext, sources: string[]): void {
  const { lang, scale } = ctx;
  const row = (key: string, value: string): { cells: { text: string; style?: typeof TEXT.cell }[] } => ({
    cells: [{ text: t(lang, key), style: TEXT.cellBold }, { text: value }],
  });
  const levels = levelLines(ctx);
  const spec: TableSpec = {
    header: false,
    columns: [{ header: '', width: 130 }, { header: '' }],
    rows: [
      row('pdf.methodScale', t(lang, 'pdf.methodScaleValue', { name: result.scale.name || localize(scale.name, lang), version: result.scale.version })),
      ...(scale.source ? [row('pdf.methodSource', scale.source)] : []),
      row('pdf.methodOverall', t(lang, `pdf.agg.${scale.aggregation}`, { min: boundText(scale.rating.min, lang), max: boundText(scale.rating.max, lang) })),
      row('pdf.methodPercent', t(lang, `pdf.percent.${scale.percent}`)),
      row('pdf.methodNa', t(lang, 'pdf.methodNaText')),
      ...(levels
        ? [row('pdf.methodLevels', scale.levelRounding === null ? levels : `${levels}\n${t(lang, 'pdf.levelRounding', { decimals: scale.levelRounding })}`)]
        : []),
      row('pdf.methodPrivacy', t(lang, ctx.notes === true ? 'pdf.privacyIn' : 'pdf.privacyOut')),
      ...(sources.length > 0 ? [row('pdf.methodSources', sources.join(', '))] : []),
      row('pdf.methodTool', t(lang, 'pdf.methodToolValue', { version: result.tool.version, date: formatDate(isoDate(madeOn(ctx)), lang) })),
    ],
  };
  layout.heading(t(lang, 'pdf.method'), 2, tableStartHeight(layout, spec));
  drawTable(layout, spec);
}
