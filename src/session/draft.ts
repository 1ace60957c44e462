// The assessment being written: the on-disk shape (SPEC section 4) held in memory, and what the
// session asks of it (which items are answered, skipped or still to do; the raters' rounded mean).
import { ASSESSMENT_FORMAT_VERSION, type AssessmentFile, type RatingEntry } from '../assessment/schema.js';
import type { Action, Answer, Kind, Status } from '../assessment/model.js';
import type { Item, Scale } from '../scale/model.js';
import { numericAnswers } from '../scoring/score-item.js';
import { roundHalfUp } from '../shared/tolerance.js';
import { mean } from '../scoring/weighted-mean.js';

export interface Draft {
  scale: { id: string; version: string };
  team: string;
  date: string;
  kind?: Kind;
  status: Status;
  /** Empty: the team agrees one score per item. One name: that person scores. Several: each, then a consensus. */
  raters: string[];
  /** Item id -> its entry. Items not here are not yet answered. */
  ratings: Record<string, RatingEntry>;
  strengths: string[];
  recommendations: string[];
  actions: Action[];
  /** The review report's parts (SPEC 12) of a file read back, kept as they are. */
  review?: AssessmentFile['review'];
  keyMessages?: string[];
  barriers?: AssessmentFile['barriers'];
  followUp?: AssessmentFile['followUp'];
}

/** A draft from a file read back from disk (empty entries dropped). */
export function draftFromFile(data: AssessmentFile, scale: Scale): Draft {
  const ratings: Record<string, RatingEntry> = {};
  for (const [id, entry] of Object.entries(data.ratings ?? {})) if (entry) ratings[id] = entry;
  return {
    scale: { id: data.scale.id, version: data.scale.version ?? scale.version },
    team: data.team,
    date: data.date,
    ...(data.kind === undefined ? {} : { kind: data.kind }),
    status: data.status ?? 'complete',
    raters: [...(data.raters ?? [])],
    ratings,
    strengths: [...(data.strengths ?? [])],
    recommendations: [...(data.recommendations ?? [])],
    actions: (data.actions ?? []).map((a) => ({
      ...(a.item === undefined ? {} : { item: a.item }),
      action: a.action,
      ...(a.owner === undefined ? {} : { owner: a.owner }),
      ...(a.due === undefined ? {} : { due: a.due }),
      ...(a.status === undefined ? {} : { status: a.status }),
    })),
    ...(data.review === undefined ? {} : { review: structuredClone(data.review) }),
    ...(data.keyMessages === undefined ? {} : { keyMessages: [...data.keyMessages] }),
    ...(data.barriers === undefined ? {} : { barriers: structuredClone(data.barriers) }),
    ...(data.followUp === undefined ? {} : { followUp: structuredClone(data.followUp) }),
  };
}

export function draftToFile(draft: Draft): AssessmentFile {
  return {
    hfFidelityAssessment: ASSESSMENT_FORMAT_VERSION,
    scale: { ...draft.scale },
    team: draft.team,
    date: draft.date,
    ...(draft.kind === undefined ? {} : { kind: draft.kind }),
    status: draft.status,
    raters: [...draft.raters],
    ratings: structuredClone(draft.ratings),
    strengths: [...draft.strengths],
    recommendations: [...draft.recommendations],
    actions: draft.actions.map((a) => ({ ...a })),
    ...(draft.review === undefined ? {} : { review: structuredClone(draft.review) }),
    ...(draft.keyMessages === undefined ? {} : { keyMessages: [...draft.keyMessages] }),
    ...(draft.barriers === undefined ? {} : { barriers: structuredClone(draft.barriers) }),
    ...(draft.followUp === undefined ? {} : { followUp: structuredClone(draft.followUp) }),
  };
}

/** Several raters: each gives a score, then the team agrees a consensus. */
export function hasPanel(draft: Draft): boolean {
  return draft.raters.length >= 2;
}

/** The agreed answer of an entry: its score, or N/A. */
export function answerOf(entry: RatingEntry | undefined): Answer | undefined {
  if (!entry || entry.skipped) return undefined;
  if (entry.na === true) return 'na';
  return entry.score;
}

export function isAnswered(entry: RatingEntry | undefined): boolean {
  return answerOf(entry) !== undefined;
}

export function isSkipped(entry: RatingEntry | undefined): boolean {
  return entry?.skipped === true;
}

/** A shared score that differs from the rounded mean of two or more raters needs a note saying why. */
export function noteRequired(answer: Answer, raters: Readonly<Record<string, Answer>>, item: Item): boolean {
  if (Object.keys(raters).length < 2) return false;
  const { answer: suggested } = suggestedConsensus(raters, item);
  return suggested !== undefined && suggested !== answer;
}

/** Highest minus lowest numeric rater score (0 with fewer than two). */
export function raterSpread(raters: Readonly<Record<string, Answer>>): number {
  const numbers = Object.values(raters).filter((a): a is number => typeof a === 'number');
  return numbers.length >= 2 ? Math.max(...numbers) - Math.min(...numbers) : 0;
}

/**
 * A required note that is missing: only when Ctrl-C came before it was written; the item is then not
 * finished. Required when the agreed score is not the rounded mean, or the raters were two points apart.
 */
function lacksRequiredNote(entry: RatingEntry | undefined, item: Item): boolean {
  const answer = answerOf(entry);
  if (!entry || answer === undefined || (entry.note ?? '').trim() !== '') return false;
  return noteRequired(answer, entry.raters ?? {}, item) || raterSpread(entry.raters ?? {}) >= 2;
}

/** Items still to ask in the main pass: neither answered nor skipped (or a required note missing), in scale order. */
export function pendingItems(scale: Scale, draft: Draft): Item[] {
  return scale.items.filter((item) => {
    const entry = draft.ratings[item.id];
    return (!isAnswered(entry) && !isSkipped(entry)) || lacksRequiredNote(entry, item);
  });
}

export function skippedItems(scale: Scale, draft: Draft): Item[] {
  return scale.items.filter((item) => isSkipped(draft.ratings[item.id]));
}

/** The raters' numeric mean, and the answer it suggests as consensus: the rounded mean (half up), or N/A if all said N/A. */
export function suggestedConsensus(raters: Readonly<Record<string, Answer>>, item: Item): { mean: number | null; answer: Answer | undefined } {
  const avg = mean(numericAnswers(raters));
  if (avg === null) return { mean: null, answer: Object.keys(raters).length > 0 && item.na ? 'na' : undefined };
  return { mean: avg, answer: Math.min(item.rating.max, Math.max(item.rating.min, roundHalfUp(avg))) };
}
