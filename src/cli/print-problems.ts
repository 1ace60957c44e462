// Printing problems for people: `file:line:col: error: path: message`, in the user's language.
import { t } from '../i18n/catalogue.js';
import type { Problem } from '../shared/errors.js';
import type { CliContext } from './context.js';
import { safeForTerminal } from '../terminal/terminal-text.js';

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const RESET = '\u001b[0m';

export function formatProblem(p: Problem, ctx: Pick<CliContext, 'lang' | 'color'>): string {
  let where = p.file ?? '';
  if (p.file && p.line !== undefined) where += `:${p.line}`;
  if (p.file && p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  const label = t(ctx.lang, p.severity === 'error' ? 'label.error' : 'label.warning');
  const coloured = ctx.color ? `${p.severity === 'error' ? RED : YELLOW}${label}${RESET}` : label;
  const path = p.header !== undefined ? `${t(ctx.lang, 'label.column', { column: p.header })}: ` : p.path ? `${p.path}: ` : '';
  // Only the label's colour codes are ours; everything else may come from the data.
  return `${safeForTerminal(where ? `${where}: ` : '')}${coloured}: ${safeForTerminal(`${path}${p.written ?? t(ctx.lang, p.code, p.params)}`)}`;
}

export function printProblems(problems: readonly Problem[], ctx: CliContext): void {
  for (const p of problems) {
    if (p.severity === 'warning' && ctx.quiet) continue;
    ctx.stderr.write(`${formatProblem(p, ctx)}\n`);
  }
}
