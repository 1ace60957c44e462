// The one message catalogue: every user-facing string, by key, in nb, da and en.
// Each area of the tool keeps its messages in its own file under messages/; they meet here. The keys
// are a type (MessageKey), so a key that no table has is a compile error, not a key printed as text.
import type { Lang } from './lang.js';
import type { Params } from '../shared/message-params.js';
import { cliMessages } from './messages/cli.js';
import { scaleMessages } from './messages/scale.js';
import { inputMessages } from './messages/input.js';
import { judgementMessages } from './messages/judgement.js';
import { dataKeptMessages } from './messages/data-kept.js';
import { reviewReportMessages } from './messages/review-report.js';
import { scaleContentMessages } from './messages/scale-content.js';
import { hardeningOutputMessages } from './messages/hardening-output.js';
import { hardeningInputMessages } from './messages/hardening-inputs.js';
import { hardeningParsingMessages } from './messages/hardening-parsing.js';
import { reliabilityMessages } from './messages/reliability.js';
import { hardeningLimitMessages } from './messages/hardening-limits.js';
// Type-only: these tables load with the command that needs them (registerMessages), not with --help.
import type { assessMessages } from './messages/assess.js';
import type { reportMessages } from './messages/report.js';
import type { pdfMessages } from './messages/pdf.js';
import type { excelMessages } from './messages/excel.js';

export { msg, type Nested, type Params } from '../shared/message-params.js';

/** A text with a form for one and a form for any other number, chosen by the `count` parameter. */
export interface PluralText {
  readonly one: string;
  readonly other: string;
}

/** One area's messages: key -> template per language. `{name}` is replaced by a parameter. */
export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, string | PluralText>>>>;

/** Every key of every table, loaded early or late. */
export type MessageKey =
  | keyof typeof cliMessages
  | keyof typeof scaleMessages
  | keyof typeof inputMessages
  | keyof typeof judgementMessages
  | keyof typeof dataKeptMessages
  | keyof typeof reviewReportMessages
  | keyof typeof scaleContentMessages
  | keyof typeof hardeningOutputMessages
  | keyof typeof hardeningInputMessages
  | keyof typeof hardeningParsingMessages
  | keyof typeof reliabilityMessages
  | keyof typeof hardeningLimitMessages
  | keyof typeof assessMessages
  | keyof typeof reportMessages
  | keyof typeof pdfMessages
  | keyof typeof excelMessages;

type CatalogueKey = MessageKey;

// shared/ may not import i18n/, yet its problems carry message keys: it declares an empty registry
// that this module fills in, so shared's MessageKey is this one.
declare module '../shared/message-params.js' {
  interface MessageKeyRegistry {
    key: CatalogueKey;
  }
}

const catalogue: MessageTable = { ...cliMessages, ...scaleMessages, ...inputMessages, ...judgementMessages, ...dataKeptMessages, ...reviewReportMessages, ...scaleContentMessages, ...hardeningOutputMessages, ...hardeningInputMessages, ...hardeningParsingMessages, ...reliabilityMessages, ...hardeningLimitMessages };
const extra: MessageTable[] = [];

/** Areas that load late (report, pdf, assess) add their tables when their command loads them. */
export function registerMessages(table: MessageTable): void {
  if (!extra.includes(table)) extra.push(table);
}

function lookup(key: string): Readonly<Record<Lang, string | PluralText>> | undefined {
  if (key in catalogue) return catalogue[key];
  for (const table of extra) if (key in table) return table[key];
  return undefined;
}

// Made on first use: a plural message is rare, and --help should not pay for ICU.
const pluralRules = new Map<Lang, Intl.PluralRules>();
const LOCALES: Record<Lang, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

/** The form of `text` for the number `count` ("1 handling", "2 handlinger"); `other` without a number. */
function pluralForm(text: string | PluralText, lang: Lang, count: Params[string]): string {
  if (typeof text === 'string') return text;
  if (typeof count !== 'number') return text.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(count) === 'one' ? text.one : text.other;
}

/** The message `key` in `lang`, with `{param}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry = lookup(key);
  const template = entry ? pluralForm(entry[lang] ?? entry.en, lang, params.count) : key;
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (typeof value === 'object') return t(lang, value.key, value.params);
    return String(value);
  });
}
