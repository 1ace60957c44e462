// Results scored in parts (one team at a time, or read back from JSON) put in order and linked:
// each to its previous round of the same kind, and each team's latest to its next due date.
import type { Scale } from '../scale/model.js';
import { withChanges } from './change.js';
import { withNextDue } from './next-due.js';
import { compareAssessments } from './order.js';
import type { AssessmentResult } from '../result/schema.js';

export function linkResults(results: readonly AssessmentResult[], scale: Pick<Scale, 'reviewEveryMonths'>): AssessmentResult[] {
  const sorted = [...results].sort(compareAssessments);
  return withNextDue(withChanges(sorted), scale.reviewEveryMonths);
}
