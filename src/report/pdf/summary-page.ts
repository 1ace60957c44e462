// Page one of an assessment, for leaders: who, when and what kind; the overall score and level as
// the largest thing on the page; how complete it is; change and next due date; the principles as a
// spider chart; three strengths and three things to improve; the scale's notice in small print.
import { t } from '../../i18n/catalogue.js';
import { formatChange, formatDate, formatNumber, formatPercent, locale } from '../../i18n/format.js';
import { localize } from '../../i18n/lang.js';
import type { AssessmentResult, Result } from '../../scoring/result.js';
import { domainById, improvements, levelById, previousOf, strengths, type ItemFact } from '../facts.js';
import type { RenderContext } from '../render-context.js';
import { boundText, heldDownLevel, itemTitle, kindLabel, kindSays, overallMax, scoreText } from './pdf-facts.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT, type TextStyle } from './pdf-theme.js';
import { drawRoundKey, drawSpider, SPIDER_BADGE_ROOM, type SpiderAxis } from './spider-chart.js';
import { drawTable, tableHeight, type TableSpec } from './table.js';
import { ticks } from './pdf-facts.js';

const BIG: TextStyle = { weight: 'bold', size: 42, color: COLOR.accent, lineGap: 0 };
const OF: TextStyle = { weight: 'regular', size: 14, color: COLOR.muted, lineGap: 0 };
const LEVEL: TextStyle = { weight: 'bold', size: 14, color: COLOR.text, lineGap: 1 };
const PILL_TEXT: TextStyle = { weight: 'bold', size: 7.5, color: COLOR.white, lineGap: 0 };

/** A rounded label ("SELF-ASSESSMENT") at (x, y); returns its width. */
export function drawPill(layout: Layout, text: string, x: number, y: number, fill: string): number {
  const width = layout.widthOf(text, PILL_TEXT) + 14;
  layout.tagged('P', () => {
    layout.doc.save().roundedRect(x, y, width, 16, 8).fill(fill).restore();
    layout.put(text, PILL_TEXT, x + 7, y + 4, width - 12);
  });
  return width;
}

function header(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  const { lang } = ctx;
  const upper = (s: string): string => s.toLocaleUpperCase(locale(lang));
  let x = layout.left;
  const y = layout.y;
  x += drawPill(layout, upper(kindLabel(lang, a.kind)), x, y, COLOR.accent) + 6;
  if (a.status === 'in-progress') drawPill(layout, upper(t(lang, 'pdf.inProgress')), x, y, COLOR.warn);
  const report = t(lang, 'pdf.reportTitle');
  const reportWidth = Math.min(layout.widthOf(report, TEXT.small) + 2, 180);
  layout.tagged('P', () => layout.put(report, TEXT.small, layout.right - reportWidth, y + 3, reportWidth, { align: 'right', maxHeight: 11 }));
  layout.y = y + 26;

  layout.text(a.team, TEXT.title, { tag: 'H1', after: 4 });
  const raters =
    a.raters.length === 0
      ? ''
      : ctx.notes === true
        ? t(lang, 'pdf.raters.named', { names: a.raters.join(', ') })
        : t(lang, a.raters.length === 1 ? 'pdf.raters.one' : 'pdf.raters.many', { count: a.raters.length });
  layout.text([formatDate(a.date, lang), result.scale.name].join('  ·  '), TEXT.small, { after: 1 });
  layout.text([kindSays(lang, a.kind), raters].filter(Boolean).join('  ·  '), TEXT.small, { after: 2 });
  if (a.status === 'in-progress') {
    layout.text(t(lang, 'pdf.inProgressSays'), { ...TEXT.smallBold, color: COLOR.warn }, { after: 2 });
  }
  layout.gap(8);
}

