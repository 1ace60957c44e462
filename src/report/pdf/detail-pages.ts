// The pages after page one of an assessment: the domains (without the overall level lines), the items
// that went up or down since last time, the
// review's own parts (key messages, method, barriers, follow-up), the assessment's own conclusions, every item, rater agreement, method and source, and the action plan.
import { t } from '../../i18n/catalogue.js';
import { formatChangeOf, formatPercent } from '../../i18n/format.js';
import { localize } from '../../i18n/lang.js';
import type { AssessmentResult, Result } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import { formatScore, itemTitle } from '../phrases.js';
import { alphaSentence, alphaValues } from '../alpha-text.js';
import { barrierGroups, followUpText, reviewMethodFacts } from '../review-text.js';
import { itemChanges } from '../item-totals.js';
import { itemChangeSummary, itemMoveText } from '../item-totals-text.js';
import { drawActionPlan } from './action-plan.js';
import { drawChartSection, type BarChartSpec } from './bar-chart.js';
import { drawItemsTable } from './items-table.js';
import { drawMethod } from './method-section.js';
import { domainsShareRange, isMean, scoreAxis } from './chart-axes.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';
import { drawTable, tableStartHeight, type TableSpec } from './table.js';

function domainChartSpec(a: AssessmentResult, ctx: RenderContext): { spec: BarChartSpec; lead: string } {
  const { lang, scale } = ctx;
  const onScale = isMean(scale) && domainsShareRange(scale);
  const bars = scale.domains.map((domain) => {
    const result = a.domains.find((d) => d.id === domain.id);
    const value = onScale ? (result?.score ?? null) : (result?.percent ?? null);
    const change = a.change?.domains[domain.id];
    const main = onScale ? formatScore(value, lang) : formatPercent(value, lang);
    const delta = onScale && change !== undefined && change !== null ? `  (${formatChangeOf(value, change, lang)})` : '';
    return { label: localize(domain.name, lang), value, valueText: `${main}${delta}` };
  });
  const axis = scoreAxis(scale, onScale, lang);
  const spec: BarChartSpec = {
    bars,
    axis: axis.range,
    ticks: axis.ticks,
    tickText: axis.text,
    // The level thresholds are the overall score's, not a domain's: drawn here they would read as the domains' own.
    thresholds: [],
    thresholdText: (th) => `${formatScore(th.value, lang)}  ${th.label}`,
    emptyText: t(lang, 'pdf.noData'),
    alt: t(lang, 'pdf.barAlt', { values: bars.map((b) => `${b.label} ${b.valueText}`).join('; ') }),
  };
  return { spec, lead: t(lang, onScale ? 'pdf.domainsThresholds' : 'pdf.domainsPercent') };
}

function domains(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { spec, lead } = domainChartSpec(a, ctx);
  drawChartSection(layout, t(ctx.lang, 'report.domains'), lead, spec);
}

function bulletList(layout: Layout, title: string, lines: string[]): void {
  if (lines.length === 0) return;
  const first = layout.heightOf(lines[0] ?? '', TEXT.body, layout.width - 12);
  layout.heading(title, 3, first);
  const list = layout.group('L');
  for (const line of lines) {
    const height = layout.heightOf(line, TEXT.body, layout.width - 12);
    layout.ensure(height);
    const y = layout.y;
    const li = layout.group('LI', list);
    layout.tagged('Lbl', () => layout.put('•', { ...TEXT.body, color: COLOR.accent }, layout.left + 2, y, 8), li);
    layout.tagged('LBody', () => layout.put(line, TEXT.body, layout.left + 12, y, layout.width - 12), li);
    li.end();
    layout.y = y + height + 3;
  }
  list.end();
}

/** Which items went up and which went down since the previous assessment, a paragraph for each way. */
function itemMoves(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  const moved = itemChanges(result, a);
  if (!moved) return;
  const { lang, scale } = ctx;
  layout.leadSection(t(lang, 'report.itemChange'), itemChangeSummary(moved, lang), 4, 30);
  for (const [key, moves] of [['report.itemChange.up', moved.up], ['report.itemChange.down', moved.down]] as const) {
    if (moves.length === 0) continue;
    const line = `${t(lang, key)}: ${moves.map((m) => itemMoveText(scale, m, lang)).join('; ')}`;
    layout.text(line, TEXT.body, { after: 4 });
  }
}

