// `hf-fidelity score <input...>`: score inputs and print a summary (table), or the result as JSON
// or CSV. JSON and CSV are streamed and the table keeps a short row per assessment, so memory
// grows with the number of assessments (held compactly), never with rows or the size of the output.
import { HfError, problem } from '../../shared/errors.js';
import { readInputs, type InputOptions } from '../../input/read-inputs.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeOutput } from '../write-output.js';
import { runScoring, throwIfFailed } from '../run-scoring.js';
import { streamResult } from '../stream-result.js';
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

function parseFailUnder(value: string | undefined): number | null {
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
  // Every format is written as assessments are scored, one team at a time: reading has finished,
  // so nothing below can fail on bad input, and a national data set is never held as one result.
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
    // The table needs every row for its column widths: a short string per assessment.
    const table = new ScoreTable(scoreTableHeader(read.scale, ctx.lang));
    for (const assessment of watched) table.add(scoreTableRow(assessment, read.scale, ctx.lang));
    throwIfFailed(scoring, table.size);
    await writeOutput(renderScoreTable(table, read.scale, ctx), options, ctx);
  }
  printProblems(scoring.warnings(), ctx);
  return below ? 1 : 0;
}
