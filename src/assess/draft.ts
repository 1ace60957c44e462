// The assessment being written: the on-disk shape (SPEC section 4) held in memory, and what the
// session asks of it (which items are answered, skipped or still to do; the raters' rounded mean).
import type { AssessmentFile, RatingEntry } from '../assessment/schema.js';
import type { Answer, Kind, Status } from '../assessment/model.js';
import type { Item, Scale } from '../scale/model.js';

export interface DraftAction {
  item?: string;
  action: string;
  owner?: string;
  due?: string;
}

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
  actions: DraftAction[];
}

function isoDate(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** A draft from a file read back from disk (dates as text, empty entries dropped). */
export function draftFromFile(data: AssessmentFile, scale: Scale): Draft {
  const ratings: Record<string, RatingEntry> = {};
  for (const [id, entry] of Object.entries(data.ratings ?? {})) if (entry) ratings[id] = entry;
  return {
    scale: { id: data.scale.id, version: data.scale.version ?? scale.version },
    team: data.team,
    date: isoDate(data.date),
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
      ...(a.due === undefined ? {} : { due: isoDate(a.due) }),
    })),
  };
}

export function draftToFile(draft: Draft): AssessmentFile {
  return {
    hfFidelityAssessment: 1,
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

/**
 * A shared score that differs from the raters' rounded mean needs a note saying why. It can lack one
 * only when Ctrl-C came at the note; the item is then not finished.
 */
export function lacksRequiredNote(entry: RatingEntry | undefined, item: Item): boolean {
  const answer = answerOf(entry);
  if (!entry || answer === undefined || (entry.note ?? '').trim() !== '') return false;
  const raters = entry.raters ?? {};
  if (Object.keys(raters).length < 2) return false;
  const { answer: suggested } = suggestedConsensus(raters, item);
  return suggested !== undefined && suggested !== answer;
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

export function answeredCount(scale: Scale, draft: Draft): number {
  return scale.items.filter((item) => isAnswered(draft.ratings[item.id])).length;
}

/** The raters' numeric mean, and the answer it suggests as consensus: the rounded mean, or N/A if all said N/A. */
export function suggestedConsensus(raters: Readonly<Record<string, Answer>>, item: Item): { mean: number | null; answer: Answer | undefined } {
  const answers = Object.values(raters);
  const numbers = answers.filter((a): a is number => a !== 'na');
  if (numbers.length === 0) return { mean: null, answer: answers.length > 0 && item.na ? 'na' : undefined };
  const mean = numbers.reduce((s, n) => s + n, 0) / numbers.length;
  // Half rounds up (2.5 -> 3); the tiny epsilon keeps 2.4999999 from float noise off the boundary.
  const rounded = Math.floor(mean + 0.5 + 1e-9);
  return { mean, answer: Math.min(item.rating.max, Math.max(item.rating.min, rounded)) };
}
