// Writing a result as its assessments are scored, one team at a time, so a national data set is never
// held as one result: JSON (compact for `score`, pretty for `report`) and CSV. Shared by both commands.
import { HfError, problem } from '../errors.js';
import { jsonResultChunks } from '../report/json-stream.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../scoring/result.js';
import type { CliContext } from './context.js';
import { toResultWarnings, type Scoring } from './run-scoring.js';
import { writeChunks, type OutputTarget } from './write-output.js';

/** The assessments as they come; with none at all, input.none before anything is written. */
export function* requireAny(assessments: Iterable<AssessmentResult>): Generator<AssessmentResult> {
  let any = false;
  for (const assessment of assessments) {
    any = true;
    yield assessment;
  }
  if (!any) throw new HfError(problem('input.none'));
}

/**
 * Under --strict, a warning that only scoring finds (items missing) fails the run. Score everything
 * once and throw before a byte is written; the writing pass scores again, so memory stays one team.
 */
export function checkStrict(scoring: Scoring): void {
  let count = 0;
  for (const _ of scoring.assessments) count++;
  if (count === 0) throw new HfError(problem('input.none'));
  const errors = scoring.warnings().filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new HfError(errors);
}

export interface StreamOptions extends OutputTarget {
  format: 'json' | 'csv';
  /** JSON only: indented as a document (report) rather than one assessment per line (score). */
  pretty: boolean;
  notes?: boolean;
  dialect?: 'rfc4180' | 'excel';
}

/** Writes `assessments` (scoring.assessments, perhaps watched on the way) as JSON or CSV. */
export async function streamResult(scoring: Scoring, assessments: Iterable<AssessmentResult>, scale: Scale, options: StreamOptions, ctx: CliContext): Promise<void> {
  const all = requireAny(assessments);
  if (options.format === 'json') {
    await writeChunks(jsonResultChunks(scoring.head, all, () => toResultWarnings(scoring.warnings(), ctx), { pretty: options.pretty }), options, ctx);
    return;
  }
  const { csvChunks } = await import('../report/render-csv.js');
  await writeChunks(csvChunks(all, { scale, lang: ctx.lang, notes: options.notes, dialect: options.dialect ?? 'rfc4180' }), options, ctx);
}
