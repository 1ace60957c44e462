// The Markdown sections of a review report (SPEC 12): the reviewers' key messages, the barriers the
// team does not control alone, the follow-up of last round's plan, and how the review was made. All
// public: they are shown with --no-notes too.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format.js';
import type { ActionStatus } from '../assessment/model.js';
import type { AssessmentResult } from '../result/schema.js';
import type { MdScope } from './md-assessment.js';
import { escapeMd, mdFact, mdHeading, mdList } from './md-escape.js';

export const STATUS_TEXT = {
  planned: 'review.status.planned',
  started: 'review.status.started',
  done: 'review.status.done',
  dropped: 'review.status.dropped',
} as const satisfies Record<ActionStatus, MessageKey>;

const BARRIER_LEVEL = {
  systemic: 'review.barrier.systemic',
  organisational: 'review.barrier.organisational',
  individual: 'review.barrier.individual',
} as const satisfies Record<NonNullable<AssessmentResult['barriers']>[number]['level'], MessageKey>;

const EVIDENCE = {
  staffInterviews: 'review.evidence.staffInterviews',
  participantInterviews: 'review.evidence.participantInterviews',
  partnerInterviews: 'review.evidence.partnerInterviews',
  recordsReviewed: 'review.evidence.recordsReviewed',
  teamMeetingsObserved: 'review.evidence.teamMeetingsObserved',
} as const satisfies Record<string, MessageKey>;

const heading = (scope: MdScope, key: MessageKey): string => mdHeading(scope.level + 1, t(scope.lang, key));

/** The reviewers' own key messages: they lead the summary. */
export function keyMessageBlocks(scope: MdScope, a: AssessmentResult): string[] {
  if (!a.keyMessages || a.keyMessages.length === 0) return [];
  return [mdHeading(scope.level + 2, t(scope.lang, 'review.keyMessages')), mdList(a.keyMessages.map(escapeMd))];
}

/** Barriers by level (systemic, organisational, individual), each with its owner and items. */
export function barrierBlocks(scope: MdScope, a: AssessmentResult): string[] {
  if (!a.barriers || a.barriers.length === 0) return [];
  const { lang } = scope;
  const blocks = [heading(scope, 'review.barriers')];
  for (const level of ['systemic', 'organisational', 'individual'] as const) {
    const these = a.barriers.filter((b) => b.level === level);
    if (these.length === 0) continue;
    const lines = these.map((b) => {
      const extra = [
        b.owner ? t(lang, 'review.barrier.owner', { owner: b.owner }) : '',
        b.items && b.items.length > 0 ? t(lang, 'review.barrier.items', { items: b.items.join(', ') }) : '',
      ].filter(Boolean);
      return escapeMd(extra.length > 0 ? `${b.text} (${extra.join('; ')})` : b.text);
    });
    blocks.push(`**${escapeMd(t(lang, BARRIER_LEVEL[level]))}**`, mdList(lines));
  }
  return blocks;
}

/** Last round's plan as it stands: "3 of 4 actions done", then each action with its status and note. */
export function followUpBlocks(scope: MdScope, a: AssessmentResult): string[] {
  if (!a.followUp || a.followUp.length === 0) return [];
  const { lang } = scope;
  const done = a.followUp.filter((f) => f.status === 'done').length;
  const lines = a.followUp.map((f) => {
    const status = t(lang, STATUS_TEXT[f.status]);
    const lead = f.item ? `${f.item}: ${f.action}` : f.action;
    return escapeMd(`${lead}: ${status}${f.note ? `, ${f.note}` : ''}`);
  });
  return [heading(scope, 'review.followUp'), t(lang, 'review.followUp.done', { done, count: a.followUp.length }), mdList(lines)];
}

/** How the review was made: visits, reviewers with role and organisation, evidence, documents, conciliation, limitations. */
export function reviewMethodBlocks(scope: MdScope, a: AssessmentResult): string[] {
  const review = a.review;
  if (!review) return [];
  const { lang } = scope;
  const facts: string[] = [];
  if (review.visits && review.visits.length > 0) facts.push(mdFact(t(lang, 'review.visits'), review.visits.map((d) => formatDate(d, lang)).join(', ')));
  if (review.reviewers && review.reviewers.length > 0) {
    const who = review.reviewers.map((r) => [r.name, r.role, r.organisation].filter(Boolean).join(', '));
    facts.push(mdFact(t(lang, 'review.reviewers'), escapeMd(who.join('; '))));
  }
  const evidence = review.evidence;
  if (evidence) {
    const counts = (Object.keys(EVIDENCE) as (keyof typeof EVIDENCE)[])
      .filter((key) => evidence[key] !== undefined)
      .map((key) => t(lang, EVIDENCE[key], { count: evidence[key]! }));
    if (counts.length > 0) facts.push(mdFact(t(lang, 'review.evidence'), counts.join(', ')));
    if (evidence.documents && evidence.documents.length > 0) facts.push(mdFact(t(lang, 'review.documents'), escapeMd(evidence.documents.join('; '))));
  }
  if (review.conciliation) facts.push(mdFact(t(lang, 'review.conciliation'), formatDate(review.conciliation, lang)));
  if (review.limitations) facts.push(mdFact(t(lang, 'review.limitations'), escapeMd(review.limitations)));
  return facts.length === 0 ? [] : [heading(scope, 'review.method'), mdList(facts)];
}
