// The interactive assessment, item by item (SPEC section 8): the main pass, the skipped items
// again, the summary with the chance to change any item, the review's key messages, strengths,
// recommendations and barriers, the action plan, then `status: complete`.
// Every answer is saved at once; a Ctrl-C (the prompt's exit error) passes through to the caller.
import { msg } from '../i18n/catalogue.js';
import type { Assessment } from '../assessment/model.js';
import { safeForTerminal, truncate, wrapText } from '../terminal/terminal-text.js';
import { itemById } from '../scale/lookup.js';
import type { Item, Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import { scoreAssessment } from '../scoring/score.js';
import { askActionPlan } from './action-plan.js';
import { askReviewTexts } from './review-texts.js';
import { askFollowUp, previousScoreLine, type PreviousRound } from './previous-round.js';
import { formatDate } from '../i18n/format.js';
import { askItem, type AskOptions, type ItemSession } from './ask-item.js';
import { answerOf, hasPanel, pendingItems, skippedItems, type Draft } from './draft.js';
import { answerText, itemCard, shown } from './screens.js';
import { msgOf, widthOf, type SessionIO } from './session-io.js';
import type { StartState } from './setup.js';
import { changeChoices, counts, finalSummary, resumeCommand, summaryTable, titleLine, type View } from './summary.js';

export interface SessionOptions {
  io: SessionIO;
  scale: Scale;
  draft: Draft;
  state: StartState;
  /** The file as the user named it, for the commands the session prints. */
  file: string;
  /** The assessment read from the file at the start, when one was opened (to resume or revise). */
  opened?: Assessment;
  /** Write the draft to the file, atomically. */
  save(draft: Draft): Promise<void>;
  /** Score the file as it is on disk now (read back, checked, scored). */
  score(): Promise<AssessmentResult>;
  /** Last round, when its file is found beside this one. */
  previous?: PreviousRound | null;
}

class Session implements ItemSession {
  readonly io: SessionIO;
  readonly scale: Scale;
  readonly draft: Draft;
  private lastSaved: string | undefined;

  constructor(private readonly options: SessionOptions) {
    this.io = options.io;
    this.scale = options.scale;
    this.draft = options.draft;
  }

  get m() {
    return msgOf(this.io);
  }

  get view(): View {
    return { lang: this.io.lang, style: this.io.style, width: widthOf(this.io) };
  }

  async save(): Promise<void> {
    this.draft.status = 'in-progress';
    await this.options.save(this.draft);
  }

  intro(): void {
    const { style } = this.io;
    const { width } = this.view;
    const c = counts(this.scale, this.draft);
    const lines = [
      style.bold(shown(this.scale.name, this.io.lang)),
      titleLine(this.draft, this.io.lang),
      wrapText(
        hasPanel(this.draft)
          ? this.m('assess.intro.panel', { raters: safeForTerminal(this.draft.raters.join(', ')) })
          : this.draft.raters.length === 1
            ? this.m('assess.intro.oneRater', { name: safeForTerminal(this.draft.raters[0]!) })
            : this.m(this.draft.kind === 'external' ? 'assess.intro.reviewers' : 'assess.intro.team'),
        width,
      ),
      wrapText(this.m('assess.intro.items', { items: this.scale.items.length, domains: this.scale.domains.length }), width),
    ];
    if (this.options.state !== 'new') {
      lines.push(wrapText(this.m(this.options.state === 'complete' ? 'assess.intro.complete' : 'assess.intro.resumed', { ...c, na: msg('assess.naCount', { count: c.na }) }), width));
    }
    const previous = this.options.previous;
    if (previous) lines.push(wrapText(this.m('assess.previous.found', { date: formatDate(previous.date, this.io.lang), file: previous.file }), width));
    lines.push(wrapText(this.m('assess.intro.saving', { file: this.options.file }), width), `  ${style.cyan(resumeCommand(this.options.file, this.scale))}`);
    if (this.scale.notice) lines.push(style.dim(wrapText(shown(this.scale.notice, this.io.lang), width)));
    this.io.say(`${lines.join('\n')}\n\n`);
  }

  /** A pause after the introduction, so the team can read it; Enter starts (or goes on). */
  async waitForStart(): Promise<void> {
    const next = pendingItems(this.scale, this.draft)[0] ?? skippedItems(this.scale, this.draft)[0];
    let message = this.m('assess.intro.start');
    if (this.options.state === 'in-progress') {
      message = next ? this.m('assess.intro.continue', { item: `${next.id} ${shown(next.title, this.io.lang)}` }) : this.m('assess.intro.review');
    }
    await this.io.prompter.input({ message });
  }

  /** One item on a fresh screen. */
  async ask(item: Item, options: AskOptions & { reason?: string; showDomain: boolean }): Promise<void> {
    this.io.clear();
    const c = counts(this.scale, this.draft);
    this.io.say(
      itemCard(this.scale, item, {
        ...this.view,
        ...(this.lastSaved ? { lastSaved: truncate(this.lastSaved, this.view.width) } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
        answered: c.answered,
        skipped: c.skipped,
        showDomain: options.showDomain,
        ...(this.options.previous ? { previous: previousScoreLine(this, this.options.previous, item.id) } : {}),
      }),
    );
    const outcome = await askItem(this, item, options);
    const title = `${item.id} ${shown(item.title, this.io.lang)}`;
    const answer = answerOf(this.draft.ratings[item.id]);
    this.lastSaved =
      outcome === 'skipped' || answer === undefined
        ? `» ${this.m('assess.savedSkipped', { item: title })}`
        : `✔ ${this.m('assess.saved', { item: title, answer: answerText(answer, item, this.io.lang) })}`;
  }

  async mainPass(): Promise<void> {
    let domain: string | undefined;
    for (const item of pendingItems(this.scale, this.draft)) {
      const partial = this.draft.ratings[item.id] !== undefined;
      await this.ask(item, { mode: partial ? 'continue' : 'new', allowSkip: true, showDomain: item.domain !== domain });
      domain = item.domain;
    }
  }

  /** The line saying the last answer was saved, once, on the screen after it. */
  private showSaved(): void {
    if (this.lastSaved) this.io.say(`${this.io.style.green(truncate(this.lastSaved, this.view.width))}\n\n`);
    this.lastSaved = undefined;
  }

  /** Skipped items come back before the end; the team may still leave some, or stop for now. */
  async skippedPass(): Promise<'done' | 'paused'> {
    for (;;) {
      const skipped = skippedItems(this.scale, this.draft);
      if (skipped.length === 0) return 'done';
      this.io.clear();
      this.showSaved();
      this.io.say(`${wrapText(this.m('assess.skipped.intro', { count: skipped.length, items: skipped.map((i) => i.id).join(', ') }), this.view.width)}\n`);
      const what = await this.io.prompter.select<'rate' | 'finish' | 'pause'>({
        message: this.m('assess.skipped.ask'),
        choices: [
          { value: 'rate', name: this.m('assess.skipped.rate') },
          { value: 'finish', name: this.m('assess.skipped.finish') },
          { value: 'pause', name: this.m('assess.skipped.pause') },
        ],
        default: 'rate',
      });
      if (what === 'finish') return 'done';
      if (what === 'pause') return 'paused';
      for (const item of skipped) {
        await this.ask(item, { mode: 'revisit', allowSkip: true, showDomain: false, reason: this.m('assess.reason.skipped') });
      }
    }
  }

  /**
   * The table of every score, and any item changed until the team says the scores are right.
   * `revising`: the file was complete, so the first question says so. Returns whether anything changed.
   */
  async reviewPass(revising = false): Promise<boolean> {
    let first = true;
    let changed = false;
    for (;;) {
      // A complete file opens on its table, under the introduction.
      if (!(revising && first)) this.io.clear();
      this.showSaved();
      this.io.say(`${summaryTable(this.scale, this.draft, this.view)}\n`);
      const change = await this.io.prompter.confirm({
        message: first ? this.m(revising ? 'assess.revise.ask' : 'assess.change.ask') : this.m('assess.change.askMore'),
        default: false,
      });
      first = false;
      if (!change) return changed;
      const id = await this.io.prompter.select({
        message: this.m('assess.change.which'),
        choices: changeChoices(this.scale, this.draft, this.view),
        default: this.scale.items[0]!.id,
      });
      if (id === '') continue;
      const item = itemById(this.scale, id)!;
      await this.ask(item, { mode: 'revisit', allowSkip: false, showDomain: false, reason: this.m('assess.reason.change') });
      changed = true;
    }
  }

  async finish(): Promise<void> {
    this.draft.status = 'complete';
    await this.options.save(this.draft);
    const result = await this.options.score();
    this.io.clear();
    this.showResult(result);
  }

  showResult(result: AssessmentResult): void {
    this.io.result(finalSummary(this.scale, this.draft, result, this.options.file, this.view));
  }

  paused(): void {
    const c = counts(this.scale, this.draft);
    const text = wrapText(this.m('assess.paused', { ...c, file: this.options.file }), this.view.width);
    this.io.say(`\n${text}\n  ${this.io.style.cyan(resumeCommand(this.options.file, this.scale))}\n`);
  }
}

export async function runSession(options: SessionOptions): Promise<void> {
  const s = new Session(options);
  s.intro();
  if (options.state === 'complete') {
    const written = () => JSON.stringify([s.draft.keyMessages, s.draft.strengths, s.draft.recommendations, s.draft.barriers]);
    const before = written();
    const changed = await s.reviewPass(true);
    // Asked whether or not a score changed: the review's words often come after the scores.
    await askReviewTexts(s);
    if (!changed && written() === before) {
      // Nothing changed: the file stays exactly as it was; show the scores of what was read from it.
      s.showResult(options.opened ? scoreAssessment(s.scale, options.opened) : await options.score());
      return;
    }
  } else {
    // Saved at once, so even a Ctrl-C at the first item leaves a file to resume.
    if (options.state === 'new') await s.save();
    await s.waitForStart();
    if (options.previous) await askFollowUp(s, options.previous);
    await s.mainPass();
    if ((await s.skippedPass()) === 'paused') {
      s.paused();
      return;
    }
    await s.reviewPass();
    await askReviewTexts(s);
  }
  // The plan offers the items the scores of the saved file put lowest, as the report's areas to
  // improve, or any other item.
  await askActionPlan(s, await options.score());
  await s.finish();
}
