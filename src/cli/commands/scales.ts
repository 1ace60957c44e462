// `hf-fidelity scales list|show|validate|schema`: thin adapters over src/scale/.
import { t } from '../../i18n/catalogue.js';
import { localize } from '../../i18n/lang.js';
import { isHfError, type Problem } from '../../shared/errors.js';
import { BUILTIN_IDS, loadScale, loadScaleFile, scaleDirEntries, MAX_SCALE_BYTES } from '../../input/load-scale.js';
import { decodeUtf8, readInputFile } from '../../files/read-input-file.js';
import { printProblems } from '../print-problems.js';
import { padEnd, textWidth } from '../../terminal/terminal-text.js';
import { writeOutput, type OutputTarget } from '../write-output.js';
import { renderScaleText } from '../render-scale-text.js';
import type { CliContext } from '../context.js';
import type { Scale } from '../../scale/model.js';

export async function scalesList(ctx: CliContext): Promise<number> {
  const rows: string[][] = [];
  const problems: Problem[] = [];
  const describe = (scale: Scale, origin: string) => [
    scale.id,
    scale.version,
    localize(scale.name, ctx.lang),
    `${t(ctx.lang, 'scales.domains', { count: scale.domains.length })}, ${t(ctx.lang, 'scales.items', { count: scale.items.length })}`,
    origin,
  ];
  for (const id of BUILTIN_IDS) {
    const { scale } = await loadScale(id);
    rows.push(describe(scale, t(ctx.lang, 'scales.builtin')));
  }
  if (ctx.scalesDir) {
    const { files, skipped } = await scaleDirEntries(ctx.scalesDir);
    problems.push(...skipped);
    for (const file of files) {
      try {
        const { scale } = await loadScaleFile(file);
        rows.push(describe(scale, file));
      } catch (error) {
        if (!isHfError(error)) throw error;
        const count = error.problems.filter((p) => p.severity === 'error').length;
        problems.push({ severity: 'warning', code: 'scales.invalidInDir', params: { count, file }, file });
      }
    }
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => textWidth(r[c]!))));
  for (const row of rows) {
    ctx.stdout.write(`${row.map((cell, c) => (c < 4 ? padEnd(cell, widths[c]! + 2) : cell)).join('')}\n`);
  }
  printProblems(problems, ctx);
  return 0;
}

export async function scalesShow(ctx: CliContext, ref: unknown): Promise<number> {
  const { scale, warnings } = await loadScale(String(ref), { scalesDir: ctx.scalesDir, cache: ctx.scaleCache });
  printProblems(warnings, ctx);
  ctx.stdout.write(renderScaleText(scale, ctx.lang, ctx.stdout.columns ?? 100));
  return 0;
}

export async function scalesValidate(ctx: CliContext, files: unknown): Promise<number> {
  const { validateScaleText } = await import('../../scale/validate-scale.js');
  let failed = false;
  for (const file of files as string[]) {
    let problems: Problem[];
    let summary: { items: number; domains: number } | null = null;
    try {
      const check = validateScaleText(decodeUtf8(await readInputFile(file, MAX_SCALE_BYTES)), file);
      problems = check.problems;
      if (check.scale) {
        summary = { domains: check.scale.domains.length, items: check.scale.domains.reduce((n, d) => n + d.items.length, 0) };
      }
    } catch (error) {
      if (!isHfError(error)) throw error;
      problems = error.problems;
    }
    printProblems(problems, ctx);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (errors > 0 || !summary) {
      failed = true;
      ctx.stderr.write(`${t(ctx.lang, 'scale.invalid', { file, count: errors || problems.length })}\n`);
    } else if (warnings > 0) {
      if (!ctx.quiet) ctx.stderr.write(`${t(ctx.lang, 'scale.validWithWarnings', { file, count: warnings })}\n`);
    } else if (!ctx.quiet) {
      ctx.stderr.write(`${t(ctx.lang, 'scale.valid', { file, ...summary })}\n`);
    }
  }
  return failed ? 2 : 0;
}

export async function scalesSchema(ctx: CliContext, opts: unknown): Promise<number> {
  const { scaleJsonSchema } = await import('../../scale/schema.js');
  await writeOutput(`${JSON.stringify(scaleJsonSchema(), null, 2)}\n`, opts as OutputTarget, ctx);
  return 0;
}
