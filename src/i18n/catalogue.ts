// The one message catalogue: every user-facing string, by key, in nb, da and en.
// Each area of the tool keeps its messages in its own file under messages/; they meet here.
import type { Lang } from './lang.js';
import type { Params } from '../shared/message-params.js';

export { msg, type Nested, type Params } from '../shared/message-params.js';
import { cliMessages } from './messages/cli.js';
import { scaleMessages } from './messages/scale.js';
import { inputMessages } from './messages/input.js';
import { judgementMessages } from './messages/judgement.js';
import { dataKeptMessages } from './messages/data-kept.js';

/** One area's messages: key -> template per language. `{name}` is replaced by a parameter. */
export type MessageTable = Record<string, Record<Lang, string>>;

const catalogue: MessageTable = { ...cliMessages, ...scaleMessages, ...inputMessages, ...judgementMessages, ...dataKeptMessages };
const extra: MessageTable[] = [];

/** Areas that load late (report, assess) add their tables when their command loads them. */
export function registerMessages(table: MessageTable): void {
  extra.push(table);
}

function lookup(key: string): Record<Lang, string> | undefined {
  if (key in catalogue) return catalogue[key];
  for (const table of extra) if (key in table) return table[key];
  return undefined;
}

export function hasMessage(key: string): boolean {
  return lookup(key) !== undefined;
}

/** The message `key` in `lang`, with `{param}` placeholders filled in. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const entry = lookup(key);
  const template = entry ? entry[lang] ?? entry.en : key;
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (typeof value === 'object') return t(lang, value.key, value.params);
    return String(value);
  });
}

/** Every key of the catalogue loaded so far, for tests that check all three languages. */
export function allMessageTables(): MessageTable[] {
  return [catalogue, ...extra];
}
