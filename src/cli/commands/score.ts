// `hf-fidelity score <input...>`: score inputs and print a summary (table), or the result as JSON
// or CSV. Output is streamed, so national data sets score in flat memory.
import { HfError, problem } from '../../errors.js';
import { readInputs, type InputOptions } from '../../input/read-inputs.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeOutput } from '../write-output.js';
import { runScoring } from '../run-scoring.js';
import { checkStrict, requireAny, streamResult } from '../stream-result.js';
import { renderScoreTable, ScoreTable, scoreTableHeader, scoreTableRow } from '../render-score-table.js';
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
  if (options.strict) checkStrict(scoring);
  let below = false;
  const watched = (function* () {
    for (const assessment of scoring.assessments) {
      const score = assessment.overall.score;
      if (failUnder !== null && (score === null || score < failUnder)) below = true;
      yield assessment;
    }
  })();

  if (format === 'json' || format === 'csv') {
    await streamResult(scoring, watched, read.scale, { ...options, format, pretty: false }, ctx);
  } else {
    const table = new ScoreTable(scoreTableHeader(read.scale, ctx.lang));
    for (const assessment of requireAny(watched)) table.add(scoreTableRow(assessment, read.scale, ctx.lang));
    await writeOutput(renderScoreTable(table, read.scale, ctx), options, ctx);
  }
  printProblems(scoring.warnings(), ctx);
  return below ? 1 : 0;
}
