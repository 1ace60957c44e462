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
import type { AssessmentResult } from '../../result/schema.js';
import { t } from '../../i18n/catalogue.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { roundHalfAwayFromZero } from '../../shared/tolerance.js';
import { safeForTerminal } from '../../terminal/terminal-text.js';

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
  const read = await readInputs(inputs as string[], { ...options, scalesDir: ctx.scalesDir, scaleCache: ctx.scaleCache });
  const scoring = runScoring(read, ctx, { notes: options.notes, strict: options.strict });
  const latest = new LatestRounds();
  // Every format is written as assessments are scored, one team at a time: reading has finished,
  // so nothing below can fail on bad input, and a national data set is never held as one result.
  const watched = (function* () {
    for (const assessment of scoring.assessments) {
      if (failUnder !== null) latest.see(assessment);
      yield assessment;
    }
  })();

  if (format === 'json' || format === 'csv') {
    await streamResult(scoring, watched, read.scale, { ...options, format, pretty: false, drainAfterClose: failUnder !== null }, ctx);
  } else {
    // The table needs every row for its column widths: a short string per assessment.
    const table = new ScoreTable(scoreTableHeader(read.scale, ctx.lang));
    for (const assessment of watched) table.add(scoreTableRow(assessment, read.scale, ctx.lang));
    throwIfFailed(scoring, table.size);
    await writeOutput(renderScoreTable(table, read.scale, ctx), options, ctx);
  }
  printProblems(scoring.warnings(), ctx);
  return failUnder === null ? 0 : reportBelow(latest.below(failUnder), failUnder, ctx);
}

/** Each team's latest assessment of each kind (SPEC 11): what `--fail-under` judges. */
class LatestRounds {
  private readonly rounds = new Map<string, AssessmentResult>();

  see(a: AssessmentResult): void {
    const key = JSON.stringify([a.team, a.kind]);
    const seen = this.rounds.get(key);
    // Assessments come by team, then date (undated first), so a later one of the same kind is newer.
    if (!seen || (a.date ?? '') >= (seen.date ?? '')) this.rounds.set(key, a);
  }

  below(threshold: number): AssessmentResult[] {
    return [...this.rounds.values()].filter(({ overall }) => overall.score === null || overall.score < threshold);
  }
}

/** The teams below the threshold on stderr, each with its score; exit 1 if there is one. */
function reportBelow(below: readonly AssessmentResult[], threshold: number, ctx: CliContext): number {
  for (const a of below) {
    const params = { team: a.team, kind: kindWord(a, ctx), date: formatDate(a.date, ctx.lang), threshold: formatNumber(threshold, ctx.lang, decimalsOf(threshold)) };
    const line =
      a.overall.score === null
        ? t(ctx.lang, 'cli.failUnder.noScore', params)
        : t(ctx.lang, 'cli.failUnder.below', { ...params, score: formatNumber(a.overall.score, ctx.lang, decimalsBelow(a.overall.score, threshold)) });
    ctx.stderr.write(`${safeForTerminal(line)}\n`);
  }
  return below.length > 0 ? 1 : 0;
}

function kindWord(a: AssessmentResult, ctx: CliContext): string {
  return a.kind === 'self' ? t(ctx.lang, 'table.kind.self') : a.kind === 'external' ? t(ctx.lang, 'table.kind.external') : '–';
}

/** The decimals a threshold is written with ("3", "3.2", "3.25"). */
function decimalsOf(value: number): number {
  for (let d = 0; d < 6; d++) if (roundHalfAwayFromZero(value, d) === value) return d;
  return 6;
}

/** Two decimals, or as many as it takes for the score shown to be below the threshold (3.199 is "3.199", not "3.20"). */
function decimalsBelow(score: number, threshold: number): number {
  for (let d = 2; d < 6; d++) if (roundHalfAwayFromZero(score, d) < threshold) return d;
  return 6;
}
