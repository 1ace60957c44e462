// Assessments for scoring tests: a number or 'na' is a consensus, an object spells out raters.
import type { Answer, Assessment, ItemRating, Kind, Status } from '../../src/assessment/model.js';

export type RatingSpec = Answer | { raters?: Record<string, Answer>; consensus?: Answer; note?: string };

export interface AssessmentSpec {
  team?: string;
  date?: string | null;
  kind?: Kind | null;
  status?: Status;
  /** Defaults to every rater named in the ratings, in the order first named. */
  raters?: string[];
  sources?: string[];
  ratings?: Record<string, RatingSpec>;
}

export function buildAssessment(spec: AssessmentSpec = {}): Assessment {
  const ratings: Record<string, ItemRating> = {};
  for (const [id, rating] of Object.entries(spec.ratings ?? {})) {
    ratings[id] =
      typeof rating === 'object'
        ? {
            raters: { ...(rating.raters ?? {}) },
            ...(rating.consensus === undefined ? {} : { consensus: rating.consensus }),
            ...(rating.note === undefined ? {} : { note: rating.note }),
          }
        : { consensus: rating, raters: {} };
  }
  const named = [...new Set(Object.values(ratings).flatMap((rating) => Object.keys(rating.raters)))];
  return {
    team: spec.team ?? 'Team',
    date: spec.date === undefined ? '2026-01-15' : spec.date,
    kind: spec.kind === undefined ? 'self' : spec.kind,
    status: spec.status ?? 'complete',
    raters: spec.raters ?? named,
    sources: spec.sources ?? ['test.yaml'],
    ratings,
    strengths: [],
    recommendations: [],
    actions: [],
  };
}

/** Consensus scores for items named by a prefix and position: scores('os', [5, 3.3]) -> { os1: 5, os2: 3.3 }. */
export function consensusScores(prefix: string, scores: readonly Answer[]): Record<string, Answer> {
  return Object.fromEntries(scores.map((score, index) => [`${prefix}${index + 1}`, score]));
}
