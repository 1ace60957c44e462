// The Prompter for a real terminal: @inquirer/prompts, loaded only when `assess` runs, themed in the
// user's language and colours (none with NO_COLOR / --no-color), drawn on stderr like all progress.
import type { ChalkInstance } from 'chalk';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Prompter } from './prompter.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { rows?: number };
}

export async function createInquirerPrompter(lang: Lang, style: ChalkInstance, streams: TerminalStreams): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output };
  const theme = {
    prefix: { idle: style.blue('?'), done: style.green('✔') },
    style: {
      answer: (text: string) => style.cyan(text),
      message: (text: string) => style.bold(text),
      error: (text: string) => style.red(`> ${text}`),
      defaultAnswer: (text: string) => style.dim(`(${text})`),
      help: (text: string) => style.dim(text),
      highlight: (text: string) => style.cyan(text),
      key: (text: string) => style.cyan.bold(`<${text}>`),
      description: (text: string) => style.cyan(text),
      disabled: (text: string) => style.dim(text),
      keysHelpTip: () => style.dim(t(lang, 'assess.keys.select')),
    },
  };
  /** Lines a list may take: all of them when the terminal is tall enough, else what fits. */
  const pageSize = (lines: number) => Math.max(5, Math.min(lines, (streams.output.rows ?? 24) - 6));

  return {
    async select(question) {
      const lines = question.choices.reduce((n, choice) => n + choice.name.split('\n').length, 0);
      if (question.score) {
        const { scorePrompt } = await import('./score-prompt.js');
        return scorePrompt(
          {
            message: question.message,
            choices: question.choices.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name, description: c.description })),
            ...(question.default === undefined ? {} : { default: question.default }),
            pageSize: pageSize(lines),
            chooseFirst: t(lang, 'assess.score.chooseFirst'),
            // A digit answers only where every score is one digit (not on a 0-10 scale): say so.
            keysHelp: t(lang, question.choices.some((c) => typeof c.value === 'number' && c.value >= 10) ? 'assess.keys.select' : 'assess.keys.score'),
            theme,
            describe: theme.style.description,
          },
          context,
        ) as Promise<typeof question.default & {}>;
      }
      return inquirer.select(
        {
          message: question.message,
          choices: question.choices.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name, description: c.description })),
          ...(question.default === undefined ? {} : { default: question.default }),
          pageSize: pageSize(lines),
          loop: false,
          theme,
        },
        context,
      );
    },
    input(question) {
      return inquirer.input(
        {
          message: question.message,
          ...(question.default ? { default: question.default } : {}),
          ...(question.validate ? { validate: question.validate } : {}),
          theme,
        },
        context,
      );
    },
    confirm(question) {
      return inquirer.confirm(
        {
          message: question.message,
          default: question.default,
          theme: {
            ...theme,
            keywords: {
              yes: t(lang, 'assess.yes'),
              no: t(lang, 'assess.no'),
              error: () => t(lang, 'assess.yesOrNo'),
            },
          },
        },
        context,
      );
    },
  };
}
