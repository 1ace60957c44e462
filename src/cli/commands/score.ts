// `hf-fidelity score <input...>`: score inputs and print a summary (table), or the result as JSON
// or CSV. Output is streamed, so national data sets score in flat memory.
import { HfError, problem } from '../../errors.js';
import { readInputs, type InputOptions } from '../../input/read-inputs.js';
import { jsonResultChunks } from '../../report/json-stream.js';
import type { AssessmentResult } from '../../scoring/result.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeChunks, writeOutput } from '../write-output.js';
import { runScoring, toResultWarnings, type Scoring } from '../run-scoring.js';
import { renderScoreTable, scoreTableRow } from '../render-score-table.js';
import type { CliContext } from '../context.js';

/** What commander gives `score` and `report`: the input options, plus output choices. */
export interface ScoreOptions extends Omit<InputOptions, 'scalesDir'> {
  format?: string;
  out?: string;
  force?: boolean;
  failUnder?: string;
  notes?: boolean;
  dialect?: 'rfc4180' | 'excel';
}

export function parseFailUnder(value: string | undefined): number | null {
  if (value === undefined) return null;
  const number = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(number)) throw new HfError(problem('cli.badNumber', { option: '--fail-under', value }));
  return number;
}

/** The assessments as they come; with none at all, input.none before anything is written. */
function* requireAny(assessments: Iterable<AssessmentResult>): Generator<AssessmentResult> {
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
function checkStrict(scoring: Scoring): void {
  let count = 0;
  for (const _ of scoring.assessments) count++;
  if (count === 0) throw new HfError(problem('input.none'));
  const errors = scoring.warnings().filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new HfError(errors);
}

export async function scoreCommand(ctx: CliContext, inputs: unknown, opts: unknown): Promise<number> {
  const options = opts as ScoreOptions;
  const format = options.format ?? 'table';
  const failUnder = parseFailUnder(options.failUnder);
  await checkOutputTarget(options, ctx, 'result.json');
  const read = await readInputs(inputs as string[], { ...options, scalesDir: ctx.scalesDir });
  const scoring = runScoring(read, ctx, { notes: options.notes, strict: options.strict });
  if (options.strict) checkStrict(scoring);
  let below = false;
  // Every format is written as assessments are scored, one team at a time: reading has finished,
  // so nothing below can fail on bad input, and a national data set is never held as one result.
  const assessments = (function* () {
    for (const assessment of requireAny(scoring.assessments)) {
      const score = assessment.overall.score;
      if (failUnder !== null && (score === null || score < failUnder)) below = true;
      yield assessment;
    }
  })();

  if (format === 'json') {
    await writeChunks(jsonResultChunks(scoring.head, assessments, () => toResultWarnings(scoring.warnings(), ctx)), options, ctx);
  } else if (format === 'csv') {
    const { csvChunks } = await import('../../report/render-csv.js');
    await writeChunks(csvChunks(assessments, { scale: read.scale, lang: ctx.lang, notes: options.notes, dialect: options.dialect ?? 'rfc4180' }), options, ctx);
  } else {
    const rows = Array.from(assessments, (a) => scoreTableRow(a, read.scale, ctx.lang));
    await writeOutput(renderScoreTable(rows, read.scale, ctx), options, ctx);
  }
  printProblems(scoring.warnings(), ctx);
  return below ? 1 : 0;
}
