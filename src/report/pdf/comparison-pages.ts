// The opening pages of a report on several assessments: the latest assessment of each team side by
// side (a table and a bar chart against the level thresholds), then each team's trend over time and
// a table of every assessment.
import { t } from '../../i18n/catalogue.js';
import { formatChange, formatDate, formatNumber, locale } from '../../i18n/format.js';
import type { AssessmentResult, Result } from '../../scoring/result.js';
import { completeness, latestPerTeam, teamHistory } from '../facts.js';
import type { RenderContext } from '../render-context.js';
import { barChartHeight, drawBarChart, type BarChartSpec } from './bar-chart.js';
import { boundText, dayNumber, kindLabel, levelLabel, overallAxis, thresholds, ticks } from './pdf-facts.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';
import { notice } from './summary-page.js';
import { drawTable, tableStartHeight, type Row, type TableSpec } from './table.js';
import { drawPanel, panelHeight, type TrendAxes, type TrendPanel } from './trend-chart.js';

function assessmentsTable(assessments: AssessmentResult[], ctx: RenderContext, teamColumn: boolean): TableSpec {
  const { lang, scale } = ctx;
  const rows: Row[] = assessments.map((a) => ({
    cells: [
      ...(teamColumn ? [{ text: a.team, style: TEXT.cellBold }] : []),
      {
        text: formatDate(a.date, lang),
        sub: a.status === 'in-progress' ? { text: t(lang, 'pdf.inProgress'), style: { ...TEXT.tinyBold, color: COLOR.warn } } : undefined,
      },
      { text: kindLabel(lang, a.kind) },
      { text: formatNumber(a.overall.score, lang, 1), style: TEXT.cellBold, align: 'right' as const },
      { text: a.overall.score === null ? '–' : levelLabel(scale, a.overall.level, lang) },
      { text: formatChange(a.change?.overall ?? null, lang), align: 'right' as const, style: TEXT.cellMuted },
      {
        text: `${a.overall.rated}/${a.overall.rated + a.overall.na + a.overall.missing}`,
        align: 'right' as const,
        style: completeness(a) < 1 ? { ...TEXT.cellMuted, color: COLOR.warn } : TEXT.cellMuted,
      },
    ],
  }));
  return {
    columns: [
      ...(teamColumn ? [{ header: t(lang, 'pdf.col.team') }] : []),
      { header: t(lang, 'pdf.col.date'), width: 66 },
      { header: t(lang, 'pdf.col.kind'), width: 84 },
      { header: t(lang, 'pdf.col.score'), width: 38, align: 'right' },
      { header: t(lang, 'pdf.col.level'), width: 104 },
      { header: t(lang, 'pdf.col.change'), width: 46, align: 'right' },
      { header: t(lang, 'pdf.col.rated'), width: 42, align: 'right' },
    ],
    rows,
  };
}

function overallChart(assessments: AssessmentResult[], ctx: RenderContext): BarChartSpec {
  const { lang, scale } = ctx;
  const axis = overallAxis(scale, assessments);
  const bars = assessments.map((a) => ({
    label: a.team,
    value: a.overall.score,
    valueText: formatNumber(a.overall.score, lang, 1),
  }));
  return {
    bars,
    axis,
    ticks: ticks(axis),
    tickText: (v) => boundText(v, lang),
    thresholds: thresholds(scale, lang),
    thresholdText: (th) => `${formatNumber(th.value, lang, 1)}  ${th.label}`,
    emptyText: t(lang, 'pdf.noData'),
    alt: t(lang, 'pdf.barAlt', { values: bars.map((b) => `${b.label} ${b.valueText}`).join('; ') }),
  };
}

