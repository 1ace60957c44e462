// A Prompter that answers from a script, records every question, and throws inquirer's own
// ExitPromptError where the script says Ctrl-C; plus the SessionIO and env the tests run with.
import { ExitPromptError } from '@inquirer/core';
import { Chalk } from 'chalk';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Prompter, SelectQuestion, InputQuestion, ConfirmQuestion } from '../../src/session/prompter.js';
import type { SessionIO } from '../../src/session/session-io.js';
import type { RunEnv } from '../../src/session/run-assess.js';
import { writeFileAtomic } from '../../src/cli/write-output.js';
import { registerMessages } from '../../src/i18n/catalogue.js';
import { assessMessages } from '../../src/i18n/messages/assess.js';
import type { Lang } from '../../src/i18n/lang.js';

registerMessages(assessMessages);

/** Take the question's default (Enter). */
export const ENTER = Symbol('enter');
/** Press Ctrl-C at this question. */
export const CTRL_C = Symbol('ctrl-c');

export interface Step {
  /** The question's message must match this. */
  expect?: RegExp;
  answer: unknown;
}

/** An answer that first checks which question it answers. */
export function at(expect: RegExp, answer: unknown): Step {
  return { expect, answer };
}

export interface Asked {
  kind: 'select' | 'input' | 'confirm';
  message: string;
  default?: unknown;
  choices?: unknown[];
  /** A score question: no choice marked until one is chosen. */
  score?: boolean;
  /** What validation said of a refused answer. */
  refused?: string;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  private readonly steps: (Step | unknown)[];

  constructor(steps: readonly (Step | unknown)[]) {
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  private next(record: Asked): unknown {
    this.asked.push(record);
    if (this.steps.length === 0) throw new Error(`the script has no answer left for ${record.kind} "${record.message}"`);
    const raw = this.steps.shift();
    const step: Step = raw !== null && typeof raw === 'object' && 'answer' in raw ? (raw as Step) : { answer: raw };
    if (step.expect && !step.expect.test(record.message)) {
      throw new Error(`the script expected a question matching ${step.expect}, but was asked ${record.kind} "${record.message}"`);
    }
    if (step.answer === CTRL_C) throw new ExitPromptError();
    return step.answer;
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    const values = q.choices.map((c) => c.value);
    let answer = this.next({ kind: 'select', message: q.message, default: q.default, choices: values, ...(q.score ? { score: true } : {}) });
    // A score question marks no choice until one is chosen: Enter alone is refused, as in the terminal.
    while (answer === ENTER && q.score && q.default === undefined) {
      this.asked[this.asked.length - 1]!.refused = 'no score chosen';
      answer = this.next({ kind: 'select', message: q.message, default: q.default, choices: values, score: true });
    }
    if (answer === ENTER) return q.default !== undefined ? q.default : values[0]!;
    if (!values.includes(answer as T)) {
      throw new Error(`"${String(answer)}" is not a choice of "${q.message}" (choices: ${values.map(String).join(', ')})`);
    }
    return answer as T;
  }

  async input(q: InputQuestion): Promise<string> {
    let answer = this.next({ kind: 'input', message: q.message, default: q.default });
    for (;;) {
      // Like inquirer: Enter on an empty line gives the default.
      let text = answer === ENTER ? '' : String(answer);
      if (text === '' && q.default) text = q.default;
      const verdict = q.validate ? q.validate(text) : true;
      if (verdict === true) return text;
      // Refused: inquirer asks again, so the next step answers the same question.
      this.asked[this.asked.length - 1]!.refused = verdict;
      answer = this.next({ kind: 'input', message: q.message, default: q.default });
    }
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const answer = this.next({ kind: 'confirm', message: q.message, default: q.default });
    return answer === ENTER ? q.default : Boolean(answer);
  }
}

export interface Harness {
  prompter: ScriptedPrompter;
  env: RunEnv;
  /** Everything the session said (the conversation). */
  said: string[];
  /** What it printed as results. */
  results: string[];
  /** Every text written to the file, in order. */
  writes: string[];
  dir: string;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'hf-assess-'));
}

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const TINY = path.join(FIXTURES, 'tiny-hf.yaml');

export function harness(steps: readonly unknown[], dir: string, lang: Lang = 'en', columns = 80): Harness {
  const prompter = new ScriptedPrompter(steps);
  const said: string[] = [];
  const results: string[] = [];
  const writes: string[] = [];
  const io: SessionIO = {
    prompter,
    lang,
    style: new Chalk({ level: 0 }),
    say: (text) => void said.push(text),
    result: (text) => void results.push(text),
    columns: () => columns,
    clear: () => void said.push('\n<clear>\n'),
  };
  const env: RunEnv = {
    io,
    cwd: dir,
    now: new Date('2026-10-15T10:00:00'),
    // The tiny scale is found by its id when a file is resumed.
    scalesDir: FIXTURES,
    write: async (file, text) => {
      writes.push(text);
      await writeFileAtomic(file, text);
    },
    warn: (problems) => void said.push(problems.map((p) => p.code).join('\n')),
  };
  return { prompter, env, said, results, writes, dir };
}

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
