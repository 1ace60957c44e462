// The command line: builds the commander program, runs one command, and turns every error into
// a message on stderr and an exit code. Commands load lazily, so `--help` starts fast.
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLang, langFromEnv, LANGS, type Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import { isHfError } from '../shared/errors.js';
import { printProblems } from './print-problems.js';
import { localiseCommander, translateCommanderError } from './commander-text.js';
import { registerCommands, type Action } from './register-commands.js';
import { settleStdout, watchStdout } from './write-output.js';
import type { CliContext, OutStream } from './context.js';
import type { ScaleCache } from '../input/scale-cache.js';
import { EMBEDDED, embeddedText } from '../shared/embedded.js';

export interface RunOptions {
  env?: Readonly<Record<string, string | undefined>>;
  stdout?: OutStream;
  stderr?: OutStream;
  stdinIsTTY?: boolean;
  cwd?: string;
  now?: Date;
}

/**
 * The folder for checked scale files: $XDG_CACHE_HOME, else ~/.cache (%LOCALAPPDATA% on Windows), then
 * hf-fidelity/scales; none with HF_FIDELITY_CACHE=off or without a home.
 */
function scaleCacheFrom(env: Readonly<Record<string, string | undefined>>, version: string): ScaleCache | null {
  if ((env.HF_FIDELITY_CACHE ?? '').toLowerCase() === 'off') return null;
  const base = env.XDG_CACHE_HOME || env.LOCALAPPDATA || (env.HOME ? path.join(env.HOME, '.cache') : '');
  return base ? { dir: path.join(base, 'hf-fidelity', 'scales'), toolVersion: version } : null;
}

function toolVersion(): string {
  const text = EMBEDDED ? embeddedText('package.json') : readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const pkg = JSON.parse(text) as { version: string };
  return pkg.version;
}

/** --lang from argv before commander runs, so help texts come in the right language. */
function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const requested = langFromArgv(argv);
  const lang: Lang = requested && isLang(requested) ? requested : langFromEnv(env);
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const debug = argv.includes('--debug');
  const noColor = argv.includes('--no-color') || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  const version = toolVersion();
  const ctx: CliContext = {
    lang,
    env,
    stdout,
    stderr,
    stdinIsTTY: options.stdinIsTTY ?? Boolean(process.stdin.isTTY),
    color: !noColor && Boolean(stderr.isTTY) && env.TERM !== 'dumb',
    quiet: argv.includes('--quiet') || argv.includes('-q'),
    debug,
    cwd: options.cwd ?? process.cwd(),
    now: options.now ?? new Date(),
    toolVersion: version,
    scalesDir: env.HF_FIDELITY_SCALES || undefined,
    scaleCache: scaleCacheFrom(env, version),
  };
  watchStdout(stdout);
  let exitCode = 0;
  const m = (key: MessageKey, params?: Record<string, string>) => t(lang, key, params);

  /** Wrap a lazily imported command so its exit code and errors come back here. */
  const action = (load: () => Promise<Action>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = command.optsWithGlobals() as Record<string, unknown>;
      if (typeof opts.scalesDir === 'string') ctx.scalesDir = opts.scalesDir;
      const fn = await load();
      exitCode = (await fn(ctx, ...args.slice(0, -1), opts)) ?? 0;
    };

  const program = new Command('hf-fidelity')
    .description(m('cli.description'))
    .version(ctx.toolVersion, '-V, --version', m('cli.version'))
    .helpOption('-h, --help', m('cli.help'))
    .addOption(new Option('--lang <lang>', m('opt.lang')).choices([...LANGS]))
    .option('--scales-dir <dir>', m('opt.scalesDir'))
    .option('--no-color', m('opt.noColor'))
    .option('-q, --quiet', m('opt.quiet'))
    .option('--debug', m('opt.debug'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void stdout.write(s),
      writeErr: (s) => void stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, lang)),
    });
  localiseCommander(program, lang, Math.min(100, stdout.columns ?? 80));

  const scales = program.command('scales').description(m('cmd.scales'));
  scales
    .command('list', { isDefault: true })
    .description(m('cmd.scales.list'))
    .action(action(async () => (await import('./commands/scales.js')).scalesList));
  scales
    .command('show')
    .description(m('cmd.scales.show'))
    .argument('<scale>', m('arg.scale'))
    .action(action(async () => (await import('./commands/scales.js')).scalesShow));
  scales
    .command('validate')
    .description(m('cmd.scales.validate'))
    .argument('<file...>', m('arg.files'))
    .action(action(async () => (await import('./commands/scales.js')).scalesValidate));
  scales
    .command('schema')
    .description(m('cmd.scales.schema'))
    .option('--out <file>', m('opt.out'))
    .option('--force', m('opt.force'))
    .action(action(async () => (await import('./commands/scales.js')).scalesSchema));

  registerCommands(program, { m, action });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    // Whatever was written (help text too) has reached stdout, or its failure is an error: a short
    // write is never success.
    await settleStdout(stdout);
    return exitCode;
  } catch (error) {
    const code = handleError(error, ctx);
    try {
      await settleStdout(stdout);
    } catch (failure) {
      if (code !== 2) return handleError(failure, ctx);
    }
    return code;
  }
}

function handleError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; everything else it reports is bad usage.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    // 'commander.help' is asked-for help (`help score`, exit code 0) or help shown because the command
    // was incomplete (no command given, exit code 1): the second is bad usage.
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    return 2;
  }
  if (isHfError(error)) {
    printProblems(error.problems, ctx);
    if (ctx.debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`hf-fidelity: ${t(ctx.lang, 'cli.internal', { detail })}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  return 2;
}
