// The optional action plan at the end: for the weakest items, or any other item the team chooses
// (a high score to keep), what the team will do, who owns it and by when. Each action is saved as soon as it is written; the next assessment follows them up.
import type { Action } from '../assessment/model.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { Item } from '../scale/model.js';
import { wrapText } from '../terminal/terminal-text.js';
import { parseDate } from '../shared/parse-date.js';
import { itemFacts, withNextStep, type Improvement } from '../report/facts.js';
import { improveOrder } from '../scoring/highlights.js';
import { ratedItems } from '../scoring/rated-item.js';
import type { AssessmentResult } from '../result/schema.js';
import type { ItemSession } from './ask-item.js';
import { answerShort, answerText, shown } from './screens.js';
import { msgOf, widthOf } from './session-io.js';
import { itemChoices } from './summary.js';

/** How many of the lowest-scored items the plan offers. */
const WEAKEST = 6;

/**
 * An item's score as the plan shows it: a whole score as an answer with its label, a mean of raters
 * (no shared score) to two decimals, written as the reader writes numbers ("2,67" in nb and da).
 */
export function planScoreText(score: number, item: Item, lang: Lang): string {
  return Number.isInteger(score) ? answerText(score, item, lang) : formatNumber(score, lang, 2);
}

async function askOneAction(s: ItemSession, { item, score, nextScore, nextAnchor }: Improvement): Promise<void> {
  const m = msgOf(s.io);
  const { lang, style } = s.io;
  const width = widthOf(s.io);
  const next = shown(nextAnchor ?? undefined, lang);
  s.io.say(
    [
      '',
      style.bold.cyan(`${item.id} · ${shown(item.title, lang)}`),
      wrapText(m('assess.plan.now', { answer: planScoreText(score, item, lang) }), width, 2),
      ...(next && nextScore !== null ? [wrapText(m('assess.plan.nextStep', { score: nextScore, anchor: next }), width, 2)] : []),
      '',
    ].join('\n'),
  );
  const action = (
    await s.io.prompter.input({ message: m('assess.plan.action'), validate: (v) => v.trim() !== '' || m('assess.plan.actionRequired') })
  ).trim();
  const entry: Action = { item: item.id, action };
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
      validate: (v) => v.trim() === '' || parseDate(v) !== null || m('assess.badDateInput'),
    })
  ).trim();
  if (due) {
    entry.due = parseDate(due)!;
    await s.save();
  }
  s.io.say(`${style.green('✔')} ${m('assess.plan.saved', { id: item.id })}\n`);
}

/** The value of the plan's "another item" choice (item ids never start with a space). */
const OTHER = ' other';

/** Any rated item, from the list of all of them. */
async function chooseAnyItem(s: ItemSession, result: AssessmentResult): Promise<Improvement | null> {
  const m = msgOf(s.io);
  const rated = withNextStep(itemFacts(s.scale, result, s.scale.items.map((item) => item.id)));
  const rows = rated.map(({ item, score }) => ({ item, score: Number.isInteger(score) ? answerShort(score, s.io.lang) : formatNumber(score, s.io.lang, 2) }));
  const choices = itemChoices(rows, { value: '', name: m('assess.plan.back'), short: m('assess.plan.back') }, { lang: s.io.lang, width: widthOf(s.io) }, 4);
  const id = await s.io.prompter.select({ message: m('assess.plan.whichAny'), choices, default: '' });
  return rated.find(({ item }) => item.id === id) ?? null;
}

/**
 * Offer the plan for the items the scores put lowest (as the report's "areas to improve" does), or
 * any other item; then, item by item, as many actions as the team wants.
 */
export async function askActionPlan(s: ItemSession, result: AssessmentResult): Promise<void> {
  const m = msgOf(s.io);
  const byId = new Map(result.items.map((item) => [item.id, item]));
  const lowest = improveOrder(ratedItems(s.scale.items, byId)).slice(0, WEAKEST).map(({ item }) => item.id);
  const weakest = withNextStep(itemFacts(s.scale, result, lowest));
  // Nothing rated at all: no item to plan for.
  if (!result.items.some((item) => item.status === 'rated')) return;
  const existing = s.draft.actions.length;
  const wanted = await s.io.prompter.confirm({
    message:
      existing > 0 ? m('assess.plan.askMore', { count: existing }) : weakest.length === 0 ? m('assess.plan.askAny') : m('assess.plan.ask', { count: weakest.length }),
    default: false,
  });
  if (!wanted) return;
  const view = { lang: s.io.lang, width: widthOf(s.io) };
  for (;;) {
    const rows = weakest.map(({ item, score }) => {
      const count = s.draft.actions.filter((a) => a.item === item.id).length;
      return { item, score: Number.isInteger(score) ? answerShort(score, s.io.lang) : formatNumber(score, s.io.lang, 2), suffix: count > 0 ? `  (${m('assess.plan.hasActions', { count })})` : '' };
    });
    const choices = [
      ...itemChoices(rows, { value: '', name: m('assess.plan.done'), short: m('assess.plan.doneShort') }, view),
      { value: OTHER, name: m('assess.plan.other'), short: m('assess.plan.other') },
    ];
    // The cursor starts on the first item still without an action, else on "done".
    const next = weakest.find(({ item }) => !s.draft.actions.some((a) => a.item === item.id));
    const id = await s.io.prompter.select({ message: m('assess.plan.which'), choices, default: next?.item.id ?? '' });
    if (id === '') return;
    if (id === OTHER) {
      const chosen = await chooseAnyItem(s, result);
      if (chosen) await askOneAction(s, chosen);
      continue;
    }
    await askOneAction(s, weakest.find(({ item }) => item.id === id)!);
  }
}
