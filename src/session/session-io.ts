// What a session may touch: the prompter, where its text goes, the terminal's width, the language.
// The command builds this from the process; tests build it from scripted answers and a buffer.
import type { ChalkInstance } from 'chalk';
import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Prompter } from './prompter.js';

export interface SessionIO {
  prompter: Prompter;
  lang: Lang;
  style: ChalkInstance;
  /** The conversation: headings, items, confirmations (stderr in a terminal). */
  say(text: string): void;
  /** What is worth keeping when the session ends: the scores and the next command (stdout). */
  result(text: string): void;
  /** The terminal's columns right now (it may be resized during a meeting). */
  columns(): number | undefined;
  /** Start a fresh screen for the next item; does nothing where there is no terminal. */
  clear(): void;
}

/** The message `key` in the session's language. */
export function msgOf(io: Pick<SessionIO, 'lang'>): (key: MessageKey, params?: Params) => string {
  return (key, params) => t(io.lang, key, params);
}

/** The layout width for a terminal of `columns`: never wider than reads well, never absurdly narrow. */
export function layoutWidth(columns: number | undefined): number {
  return Math.max(40, Math.min((columns ?? 80) - 1, 100));
}

export function widthOf(io: Pick<SessionIO, 'columns'>): number {
  return layoutWidth(io.columns());
}
