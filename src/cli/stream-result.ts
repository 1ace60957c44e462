// Writing a result as its assessments are scored, one team at a time, so a national data set is never
// held as one result: JSON (compact for `score`, pretty for `report`) and CSV. Shared by both commands.
import { HfError, problem } from '../shared/errors.js';
import { jsonResultChunks } from '../report/json-stream.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import type { CliContext } from './context.js';
import { throwIfFailed, toResultWarnings, type Scoring } from './run-scoring.js';
import { writeChunks, type OutputTarget } from './write-output.js';

/** The assessments as they come; with none at all, input.none before anything is written. */
function* requireAny(assessments: Iterable<AssessmentResult>): Generator<AssessmentResult> {
  let any = false;
  for (const assessment of assessments) {
    any = true;
    yield assessment;
  }
  if (!any) throw new HfError(problem('input.none'));
}

export interface StreamOptions extends OutputTarget {
  format: 'json' | 'csv';
  /** JSON only: indented as a document (report) rather than one assessment per line (score). */
  pretty: boolean;
  strict?: boolean;
  notes?: boolean;
  dialect?: 'rfc4180' | 'excel';
  /** Score every assessment even after stdout's reader has gone (the exit code of --fail-under needs them all). */
  drainAfterClose?: boolean;
}

/**
 * Writes `assessments` (scoring.assessments, perhaps watched on the way) as JSON or CSV. Under
 * --strict, an error only scoring finds (missing items) must stop the run before a byte is written:
 * everything is scored once first, and again while writing, so memory still holds one team.
 */
export async function streamResult(scoring: Scoring, assessments: Iterable<AssessmentResult>, scale: Scale, options: StreamOptions, ctx: CliContext): Promise<void> {
  if (options.strict) {
    let scored = 0;
    for (const _ of scoring.assessments) scored++;
    throwIfFailed(scoring, scored);
  }
  const all = requireAny(assessments);
  if (options.format === 'json') {
    await writeChunks(jsonResultChunks(scoring.head, all, () => toResultWarnings(scoring.warnings(), ctx), { pretty: options.pretty }), options, ctx, options);
    return;
  }
  const { csvChunks } = await import('../report/render-csv.js');
  await writeChunks(csvChunks(all, { scale, lang: ctx.lang, notes: options.notes, dialect: options.dialect ?? 'rfc4180' }), options, ctx, options);
}
