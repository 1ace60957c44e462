// Commander's own words (help headings, its usage errors) in the user's language. Commander writes
// them in English; these hooks translate them as they pass, so every word a user reads is nb, da or en.
import type { Command, Help } from 'commander';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'commander.usage',
  'Options:': 'commander.options',
  'Global Options:': 'commander.globalOptions',
  'Arguments:': 'commander.arguments',
  'Commands:': 'commander.commands',
};

/** Commander's usage errors, as patterns, and the catalogue key each becomes. */
const ERRORS: [RegExp, MessageKey][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, 'commander.unknownOption'],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, 'commander.unknownCommand'],
  [/^error: missing required argument '([^']*)'/, 'commander.missingArgument'],
  [/^error: option '([^']*)' argument missing/, 'commander.optionArgumentMissing'],
  [/^error: too many arguments/, 'commander.tooManyArguments'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, 'commander.invalidChoice'],
  [/^error: required option '([^']*)' not specified/, 'commander.missingMandatoryOption'],
  [/^error: (?:option|environment variable) '([^']*)'.*? cannot be used with (?:option|environment variable) '([^']*)'/, 'commander.conflictingOption'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid/, 'commander.invalidArgument'],
  [/^error: command-argument value '(?<value>[^']*)' is invalid for argument '(?<name>[^']*)'/, 'commander.invalidArgument'],
];

/** The placeholders commander writes in usage lines, as the user's language writes them. */
const USAGE_WORDS: Record<string, MessageKey> = { '[options]': 'commander.optionsWord', '[command]': 'commander.commandWord' };

export function translateCommanderError(message: string, lang: Lang): string {
  for (const [pattern, key] of ERRORS) {
    const match = pattern.exec(message.trim());
    if (match) {
      const [, a = '', b = '', c = ''] = match;
      const suggestion = key === 'commander.unknownOption' || key === 'commander.unknownCommand' ? (b ? t(lang, 'commander.didYouMean', { suggestion: b }) : '') : '';
      const { name = a, value = b } = match.groups ?? {};
      return `${t(lang, key, { name, value, allowed: c, suggestion })}\n${t(lang, 'commander.seeHelp')}\n`;
    }
  }
  return message;
}

export function localiseCommander(program: Command, lang: Lang, helpWidth: number): void {
  program.configureHelp({
    helpWidth,
    showGlobalOptions: true,
    styleTitle: (title: string) => (TITLES[title] ? t(lang, TITLES[title]) : title),
    // Usage lines and command terms pass each word through these: "[options]" and "[command]" among them.
    styleOptionText: (word: string) => (USAGE_WORDS[word] ? t(lang, USAGE_WORDS[word]) : word),
    styleSubcommandText: (word: string) => (USAGE_WORDS[word] ? t(lang, USAGE_WORDS[word]) : word),
    styleArgumentText: (word: string) => (USAGE_WORDS[word] ? t(lang, USAGE_WORDS[word]) : word),
    optionDescription(this: Help, option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t(lang, 'commander.choices', { choices: option.argChoices.join(', ') }));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(t(lang, 'commander.default', { value: String(option.defaultValue) }));
      }
      return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
    },
  } as Partial<Help>);
  program.helpCommand('help [command]', t(lang, 'commander.helpCommand'));
}
