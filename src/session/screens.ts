// What the session shows: the item card (heading, progress, title, question), the score choices with
// their anchors, answers in words. Pure text for a given language, width and style.
import type { ChalkInstance } from 'chalk';
import type { Answer } from '../assessment/model.js';
import type { RatingEntry } from '../assessment/schema.js';
import { t } from '../i18n/catalogue.js';
import { localize, type Lang, type Text } from '../i18n/lang.js';
import type { Item, Scale } from '../scale/model.js';
import { padEnd, safeForTerminal, textWidth, wrapText } from '../terminal/terminal-text.js';
import type { Choice } from './prompter.js';

/** The value of a score question: a score, not applicable, or come back later. */
export type ScoreChoice = Answer | 'skip';

/** Where an item is in its scale: the index of its domain, and its own among all items. */
function placeOf(scale: Scale, item: Item): { domainIndex: number; itemIndex: number } {
  return {
    domainIndex: scale.domains.findIndex((d) => d.id === item.domain),
    itemIndex: scale.items.findIndex((i) => i.id === item.id),
  };
}

/**
 * A scale's text in the session's language, safe to print: a scale from --scales-dir is anyone's
 * file, so control characters are shown as escapes, not obeyed by the terminal.
 */
export function shown(text: Text | undefined, lang: Lang): string {
  return safeForTerminal(localize(text, lang));
}

/** The scores an item can take, lowest first. */
function scoresOf(item: Item): number[] {
  const out: number[] = [];
  for (let s = Math.ceil(item.rating.min); s <= item.rating.max; s++) out.push(s);
  return out;
}

function naShort(lang: Lang): string {
  return t(lang, 'assess.na.short');
}

/** An answer in words: "3 – Largely implemented", "N/A". */
export function answerText(answer: Answer, item: Item, lang: Lang): string {
  if (answer === 'na') return naShort(lang);
  const label = shown(item.labels[String(answer)], lang);
  return label ? `${answer} – ${label}` : String(answer);
}

/** An answer in a few characters, for tables and lists: "3", "N/A". */
export function answerShort(answer: Answer, lang: Lang): string {
  return answer === 'na' ? naShort(lang) : String(answer);
}

/** An entry in a few characters, for tables: "3", "N/A", "»" (skipped), "" (not yet). */
export function entryShort(entry: RatingEntry | undefined, lang: Lang): string {
  if (!entry) return '';
  if (entry.skipped) return t(lang, 'assess.skipped.short');
  if (entry.na === true) return naShort(lang);
  return entry.score === undefined ? '' : answerShort(entry.score, lang);
}

/**
 * The choices of a score question: every score with its anchor text beside it (wrapped, with a
 * hanging indent), N/A where the item allows it, and "skip for now".
 */
export function scoreChoices(item: Item, lang: Lang, width: number): Choice<ScoreChoice>[] {
  const scores = scoresOf(item);
  const na = naShort(lang);
  const skipSign = t(lang, 'assess.skipped.short');
  const col = Math.max(...scores.map((s) => String(s).length), item.na ? textWidth(na) : 0, textWidth(skipSign)) + 2;
  // The list draws "❯ " before the first line of each choice, and nothing before the others: the
  // text is wrapped beside the sign, continuation lines indented to where the text starts.
  const indent = col + 2;
  const line = (sign: string, text: string) => padEnd(sign, col) + wrapText(text, width, indent, indent).slice(indent);
  const choices: Choice<ScoreChoice>[] = scores.map((score) => {
    const anchor = shown(item.anchors[String(score)], lang);
    const label = shown(item.labels[String(score)], lang);
    return {
      value: score,
      name: line(String(score), anchor || label),
      short: answerText(score, item, lang),
      ...(anchor && label ? { description: `${score} = ${label}` } : {}),
    };
  });
  if (item.na) choices.push({ value: 'na', name: line(na, t(lang, 'assess.na.choice')), short: na });
  choices.push({ value: 'skip', name: line(skipSign, t(lang, 'assess.skip.choice')), short: t(lang, 'assess.skip.done') });
  return choices;
}

export interface CardOptions {
  lang: Lang;
  style: ChalkInstance;
  width: number;
  /** "Saved: hcs1 = 4", the last thing done, kept on the fresh screen. */
  lastSaved?: string;
  /** A line saying why this item comes up (returning to a skipped item, changing an item). */
  reason?: string;
  answered: number;
  skipped: number;
  /** Show the domain's description (the first item of a domain in the main pass). */
  showDomain: boolean;
  /** "Last time (11.03.2025): 3", where last round's file is found. */
  previous?: string;
}

/** The item card: where we are, the domain, the item's title and question. */
export function itemCard(scale: Scale, item: Item, options: CardOptions): string {
  const { lang, style, width } = options;
  const { domainIndex, itemIndex } = placeOf(scale, item);
  const domain = scale.domains[domainIndex]!;
  const out: string[] = [];
  if (options.lastSaved) out.push(style.green(options.lastSaved), '');
  out.push(
    style.bold(
      wrapText(
        t(lang, 'assess.domainHeading', { n: domainIndex + 1, of: scale.domains.length, name: shown(domain.name, lang) }),
        width,
      ),
    ),
  );
  const progress = t(lang, 'assess.progress', { n: itemIndex + 1, of: scale.items.length, answered: options.answered, skipped: options.skipped });
  out.push(style.dim(wrapText(progress, width)));
  if (options.showDomain && domain.description) out.push(style.dim(wrapText(shown(domain.description, lang), width)));
  out.push(style.dim('─'.repeat(Math.min(width, 60))));
  if (options.reason) out.push(style.yellow(wrapText(options.reason, width)));
  const head = wrapText(`${item.id} · ${shown(item.title, lang)}`, width);
  const tag = item.critical ? `[${t(lang, 'assess.critical')}]` : '';
  const lastLine = head.split('\n').at(-1)!;
  const sep = !tag ? '' : textWidth(lastLine) + 2 + textWidth(tag) <= width ? '  ' : '\n';
  out.push(`${style.bold.cyan(head)}${sep}${tag ? style.yellow(tag) : ''}`);
  if (item.question) out.push(wrapText(shown(item.question, lang), width));
  if (item.description) out.push(style.dim(wrapText(shown(item.description, lang), width)));
  if (options.previous) out.push(style.magenta(wrapText(options.previous, width)));
  return `${out.join('\n')}\n\n`;
}
