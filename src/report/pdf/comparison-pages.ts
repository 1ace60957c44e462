// The opening pages of a report on several assessments: the latest assessment of each team side by
// side (a table and a bar chart against the level thresholds), then each team's trend over time and
// a table of every assessment.
import { t } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { AssessmentResult, Result } from '../../result/schema.js';
import { completeness, latestPerTeam, teamHistory, teamsOf } from '../../result/queries.js';
import type { RenderContext } from '../render-context.js';
import { formatBound, kindText, scaleName } from '../phrases.js';
import { levelName, levelScoreText, reasonUnderLevel, shownChangeText } from '../level-judgement.js';
import { drawChartSection, type BarChartSpec } from './bar-chart.js';
import { overallAxis, thresholds, ticks } from './chart-axes.js';
import { dayNumber } from '../../shared/iso-date.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';
import { planNotice } from './scale-notice.js';
import { drawMethod, methodHeight } from './method-section.js';
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
      { text: kindText(a.kind, lang) },
      { text: levelScoreText(scale, a.overall.score, lang), style: TEXT.cellBold, align: 'right' as const },
      {
        text: a.overall.score === null ? '–' : levelName(scale, a, lang),
        sub: levelSub(ctx, a),
      },
      { text: shownChangeText(scale, a.overall.score, a.change?.overall ?? null, lang), align: 'right' as const, style: TEXT.cellMuted },
      {
        text: `${a.overall.rated}/${a.overall.rated + a.overall.na + a.overall.missing}`,
        align: 'right' as const,
        style: completeness(a) < 1 ? { ...TEXT.cellMuted, color: COLOR.warn } : TEXT.cellMuted,
      },
    ],
  }));
  return {
    columns: [
      ...(teamColumn ? [{ header: t(lang, 'report.col.team') }] : []),
      { header: t(lang, 'report.col.date'), width: 62 },
      { header: t(lang, 'report.col.kind'), width: 80 },
      { header: t(lang, 'report.col.score'), width: 40, align: 'right' },
      // Without a team column the level takes the room that is left.
      { header: t(lang, 'report.col.level'), width: teamColumn ? 100 : undefined },
      { header: t(lang, 'report.col.change'), width: 44, align: 'right' },
      { header: t(lang, 'report.col.rated'), width: 40, align: 'right' },
    ],
    rows,
  };
}

/** Why a level is not what the score reaches, or why there is none, under the level in a table. */
function levelSub(ctx: RenderContext, a: AssessmentResult): Row['cells'][number]['sub'] {
  const reason = a.overall.score === null ? null : reasonUnderLevel(ctx.scale, a, ctx.lang);
  return reason === null ? undefined : { text: reason, style: { ...TEXT.tiny, color: COLOR.warn } };
}

function overallChart(assessments: AssessmentResult[], ctx: RenderContext): BarChartSpec {
  const { lang, scale } = ctx;
  const axis = overallAxis(scale, assessments);
  // Self-assessments and external reviews are not one measure: where both stand in one chart, each bar says which it is.
  const mixed = new Set(assessments.map((a) => a.kind)).size > 1;
  const bars = assessments.map((a) => ({
    label: mixed ? `${a.team} (${kindText(a.kind, lang).toLocaleLowerCase(lang)})` : a.team,
    value: a.overall.score,
    valueText: levelScoreText(scale, a.overall.score, lang),
  }));
  return {
    bars,
    axis,
    ticks: ticks(axis),
    tickText: (v) => formatBound(v, lang),
    thresholds: thresholds(scale, lang),
    thresholdText: (th) => `${levelScoreText(scale, th.value, lang)}  ${th.label}`,
    emptyText: t(lang, 'pdf.noData'),
    alt: t(lang, 'pdf.barAlt', { values: bars.map((b) => `${b.label} ${b.valueText}`).join('; ') }),
  };
}

/** Page one when there are several assessments: the latest of each team, side by side. */
export function drawOverviewPage(layout: Layout, result: Result, ctx: RenderContext): void {
  const { lang } = ctx;
  const latest = latestPerTeam(result);
  layout.text(t(lang, 'pdf.reportTitle').toUpperCase(), TEXT.label, { after: 8 });
  layout.text(t(lang, 'pdf.overview'), TEXT.title, { tag: 'H1', after: 4 });
  layout.text(t(lang, 'pdf.overviewLead', { count: latest.length, scale: scaleName(ctx.scale, result, lang) }), TEXT.small, { after: 6 });
  const table = assessmentsTable(latest, ctx, true);
  layout.ensure(tableStartHeight(layout, table));
  drawTable(layout, table);

  drawChartSection(layout, t(lang, 'pdf.overviewChart'), t(lang, 'pdf.overviewChartLead'), overallChart(latest, ctx));
  planNotice(layout, ctx)?.draw();
}