/** The review's own parts (SPEC 12), all public: key messages, how it was made, barriers, last round's plan followed up. */
function reviewParts(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const { lang } = ctx;
  const keyMessages = a.keyMessages ?? [];
  const facts = reviewMethodFacts(a, lang);
  const barriers = barrierGroups(a, lang);
  const followUp = followUpText(a, lang);
  if (keyMessages.length === 0 && facts.length === 0 && barriers.length === 0 && !followUp) return;
  layout.heading(t(lang, 'review.report'), 2, 40);
  bulletList(layout, t(lang, 'review.keyMessages'), keyMessages);
  if (facts.length > 0) {
    const spec: TableSpec = {
      header: false,
      columns: [{ header: '', width: 130 }, { header: '' }],
      rows: facts.map((f) => ({ cells: [{ text: f.label, style: TEXT.cellBold }, { text: f.value }] })),
    };
    layout.heading(t(lang, 'review.method'), 3, tableStartHeight(layout, spec));
    drawTable(layout, spec);
  }
  for (const group of barriers) bulletList(layout, `${t(lang, 'review.barriers')}: ${group.level}`, group.lines);
  if (followUp) bulletList(layout, `${t(lang, 'review.followUp')}: ${followUp.summary}`, followUp.lines);
}

function conclusions(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  if (a.strengths.length === 0 && a.recommendations.length === 0) return;
  layout.heading(t(ctx.lang, 'pdf.conclusions'), 2, 40);
  bulletList(layout, t(ctx.lang, 'pdf.writtenStrengths'), a.strengths);
  bulletList(layout, t(ctx.lang, 'report.recommendations'), a.recommendations);
}

function agreement(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  const agree = a.agreement;
  if (!agree) return;
  const { lang, scale } = ctx;
  const share = (value: number | null): string =>
    value === null ? '–' : `${formatPercent(value * 100, lang)}  (${Math.round(value * agree.compared)}/${agree.compared})`;
  const list = (ids: string[]): string =>
    ids.length === 0 ? t(lang, 'pdf.none') : ids.map((id) => `${id}  ${itemTitle(scale, id, lang)}`).join('\n');
  const spec: TableSpec = {
    header: false,
    keepTogether: true,
    columns: [{ header: '', width: 190 }, { header: '' }],
    rows: [
      { cells: [{ text: t(lang, 'pdf.agreementExact'), style: TEXT.cellBold }, { text: share(agree.exact) }] },
      { cells: [{ text: t(lang, 'report.agreement.adjacent'), style: TEXT.cellBold }, { text: share(agree.adjacent) }] },
      { cells: [{ text: t(lang, 'pdf.agreementDiscuss'), style: TEXT.cellBold }, { text: list(agree.discuss) }] },
      { cells: [{ text: t(lang, 'pdf.agreementApplicability'), style: TEXT.cellBold }, { text: list(agree.applicability) }] },
      { cells: [{ text: t(lang, 'reliability.alpha.label'), style: TEXT.cellBold }, { text: `${alphaValues(agree, lang)}\n${alphaSentence(agree, lang)}` }] },
    ],
  };
  const lead = t(lang, 'pdf.agreementLead', { raters: agree.raters, compared: agree.compared });
  layout.leadSection(t(lang, 'pdf.agreement'), lead, 4, tableStartHeight(layout, spec));
  drawTable(layout, spec);
}

/** Everything after page one, from the cursor on. The method is left out where the report prints it once. */
export function drawDetailPages(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext, withMethod: boolean): void {
  domains(layout, a, ctx);
  itemMoves(layout, result, a, ctx);
  reviewParts(layout, a, ctx);
  conclusions(layout, a, ctx);
  drawItemsTable(layout, a, ctx, result.assessments.length * ctx.scale.items.length);
  agreement(layout, a, ctx);
  if (withMethod) drawMethod(layout, result, ctx, a.sources);
  drawActionPlan(layout, a, ctx);
}
