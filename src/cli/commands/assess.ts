// `hf-fidelity assess`: the interactive assessment (SPEC section 8). A thin adapter: refuse without
// a terminal, build the prompter (inquirer, loaded only here) and the session's view of the process.
import { registerMessages } from '../../i18n/catalogue.js';
import { assessMessages } from '../../i18n/messages/assess.js';
import { HfError, problem } from '../../shared/errors.js';
import { YAML_FILE } from '../../files/read-input-file.js';
import type { AssessOptions } from '../../session/setup.js';
import type { SessionIO } from '../../session/session-io.js';
import { printProblems } from '../print-problems.js';
import { writeFileAtomic } from '../write-output.js';
import type { CliContext } from '../context.js';

registerMessages(assessMessages);

/** Clear the visible screen and go to its top (the scrollback keeps what was there). */
const CLEAR_SCREEN = '\u001b[H\u001b[2J';

/** The options commander parsed, keeping only those assess knows, with the types they must have. */
function assessOptions(raw: unknown): AssessOptions {
  const opts = (raw ?? {}) as Record<string, unknown>;
  const out: AssessOptions = {};
  for (const key of ['scale', 'team', 'date', 'kind', 'out'] as const) {
    if (typeof opts[key] === 'string') out[key] = opts[key];
  }
  if (Array.isArray(opts.rater)) out.rater = opts.rater.map(String);
  return out;
}

export async function assessCommand(ctx: CliContext, raw: unknown): Promise<number> {
  const opts = assessOptions(raw);
  // The file is YAML, and is read back by its name: a .txt or .csv would be read as a data file.
  if (opts.out !== undefined && !YAML_FILE.test(opts.out)) {
    const example = `${opts.out.replace(/\.[^./\\]*$/, '')}.yaml`;
    throw new HfError(problem('assess.outNotYaml', { example }, { file: opts.out }));
  }
  if (!ctx.stdinIsTTY) throw new HfError(problem('assess.notTerminal'));
  const { Chalk } = await import('chalk');
  const { createInquirerPrompter } = await import('../../session/inquirer-prompter.js');
  const { runAssess } = await import('../../session/run-assess.js');
  const style = new Chalk({ level: ctx.color ? 1 : 0 });
  // The conversation goes to stderr, like all progress; the final scores go to stdout.
  const terminal = process.stderr;
  const io: SessionIO = {
    prompter: await createInquirerPrompter(ctx.lang, style, { input: process.stdin, output: terminal }),
    lang: ctx.lang,
    style,
    say: (text) => void ctx.stderr.write(text),
    result: (text) => void ctx.stdout.write(text),
    columns: () => ctx.stderr.columns,
    clear: () => {
      if (ctx.stderr.isTTY) ctx.stderr.write(CLEAR_SCREEN);
    },
  };
  return runAssess(opts, {
    io,
    cwd: ctx.cwd,
    now: ctx.now,
    ...(ctx.scalesDir === undefined ? {} : { scalesDir: ctx.scalesDir }),
    write: (file, text) => writeFileAtomic(file, text),
    warn: (problems) => printProblems(problems, ctx),
  });
}
