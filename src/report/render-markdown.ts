// The Markdown report (SPEC 9): pipe tables and plain Markdown only, so it reads the same on GitHub
// and through pandoc. One assessment gets a report of its own; several get a comparison first.
import { t } from '../i18n/catalogue.js';
import type { Result } from '../result/schema.js';
import { assessmentBlocks, summaryAssessmentBlocks, type MdScope } from './md-assessment.js';
import { latestPerTeam, teamsOf } from '../result/queries.js';
import { escapeMd, mdHeading } from './md-escape.js';
import { comparisonBlocks, methodBlocks, trendBlocks } from './md-overview.js';
import type { Renderer, RenderContext } from './render-context.js';
import '../i18n/messages/report.js';
import { scaleName } from './phrases.js';

export function markdownReport(result: Result, ctx: RenderContext): string {
  const several = result.assessments.length > 1;
  const scope: MdScope = {
    result,
    scale: ctx.scale,
    lang: ctx.lang,
    showNotes: ctx.notes !== false,
    // One assessment: its title is the document's title. Several: a report title, then one
    // second-level section per assessment.
    level: several ? 2 : 1,
  };
  const blocks: string[] = [];
  if (several || result.assessments.length === 0) {
    const scale = scaleName(ctx.scale, result, ctx.lang);
    blocks.push(mdHeading(1, escapeMd(t(ctx.lang, 'report.title.several', { scale }))));
  }
  if (ctx.summary) {
    // The leaders' version: the comparison of teams where there are several, then each team's latest round.
    if (teamsOf(result).length > 1) blocks.push(...comparisonBlocks(scope));
    for (const assessment of latestPerTeam(result)) blocks.push(...summaryAssessmentBlocks(scope, assessment));
    return `${blocks.join('\n\n')}\n`;
  }
  if (several) blocks.push(...comparisonBlocks(scope), ...trendBlocks(scope));
  for (const assessment of result.assessments) blocks.push(...assessmentBlocks(scope, assessment));
  blocks.push(...methodBlocks({ ...scope, level: 2 }));
  return `${blocks.join('\n\n')}\n`;
}

export const renderMarkdown: Renderer = (result, ctx) => markdownReport(result, ctx);
