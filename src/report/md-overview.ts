// The Markdown sections about the whole result: the comparison across teams, each team's trend,
// and the method (scale, source, rules, tool), with any warnings from reading the data.
import { t } from '../i18n/catalogue.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import { localize } from '../i18n/lang.js';
import type { AssessmentResult } from '../result/schema.js';
import { latestPerTeam } from '../result/queries.js';
import type { MdScope } from './md-assessment.js';
import { escapeMd, mdFact, mdHeading, mdList, mdTable } from './md-escape.js';
import {
  aggregationText,
  kindText,
  levelRoundingText,
  levelRules,
  naRuleText,
  percentRuleText,
  scaleName,
} from './phrases.js';
import { levelName, levelReason, levelScoreText, shownChangeText } from './level-judgement.js';

function row(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  return [
    escapeMd(assessment.team),
    formatDate(assessment.date, lang),
    kindText(assessment.kind, lang),
    levelScoreText(scale, assessment.overall.score, lang),
    formatPercent(assessment.overall.percent, lang),
    // In a table the rounding rule stays in the method section; the reason stands beside its level.
    escapeMd(levelReason(scale, assessment, lang) ?? levelName(scale, assessment, lang)),
  ];
}

function headers(scope: MdScope): string[] {
  return (['report.col.team', 'report.col.date', 'report.col.kind', 'report.col.score', 'report.col.percent', 'report.col.level'] as const).map(
    (key) => t(scope.lang, key),
  );
}

const ALIGN = ['left', 'left', 'left', 'right', 'right', 'left'] as const;

/** The latest assessment of each team side by side. */
export function comparisonBlocks(scope: MdScope): string[] {
  const latest = latestPerTeam(scope.result).map((assessment) => row(scope, assessment));
  return [
    mdHeading(scope.level, t(scope.lang, 'report.comparison')),
    t(scope.lang, 'report.comparison.intro'),
    mdTable(headers(scope), latest, [...ALIGN]),
  ];
}

/** Every assessment of each team, oldest first, with its change against the previous one of its kind. */
export function trendBlocks(scope: MdScope): string[] {
  // The result is ordered by team, then date: each team's history in turn.
  const rows = scope.result.assessments.map((assessment) => [
    ...row(scope, assessment),
    shownChangeText(scope.scale, assessment.overall.score, assessment.change?.overall ?? null, scope.lang),
  ]);
  return [
    mdHeading(scope.level, t(scope.lang, 'report.trend')),
    t(scope.lang, 'report.trend.intro'),
    mdTable([...headers(scope), t(scope.lang, 'report.col.change')], rows, [...ALIGN, 'right']),
  ];
}

/** How the scores were made, so a reader can check them: scale, source, rules, tool. */
export function methodBlocks(scope: MdScope): string[] {
  const { lang, scale, result } = scope;
  const name = scaleName(scale, result, lang);
  const facts = [
    mdFact(
      t(lang, 'report.method.scale'),
      escapeMd(t(lang, 'report.method.scaleValue', { name, id: result.scale.id, version: result.scale.version })),
    ),
  ];
  if (scale.source) facts.push(mdFact(t(lang, 'report.method.source'), escapeMd(scale.source)));
  if (scale.notice) facts.push(mdFact(t(lang, 'report.method.notice'), escapeMd(localize(scale.notice, lang))));
  facts.push(
    mdFact(t(lang, 'report.method.aggregation'), aggregationText(scale, lang)),
    mdFact(t(lang, 'report.method.percent'), percentRuleText(scale, lang)),
    mdFact(t(lang, 'report.method.na'), naRuleText(lang)),
  );
  if (scale.levels.length > 0) {
    let levels = levelRules(scale, lang).map(escapeMd).join('; ');
    const rounding = levelRoundingText(scale, lang);
    if (rounding !== null) levels += `. ${rounding}`;
    facts.push(mdFact(t(lang, 'report.method.levels'), levels));
  }
  facts.push(mdFact(t(lang, 'report.method.tool'), escapeMd(`${result.tool.name} ${result.tool.version}`)));

  const blocks = [mdHeading(scope.level, t(lang, 'report.method')), mdList(facts)];
  if (!scope.showNotes) blocks.push(t(lang, 'report.method.notesLeftOut'));
  if (result.warnings.length > 0) {
    const lines = result.warnings.map((warning) => {
      const where = warning.file === undefined ? '' : `${warning.file}${warning.line === undefined ? '' : `:${warning.line}`}: `;
      return escapeMd(`${where}${warning.message}`);
    });
    blocks.push(mdHeading(scope.level + 1, t(lang, 'report.warnings')), mdList(lines));
  }
  return blocks;
}
