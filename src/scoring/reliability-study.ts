// A reliability study across assessments (SPEC 15): subjects (assessments, or every item of every
// assessment) x raters, and the figures researchers report of it: the six ICC forms, Krippendorff's
// alpha, and exact, adjacent and weighted agreement per pair of raters. Pure.
import type { Assessment, ItemRating } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import type { AlphaResult, AssessmentResult } from '../result/schema.js';
import { atMost } from '../shared/tolerance.js';
import { intraclassCorrelations, type IccTable } from '../statistics/icc.js';
import { krippendorffAlpha } from '../statistics/krippendorff-alpha.js';
import { quadraticWeightedKappa } from '../statistics/weighted-kappa.js';
import { compareText } from './order.js';
import { scoreAssessment } from './score-assessment.js';

export type ReliabilityBy = 'assessment' | 'item';

/** One subject: each rater's score of it (raters without a numeric score absent). */
export type Subject = ReadonlyMap<string, number>;

export interface RaterPair {
  raters: [string, string];
  /** Shares of the subjects both scored: the same score, and scores at most one point apart. */
  exact: number | null;
  adjacent: number | null;
  /** Cohen's weighted kappa with quadratic weights. */
  kappaWeighted: number | null;
}

/** The study as SPEC 15 writes it in JSON. */
export interface ReliabilityStudy {
  /** Subjects with at least one rater's score. */
  subjects: number;
  raters: string[];
  icc: IccTable;
  alpha: AlphaResult;
  pairs: RaterPair[];
}

export interface StudyOutcome {
  study: ReliabilityStudy;
  /** Subjects every rater scored: those the ICC rests on. The rest are kept for alpha and the pairs. */
  complete: number;
}

/**
 * The subjects of one assessment. By assessment: one subject, each rater's own overall score, the
 * scale's aggregation applied to that rater's scores alone (the consensus set aside). By item: each
 * item a subject, with the raters' numeric scores (N/A left out).
 */
export function subjectsOf(scale: Scale, assessment: AssessmentResult, by: ReliabilityBy): Subject[] {
  if (by === 'item') {
    return assessment.items.map(({ raters }) => {
      const scores = new Map<string, number>();
      for (const [name, answer] of Object.entries(raters)) if (answer !== 'na') scores.set(name, answer);
      return scores;
    });
  }
  const names = new Set<string>();
  for (const item of assessment.items) for (const name of Object.keys(item.raters)) names.add(name);
  const scores = new Map<string, number>();
  for (const name of names) {
    const score = scoreAssessment(scale, ownRatings(assessment, name)).overall.score;
    if (score !== null) scores.set(name, score);
  }
  return [scores];
}

/** The assessment as one rater alone rated it. */
function ownRatings(a: AssessmentResult, rater: string): Assessment {
  const ratings: Record<string, ItemRating> = {};
  for (const item of a.items) {
    const answer = item.raters[rater];
    if (answer !== undefined) ratings[item.id] = { raters: { [rater]: answer } };
  }
  return {
    team: a.team, date: a.date, kind: a.kind, status: 'complete', raters: [rater], sources: [],
    ratings, strengths: [], recommendations: [], actions: [],
  };
}

export function reliabilityStudy(all: readonly Subject[]): StudyOutcome {
  const subjects = all.filter((subject) => subject.size > 0);
  const raters = [...new Set(subjects.flatMap((subject) => [...subject.keys()]))].sort(compareText);
  const complete = subjects.filter((subject) => raters.every((name) => subject.has(name)));
  const units = subjects.map((subject) => [...subject.values()]);
  const pairs: RaterPair[] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) pairs.push(pairOf(subjects, raters[i]!, raters[j]!));
  }
  return {
    study: {
      subjects: subjects.length,
      raters,
      icc: intraclassCorrelations(complete.map((subject) => raters.map((name) => subject.get(name)!))),
      alpha: { ordinal: krippendorffAlpha(units, 'ordinal'), interval: krippendorffAlpha(units, 'interval') },
      pairs,
    },
    complete: complete.length,
  };
}

function pairOf(subjects: readonly Subject[], a: string, b: string): RaterPair {
  const both: [number, number][] = [];
  for (const subject of subjects) {
    const x = subject.get(a);
    const y = subject.get(b);
    if (x !== undefined && y !== undefined) both.push([x, y]);
  }
  // Differences of decimal scores carry floating-point noise, hence the tolerance (as in agreement.ts).
  const share = (within: number) => (both.length === 0 ? null : both.filter(([x, y]) => atMost(Math.abs(x - y), within)).length / both.length);
  return { raters: [a, b], exact: share(0), adjacent: share(1), kappaWeighted: quadraticWeightedKappa(both) };
}
