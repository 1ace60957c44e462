// The score question in a terminal: the scores with their anchors as a list, but with no score
// chosen until someone chooses one (a stray Enter records nothing, where a list starting on 1 would
// record the worst score), and a digit that answers at once: scoring an item is one key per rater.
// Arrow keys and Enter still work, for N/A, "skip for now" and anyone who prefers them.
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState, type Theme } from '@inquirer/core';

export interface ScorePromptChoice {
  value: unknown;
  name: string;
  short: string;
  description?: string;
}

export interface ScorePromptConfig {
  message: string;
  choices: readonly ScorePromptChoice[];
  /** The choice the cursor starts on (changing an item: Enter keeps it); none when undefined. */
  default?: unknown;
  pageSize: number;
  /** Shown when Enter is pressed with nothing chosen. */
  chooseFirst: string;
  /** The keys line under the list. */
  keysHelp: string;
  theme?: Partial<Theme>;
  /** How the chosen score's label is styled under the list. */
  describe?: (text: string) => string;
}

/** A digit's choice: a whole score of one digit. Scores of two digits (a 0-10 scale) are chosen with the arrows. */
function digitChoice(choices: readonly ScorePromptChoice[], key: string): number {
  if (!/^[0-9]$/.test(key)) return -1;
  if (choices.some((c) => typeof c.value === 'number' && c.value >= 10)) return -1;
  return choices.findIndex((c) => c.value === Number(key));
}

export const scorePrompt = createPrompt<unknown, ScorePromptConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const start = config.default === undefined ? -1 : config.choices.findIndex((c) => c.value === config.default);
  const [active, setActive] = useState(start);
  const [error, setError] = useState<string | undefined>(undefined);

  const finish = (index: number) => {
    setActive(index);
    setStatus('done');
    done(config.choices[index]!.value);
  };

  useKeypress((key, rl) => {
    setError(undefined);
    if (isEnterKey(key)) {
      if (active === -1) setError(config.chooseFirst);
      else finish(active);
      return;
    }
    const last = config.choices.length - 1;
    if (isUpKey(key)) {
      setActive(active <= 0 ? (active === -1 ? last : 0) : active - 1);
      return;
    }
    if (isDownKey(key)) {
      setActive(active === -1 ? 0 : Math.min(last, active + 1));
      return;
    }
    const index = digitChoice(config.choices, key.name ?? rl.line.slice(-1));
    rl.clearLine(0);
    if (index !== -1) finish(index);
  });

  const page = usePagination({
    items: config.choices,
    // Before a choice, the list is shown from its top with no line marked.
    active: Math.max(active, 0),
    renderItem: ({ item, isActive }) => {
      const marked = isActive && active !== -1;
      const text = `${marked ? '❯' : ' '} ${item.name}`;
      return marked ? theme.style.highlight(text) : text;
    },
    pageSize: config.pageSize,
    loop: false,
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message, theme.style.answer(config.choices[active]!.short)].filter(Boolean).join(' ');
  const description = active === -1 ? undefined : config.choices[active]!.description;
  return [
    [prefix, message].filter(Boolean).join(' '),
    page,
    ' ',
    description ? (config.describe ?? theme.style.help)(description) : '',
    error ? theme.style.error(error) : '',
    theme.style.help(config.keysHelp),
  ]
    .filter(Boolean)
    .join('\n')
    .trimEnd();
});
