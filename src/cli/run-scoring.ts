// From inputs to scored assessments, one team at a time (memory grows with a team, not the data),
// plus the warnings the result carries, in the user's language.
import { HfError, problem, type Problem } from '../shared/errors.js';
import { t } from '../i18n/catalogue.js';
import { localize } from '../i18n/lang.js';
import { resultHead, scoreAssessments } from '../scoring/score.js';
import { linkResults } from '../scoring/link-results.js';
import { compareText } from '../scoring/order.js';
import type { AssessmentResult, Result, ResultWarning } from '../result/schema.js';
import type { Assessment } from '../assessment/model.js';
import type { Inputs } from '../input/read-inputs.js';
import type { CliContext } from './context.js';
import { assessmentWithoutNotes } from '../report/render-json.js';
import { releaseGarbage } from './memory.js';

export interface Scoring {
  head: Omit<Result, 'assessments' | 'warnings'>;
  /**
   * Scored assessments in result order, produced lazily, one team at a time. Each iteration scores
   * afresh (the same results every time), so a caller can check a whole run before writing any of it
   * and still hold only one team in memory.
   */
  assessments: Iterable<AssessmentResult>;
  /** Every warning so far (complete once `assessments` has been iterated to the end). */
  warnings: () => Problem[];
}

export function runScoring(inputs: Inputs, ctx: CliContext, options: { notes?: boolean; strict?: boolean } = {}): Scoring {
  const { scale, collector } = inputs;
  const scoreOptions = { toolVersion: ctx.toolVersion, scaleName: localize(scale.name, ctx.lang) };
  const head = resultHead(scale, scoreOptions);
  const byTeam = new Map<string, Assessment[]>();
  for (const a of inputs.assessments) {
    const list = byTeam.get(a.team);
    if (list) list.push(a);
    else byTeam.set(a.team, [a]);
  }
  // The result's order (scoring/order.ts), one team at a time.
  const teams = [...new Set([...collector.teamNames(), ...byTeam.keys()])].sort(compareText);
  // Known only once every assessment has been scored; the same on every pass.
  let missingItems: Problem | null = null;
  const strip = (a: AssessmentResult): AssessmentResult => (options.notes === false ? assessmentWithoutNotes(a) : a);

  function* fresh(): Generator<AssessmentResult> {
    let withMissing = 0;
    let missing = 0;
    releaseGarbage(1);
    for (const team of teams) {
      releaseGarbage();
      const assessments = [...collector.assessmentsOf(team), ...(byTeam.get(team) ?? [])];
      for (const scored of scoreAssessments(scale, assessments, scoreOptions).assessments) {
        if (scored.overall.missing > 0) {
          withMissing++;
          missing += scored.overall.missing;
        }
        yield strip(scored);
      }
    }
    missingItems =
      withMissing > 0 ? problem('data.missingItems', { count: withMissing, items: missing }, {}, options.strict ? 'error' : 'warning') : null;
  }

  function* all(): Generator<AssessmentResult> {
    if (inputs.scored.length === 0) {
      yield* fresh();
      return;
    }
    // Results read back from JSON join the fresh ones; link them all again (linkResults sorts).
    yield* linkResults([...fresh(), ...inputs.scored.map(strip)], scale);
  }

  return {
    head,
    assessments: { [Symbol.iterator]: all },
    warnings: () => (missingItems ? [...inputs.warnings, missingItems] : [...inputs.warnings]),
  };
}

export function toResultWarnings(problems: readonly Problem[], ctx: CliContext): ResultWarning[] {
  return problems
    .filter((p) => p.severity === 'warning')
    .map((p) => ({
      code: p.code,
      message: p.written ?? t(ctx.lang, p.code, p.params),
      ...(p.file ? { file: p.file } : {}),
      ...(p.line !== undefined ? { line: p.line } : {}),
    }));
}

/**
 * After a whole pass over `scoring.assessments` (`scored` of them), and before anything is written:
 * a run that scored nothing, or whose scoring found an error (missing items under --strict), fails.
 */
export function throwIfFailed(scoring: Scoring, scored: number): void {
  if (scored === 0) throw new HfError(problem('input.none'));
  const errors = scoring.warnings().filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new HfError(errors);
}

/** The whole result in memory, for reports and small outputs. */
export function collectResult(scoring: Scoring, ctx: CliContext): Result {
  const assessments = [...scoring.assessments];
  throwIfFailed(scoring, assessments.length);
  return { ...scoring.head, assessments, warnings: toResultWarnings(scoring.warnings(), ctx) };
}
