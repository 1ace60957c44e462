// The order of assessments in a result: by team, then date (undated first), so output never depends on input order.
import type { Kind } from '../assessment/model.js';

export interface Orderable {
  team: string;
  date: string | null;
  kind: Kind | null;
  sources: readonly string[];
}

// Norwegian collation, so Ålesund sorts after Oslo as readers of these reports expect. Made on first
// use: creating it starts ICU (~10 ms), which a run with one assessment never needs.
let collator: Intl.Collator | undefined;

/**
 * Team, then date (null first; ISO dates compare as strings), then kind and sources. The last two only
 * break ties, so that two assessments of one team on one date come out in the same order every run.
 */
export function compareAssessments(a: Orderable, b: Orderable): number {
  return (
    compareText(a.team, b.team) ||
    compareNullable(a.date, b.date) ||
    compareNullable(a.kind, b.kind) ||
    compareCodePoints(a.sources.join('\n'), b.sources.join('\n'))
  );
}

/** Team names in Norwegian order (Å after Ø), code points deciding where the collator sees a tie. */
export function compareText(a: string, b: string): number {
  // One team's rounds compare equal without the collator, whose creation starts ICU (about 8 ms of `score`).
  if (a === b) return 0;
  // The collator may call different strings equal (e.g. other Unicode normal forms); code points decide then.
  collator ??= new Intl.Collator('nb');
  return collator.compare(a, b) || compareCodePoints(a, b);
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareCodePoints(a, b);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
