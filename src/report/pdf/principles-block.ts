// The principles on page one: a spider chart of the eight principles (or of the domains when the
// scale maps none), the previous round dashed beneath, and a numbered table with scores and change.
import { t } from '../../i18n/catalogue.js';
import { formatChangeOf, formatDate } from '../../i18n/format.js';
import { localize, type Text } from '../../i18n/lang.js';
import type { Range } from '../../scale/model.js';
import type { AssessmentResult } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import { formatBound, formatScore } from '../phrases.js';
import type { Block } from './page-block.js';
import { scoreAxis } from './chart-axes.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';
import { drawRoundKey, drawSpider, SPIDER_BADGE_ROOM, type SpiderAxis } from './spider-chart.js';
import { drawTable, tableHeight, type TableSpec } from './table.js';

interface Axis extends SpiderAxis {
  name: string;
  change: number | null;
}

export interface SpiderAxes {
  axes: Axis[];
  /** True when the spokes are principles, false when they are domains. */
  principles: boolean;
}

/** The spokes: the scale's principles, or its domains when it maps no principles; `previous` is the round laid beneath. */
export function spiderAxes(a: AssessmentResult, previous: AssessmentResult | undefined, ctx: RenderContext): SpiderAxes {
  const { scale, lang } = ctx;
  // One spoke per part: its score now and in the previous round, and the change between them.
  const spokes = (
    parts: readonly { id: string; name: Text; range: Range }[],
    scores: (r: AssessmentResult) => readonly { id: string; score: number | null }[],
    changes: Record<string, number | null> | undefined,
  ): Axis[] =>
    parts.map((part, index) => ({
      key: String(index + 1),
      name: localize(part.name, lang),
      value: scores(a).find((r) => r.id === part.id)?.score ?? null,
      previous: (previous && scores(previous).find((r) => r.id === part.id)?.score) ?? null,
      change: changes?.[part.id] ?? null,
      range: part.range,
    }));
  if (scale.principles.length > 0) {
    const principles = scale.principles.map((p) => ({ id: p.id, name: p.name, range: scale.rating }));
    return { principles: true, axes: spokes(principles, (r) => r.principles, a.change?.principles) };
  }
  const domains = scale.domains.map((d) => ({ id: d.id, name: d.name, range: d.rating }));
  return { principles: false, axes: spokes(domains, (r) => r.domains, a.change?.domains) };
}

export interface PrinciplesOptions {
  chartWidth: number;
  lead: boolean;
  /** Space above and below each table row. */
  padY: number;
}

const KEY_LINE = 12;

/** Plans the block from the spokes (spiderAxes) and the previous round they were worked out with. */
export function planPrinciples(
  layout: Layout,
  a: AssessmentResult,
  ctx: RenderContext,
  spokes: SpiderAxes,
  previous: AssessmentResult | undefined,
  options: PrinciplesOptions,
): Block | null {
  const { lang } = ctx;
  const { axes, principles: byPrinciple } = spokes;
  if (axes.length === 0) return null;
  const showPrevious = previous !== undefined && axes.some((axis) => axis.previous !== null);
  const withChange = a.change !== null;
  // Fewer than three spokes make no shape: then the table stands alone.
  const spider = axes.length >= 3;
  const chartWidth = spider ? options.chartWidth : 0;
  const radius = chartWidth / 2 - SPIDER_BADGE_ROOM - 2;
  const tableX = layout.left + (spider ? chartWidth + 14 : 0);
  const table: TableSpec = {
    x: tableX,
    width: layout.right - tableX,
    padY: options.padY,
    columns: [
      { header: '#', width: 16 },
      { header: t(lang, byPrinciple ? 'report.col.principle' : 'report.col.domain') },
      { header: t(lang, 'report.col.score'), width: 36, align: 'right' },
      ...(withChange ? [{ header: t(lang, 'report.col.change'), width: 44, align: 'right' as const }] : []),
    ],
    rows: axes.map((axis) => ({
      cells: [
        { text: axis.key, style: { ...TEXT.cellBold, color: COLOR.accent } },
        { text: axis.name },
        { text: formatScore(axis.value, lang), style: TEXT.cellBold, align: 'right' as const },
        ...(withChange ? [{ text: formatChangeOf(axis.value, axis.change, lang), align: 'right' as const, style: TEXT.cellMuted }] : []),
      ],
    })),
  };
  const keys = [a.date ? t(lang, 'pdf.thisRound', { date: formatDate(a.date, lang) }) : t(lang, 'pdf.thisRoundUndated')];
  if (showPrevious && previous) keys.push(t(lang, 'pdf.lastRound', { date: formatDate(previous.date, lang) }));
  // A key wraps in a narrow chart ("Forrige runde, 02-02-2025"): measured as drawRoundKey sets it.
  const keysHeight = keys.reduce((sum, key) => sum + Math.max(KEY_LINE, layout.heightOf(key, TEXT.tiny, chartWidth - 10 - 23) + 2), 0);
  const chartHeight = spider ? 2 * (radius + SPIDER_BADGE_ROOM) + 4 + keysHeight : 0;
  const bodyHeight = Math.max(chartHeight, tableHeight(layout, table));
  const title = t(lang, byPrinciple ? 'pdf.principles' : 'report.domains');
  // A scale may say where its principle mapping comes from (pathways-hf: the mapping is this tool's own).
  const note = byPrinciple && ctx.scale.principlesNote ? localize(ctx.scale.principlesNote, lang) : '';
  const lead = [options.lead ? t(lang, byPrinciple ? 'pdf.principlesLead' : 'pdf.domainsLead') : '', note].filter(Boolean).join(' ');
  const leadHeight = lead ? layout.heightOf(lead, TEXT.small, layout.width) + 6 : 0;
  const height = layout.headingHeight(title, 2) + leadHeight + bodyHeight + 4;

  const draw = (): void => {
    layout.leadSection(title, lead, 6, bodyHeight);
    layout.ensure(bodyHeight);
    const y = layout.y;
    if (spider) {
      const range = ctx.scale.rating;
      const sameRange = axes.every((axis) => axis.range.min === range.min && axis.range.max === range.max);
      const ring = scoreAxis(ctx.scale, sameRange, lang);
      drawSpider(
        layout,
        {
          axes,
          rings: ring.ticks,
          ringRange: ring.range,
          ringText: ring.text,
          showPrevious,
          alt: t(lang, 'pdf.spiderAlt', {
            count: axes.length,
            min: formatBound(range.min, lang),
            max: formatBound(range.max, lang),
            values: axes.map((axis) => `${axis.name} ${formatScore(axis.value, lang)}`).join('; '),
          }),
        },
        layout.left + chartWidth / 2,
        y + radius + SPIDER_BADGE_ROOM,
        radius,
      );
      let ky = y + 2 * (radius + SPIDER_BADGE_ROOM) + 4;
      keys.forEach((key, index) => {
        ky += drawRoundKey(layout, index === 0, key, layout.left + 10, ky, chartWidth - 10);
      });
    }
    layout.y = y;
    drawTable(layout, table);
    layout.y = Math.max(layout.y, y + chartHeight) + 4;
  };
  return { height, draw };
}