function scoreBand(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const { doc } = layout;
  const pad = 14;
  const leftWidth = 172;
  const x = layout.left;
  const rightX = x + pad + leftWidth + 14;
  const rightWidth = layout.right - pad - rightX;
  const score = a.overall.score;
  const level = levelById(scale, a.overall.level);
  const held = heldDownLevel(scale, a);

  const big = score === null ? '–' : formatNumber(score, lang, 1);
  const of = t(lang, 'pdf.of', { max: boundText(overallMax(scale, a), lang) });
  const percent = a.overall.percent === null ? '' : t(lang, 'pdf.percentOfScale', { percent: formatPercent(a.overall.percent, lang) });
  const bigHeight = layout.lineHeight(BIG);
  const leftHeight = 12 + bigHeight + (percent ? layout.lineHeight(TEXT.small) : 0);

  const levelText = score === null ? t(lang, 'pdf.noScore') : level ? localize(level.label, lang) : t(lang, 'pdf.noLevel');
  const description = level?.description ? localize(level.description, lang) : '';
  const criticalTitle = t(lang, 'pdf.critical');
  const criticalList = a.overall.criticalBelow
    .map((id) => {
      const item = a.items.find((i) => i.id === id);
      return `${id}  ${itemTitle(scale, id, lang)}: ${scoreText(item?.score ?? null, lang)}`;
    })
    .join('\n');
  const criticalSays = held
    ? t(lang, 'pdf.criticalSays', { level: localize(held.level.label, lang), min: boundText(held.min, lang) })
    : '';
  const critStyle = { ...TEXT.smallBold, color: COLOR.warn };
  let rightHeight = 12 + layout.heightOf(levelText, LEVEL, rightWidth);
  if (description) rightHeight += 3 + layout.heightOf(description, TEXT.body, rightWidth);
  if (criticalList) {
    rightHeight += 8 + layout.heightOf(criticalTitle, critStyle, rightWidth) + 2;
    rightHeight += layout.heightOf(criticalList, TEXT.small, rightWidth);
    if (criticalSays) rightHeight += 2 + layout.heightOf(criticalSays, TEXT.small, rightWidth);
  }
  const height = Math.max(leftHeight, rightHeight) + 2 * pad;
  layout.ensure(height);
  const y = layout.y;
  layout.artifact(() => doc.save().roundedRect(x, y, layout.width, height, 5).fill(COLOR.tint).restore());

  const label = (text: string, lx: number, ly: number, width: number): void =>
    layout.tagged('P', () => layout.put(text.toLocaleUpperCase(locale(lang)), TEXT.label, lx, ly, width));
  label(t(lang, 'pdf.overall'), x + pad, y + pad, leftWidth);
  const bigWidth = layout.widthOf(big, BIG);
  layout.tagged('P', () => {
    layout.put(big, BIG, x + pad - 2, y + pad + 12, bigWidth + 4);
    layout.put(of, OF, x + pad + bigWidth + 6, y + pad + 12 + bigHeight - layout.lineHeight(OF) - 5, leftWidth - bigWidth - 6);
  });
  if (percent) layout.tagged('P', () => layout.put(percent, TEXT.small, x + pad, y + pad + 12 + bigHeight, leftWidth));

  let ry = y + pad;
  label(t(lang, 'pdf.col.level'), rightX, ry, rightWidth);
  ry += 12;
  layout.tagged('P', () => {
    ry += layout.put(levelText, score === null ? { ...LEVEL, color: COLOR.muted } : LEVEL, rightX, ry, rightWidth);
  });
  if (description) {
    ry += 3;
    layout.tagged('P', () => {
      ry += layout.put(description, TEXT.body, rightX, ry, rightWidth);
    });
  }
  if (criticalList) {
    ry += 8;
    layout.tagged('P', () => {
      ry += layout.put(criticalTitle, critStyle, rightX, ry, rightWidth) + 2;
    });
    layout.tagged('P', () => {
      ry += layout.put(criticalList, { ...TEXT.small, color: COLOR.text }, rightX, ry, rightWidth);
    });
    if (criticalSays) {
      ry += 2;
      layout.tagged('P', () => {
        ry += layout.put(criticalSays, TEXT.small, rightX, ry, rightWidth);
      });
    }
  }
  layout.y = y + height + 12;
}

interface Fact {
  label: string;
  value: string;
  sub: string;
}

