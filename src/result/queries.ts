// Questions every renderer asks of a result: the teams, each team's rounds, the latest round of each,
// the previous round of one, and how complete an assessment is. Pure.
import type { AssessmentResult, Result } from './schema.js';

/** The assessments to put on a comparison page: the latest of each team (by date, any kind). */
export function latestPerTeam(result: Result): AssessmentResult[] {
  const latest = new Map<string, AssessmentResult>();
  for (const assessment of result.assessments) {
    const seen = latest.get(assessment.team);
    if (!seen || (assessment.date ?? '') >= (seen.date ?? '')) latest.set(assessment.team, assessment);
  }
  return [...latest.values()];
}

/** The teams of a result, each once, in result order (by team, as scoring orders them). */
export function teamsOf(result: Result): string[] {
  return [...new Set(result.assessments.map((a) => a.team))];
}

/** The assessments of one team, oldest first (results are already ordered by team, then date). */
export function teamHistory(result: Result, team: string): AssessmentResult[] {
  return result.assessments.filter((a) => a.team === team);
}

/** The previous assessment this one's `change` refers to, for laying it over the current round. */
export function previousOf(result: Result, assessment: AssessmentResult): AssessmentResult | undefined {
  if (!assessment.change?.from) return undefined;
  return result.assessments.find(
    (a) => a.team === assessment.team && a.kind === assessment.kind && a.date === assessment.change?.from,
  );
}

/** Share of the scale's items with a score or N/A, 0..1. */
export function completeness(assessment: AssessmentResult): number {
  const { rated, na, missing } = assessment.overall;
  const total = rated + na + missing;
  return total === 0 ? 0 : (rated + na) / total;
}
