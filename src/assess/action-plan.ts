// The optional action plan at the end: for the weakest items, what the team will do, who owns it
// and by when. Each action is saved as soon as it is written; the next assessment follows them up.
import { localize } from '../i18n/lang.js';
import type { Item } from '../scale/model.js';
import type { ItemSession } from './ask-item.js';
import { parseDateInput } from './dates.js';
import { answerOf } from './draft.js';
import type { Choice } from './prompter.js';
import { answerText } from './screens.js';
import { msgOf, widthOf } from './session-io.js';
import { padEnd, textWidth, truncate, wrapText } from './wrap.js';

/** How many of the lowest-scored items the plan offers. */
export const WEAKEST = 6;

/** Rated items below the top score, lowest first (scale order among equals). */
export function weakestItems(s: Pick<ItemSession, 'scale' | 'draft'>, count = WEAKEST): { item: Item; score: number }[] {
  const rated: { item: Item; score: number; index: number }[] = [];
  s.scale.items.forEach((item, index) => {
    const answer = answerOf(s.draft.ratings[item.id]);
    if (typeof answer === 'number' && answer < item.rating.max) rated.push({ item, score: answer, index });
  });
  return rated
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map(({ item, score }) => ({ item, score }));
}

async function askOneAction(s: ItemSession, item: Item, score: number): Promise<void> {
  const m = msgOf(s.io);
  const { lang, style } = s.io;
  const width = widthOf(s.io);
  const next = localize(item.anchors[String(score + 1)], lang);
  s.io.say(
    [
      '',
      style.bold.cyan(`${item.id} · ${localize(item.title, lang)}`),
      wrapText(m('assess.plan.now', { answer: answerText(score, item, lang) }), width, 2),
      ...(next ? [wrapText(m('assess.plan.nextStep', { score: score + 1, anchor: next }), width, 2)] : []),
      '',
    ].join('\n'),
  );
  const action = (
    await s.io.prompter.input({ message: m('assess.plan.action'), validate: (v) => v.trim() !== '' || m('assess.plan.actionRequired') })
  ).trim();
  const entry: { item: string; action: string; owner?: string; due?: string } = { item: item.id, action };
  s.draft.actions.push(entry);
  await s.save();
  const owner = (await s.io.prompter.input({ message: m('assess.plan.owner') })).trim();
  if (owner) {
    entry.owner = owner;
    await s.save();
  }
  const due = (
    await s.io.prompter.input({
      message: m('assess.plan.due'),
      validate: (v) => v.trim() === '' || parseDateInput(v) !== null || m('assess.badDateInput'),
    })
  ).trim();
  if (due) {
    entry.due = parseDateInput(due)!;
    await s.save();
  }
  s.io.say(`${style.green('✔')} ${m('assess.plan.saved', { id: item.id })}\n`);
}

/** Offer the plan; then, item by item, as many actions as the team wants. */
export async function askActionPlan(s: ItemSession): Promise<void> {
  const m = msgOf(s.io);
  const weakest = weakestItems(s);
  if (weakest.length === 0) return;
  const existing = s.draft.actions.length;
  const wanted = await s.io.prompter.confirm({
    message: existing > 0 ? m('assess.plan.askMore', { count: existing }) : m('assess.plan.ask', { count: weakest.length }),
    default: false,
  });
  if (!wanted) return;
  const width = widthOf(s.io);
  const idWidth = Math.max(...weakest.map(({ item }) => textWidth(item.id)));
  for (;;) {
    const choices: Choice<string>[] = [{ value: '', name: m('assess.plan.done'), short: m('assess.plan.doneShort') }];
    for (const { item, score } of weakest) {
      const count = s.draft.actions.filter((a) => a.item === item.id).length;
      const suffix = count > 0 ? `  (${m('assess.plan.hasActions', { count })})` : '';
      const head = `${padEnd(item.id, idWidth)}  ${score}  `;
      choices.push({
        value: item.id,
        name: head + truncate(localize(item.title, s.io.lang) + suffix, width - 2 - textWidth(head)),
        short: `${item.id} ${localize(item.title, s.io.lang)}`,
      });
    }
    // The cursor starts on the first item still without an action, else on "done".
    const next = weakest.find(({ item }) => !s.draft.actions.some((a) => a.item === item.id));
    const id = await s.io.prompter.select({ message: m('assess.plan.which'), choices, default: next?.item.id ?? '' });
    if (id === '') return;
    const chosen = weakest.find(({ item }) => item.id === id)!;
    await askOneAction(s, chosen.item, chosen.score);
  }
}
