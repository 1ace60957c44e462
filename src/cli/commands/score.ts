// `hf-fidelity score <input...>`: score inputs and print a summary (table), or the result as JSON
// or CSV. JSON is streamed, so national data sets score in flat memory.
import { HfError, problem } from '../../errors.js';
import { readInputs, type InputOptions } from '../../input/read-inputs.js';
import { jsonResultChunks } from '../../report/json-stream.js';
import type { AssessmentResult } from '../../scoring/result.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeChunks, writeOutput } from '../write-output.js';
import { collectResult, runScoring, toResultWarnings } from '../run-scoring.js';
import { renderScoreTable } from '../render-score-table.js';
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

export async function scoreCommand(ctx: CliContext, inputs: unknown, opts: unknown): Promise<number> {
  const options = opts as ScoreOptions;
  const format = options.format ?? 'table';
  const failUnder = parseFailUnder(options.failUnder);
  await checkOutputTarget(options, ctx, 'result.json');
  const read = await readInputs(inputs as string[], { ...options, scalesDir: ctx.scalesDir });
  const scoring = runScoring(read, ctx, { notes: options.notes, strict: options.strict });
  let below = false;
  const watch = function* (all: Iterable<AssessmentResult>) {
    for (const assessment of all) {
      const score = assessment.overall.score;
      if (failUnder !== null && (score === null || score < failUnder)) below = true;
      yield assessment;
    }
  };

  if (format === 'json' && !options.strict) {
    // Streamed: reading has finished, so nothing below can fail on bad input.
    let any = false;
    const counted = function* () {
      for (const a of watch(scoring.assessments)) {
        any = true;
        yield a;
      }
      if (!any) throw new HfError(problem('input.none'));
    };
    await writeChunks(jsonResultChunks(scoring.head, counted(), () => toResultWarnings(scoring.warnings(), ctx)), options, ctx);
    printProblems(scoring.warnings(), ctx);
    return below ? 1 : 0;
  }

  const result = collectResult({ ...scoring, assessments: watch(scoring.assessments) }, ctx);
  if (format === 'json') {
    await writeChunks(jsonResultChunks(scoring.head, result.assessments, () => result.warnings), options, ctx);
  } else if (format === 'csv') {
    const { renderCsv } = await import('../../report/render-csv.js');
    const { scale } = read;
    const csv = await renderCsv(result, { scale, lang: ctx.lang, notes: options.notes, dialect: options.dialect ?? 'rfc4180', sourceDateEpoch: null, now: ctx.now });
    await writeOutput(csv, options, ctx);
  } else {
    await writeOutput(renderScoreTable(result, read.scale, ctx), options, ctx);
  }
  printProblems(scoring.warnings(), ctx);
  return below ? 1 : 0;
}