function trendAxes(result: Result, ctx: RenderContext, plotHeight: number): TrendAxes | null {
  const days = result.assessments.map((a) => (a.date ? dayNumber(a.date) : null)).filter((d): d is number => d !== null);
  if (days.length === 0) return null;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const pad = max === min ? 30 : (max - min) * 0.08;
  const axis = overallAxis(ctx.scale, result.assessments);
  return {
    score: axis,
    scoreTicks: ticks(axis),
    tickText: (v) => formatBound(v, ctx.lang),
    thresholds: thresholds(ctx.scale, ctx.lang),
    days: { min: min - pad, max: max + pad },
    plotHeight,
  };
}

function teamPanel(result: Result, team: string, ctx: RenderContext): TrendPanel {
  const { lang } = ctx;
  const history = teamHistory(result, team).filter((a) => a.date !== null && a.overall.score !== null);
  const points = history.map((a) => ({
    day: dayNumber(a.date ?? '') ?? 0,
    value: a.overall.score ?? 0,
    kind: a.kind,
    valueText: levelScoreText(ctx.scale, a.overall.score, lang),
  }));
  return {
    title: team,
    points,
    dayTicks: history.map((a, i) => ({ day: points[i]?.day ?? 0, text: formatDate(a.date, lang) })),
    alt: t(lang, 'pdf.trendAlt', {
      team,
      values: history.map((a) => `${formatDate(a.date, lang)} ${levelScoreText(ctx.scale, a.overall.score, lang)}`).join('; '),
    }),
  };
}

/** Each team's trend as small multiples, two to a row. */
function trendPanels(layout: Layout, result: Result, ctx: RenderContext, teams: string[], columns: number, plotHeight: number): void {
  const { lang } = ctx;
  const axes = trendAxes(result, ctx, plotHeight);
  if (!axes) {
    layout.heading(t(lang, 'pdf.trend'), 2, 20);
    layout.text(t(lang, 'pdf.trendNoDates'), TEXT.body, { after: 8 });
    return;
  }
  const levels = thresholds(ctx.scale, lang)
    .map((th) => `${levelScoreText(ctx.scale, th.value, lang)} ${th.label}`)
    .join(', ');
  const lead = t(lang, 'pdf.trendLead', { levels });
  const panels = teams.map((team) => teamPanel(result, team, ctx));
  const gap = 24;
  const width = (layout.width - gap * (columns - 1)) / columns;
  const rowHeights: number[] = [];
  for (let i = 0; i < panels.length; i += columns) {
    rowHeights.push(Math.max(...panels.slice(i, i + columns).map((p) => panelHeight(layout, axes, p, width))));
  }
  layout.leadSection(t(lang, 'pdf.trend'), lead, 10, rowHeights[0] ?? 0);
  rowHeights.forEach((height, row) => {
    layout.ensure(height);
    const y = layout.y;
    panels.slice(row * columns, row * columns + columns).forEach((panel, col) => {
      drawPanel(layout, axes, panel, layout.left + col * (width + gap), y, width);
    });
    layout.y = y + height + 14;
  });
}

function allAssessments(layout: Layout, result: Result, ctx: RenderContext, teamColumn: boolean): void {
  const table = assessmentsTable(result.assessments, ctx, teamColumn);
  layout.heading(t(ctx.lang, 'pdf.allAssessments'), 2, tableStartHeight(layout, table));
  drawTable(layout, table);
}

/** Several teams: each team's trend, then a table of every assessment. */
export function drawTrendPages(layout: Layout, result: Result, ctx: RenderContext): void {
  trendPanels(layout, result, ctx, teamsOf(result), 2, 96);
  allAssessments(layout, result, ctx, true);
}

/** One team with several assessments: page one is its history, told over time. */
/** The one team's history page; true when the method fitted on it too (else it follows on its own page). */
export function drawTeamHistoryPage(layout: Layout, result: Result, ctx: RenderContext): boolean {
  const { lang } = ctx;
  const team = teamsOf(result)[0] ?? '';
  const dates = result.assessments.map((a) => a.date).filter((d): d is string => d !== null);
  layout.text(t(lang, 'pdf.reportTitle').toUpperCase(), TEXT.label, { after: 8 });
  layout.text(team, TEXT.title, { tag: 'H1', after: 4 });
  layout.text(
    t(lang, 'pdf.historyLead', {
      count: result.assessments.length,
      from: formatDate(dates[0] ?? null, lang),
      to: formatDate(dates[dates.length - 1] ?? null, lang),
      scale: scaleName(ctx.scale, result, lang),
    }),
    TEXT.small,
    { after: 6 },
  );
  trendPanels(layout, result, ctx, [team], 1, 150);
  allAssessments(layout, result, ctx, false);
  // The method on this page where it fits above the notice, rather than on a page of its own.
  const notice = planNotice(layout, ctx);
  const withMethod = methodHeight(layout, result, ctx, []) + 12 + (notice?.height ?? 0) <= layout.remaining;
  if (withMethod) drawMethod(layout, result, ctx, []);
  notice?.draw();
  return withMethod;
}
