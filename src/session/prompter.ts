// The one small interface every question of `assess` goes through, so the session runs the same
// with inquirer in a terminal (inquirer-prompter.ts) and with scripted answers in tests.

export interface Choice<T> {
  value: T;
  /** What the list shows; may span several lines, already wrapped to the terminal. */
  name: string;
  /** What stays on screen once chosen (default: the name). */
  short?: string;
  /** Shown under the list while this choice is the active one. */
  description?: string;
}

export interface SelectQuestion<T> {
  message: string;
  choices: readonly Choice<T>[];
  /** The choice the cursor starts on. */
  default?: T;
  /**
   * A score question: no choice is marked until one is chosen (Enter alone records nothing), and a
   * digit answers at once. Without it the cursor starts on the default, or the first choice.
   */
  score?: boolean;
}

export interface InputQuestion {
  message: string;
  /** Given when the answer is left empty; shown in brackets (in a terminal, Tab makes it editable). */
  default?: string;
  /** `true`, or what is wrong with the answer (the question is asked again). */
  validate?: (value: string) => true | string;
}

export interface ConfirmQuestion {
  message: string;
  default: boolean;
}

export interface Prompter {
  select<T>(question: SelectQuestion<T>): Promise<T>;
  input(question: InputQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

/**
 * True for the error a prompt throws when the person presses Ctrl-C (inquirer's ExitPromptError).
 * Matched by name so that neither the session nor its tests need inquirer loaded.
 */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
