// Problems found in input (with where and what), and the error that carries them to the CLI.
import type { MessageKey, Params } from './message-params.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with an input: a catalogue key and its parameters, plus where it is. */
export interface Problem {
  severity: Severity;
  code: MessageKey;
  params: Params;
  file?: string;
  line?: number;
  column?: number;
  /** Path in the document, e.g. `domains[2].items[0].weight`. */
  path?: string;
  /** Column header in a data file. */
  header?: string;
  /**
   * The message as already written, for a warning carried over from a result read back (its words were
   * chosen when it was scored); printed and kept as it is, instead of `code` looked up again.
   */
  written?: string;
}

/**
 * The one error type the tool throws on purpose. It holds one or more problems; the CLI prints
 * each in the user's language and exits with `exitCode` (2: bad usage or bad input).
 */
export class HfError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;

  constructor(problems: Problem | Problem[], exitCode = 2) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.code).join(', '));
    this.name = 'HfError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

export function problem(
  code: MessageKey,
  params: Params = {},
  where: Omit<Problem, 'severity' | 'code' | 'params'> = {},
  severity: Severity = 'error',
): Problem {
  return { severity, code, params, ...where };
}

/** Problems in the order of their place in the file (line, then column); a copy. */
export function sortByPosition(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export function isHfError(error: unknown): error is HfError {
  return error instanceof HfError;
}