/** Page one when there are several assessments: the latest of each team, side by side. */
export function drawOverviewPage(layout: Layout, result: Result, ctx: RenderContext): void {
  const { lang } = ctx;
  const latest = latestPerTeam(result);
  layout.text(t(lang, 'pdf.reportTitle').toLocaleUpperCase(locale(lang)), TEXT.label, { after: 8 });
  layout.text(t(lang, 'pdf.overview'), TEXT.title, { tag: 'H1', after: 4 });
  layout.text(t(lang, 'pdf.overviewLead', { count: latest.length, scale: result.scale.name }), TEXT.small, { after: 6 });
  const table = assessmentsTable(latest, ctx, true);
  layout.ensure(tableStartHeight(layout, table));
  drawTable(layout, table);

  const chart = overallChart(latest, ctx);
  const lead = t(lang, 'pdf.overviewChartLead');
  const height = barChartHeight(layout, chart, layout.width);
  layout.heading(t(lang, 'pdf.overviewChart'), 2, layout.heightOf(lead, TEXT.small, layout.width) + 8 + height);
  layout.text(lead, TEXT.small, { after: 8 });
  layout.ensure(height);
  drawBarChart(layout, chart);
  notice(layout, ctx);
}

function dayTicks(min: number, max: number, lang: RenderContext['lang']): { day: number; text: string }[] {
  const first = new Date(min * 86_400_000).getUTCFullYear();
  const last = new Date(max * 86_400_000).getUTCFullYear();
  if (last - first >= 1) {
    const out: { day: number; text: string }[] = [];
    const step = Math.max(1, Math.ceil((last - first + 1) / 6));
    for (let year = first + 1; year <= last; year += step) out.push({ day: Date.UTC(year, 0, 1) / 86_400_000, text: String(year) });
    return out;
  }
  const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return min === max ? [{ day: min, text: formatDate(iso(min), lang) }] : [
    { day: min, text: formatDate(iso(min), lang) },
    { day: max, text: formatDate(iso(max), lang) },
  ];
}

/** The trend of each team, as small multiples, and a table of every assessment. */
export function drawTrendPages(layout: Layout, result: Result, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const teams = latestPerTeam(result).map((a) => a.team);
  const days = result.assessments.map((a) => (a.date ? dayNumber(a.date) : null)).filter((d): d is number => d !== null);
  const axis = overallAxis(scale, result.assessments);
  const lead = t(lang, 'pdf.trendLead');

  if (days.length === 0) {
    layout.heading(t(lang, 'pdf.trend'), 1, 20);
    layout.text(t(lang, 'pdf.trendNoDates'), TEXT.body, { after: 8 });
  } else {
    const min = Math.min(...days);
    const max = Math.max(...days);
    const pad = max === min ? 30 : (max - min) * 0.06;
    const axes: TrendAxes = {
      score: axis,
      scoreTicks: ticks(axis),
      tickText: (v) => boundText(v, lang),
      thresholds: thresholds(scale, lang),
      days: { min: min - pad, max: max + pad },
      dayTicks: dayTicks(min - pad, max + pad, lang),
    };
    const panels: TrendPanel[] = teams.map((team) => {
      const history = teamHistory(result, team).filter((a) => a.date !== null && a.overall.score !== null);
      const points = history.map((a) => ({
        day: dayNumber(a.date ?? '') ?? 0,
        value: a.overall.score ?? 0,
        kind: a.kind,
        valueText: formatNumber(a.overall.score, lang, 1),
      }));
      return {
        title: team,
        points,
        alt: t(lang, 'pdf.trendAlt', {
          team,
          values: history.map((a) => `${formatDate(a.date, lang)} ${formatNumber(a.overall.score, lang, 1)}`).join('; '),
        }),
      };
    });
    const columns = 2;
    const gap = 24;
    const width = (layout.width - gap * (columns - 1)) / columns;
    const rowHeights: number[] = [];
    for (let i = 0; i < panels.length; i += columns) {
      rowHeights.push(Math.max(...panels.slice(i, i + columns).map((p) => panelHeight(layout, p, width))));
    }
    layout.heading(t(lang, 'pdf.trend'), 1, layout.heightOf(lead, TEXT.small, layout.width) + 8 + (rowHeights[0] ?? 0));
    layout.text(lead, TEXT.small, { after: 10 });
    rowHeights.forEach((height, row) => {
      layout.ensure(height);
      const y = layout.y;
      panels.slice(row * columns, row * columns + columns).forEach((panel, col) => {
        drawPanel(layout, axes, panel, layout.left + col * (width + gap), y, width);
      });
      layout.y = y + height + 14;
    });
  }

  const table = assessmentsTable(result.assessments, ctx, true);
  layout.heading(t(lang, 'pdf.allAssessments'), 2, tableStartHeight(layout, table));
  drawTable(layout, table);
}
