// Last round, when its file is found beside this one (SPEC 12): the latest complete assessment of
// the same team with the same scale, dated before this one (of the same kind where there is one).
// Its scores are shown beside each item, and its action plan is followed up, status by status.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Action, FollowUp } from '../assessment/model.js';
import { t } from '../i18n/catalogue.js';
import '../i18n/messages/report.js';
import { formatBound, formatDate } from '../i18n/format.js';
import { readHead, YAML_FILE } from '../files/read-input-file.js';
import { parseAssessmentFile, toAssessment } from '../input/read-assessment-file.js';
import type { Scale } from '../scale/model.js';
import type { AssessmentResult } from '../result/schema.js';
import { scoreAssessment } from '../scoring/score.js';
import { STATUS_TEXT } from '../report/review-text.js';
import { safeForTerminal, wrapText } from '../terminal/terminal-text.js';
import type { ItemSession } from './ask-item.js';
import type { Draft } from './draft.js';
import { msgOf, widthOf } from './session-io.js';

export interface PreviousRound {
  /** The file's name, as it stands in the folder. */
  file: string;
  date: string;
  result: AssessmentResult;
  actions: Action[];
}

/** YAML files whose first lines are looked at, and files among them read whole (those of this team and scale). */
const MAX_NAMES = 5000;
const MAX_FILES = 200;

/** Whether a file's first lines could be this team's assessment with this scale (a file that does not say is read). */
function mayBe(head: string, team: string, scaleId: string): boolean {
  const teamLine = /^team:\s*["']?(.*?)["']?\s*$/m.exec(head);
  const scaleLine = /^scale:\s*\{\s*id:\s*["']?([^"',\s}]+)/m.exec(head);
  // A name with escapes or a comment on its line is left to the full read.
  const teamOk = !teamLine || /[\\#]/.test(teamLine[1]!) || sameTeam(teamLine[1]!, team);
  return teamOk && (!scaleLine || scaleLine[1] === scaleId);
}

const sameTeam = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The previous round in `dir`, or null. A file that does not read as an assessment of this scale is passed over. */
export async function findPreviousRound(dir: string, own: string, draft: Draft, scale: Scale): Promise<PreviousRound | null> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => YAML_FILE.test(name)).slice(0, MAX_NAMES);
  } catch {
    return null;
  }
  // Most files of a shared folder are other teams' rounds: passed over on their first lines.
  const candidates: string[] = [];
  for (const name of names) {
    if (candidates.length >= MAX_FILES) break;
    if (path.join(dir, name) !== own && mayBe((await readHead(path.join(dir, name))) ?? '', draft.team, scale.id)) candidates.push(name);
  }
  names = candidates;
  const found: PreviousRound[] = [];
  const kinds: (string | undefined)[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if (full === own) continue;
    try {
      const parsed = await parseAssessmentFile(full);
      const data = parsed.data;
      if (data.scale.id !== scale.id || !sameTeam(data.team, draft.team) || data.date >= draft.date || data.status === 'in-progress') continue;
      const { assessment } = toAssessment(parsed, scale);
      found.push({ file: name, date: data.date, result: scoreAssessment(scale, assessment), actions: assessment.actions });
      kinds.push(data.kind);
    } catch {
      continue;
    }
  }
  const sameKind = found.filter((_, i) => draft.kind !== undefined && kinds[i] === draft.kind);
  const pool = sameKind.length > 0 ? sameKind : found;
  return pool.reduce<PreviousRound | null>((best, round) => (best === null || round.date > best.date ? round : best), null);
}

/** "Last time (11.03.2025): 3", or "not rated", for the item card. */
export function previousScoreLine(s: ItemSession, previous: PreviousRound, itemId: string): string {
  const m = msgOf(s.io);
  const item = previous.result.items.find((i) => i.id === itemId);
  const date = formatDate(previous.date, s.io.lang);
  if (!item || item.status === 'missing' || (item.status === 'rated' && item.score === null)) return m('assess.previous.notRated', { date });
  const answer = item.status === 'na' ? t(s.io.lang, 'assess.na.short') : formatBound(item.score, s.io.lang);
  return m('assess.previous.score', { date, answer });
}

const sameAction = (f: FollowUp, a: Action) => f.action === a.action && (f.item ?? '') === (a.item ?? '');

/** Follow up last round's actions: for each, how far it has come and a word on it. Saved as each is answered. */
export async function askFollowUp(s: ItemSession, previous: PreviousRound): Promise<void> {
  const m = msgOf(s.io);
  const open = previous.actions.filter((a) => !(s.draft.followUp ?? []).some((f) => sameAction(f, a)));
  if (open.length === 0) return;
  const date = formatDate(previous.date, s.io.lang);
  if (!(await s.io.prompter.confirm({ message: m('assess.followUp.ask', { date, count: open.length }), default: true }))) return;
  for (const action of open) {
    const what = action.item ? `${action.item}: ${action.action}` : action.action;
    s.io.say(`\n${s.io.style.bold.cyan(wrapText(safeForTerminal(what), widthOf(s.io)))}\n`);
    const status = await s.io.prompter.select<FollowUp['status']>({
      message: m('assess.followUp.status'),
      choices: (['done', 'started', 'planned', 'dropped'] as const).map((value) => ({ value, name: t(s.io.lang, STATUS_TEXT[value]) })),
    });
    const entry: FollowUp = { from: previous.date, ...(action.item === undefined ? {} : { item: action.item }), action: action.action, status };
    (s.draft.followUp ??= []).push(entry);
    await s.save();
    const note = (await s.io.prompter.input({ message: m('assess.followUp.note') })).trim();
    if (note) {
      entry.note = note;
      await s.save();
    }
  }
}
