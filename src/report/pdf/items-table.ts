// The items table: every item of the scale by domain, with its score, N/A or missing, and a small
// bar; the reviewers' rationale and recommendation under it; with notes allowed, each rater's score and
// the note too. A domain's heading row stays with
// its first item and comes back, "continued", at the top of a new page.
import { msg, t } from '../../i18n/catalogue.js';
import { localize } from '../../i18n/lang.js';
import { locale } from '../../i18n/format.js';
import type { AssessmentResult, ItemResult } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import { formatBound, formatScore } from '../phrases.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';
import { drawTable, tableStartHeight, type Cell, type Column, type Graphic, type Row, type TableSpec } from './table.js';

/** Rater columns fit up to this many raters; more go on a line under the item. */
const MAX_RATER_COLUMNS = 4;

function miniBar(layout: Layout, value: number, min: number, max: number): Graphic {
  const width = 28;
  const height = 6;
  return {
    width,
    height,
    draw: (x, y) => {
      const f = Math.min(1, Math.max(0, (value - min) / (max - min || 1)));
      layout.doc.save().rect(x, y, width, height).fill(COLOR.hairline);
      layout.doc.rect(x, y, Math.max(1, f * width), height).fill(COLOR.accent).restore();
    },
  };
}

function answerText(answer: number | 'na' | undefined, ctx: RenderContext): string {
  if (answer === undefined) return '–';
  if (answer === 'na') return t(ctx.lang, 'pdf.na');
  return formatBound(answer, ctx.lang);
}

function scoreCell(layout: Layout, item: ItemResult, range: { min: number; max: number }, ctx: RenderContext): Cell {
  if (item.status === 'na') return { text: t(ctx.lang, 'pdf.na'), style: TEXT.cellMuted };
  if (item.status === 'missing' || item.score === null) return { text: t(ctx.lang, 'pdf.missing'), style: { ...TEXT.cellMuted, color: COLOR.warn } };
  return { text: formatBound(item.score, ctx.lang), style: TEXT.cellBold, graphic: miniBar(layout, item.score, range.min, range.max) };
}

function itemsTableSpec(layout: Layout, a: AssessmentResult, ctx: RenderContext): TableSpec {
  const { lang, scale } = ctx;
  const showRaters = ctx.notes === true && a.raters.length > 0;
  const raterColumns = showRaters && a.raters.length <= MAX_RATER_COLUMNS ? a.raters : [];
  const columns: Column[] = [
    { header: t(lang, 'pdf.col.id'), width: 40 },
    { header: t(lang, 'report.col.item') },
    ...raterColumns.map((name) => ({ header: name, width: 46, align: 'center' as const })),
    { header: t(lang, 'report.col.score'), width: 70 },
  ];
  const rows: Row[] = [];
  const groupStart = new Map<number, Row>();
  for (const domain of scale.domains) {
    const result = a.domains.find((d) => d.id === domain.id);
    const name = localize(domain.name, lang);
    const counts = result
      ? `${t(lang, 'pdf.completeRated', { rated: result.rated, total: result.rated + result.na + result.missing })}${
          result.na + result.missing > 0 ? ` · ${t(lang, 'pdf.completeRest', { na: msg('report.naCount', { count: result.na }), missing: result.missing })}` : ''
        }`
      : '';
    const heading = (text: string): Row => ({
      cells: [
        {
          text,
          span: columns.length - 1,
          style: { ...TEXT.cellBold, color: COLOR.accent },
          sub: counts ? { text: counts, style: TEXT.tiny } : undefined,
        },
        { text: formatScore(result?.score, lang), style: { ...TEXT.cellBold, color: COLOR.accent } },
      ],
      fill: COLOR.tint,
      keepWithNext: true,
      rule: 'none',
    });
    rows.push(heading(name));
    const continued = heading(t(lang, 'pdf.continued', { name }));
    for (const item of domain.items) {
      const res = a.items.find((i) => i.id === item.id);
      if (!res) continue;
      const subs: string[] = [];
      if (item.critical) subs.push(t(lang, 'pdf.core'));
      if (showRaters && raterColumns.length === 0) {
        subs.push(a.raters.map((r) => `${r} ${answerText(res.raters[r], ctx)}`).join('  ·  '));
      }
      // The reviewers' rationale and recommendation are public; the note is private (--notes only).
      if (res.rationale) subs.push(`${t(lang, 'review.col.rationale')}: ${res.rationale}`);
      if (res.recommendation) subs.push(`${t(lang, 'review.col.recommendation')}: ${res.recommendation}`);
      if (ctx.notes === true && res.note) subs.push(`${t(lang, 'pdf.note')} ${res.note}`);
      groupStart.set(rows.length, continued);
      rows.push({
        cells: [
          { text: item.id, style: TEXT.cellMuted },
          { text: item.adapted ? `${localize(item.title, lang)} ${t(lang, 'adapted.mark')}` : localize(item.title, lang), sub: subs.length ? { text: subs.join('\n'), style: TEXT.small } : undefined },
          ...raterColumns.map((r) => ({ text: answerText(res.raters[r], ctx), align: 'center' as const, style: TEXT.cellMuted })),
          scoreCell(layout, res, item.rating, ctx),
        ],
      });
    }
  }
  return {
    columns,
    rows,
    continuation: (index) => groupStart.get(index) ?? null,
  };
}

/**
 * Item rows a PDF lists in all (assessments x items): past this the items tables are left out, with
 * a sentence saying so, so a report stays within memory (6 assessments of the largest scale fit).
 */
export const MAX_ITEM_ROWS = 24_000;

export function drawItemsTable(layout: Layout, a: AssessmentResult, ctx: RenderContext, rows = 0): void {
  if (rows > MAX_ITEM_ROWS) {
    const lead = t(ctx.lang, 'pdf.limits.itemsLeftOut', { rows: rows.toLocaleString(locale(ctx.lang)), limit: MAX_ITEM_ROWS.toLocaleString(locale(ctx.lang)) });
    layout.leadSection(t(ctx.lang, 'pdf.items'), lead, 4, 0);
    return;
  }
  const spec = itemsTableSpec(layout, a, ctx);
  layout.leadSection(t(ctx.lang, 'pdf.items'), t(ctx.lang, 'pdf.itemsLead'), 4, tableStartHeight(layout, spec));
  drawTable(layout, spec);
  // One legend line under the table, when an item is marked adapted.
  if (ctx.scale.items.some((item) => item.adapted && a.items.some((res) => res.id === item.id))) {
    layout.gap(3);
    layout.text(t(ctx.lang, 'adapted.legend'), TEXT.small, { after: 4 });
  }
}
