// The data commands (template, score, report, reliability, assess): their options and help, each action loaded lazily.
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import type { MessageKey } from '../i18n/catalogue.js';

export type Action = (ctx: CliContext, ...args: unknown[]) => Promise<number | void>;

interface Registrar {
  m: (key: MessageKey, params?: Record<string, string>) => string;
  action: (load: () => Promise<Action>) => (...args: unknown[]) => Promise<void>;
}

/** Options every command that reads inputs shares. */
function inputOptions(command: Command, m: Registrar['m']): Command {
  return command
    .option('--scale <scale>', m('opt.scale'))
    .option('--map <file>', m('opt.map'))
    .option('--delimiter <char>', m('opt.delimiter'))
    .option('--encoding <name>', m('opt.encoding'))
    .option('--sheet <name>', m('opt.sheet'))
    .addOption(new Option('--kind <kind>', m('opt.kind')).choices(['self', 'external']))
    .option('--strict', m('opt.strict'));
}

/** Where and how output is written: --format (first format the default), --dialect, --out, --force, and --notes where a format shows notes. */
function outputOptions(command: Command, m: Registrar['m'], formats: string[], notes = formats.length > 0): Command {
  if (formats.length > 0) command.addOption(new Option('--format <format>', m('opt.format')).choices(formats).default(formats[0]));
  command
    .addOption(new Option('--dialect <dialect>', m('opt.dialect')).choices(['rfc4180', 'excel']).default('rfc4180'))
    .option('--out <file>', m('opt.out'))
    .option('--force', m('opt.force'));
  if (notes) command.option('--notes', m('opt.notes')).option('--no-notes', m('opt.noNotes'));
  return command;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerCommands(program: Command, { m, action }: Registrar): void {
  outputOptions(inputOptions(program.command('score'), m), m, ['table', 'json', 'csv'])
    .description(m('cmd.score'))
    .argument('<input...>', m('arg.inputs'))
    .option('--fail-under <n>', m('opt.failUnder'))
    .action(action(async () => (await import('./commands/score.js')).scoreCommand));

  outputOptions(inputOptions(program.command('report'), m), m, ['md', 'csv', 'pdf', 'json', 'xlsx'])
    .description(m('cmd.report'))
    .argument('<input...>', m('arg.inputs'))
    .option('--summary', m('summary.option'))
    .action(action(async () => (await import('./commands/report.js')).reportCommand));

  // Its own --format (no notes: a study shows no note), and help that says which figure answers which question.
  inputOptions(program.command('reliability'), m)
    .description(m('cmd.reliability'))
    .argument('<input...>', m('arg.inputs'))
    .addOption(new Option('--by <subjects>', m('opt.by')).choices(['assessment', 'item']).default('assessment'))
    .addOption(new Option('--format <format>', m('opt.format')).choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--dialect <dialect>', m('opt.dialect')).choices(['rfc4180', 'excel']).default('rfc4180'))
    .option('--out <file>', m('opt.out'))
    .option('--force', m('opt.force'))
    .addHelpText('after', `\n${m('reliability.help')}`)
    .action(action(async () => (await import('./commands/reliability.js')).reliabilityCommand));

  outputOptions(program.command('template'), m, ['csv', 'xlsx'], false)
    .description(m('cmd.template'))
    .argument('<scale>', m('arg.scale'))
    .option('--team <name>', m('opt.team'))
    .option('--date <YYYY-MM-DD>', m('opt.templateDate'))
    .addOption(new Option('--kind <kind>', m('opt.assessKind')).choices(['self', 'external']))
    .option('--rater <name>', m('opt.rater'), collect)
    .action(action(async () => (await import('./commands/template.js')).templateCommand));

  program
    .command('assess')
    .description(m('cmd.assess'))
    .option('--scale <scale>', m('opt.scale'))
    .option('--team <name>', m('opt.team'))
    .option('--date <YYYY-MM-DD>', m('opt.date'))
    .addOption(new Option('--kind <kind>', m('opt.assessKind')).choices(['self', 'external']))
    .option('--rater <name>', m('opt.rater'), collect)
    .option('--out <file>', m('opt.assessOut'))
    .action(action(async () => (await import('./commands/assess.js')).assessCommand));
}
