// `hf-fidelity template <scale>`: a blank wide sheet (CSV) for collecting ratings, or a workbook to
// fill in (--format xlsx, SPEC 14), which `score` reads back.
import path from 'node:path';
import { localize, type Lang } from '../../i18n/lang.js';
import { CONSENSUS_NAMES } from '../../assessment/model.js';
import { LEAD_COLUMNS, TAIL_COLUMNS } from '../../shared/template-layout.js';
import { t } from '../../i18n/catalogue.js';
import '../../i18n/messages/excel.js';
import { loadScale } from '../../input/load-scale.js';
import { csvHead, escapeFormula } from '../../report/csv-cells.js';
import { HfError, problem } from '../../shared/errors.js';
import { parseDate } from '../../shared/parse-date.js';
import { normaliseName } from '../../shared/normalise-name.js';
import { safeForTerminal } from '../../terminal/terminal-text.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeOutput, type OutputTarget } from '../write-output.js';
import type { CliContext } from '../context.js';
import type { Scale } from '../../scale/model.js';

interface TemplateOptions extends OutputTarget {
  dialect?: 'rfc4180' | 'excel';
  format?: 'csv' | 'xlsx';
  team?: string;
  date?: string;
  kind?: 'self' | 'external';
  rater?: string[];
}

function csvTemplate(scale: Scale, options: TemplateOptions, ctx: CliContext): string {
  const header = [
    t(ctx.lang, 'template.team'),
    t(ctx.lang, 'template.date'),
    t(ctx.lang, 'template.rater'),
    t(ctx.lang, 'template.kind'),
    ...scale.items.map((item) => `${item.id}: ${localize(item.title, ctx.lang)}`.replace(/[\r\n]+/g, ' ')),
  ];
  // Item titles come from scale files anyone can write: a cell starting with = + - @ is escaped.
  return csvHead(header.map(escapeFormula), options.dialect === 'excel' ? 'excel' : 'rfc4180');
}

/** The options that fill a workbook's cells, checked before anything is written. */
function workbookCells(options: TemplateOptions, lang: Lang): { date?: string; raters: string[] } {
  // Names the reader would take for another column, or for the agreed score.
  const reserved = new Set([...CONSENSUS_NAMES, ...[...Object.values(LEAD_COLUMNS), ...Object.values(TAIL_COLUMNS)].map((key) => t(lang, key).toLowerCase())]);
  let date: string | undefined;
  if (options.date !== undefined) {
    date = parseDate(options.date) ?? undefined;
    if (date === undefined) throw new HfError(problem('template.badDateOption', { value: options.date }));
  }
  const raters: string[] = [];
  for (const raw of options.rater ?? []) {
    const name = normaliseName(raw);
    if (raters.some((r) => r.toLowerCase() === name.toLowerCase())) throw new HfError(problem('template.raterOptionTwice', { name }));
    if (reserved.has(name.toLowerCase())) throw new HfError(problem('template.raterOptionReserved', { name }));
    if (name !== '') raters.push(name);
  }
  return { ...(date === undefined ? {} : { date }), raters };
}

export async function templateCommand(ctx: CliContext, ref: unknown, opts: unknown): Promise<number> {
  const options = opts as TemplateOptions;
  const xlsx = options.format === 'xlsx';
  if (!xlsx) {
    const given = (['team', 'date', 'kind', 'rater'] as const).filter((key) => options[key] !== undefined).map((key) => `--${key}`);
    if (given.length > 0) throw new HfError(problem('template.csvOnlyOptions', { options: given.join(', ') }));
  }
  const cells = xlsx ? workbookCells(options, ctx.lang) : { raters: [] };
  await checkOutputTarget(options, ctx, xlsx ? 'template.xlsx' : 'template.csv', { binary: xlsx });
  const { scale, warnings } = await loadScale(String(ref), { scalesDir: ctx.scalesDir, cache: ctx.scaleCache });
  printProblems(warnings, ctx);
  if (!xlsx) {
    await writeOutput(csvTemplate(scale, options, ctx), options, ctx);
    return 0;
  }
  const { templateWorkbook } = await import('../../report/xlsx/template-workbook.js');
  const file = options.out === undefined ? 'template.xlsx' : path.basename(options.out);
  const team = options.team === undefined ? undefined : normaliseName(options.team);
  const { bytes, raters } = await templateWorkbook({ scale, lang: ctx.lang, ...cells, team, kind: options.kind, file, now: ctx.now });
  await writeOutput(bytes, options, ctx, { binary: true });
  if (options.out !== undefined && !ctx.quiet) {
    ctx.stderr.write(`${safeForTerminal(t(ctx.lang, 'template.wrote', { file: options.out, items: scale.items.length, raters }))}\n`);
  }
  return 0;
}
