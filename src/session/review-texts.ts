// The review's own words at the end of `assess` (SPEC 12): key messages, strengths, recommendations
// and barriers the team does not control alone, each a line at a time, each saved as it is written.
// One question first, so a team with nothing to add spends one keystroke.
import { t, type MessageKey } from '../i18n/catalogue.js';
import '../i18n/messages/report.js';
import type { Barrier } from '../assessment/model.js';
import type { ItemSession } from './ask-item.js';
import { msgOf } from './session-io.js';

const LEVELS = [
  ['systemic', 'review.barrier.systemic'],
  ['organisational', 'review.barrier.organisational'],
  ['individual', 'review.barrier.individual'],
] as const satisfies readonly (readonly [Barrier['level'], MessageKey])[];

/** Lines typed one by one until an empty one; each is saved into `list` as it comes. */
async function askLines(s: ItemSession, key: MessageKey, list: string[]): Promise<void> {
  const m = msgOf(s.io);
  for (;;) {
    const text = (await s.io.prompter.input({ message: m(key, { n: list.length + 1 }) })).trim();
    if (text === '') return;
    list.push(text);
    await s.save();
  }
}

async function askBarriers(s: ItemSession): Promise<void> {
  const m = msgOf(s.io);
  const barriers = (s.draft.barriers ??= []);
  for (;;) {
    const text = (await s.io.prompter.input({ message: m('assess.review.barrier', { n: barriers.length + 1 }) })).trim();
    if (text === '') break;
    const level = await s.io.prompter.select<Barrier['level']>({
      message: m('assess.review.barrierLevel'),
      choices: LEVELS.map(([value, label]) => ({ value, name: t(s.io.lang, label) })),
    });
    const barrier: Barrier = { text, level };
    barriers.push(barrier);
    await s.save();
    const owner = (await s.io.prompter.input({ message: m('assess.review.barrierOwner') })).trim();
    if (owner) {
      barrier.owner = owner;
      await s.save();
    }
  }
  if (barriers.length === 0) delete s.draft.barriers;
}

export async function askReviewTexts(s: ItemSession): Promise<void> {
  const m = msgOf(s.io);
  const written = (s.draft.keyMessages?.length ?? 0) + s.draft.strengths.length + s.draft.recommendations.length + (s.draft.barriers?.length ?? 0);
  const wanted = await s.io.prompter.confirm({ message: m(written > 0 ? 'assess.review.askMore' : 'assess.review.ask', { count: written }), default: false });
  if (!wanted) return;
  const keyMessages = (s.draft.keyMessages ??= []);
  await askLines(s, 'assess.review.keyMessage', keyMessages);
  if (keyMessages.length === 0) delete s.draft.keyMessages;
  await askLines(s, 'assess.review.strength', s.draft.strengths);
  await askLines(s, 'assess.review.recommendation', s.draft.recommendations);
  await askBarriers(s);
}