function factRow(layout: Layout, facts: Fact[], ctx: RenderContext): void {
  const gap = 14;
  const width = (layout.width - gap * (facts.length - 1)) / facts.length;
  const valueStyle = { ...TEXT.bodyBold, size: 10.5 };
  const heights = facts.map(
    (f) => 11 + layout.heightOf(f.value, valueStyle, width) + (f.sub ? 2 + layout.heightOf(f.sub, TEXT.small, width) : 0),
  );
  const height = Math.max(...heights);
  layout.ensure(height);
  const y = layout.y;
  facts.forEach((fact, index) => {
    const x = layout.left + index * (width + gap);
    if (index > 0) {
      layout.artifact(() =>
        layout.doc.save().lineWidth(0.6).strokeColor(COLOR.hairline).moveTo(x - gap / 2, y).lineTo(x - gap / 2, y + height).stroke().restore(),
      );
    }
    let fy = y;
    layout.tagged('P', () => {
      fy += layout.put(fact.label.toLocaleUpperCase(locale(ctx.lang)), TEXT.label, x, fy, width) + 2;
    });
    layout.tagged('P', () => {
      fy += layout.put(fact.value, valueStyle, x, fy, width);
    });
    if (fact.sub) layout.tagged('P', () => layout.put(fact.sub, TEXT.small, x, fy + 2, width));
  });
  layout.y = y + height + 4;
}

