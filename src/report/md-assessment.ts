// The Markdown sections of one assessment: title, summary, domains, principles, strengths, what to
// improve, items, agreement, change, next assessment and the action plan.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { formatChangeOf, formatDate, formatPercent } from '../i18n/format.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult, ItemResult, Result } from '../result/schema.js';
import { itemById } from '../scale/lookup.js';
import { levelScoreText, levelWithReason, shownChangeText, tieText } from './level-judgement.js';
import { itemChanges, itemTotal, topShare } from './item-totals.js';
import { itemChangeSummary, itemMoveText, topShareLabel, topShareText, totalText } from './item-totals-text.js';
import { barrierBlocks, followUpBlocks, keyMessageBlocks, reviewMethodBlocks, STATUS_TEXT } from './md-review.js';
import { improvements, strengths, type ItemFact } from './facts.js';
import { alphaSentence, alphaValues } from './alpha-text.js';
import { escapeMd, mdFact, mdHeading, mdList, mdTable } from './md-escape.js';
import {
  completenessText,
  formatScore,
  itemScoreText,
  kindText,
  domainName,
  itemTitle,
  principleName,
  overallScoreOf,
  overallSentence,
  raterAnswerText,
  scaleName,
  scoreOf,
} from './phrases.js';

/** What every section needs: the result, the scale, the language, the privacy choice, the heading depth. */
export interface MdScope {
  result: Result;
  scale: Scale;
  lang: Lang;
  /** Notes and individual raters' scores are shown unless --no-notes. */
  showNotes: boolean;
  /** Heading level of the assessment's title; its sections sit one below. */
  level: number;
}

/** The leaders' version of one assessment (`--summary`): what page one of the PDF holds. */
export function summaryAssessmentBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  return [
    ...titleBlocks(scope, assessment),
    ...summaryBlocks(scope, assessment),
    ...principleBlocks(scope, assessment),
    ...strengthBlocks(scope, assessment),
    ...improvementBlocks(scope, assessment),
    ...followUpBlocks(scope, assessment),
  ];
}

/** Blocks of one assessment, each a paragraph, list or table, to be joined by blank lines. */
export function assessmentBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  return [
    ...titleBlocks(scope, assessment),
    ...summaryBlocks(scope, assessment),
    ...domainBlocks(scope, assessment),
    ...principleBlocks(scope, assessment),
    ...strengthBlocks(scope, assessment),
    ...improvementBlocks(scope, assessment),
    ...itemBlocks(scope, assessment),
    ...barrierBlocks(scope, assessment),
    ...commentBlocks(scope, assessment),
    ...agreementBlocks(scope, assessment),
    ...changeBlocks(scope, assessment),
    ...nextDueBlocks(scope, assessment),
    ...followUpBlocks(scope, assessment),
    ...actionBlocks(scope, assessment),
    ...reviewMethodBlocks(scope, assessment),
  ];
}

function assessmentTitle(assessment: AssessmentResult, lang: Lang): string {
  const parts = [escapeMd(assessment.team), kindText(assessment.kind, lang)];
  const title = parts.join(' – ');
  return assessment.date === null ? title : `${title}, ${formatDate(assessment.date, lang)}`;
}

/** "**hp1** Housing choice": an item's id and title, escaped. */
function itemLabel(scale: Scale, id: string, lang: Lang): string {
  const item = itemById(scale, id);
  const title = item ? localize(item.title, lang) : '';
  return title === '' ? `**${escapeMd(id)}**` : `**${escapeMd(id)}** ${escapeMd(title)}`;
}

function section(scope: MdScope, key: MessageKey): string {
  return mdHeading(scope.level + 1, t(scope.lang, key));
}

function titleBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const facts = [
    mdFact(t(lang, 'report.meta.scale'), escapeMd(scaleName(scale, scope.result, lang))),
    mdFact(t(lang, 'report.meta.date'), formatDate(assessment.date, lang)),
    mdFact(t(lang, 'report.meta.kind'), kindText(assessment.kind, lang)),
  ];
  // Raters' names are shown even with --no-notes; only what each of them scored is private.
  if (assessment.raters.length > 0) {
    facts.push(mdFact(t(lang, 'report.meta.raters'), assessment.raters.map(escapeMd).join(', ')));
  }
  const blocks = [mdHeading(scope.level, assessmentTitle(assessment, lang)), mdList(facts)];
  if (assessment.status === 'in-progress') {
    blocks.push(`> **${t(lang, 'report.warning')}:** ${t(lang, 'report.inProgress')}`);
  }
  return blocks;
}

function summaryBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const { overall } = assessment;
  const facts = [
    mdFact(t(lang, 'report.label.overall'), escapeMd(overallScoreOf(scale, assessment, lang))),
    mdFact(t(lang, 'report.label.percent'), formatPercent(overall.percent, lang)),
    mdFact(t(lang, 'report.label.level'), escapeMd(levelWithReason(scale, assessment, lang))),
    mdFact(t(lang, 'report.label.completeness'), completenessText(assessment, lang)),
  ];
  const total = itemTotal(scale, assessment);
  if (total) facts.push(mdFact(t(lang, 'report.label.total'), totalText(total, lang)));
  const share = topShare(scale, assessment);
  if (share) facts.push(mdFact(topShareLabel(share, lang), topShareText(share, lang)));
  if (overall.criticalBelow.length > 0) {
    const items = overall.criticalBelow.map((id) => `${itemLabel(scale, id, lang)} (${itemScore(assessment, id, lang)})`);
    facts.push(mdFact(t(lang, 'report.label.critical'), items.join('; ')));
  }
  if (assessment.nextDue !== null) facts.push(mdFact(t(lang, 'report.label.nextDue'), formatDate(assessment.nextDue, lang)));
  return [section(scope, 'report.summary'), ...keyMessageBlocks(scope, assessment), escapeMd(overallSentence(scale, assessment, lang)), mdList(facts)];
}

function itemScore(assessment: AssessmentResult, id: string, lang: Lang): string {
  const item = assessment.items.find((i) => i.id === id);
  return item ? itemScoreText(item, lang) : '–';
}

function domainBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const headers = ['report.col.domain', 'report.col.score', 'report.col.percent', 'report.col.rated', 'report.col.na', 'report.col.missing'] as const;
  const rows = assessment.domains.map((domain) => [
    escapeMd(domainName(scale, domain.id, lang)),
    scoreOf(domain.score, domain.range.max, lang),
    formatPercent(domain.percent, lang),
    String(domain.rated),
    String(domain.na),
    String(domain.missing),
  ]);
  return [
    section(scope, 'report.domains'),
    mdTable(headers.map((key) => t(lang, key)), rows, ['left', 'right', 'right', 'right', 'right', 'right']),
  ];
}

function principleBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  if (assessment.principles.length === 0) return [];
  const rows = assessment.principles.map((principle) => [
    escapeMd(principleName(scale, principle.id, lang)),
    formatScore(principle.score, lang),
    String(principle.rated),
  ]);
  const headers = (['report.col.principle', 'report.col.score', 'report.col.ratedItems'] as const).map((key) => t(lang, key));
  return [section(scope, 'report.principles'), mdTable(headers, rows, ['left', 'right', 'right'])];
}

function factLine(scope: MdScope, fact: ItemFact): string {
  return `${itemLabel(scope.scale, fact.item.id, scope.lang)}: ${scoreOf(fact.score, fact.item.rating.max, scope.lang)}`;
}

function strengthBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const top = strengths(scale, assessment);
  const blocks = [section(scope, 'report.strengths')];
  if (top.length === 0) blocks.push(t(lang, 'report.strengths.none'));
  else {
    const tie = tieText(assessment.highlights.strengths, assessment, lang);
    blocks.push(t(lang, 'report.strengths.intro'), mdList([...top.map((fact) => factLine(scope, fact)), ...(tie ? [tie] : [])]));
  }
  if (assessment.strengths.length > 0) {
    blocks.push(mdHeading(scope.level + 2, t(lang, 'report.strengths.noted')), mdList(assessment.strengths.map(escapeMd)));
  }
  return blocks;
}

function improvementBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const low = improvements(scale, assessment);
  const blocks = [section(scope, 'report.improve')];
  if (low.length === 0) {
    blocks.push(t(lang, 'report.improve.none'));
  } else {
    const lines = low.map((fact) => {
      if (fact.nextScore === null) return factLine(scope, fact);
      const score = String(fact.nextScore);
      const next =
        fact.nextAnchor === null
          ? t(lang, 'report.improve.nextNoAnchor', { score })
          : t(lang, 'report.improve.next', { score, anchor: escapeMd(localize(fact.nextAnchor, lang)) });
      return `${factLine(scope, fact)}. ${next}`;
    });
    const tie = tieText(assessment.highlights.improve, assessment, lang);
    blocks.push(t(lang, 'report.improve.intro'), mdList([...lines, ...(tie ? [tie] : [])]));
  }
  if (assessment.recommendations.length > 0) {
    blocks.push(mdHeading(scope.level + 2, t(lang, 'report.recommendations')), mdList(assessment.recommendations.map(escapeMd)));
  }
  return blocks;
}

/** Every rater named in the assessment or in any rating, in the order first seen. */
function allRaters(assessment: AssessmentResult): string[] {
  const names = new Set(assessment.raters);
  for (const item of assessment.items) for (const name of Object.keys(item.raters)) names.add(name);
  return [...names];
}

function itemBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale, showNotes } = scope;
  const raters = showNotes ? allRaters(assessment) : [];
  const headers = [t(lang, 'report.col.item'), t(lang, 'report.col.title'), t(lang, 'report.col.score')];
  const align: ('left' | 'right')[] = ['left', 'left', 'right'];
  if (raters.length > 0) {
    headers.push(...raters.map(escapeMd), t(lang, 'report.col.spread'));
    align.push(...raters.map(() => 'right' as const), 'right');
  }
  const rationale = assessment.items.some((item) => item.rationale !== undefined);
  const recommendation = assessment.items.some((item) => item.recommendation !== undefined);
  if (rationale) {
    headers.push(t(lang, 'review.col.rationale'));
    align.push('left');
  }
  if (recommendation) {
    headers.push(t(lang, 'review.col.recommendation'));
    align.push('left');
  }
  if (showNotes) {
    headers.push(t(lang, 'report.col.note'));
    align.push('left');
  }
  const row = (item: ItemResult): string[] => {
    const mark = itemById(scale, item.id)?.adapted ? ` ${t(lang, 'adapted.mark')}` : '';
    const cells = [escapeMd(item.id), `${escapeMd(itemTitle(scale, item.id, lang))}${mark}`, itemScoreText(item, lang)];
    if (raters.length > 0) {
      cells.push(...raters.map((name) => raterAnswerText(item.raters[name], lang)));
      cells.push(item.spread === null ? '' : formatScore(item.spread, lang));
    }
    if (rationale) cells.push(escapeMd(item.rationale ?? ''));
    if (recommendation) cells.push(escapeMd(item.recommendation ?? ''));
    if (showNotes) cells.push(item.note === null ? '' : escapeMd(item.note));
    return cells;
  };

  const blocks = [section(scope, 'report.items')];
  // Domains in the scale's order; an item whose domain the scale lacks still gets listed under its id.
  const domainIds = [...new Set(assessment.items.map((item) => item.domain))];
  for (const id of domainIds) {
    blocks.push(mdHeading(scope.level + 2, escapeMd(domainName(scale, id, lang))));
    blocks.push(mdTable(headers, assessment.items.filter((item) => item.domain === id).map(row), align));
  }
  // One legend line under the items tables, when an item is marked adapted.
  if (assessment.items.some((item) => itemById(scale, item.id)?.adapted)) blocks.push(escapeMd(t(lang, 'adapted.legend')));
  return blocks;
}

function percentOrNone(value: number | null, lang: Lang): string {
  return value === null ? '–' : formatPercent(value * 100, lang);
}

function itemList(scope: MdScope, ids: readonly string[]): string {
  return ids.length === 0 ? t(scope.lang, 'report.value.none') : ids.map((id) => itemLabel(scope.scale, id, scope.lang)).join('; ');
}

/** The raters' comments on the whole assessment (a data file's note column): private, like notes. */
function commentBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  if (!scope.showNotes || assessment.comments.length === 0) return [];
  const lines = assessment.comments.map(({ rater, text }) => `**${escapeMd(rater)}:** ${escapeMd(text)}`);
  return [section(scope, 'kept.commentsHeading'), mdList(lines)];
}

function agreementBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang } = scope;
  const agreement = assessment.agreement;
  if (agreement === null) return [];
  const facts = [
    mdFact(t(lang, 'report.agreement.raters'), String(agreement.raters)),
    mdFact(t(lang, 'report.agreement.compared'), String(agreement.compared)),
    mdFact(t(lang, 'report.agreement.exact'), percentOrNone(agreement.exact, lang)),
    mdFact(t(lang, 'report.agreement.adjacent'), percentOrNone(agreement.adjacent, lang)),
    mdFact(t(lang, 'report.agreement.discuss'), itemList(scope, agreement.discuss)),
    mdFact(t(lang, 'report.agreement.applicability'), itemList(scope, agreement.applicability)),
    mdFact(t(lang, 'reliability.alpha.label'), alphaValues(agreement, lang)),
  ];
  return [section(scope, 'report.agreement'), mdList(facts), escapeMd(alphaSentence(agreement, lang))];
}

function changeBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  const change = assessment.change;
  if (change === null) return [];
  const from = formatDate(change.from, lang);
  const now = assessment.overall.score;
  // change.overall is now - before (null where either is), so the score before follows from it.
  const before = now !== null && change.overall !== null ? now - change.overall : null;
  const sentence =
    change.overall === null
      ? t(lang, 'report.change.noOverall', { from })
      : t(lang, 'report.change.sentence', {
          from,
          change: shownChangeText(scale, now, change.overall, lang),
          before: levelScoreText(scale, before, lang),
          now: levelScoreText(scale, now, lang),
        });
  const blocks = [section(scope, 'report.change'), sentence];
  const moved = itemChanges(scope.result, assessment);
  if (moved) {
    blocks.push(itemChangeSummary(moved, lang));
    for (const [key, moves] of [['report.itemChange.up', moved.up], ['report.itemChange.down', moved.down]] as const) {
      if (moves.length > 0) blocks.push(`**${t(lang, key)}**`, mdList(moves.map((m) => escapeMd(itemMoveText(scale, m, lang)))));
    }
  }
  const headers = (key: MessageKey): string[] => [t(lang, key), t(lang, 'report.col.score'), t(lang, 'report.col.change')];
  const domainRows = assessment.domains.map((domain) => [
    escapeMd(domainName(scale, domain.id, lang)),
    formatScore(domain.score, lang),
    formatChangeOf(domain.score, change.domains[domain.id], lang),
  ]);
  blocks.push(mdTable(headers('report.col.domain'), domainRows, ['left', 'right', 'right']));
  if (assessment.principles.length > 0) {
    const principleRows = assessment.principles.map((principle) => [
      escapeMd(principleName(scale, principle.id, lang)),
      formatScore(principle.score, lang),
      formatChangeOf(principle.score, change.principles[principle.id], lang),
    ]);
    blocks.push(mdTable(headers('report.col.principle'), principleRows, ['left', 'right', 'right']));
  }
  return blocks;
}

function nextDueBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  if (assessment.nextDue === null) return [];
  return [
    section(scope, 'report.nextDue'),
    t(scope.lang, 'report.nextDue.sentence', { date: formatDate(assessment.nextDue, scope.lang) }),
  ];
}

function actionBlocks(scope: MdScope, assessment: AssessmentResult): string[] {
  const { lang, scale } = scope;
  if (assessment.actions.length === 0) return [];
  const withStatus = assessment.actions.some((action) => action.status !== undefined);
  const headers = (['report.col.item', 'report.col.action', 'report.col.owner', 'report.col.due'] as const).map((key) => t(lang, key));
  if (withStatus) headers.push(t(lang, 'review.col.status'));
  const rows = assessment.actions.map((action) => [
    action.item === undefined ? '' : itemLabel(scale, action.item, lang),
    escapeMd(action.action),
    action.owner === undefined ? '' : escapeMd(action.owner),
    action.due === undefined ? '' : formatDate(action.due, lang),
    ...(withStatus ? [action.status === undefined ? '' : t(lang, STATUS_TEXT[action.status])] : []),
  ]);
  return [section(scope, 'report.actions'), mdTable(headers, rows)];
}
