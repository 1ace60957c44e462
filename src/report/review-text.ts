// The review report's parts (SPEC 12) as plain text, for every renderer: barriers by level, last
// round's plan followed up, and how the review was made. Markdown escapes these; the PDF sets them.
import { t, type MessageKey } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ActionStatus } from '../assessment/model.js';
import type { AssessmentResult } from '../result/schema.js';

export const STATUS_TEXT = {
  planned: 'review.status.planned',
  started: 'review.status.started',
  done: 'review.status.done',
  dropped: 'review.status.dropped',
} as const satisfies Record<ActionStatus, MessageKey>;

type BarrierLevel = NonNullable<AssessmentResult['barriers']>[number]['level'];

export const BARRIER_LEVEL = {
  systemic: 'review.barrier.systemic',
  organisational: 'review.barrier.organisational',
  individual: 'review.barrier.individual',
} as const satisfies Record<BarrierLevel, MessageKey>;

const EVIDENCE = {
  staffInterviews: 'review.evidence.staffInterviews',
  participantInterviews: 'review.evidence.participantInterviews',
  partnerInterviews: 'review.evidence.partnerInterviews',
  recordsReviewed: 'review.evidence.recordsReviewed',
  teamMeetingsObserved: 'review.evidence.teamMeetingsObserved',
} as const satisfies Record<string, MessageKey>;

/** Barriers grouped by level, in the order systemic, organisational, individual; each line with owner and items. */
export function barrierGroups(a: AssessmentResult, lang: Lang): { level: string; lines: string[] }[] {
  const barriers = a.barriers ?? [];
  return (['systemic', 'organisational', 'individual'] as const)
    .map((level) => ({
      level: t(lang, BARRIER_LEVEL[level]),
      lines: barriers
        .filter((b) => b.level === level)
        .map((b) => {
          const extra = [
            b.owner ? t(lang, 'review.barrier.owner', { owner: b.owner }) : '',
            b.items && b.items.length > 0 ? t(lang, 'review.barrier.items', { items: b.items.join(', ') }) : '',
          ].filter(Boolean);
          return extra.length > 0 ? `${b.text} (${extra.join('; ')})` : b.text;
        }),
    }))
    .filter((group) => group.lines.length > 0);
}

/** Last round's plan as it stands: "3 of 4 actions done", then each action with its status and note; null without one. */
export function followUpText(a: AssessmentResult, lang: Lang): { summary: string; lines: string[] } | null {
  if (!a.followUp || a.followUp.length === 0) return null;
  const done = a.followUp.filter((f) => f.status === 'done').length;
  const lines = a.followUp.map((f) => {
    const lead = f.item ? `${f.item}: ${f.action}` : f.action;
    return `${lead}: ${t(lang, STATUS_TEXT[f.status])}${f.note ? `, ${f.note}` : ''}`;
  });
  return { summary: t(lang, 'review.followUp.done', { done, count: a.followUp.length }), lines };
}

/** How the review was made, as label and value: visits, reviewers, evidence, documents, conciliation, limitations. */
export function reviewMethodFacts(a: AssessmentResult, lang: Lang): { label: string; value: string }[] {
  const review = a.review;
  if (!review) return [];
  const facts: { label: string; value: string }[] = [];
  const fact = (key: MessageKey, value: string) => facts.push({ label: t(lang, key), value });
  if (review.visits && review.visits.length > 0) fact('review.visits', review.visits.map((d) => formatDate(d, lang)).join(', '));
  if (review.reviewers && review.reviewers.length > 0) {
    fact('review.reviewers', review.reviewers.map((r) => [r.name, r.role, r.organisation].filter(Boolean).join(', ')).join('; '));
  }
  const evidence = review.evidence;
  if (evidence) {
    const counts = (Object.keys(EVIDENCE) as (keyof typeof EVIDENCE)[])
      .filter((key) => evidence[key] !== undefined)
      .map((key) => t(lang, EVIDENCE[key], { count: evidence[key]! }));
    if (counts.length > 0) fact('review.evidence', counts.join(', '));
    if (evidence.documents && evidence.documents.length > 0) fact('review.documents', evidence.documents.join('; '));
  }
  if (review.conciliation) fact('review.conciliation', formatDate(review.conciliation, lang));
  if (review.limitations) fact('review.limitations', review.limitations);
  return facts;
}
