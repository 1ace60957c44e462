// Asking one item: a score (or each rater's score, then the consensus), then an optional rationale
// (public) and an optional note (internal). No score is marked until one is chosen, and a digit
// answers at once. With several raters who agree the consensus is taken without asking (it can be
// changed in the summary); a spread of two points or more is flagged at once and its reason asked.
// The file is saved after every answer, so Ctrl-C at any question keeps what was given.
import type { Answer } from '../assessment/model.js';
import type { RatingEntry } from '../assessment/schema.js';
import { formatNumber } from '../i18n/format.js';
import type { Item, Scale } from '../scale/model.js';
import { safeForTerminal } from '../terminal/terminal-text.js';
import { answerOf, hasPanel, noteRequired, raterSpread, suggestedConsensus, type Draft } from './draft.js';
import { answerShort, answerText, scoreChoices, type ScoreChoice } from './screens.js';
import { msgOf, widthOf, type SessionIO } from './session-io.js';

export interface ItemSession {
  io: SessionIO;
  scale: Scale;
  draft: Draft;
  /** Write the draft to its file (atomically, status in-progress). */
  save(): Promise<void>;
}

/**
 * How an item comes up: `new` (first time), `continue` (resuming: raters who answered are not asked
 * again), `revisit` (a skipped item, or one the team changes: every question again, answers as defaults).
 */
export type AskMode = 'new' | 'continue' | 'revisit';

export interface AskOptions {
  mode: AskMode;
  /** Offer "skip for now" (not when changing an item at the end: Enter on the current score keeps it). */
  allowSkip: boolean;
}

export type AskOutcome = 'answered' | 'skipped';

function choicesFor(s: ItemSession, item: Item, allowSkip: boolean) {
  const choices = scoreChoices(item, s.io.lang, widthOf(s.io));
  return allowSkip ? choices : choices.filter((c) => c.value !== 'skip');
}

/** What an entry says besides its scores (rationale, recommendation, note): kept whatever the scores become. */
function words(existing: RatingEntry | undefined): Pick<RatingEntry, 'rationale' | 'recommendation' | 'note'> {
  return {
    ...(existing?.rationale === undefined ? {} : { rationale: existing.rationale }),
    ...(existing?.recommendation === undefined ? {} : { recommendation: existing.recommendation }),
    ...(existing?.note === undefined ? {} : { note: existing.note }),
  };
}

function entryOf(answer: Answer, raters: Record<string, Answer> | undefined, existing: RatingEntry | undefined): RatingEntry {
  return {
    ...(answer === 'na' ? { na: true } : { score: answer }),
    ...(raters ? { raters } : {}),
    ...words(existing),
  };
}

/** Why a note must be written: a consensus off the rounded mean, or raters two points or more apart. */
export type NoteNeed = { why: 'rounded'; rounded: string } | { why: 'spread'; spread: string } | null;

/** Ask for the item's rationale (public, optional): why this score, in the words a report shows. */
async function askRationale(s: ItemSession, item: Item, entry: RatingEntry): Promise<void> {
  const m = msgOf(s.io);
  const old = entry.rationale;
  const shownOld = old ? safeForTerminal(old) : '';
  const typed = (await s.io.prompter.input({ message: m(old ? 'assess.rationale.edit' : 'assess.rationale.ask'), ...(shownOld ? { default: shownOld } : {}) })).trim();
  const text = old && typed === shownOld.trim() ? old.trim() : typed;
  if (text === '' || text === '-') delete entry.rationale;
  else entry.rationale = text;
  s.draft.ratings[item.id] = entry;
  await s.save();
}

/** Ask for the note; with `required`, an empty note is not accepted. */
async function askNote(s: ItemSession, item: Item, entry: RatingEntry, required: NoteNeed): Promise<void> {
  const m = msgOf(s.io);
  const old = entry.note;
  // The note is shown with its control characters as escapes; taken as it stands, it is kept as it was.
  const shownOld = old ? safeForTerminal(old) : '';
  let message = m('assess.note.ask');
  if (required?.why === 'rounded') message = m('assess.note.required', { rounded: required.rounded });
  else if (required?.why === 'spread') message = m('assess.note.spreadReason', { spread: required.spread });
  else if (old) message = m('assess.note.edit');
  const typed = (
    await s.io.prompter.input({
      message,
      ...(shownOld ? { default: shownOld } : {}),
      ...(required
        ? { validate: (value: string) => (value.trim() !== '' && value.trim() !== '-') || m('assess.note.requiredError') }
        : {}),
    })
  ).trim();
  const text = old && typed === shownOld.trim() ? old.trim() : typed;
  if (text === '' || text === '-') delete entry.note;
  else entry.note = text;
  s.draft.ratings[item.id] = entry;
  await s.save();
}

/** Save the answered entry, then ask its rationale and its note. */
async function settle(s: ItemSession, item: Item, entry: RatingEntry, required: NoteNeed): Promise<AskOutcome> {
  s.draft.ratings[item.id] = entry;
  await s.save();
  await askRationale(s, item, entry);
  await askNote(s, item, entry, required);
  return 'answered';
}

