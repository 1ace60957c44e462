// The Markdown sections of a review report (SPEC 12): the reviewers' key messages, the barriers the
// team does not control alone, the follow-up of last round's plan, and how the review was made. All
// public: they are shown with --no-notes too. The words are review-text.ts's, shared with the PDF.
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { AssessmentResult } from '../result/schema.js';
import type { MdScope } from './md-assessment.js';
import { escapeMd, mdFact, mdHeading, mdList } from './md-escape.js';
import { barrierGroups, followUpText, reviewMethodFacts } from './review-text.js';

export { STATUS_TEXT } from './review-text.js';

const heading = (scope: MdScope, key: MessageKey): string => mdHeading(scope.level + 1, t(scope.lang, key));

/** The reviewers' own key messages: they lead the summary. */
export function keyMessageBlocks(scope: MdScope, a: AssessmentResult): string[] {
  if (!a.keyMessages || a.keyMessages.length === 0) return [];
  return [mdHeading(scope.level + 2, t(scope.lang, 'review.keyMessages')), mdList(a.keyMessages.map(escapeMd))];
}

/** Barriers by level (systemic, organisational, individual), each with its owner and items. */
export function barrierBlocks(scope: MdScope, a: AssessmentResult): string[] {
  const groups = barrierGroups(a, scope.lang);
  if (groups.length === 0) return [];
  return [heading(scope, 'review.barriers'), ...groups.flatMap((g) => [`**${escapeMd(g.level)}**`, mdList(g.lines.map(escapeMd))])];
}

/** Last round's plan as it stands: "3 of 4 actions done", then each action with its status and note. */
export function followUpBlocks(scope: MdScope, a: AssessmentResult): string[] {
  const followUp = followUpText(a, scope.lang);
  if (!followUp) return [];
  return [heading(scope, 'review.followUp'), followUp.summary, mdList(followUp.lines.map(escapeMd))];
}

/** How the review was made: visits, reviewers with role and organisation, evidence, documents, conciliation, limitations. */
export function reviewMethodBlocks(scope: MdScope, a: AssessmentResult): string[] {
  const facts = reviewMethodFacts(a, scope.lang);
  return facts.length === 0 ? [] : [heading(scope, 'review.method'), mdList(facts.map((f) => mdFact(f.label, escapeMd(f.value))))];
}
