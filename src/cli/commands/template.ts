// `hf-fidelity template <scale>`: a blank wide sheet for collecting ratings, which `score` reads back.
import { localize } from '../../i18n/lang.js';
import { t } from '../../i18n/catalogue.js';
import { loadScale } from '../../input/load-scale.js';
import { csvHead, escapeFormula } from '../../report/csv-cells.js';
import { printProblems } from '../print-problems.js';
import { writeOutput, type OutputTarget } from '../write-output.js';
import type { CliContext } from '../context.js';

export async function templateCommand(ctx: CliContext, ref: unknown, opts: unknown): Promise<number> {
  const options = opts as OutputTarget & { dialect?: 'rfc4180' | 'excel' };
  const { scale, warnings } = await loadScale(String(ref), { scalesDir: ctx.scalesDir });
  printProblems(warnings, ctx);
  const excel = options.dialect === 'excel';
  const header = [
    t(ctx.lang, 'template.team'),
    t(ctx.lang, 'template.date'),
    t(ctx.lang, 'template.rater'),
    t(ctx.lang, 'template.kind'),
    ...scale.items.map((item) => `${item.id}: ${localize(item.title, ctx.lang)}`.replace(/[\r\n]+/g, ' ')),
  ];
  // Item titles come from scale files anyone can write: a cell starting with = + - @ is escaped.
  const text = csvHead(header.map(escapeFormula), excel ? 'excel' : 'rfc4180');
  await writeOutput(text, options, ctx);
  return 0;
}