async function askAlone(s: ItemSession, item: Item, options: AskOptions): Promise<AskOutcome> {
  const m = msgOf(s.io);
  const existing = s.draft.ratings[item.id];
  const previous = answerOf(existing);
  const rater = s.draft.raters[0];
  const choice = await s.io.prompter.select<ScoreChoice>({
    message: rater ? m('assess.scoreBy', { name: safeForTerminal(rater) }) : m('assess.score'),
    choices: choicesFor(s, item, options.allowSkip),
    score: true,
    ...(previous === undefined ? {} : { default: previous }),
  });
  if (choice === 'skip') {
    s.draft.ratings[item.id] = { skipped: true, ...words(existing) };
    await s.save();
    return 'skipped';
  }
  return settle(s, item, entryOf(choice, undefined, existing), null);
}

async function askPanel(s: ItemSession, item: Item, options: AskOptions): Promise<AskOutcome> {
  const m = msgOf(s.io);
  const existing = s.draft.ratings[item.id];
  const given: Record<string, Answer> = { ...(existing?.raters ?? {}) };
  // Raters in the order the file lists them, whatever order their answers were saved in.
  const ordered = () => Object.fromEntries(s.draft.raters.filter((r) => given[r] !== undefined).map((r) => [r, given[r]!]));
  const choices = choicesFor(s, item, options.allowSkip);
  const changing = options.mode === 'revisit' && answerOf(existing) !== undefined;
  const skip = async () => {
    s.draft.ratings[item.id] = { skipped: true, ...(Object.keys(given).length > 0 ? { raters: ordered() } : {}), ...words(existing) };
    await s.save();
    return 'skipped' as const;
  };

  for (const name of s.draft.raters) {
    const before = given[name];
    const shownName = safeForTerminal(name);
    if (options.mode === 'continue' && before !== undefined) {
      s.io.say(`${s.io.style.green('✔')} ${m('assess.raterSavedEarlier', { name: shownName, answer: answerText(before, item, s.io.lang) })}\n`);
      continue;
    }
    const choice = await s.io.prompter.select<ScoreChoice>({
      message: m('assess.scoreBy', { name: shownName }),
      choices,
      score: true,
      ...(before === undefined ? {} : { default: before }),
    });
    if (choice === 'skip') return skip();
    given[name] = choice;
    // Changing an item already agreed: nothing is written until the new agreed score is, so a Ctrl-C
    // in the middle leaves the item (and a complete file) as it was.
    if (changing) continue;
    // Until the consensus is agreed the item is unfinished: keep the raters' answers, drop any old consensus.
    s.draft.ratings[item.id] = { raters: ordered(), ...words(existing) };
    await s.save();
  }

  const { mean, answer: suggested } = suggestedConsensus(given, item);
  const suggestedText = suggested === undefined ? '–' : answerShort(suggested, s.io.lang);
  const spread = raterSpread(given);
  // The shared score, saved with the raters' answers; a note is required when it is not the rounded
  // mean, or when the raters were two points or more apart (why, once they have talked it over).
  const need = (answer: Answer): NoteNeed =>
    noteRequired(answer, given, item)
      ? { why: 'rounded', rounded: suggestedText }
      : spread >= 2
        ? { why: 'spread', spread: formatNumber(spread, s.io.lang, Number.isInteger(spread) ? 0 : 1) }
        : null;
  const agree = (answer: Answer) => settle(s, item, entryOf(answer, ordered(), existing), need(answer));
  const agreed = answerOf(existing);
  const answers = Object.values(given);
  // Everyone gave the same answer: that is the consensus, without a question (the summary can change it).
  if (options.mode !== 'revisit' && answers.length >= 2 && answers.every((a) => a === answers[0])) {
    s.io.say(`${s.io.style.green('✔')} ${m('assess.consensusSame', { answer: answerText(answers[0]!, item, s.io.lang) })}\n`);
    return agree(answers[0]!);
  }
  if (spread >= 2) s.io.say(`${s.io.style.yellow('!')} ${m('assess.spreadFlag', { spread: formatNumber(spread, s.io.lang, Number.isInteger(spread) ? 0 : 1) })}\n`);
  if (options.mode === 'continue' && agreed !== undefined) {
    // Resuming after Ctrl-C at the note: the shared score stands, only its note is still owed.
    s.io.say(`${s.io.style.green('✔')} ${m('assess.sharedSavedEarlier', { answer: answerText(agreed, item, s.io.lang) })}\n`);
    return agree(agreed);
  }
  // The cursor starts at the rounded mean; when changing an item, at the shared score it had, so Enter keeps it.
  const start = options.mode === 'revisit' && agreed !== undefined ? agreed : suggested;
  const choice = await s.io.prompter.select<ScoreChoice>({
    message:
      mean === null
        ? m('assess.consensusAllNa')
        : m('assess.consensus', { mean: formatNumber(mean, s.io.lang, 1), rounded: suggestedText }),
    choices,
    score: true,
    // Changing an item: Enter keeps the shared score it had. Otherwise nothing is marked: the team chooses.
    ...(start === undefined || options.mode !== 'revisit' ? {} : { default: start }),
  });
  if (choice === 'skip') return skip();
  return agree(choice);
}

export function askItem(s: ItemSession, item: Item, options: AskOptions): Promise<AskOutcome> {
  return hasPanel(s.draft) ? askPanel(s, item, options) : askAlone(s, item, options);
}
