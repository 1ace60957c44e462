// `hf-fidelity reliability <input...>`: a reliability study across assessments (SPEC 15). Subjects are
// assessments (each rater's own overall score) or items; out come the ICC forms, Krippendorff's alpha
// and each pair of raters' agreement, as a table, JSON or CSV.
import { HfError, problem, type Problem } from '../../shared/errors.js';
import { readInputs, type InputOptions } from '../../input/read-inputs.js';
import { reliabilityStudy, subjectsOf, type ReliabilityBy, type Subject } from '../../scoring/reliability-study.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeOutput } from '../write-output.js';
import { runScoring, throwIfFailed } from '../run-scoring.js';
import { renderReliabilityCsv, renderReliabilityTable } from '../render-reliability.js';
import type { CliContext } from '../context.js';

interface ReliabilityOptions extends Omit<InputOptions, 'scalesDir'> {
  by?: ReliabilityBy;
  format?: 'table' | 'json' | 'csv';
  dialect?: 'rfc4180' | 'excel';
  out?: string;
  force?: boolean;
}

export async function reliabilityCommand(ctx: CliContext, inputs: unknown, opts: unknown): Promise<number> {
  const options = opts as ReliabilityOptions;
  const by = options.by ?? 'assessment';
  const format = options.format ?? 'table';
  await checkOutputTarget(options, ctx, `reliability.${format === 'table' ? 'txt' : format}`);
  const read = await readInputs(inputs as string[], { ...options, scalesDir: ctx.scalesDir, scaleCache: ctx.scaleCache });
  const scoring = runScoring(read, ctx, { strict: options.strict });
  const subjects: Subject[] = [];
  let assessments = 0;
  for (const assessment of scoring.assessments) {
    assessments++;
    subjects.push(...subjectsOf(read.scale, assessment, by));
  }
  throwIfFailed(scoring, assessments);

  const { study, complete } = reliabilityStudy(subjects);
  // Refused, not computed: with one rater or one subject there is nothing to compare.
  if (study.raters.length < 2) throw new HfError(problem('reliability.tooFewRaters', { count: study.raters.length }));
  if (study.subjects < 2) throw new HfError(problem('reliability.tooFewSubjects', { count: study.subjects }));
  const warnings: Problem[] = [...scoring.warnings()];
  // A wide file without a rater column names its raters #1, #2, ... by row, in every assessment alike.
  const anonymous = study.raters.filter((name) => /^#\d+$/.test(name));
  if (anonymous.length > 0) warnings.push(problem('reliability.anonymous', { raters: anonymous.join(', ') }, {}, 'warning'));
  if (complete < study.subjects) {
    warnings.push(problem('reliability.incomplete', { count: study.subjects - complete, subjects: study.subjects }, {}, 'warning'));
  }

  const output =
    format === 'json'
      ? `${JSON.stringify(study, null, 2)}\n`
      : format === 'csv'
        ? renderReliabilityCsv(study, options.dialect ?? 'rfc4180')
        : renderReliabilityTable(study, { by, complete, lang: ctx.lang });
  await writeOutput(output, options, ctx);
  printProblems(warnings, ctx);
  return 0;
}