function facts(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const { rated, na, missing } = a.overall;
  const total = rated + na + missing;
  const completeSub = [
    na + missing > 0 ? t(lang, 'pdf.completeRest', { na, missing }) + '.' : '',
    missing > 0 ? t(lang, 'pdf.restsOnRated', { rated }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  let change: Fact;
  if (a.change === null) change = { label: t(lang, 'pdf.change'), value: t(lang, 'pdf.changeFirst'), sub: '' };
  else if (a.change.overall === null)
    change = { label: t(lang, 'pdf.change'), value: t(lang, 'pdf.changeUnknown'), sub: t(lang, 'pdf.changeSince', { date: formatDate(a.change.from, lang) }) };
  else
    change = {
      label: t(lang, 'pdf.change'),
      value: formatChange(a.change.overall, lang),
      sub: t(lang, 'pdf.changeSince', { date: formatDate(a.change.from, lang) }),
    };
  const months = scale.reviewEveryMonths;
  const next: Fact = {
    label: t(lang, 'pdf.nextDue'),
    value: a.nextDue
      ? t(lang, 'pdf.nextDueBy', { date: formatDate(a.nextDue, lang) })
      : months === null
        ? t(lang, 'pdf.nextDueNone')
        : t(lang, 'pdf.nextDueLater'),
    sub: months === null ? '' : t(lang, 'pdf.nextDueEvery', { months }),
  };
  factRow(
    layout,
    [
      { label: t(lang, 'pdf.complete'), value: t(lang, 'pdf.completeRated', { rated, total }), sub: completeSub },
      change,
      next,
    ],
    ctx,
  );
}

interface Axis extends SpiderAxis {
  name: string;
  change: number | null;
}

/** The spokes: the scale's principles, or its domains when it maps no principles. */
export function spiderAxes(result: Result, a: AssessmentResult, ctx: RenderContext): { axes: Axis[]; principles: boolean } {
  const { scale, lang } = ctx;
  const previous = previousOf(result, a);
  if (scale.principles.length >= 3) {
    return {
      principles: true,
      axes: scale.principles.map((p, index) => ({
        key: String(index + 1),
        name: localize(p.name, lang),
        value: a.principles.find((r) => r.id === p.id)?.score ?? null,
        previous: previous?.principles.find((r) => r.id === p.id)?.score ?? null,
        change: a.change?.principles[p.id] ?? null,
        range: scale.rating,
      })),
    };
  }
  return {
    principles: false,
    axes: scale.domains.map((d, index) => ({
      key: String(index + 1),
      name: localize(d.name, lang),
      value: a.domains.find((r) => r.id === d.id)?.score ?? null,
      previous: previous?.domains.find((r) => r.id === d.id)?.score ?? null,
      change: a.change?.domains[d.id] ?? null,
      range: d.rating,
    })),
  };
}

function principles(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  const { lang } = ctx;
  const { axes, principles: byPrinciple } = spiderAxes(result, a, ctx);
  if (axes.length === 0) return;
  const previous = previousOf(result, a);
  const showPrevious = previous !== undefined && axes.some((axis) => axis.previous !== null);
  const withChange = a.change !== null;

  const chartWidth = 200;
  const radius = chartWidth / 2 - SPIDER_BADGE_ROOM - 2;
  const tableX = layout.left + chartWidth + 16;
  const table: TableSpec = {
    x: tableX,
    width: layout.right - tableX,
    columns: [
      { header: '#', width: 16 },
      { header: t(lang, byPrinciple ? 'pdf.col.principle' : 'pdf.col.domain') },
      { header: t(lang, 'pdf.col.score'), width: 38, align: 'right' },
      ...(withChange ? [{ header: t(lang, 'pdf.col.change'), width: 44, align: 'right' as const }] : []),
    ],
    rows: axes.map((axis) => ({
      cells: [
        { text: axis.key, style: { ...TEXT.cellBold, color: COLOR.accent } },
        { text: axis.name },
        { text: formatNumber(axis.value, lang, 1), style: TEXT.cellBold, align: 'right' as const },
        ...(withChange ? [{ text: formatChange(axis.change, lang), align: 'right' as const, style: TEXT.cellMuted }] : []),
      ],
    })),
  };
  const spider = axes.length >= 3;
  const keysHeight = spider ? (showPrevious ? 2 : 1) * 12 + 6 : 0;
  const chartHeight = spider ? 2 * (radius + SPIDER_BADGE_ROOM) + keysHeight : 0;
  const lead = t(lang, byPrinciple ? 'pdf.principlesLead' : 'pdf.domainsLead');
  const bodyHeight = Math.max(chartHeight, tableHeight(layout, table));
  layout.heading(t(lang, byPrinciple ? 'pdf.principles' : 'pdf.domains'), 2, layout.heightOf(lead, TEXT.small, layout.width) + 6 + bodyHeight);
  layout.text(lead, TEXT.small, { after: 6 });
  layout.ensure(bodyHeight);
  const y = layout.y;
  if (spider) {
    const range = ctx.scale.rating;
    const sameRange = axes.every((axis) => axis.range.min === range.min && axis.range.max === range.max);
    const ringRange = sameRange ? range : { min: 0, max: 100 };
    drawSpider(
      layout,
      {
        axes,
        rings: sameRange ? ticks(range) : [0, 25, 50, 75, 100],
        ringRange,
        ringText: (v) => (sameRange ? boundText(v, lang) : formatPercent(v, lang)),
        showPrevious,
        alt: t(lang, 'pdf.spiderAlt', {
          count: axes.length,
          min: boundText(range.min, lang),
          max: boundText(range.max, lang),
          values: axes.map((axis) => `${axis.name} ${formatNumber(axis.value, lang, 1)}`).join('; '),
        }),
      },
      layout.left + chartWidth / 2,
      y + radius + SPIDER_BADGE_ROOM,
      radius,
    );
    let ky = y + 2 * (radius + SPIDER_BADGE_ROOM) + 6;
    ky += drawRoundKey(layout, true, t(lang, 'pdf.thisRound', { date: formatDate(a.date, lang) }), layout.left + 14, ky, chartWidth - 14);
    if (showPrevious && previous) {
      drawRoundKey(layout, false, t(lang, 'pdf.lastRound', { date: formatDate(previous.date, lang) }), layout.left + 14, ky, chartWidth - 14);
    }
  }
  layout.y = y;
  drawTable(layout, spider ? table : { ...table, x: layout.left, width: layout.width });
  layout.y = Math.max(layout.y, y + chartHeight) + 4;
}

function strengthText(fact: ItemFact, ctx: RenderContext): { title: string; sub: string } {
  const { lang, scale } = ctx;
  const domain = domainById(scale, fact.item.domain);
  return {
    title: localize(fact.item.title, lang),
    sub: `${t(lang, 'pdf.scoreOf', { score: scoreText(fact.score, lang), max: boundText(fact.item.rating.max, lang) })}  ·  ${localize(domain?.name, lang)}`,
  };
}

function strengthsAndImprovements(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const gap = 20;
  const width = (layout.width - gap) / 2;
  type Entry = { title: string; sub: string; step?: string; stepText?: string };
  const strong: Entry[] = strengths(scale, a).map((fact) => strengthText(fact, ctx));
  const weak: Entry[] = improvements(scale, a).map((fact) => ({
    ...strengthText(fact, ctx),
    step: fact.nextScore === null ? undefined : t(lang, 'pdf.nextStep', { score: boundText(fact.nextScore, lang) }),
    stepText: fact.nextAnchor ? localize(fact.nextAnchor, lang) : undefined,
  }));
  const columns = [
    { heading: t(lang, 'pdf.strengths'), entries: strong, empty: t(lang, 'pdf.noStrengths') },
    { heading: t(lang, 'pdf.improve'), entries: weak, empty: t(lang, 'pdf.noImprovements') },
  ];
  const entryHeight = (e: Entry): number =>
    layout.heightOf(e.title, TEXT.bodyBold, width - 12) +
    layout.heightOf(e.sub, TEXT.small, width - 12) +
    (e.stepText ? 3 + layout.heightOf(`${e.step ?? ''} ${e.stepText}`, TEXT.small, width - 12) : 0) +
    8;
  const heights = columns.map(
    (c) =>
      layout.heightOf(c.heading, TEXT.h2, width) +
      6 +
      (c.entries.length === 0 ? layout.heightOf(c.empty, TEXT.small, width) : c.entries.reduce((s, e) => s + entryHeight(e), 0)),
  );
  layout.gap(12);
  layout.ensure(Math.max(...heights));
  const y = layout.y;
  columns.forEach((column, index) => {
    const x = layout.left + index * (width + gap);
    let cy = y;
    layout.tagged('H2', () => {
      cy += layout.put(column.heading, TEXT.h2, x, cy, width) + 6;
    });
    if (column.entries.length === 0) {
      layout.tagged('P', () => layout.put(column.empty, TEXT.small, x, cy, width));
      return;
    }
    const list = layout.group('L');
    column.entries.forEach((entry, n) => {
      const li = layout.group('LI', list);
      layout.tagged('Lbl', () => {
        const style = { ...TEXT.bodyBold, color: COLOR.accent };
        layout.put(String(n + 1), style, x, cy, 10);
      }, li);
      layout.tagged('LBody', () => {
        let ey = cy;
        ey += layout.put(entry.title, TEXT.bodyBold, x + 12, ey, width - 12);
        ey += layout.put(entry.sub, TEXT.small, x + 12, ey, width - 12);
        if (entry.stepText) {
          ey += 3;
          layout.put(`${entry.step ?? ''} ${entry.stepText}`, { ...TEXT.small, color: COLOR.text }, x + 12, ey, width - 12);
        }
      }, li);
      li.end();
      cy += entryHeight(entry);
    });
    list.end();
  });
  layout.y = y + Math.max(...heights);
}

/** The scale's notice, in small print at the foot of the page when there is room. */
export function notice(layout: Layout, ctx: RenderContext): void {
  const text = localize(ctx.scale.notice ?? undefined, ctx.lang);
  if (!text) return;
  const height = layout.heightOf(text, TEXT.tiny, layout.width) + 7;
  if (layout.remaining >= height + 10) layout.y = layout.bottom - height;
  else layout.gap(10);
  layout.ensure(height);
  layout.rule(COLOR.rule);
  layout.y += 6;
  layout.text(text, TEXT.tiny);
}

/** Page one of one assessment. Starts at the cursor (a fresh page). */
export function drawSummaryPage(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  header(layout, result, a, ctx);
  scoreBand(layout, a, ctx);
  facts(layout, a, ctx);
  principles(layout, result, a, ctx);
  strengthsAndImprovements(layout, a, ctx);
  notice(layout, ctx);
}
