// One `assess` run: set up (or resume), run the session, and turn a Ctrl-C at any question into a
// calm stop with every answer kept and the command to go on. Returns the exit code.
import { statSync } from 'node:fs';
import path from 'node:path';
import { wrapText } from '../terminal/terminal-text.js';
import type { Problem } from '../shared/errors.js';
import { localize } from '../i18n/lang.js';
import { parseAssessmentFile, toAssessment } from '../input/read-assessment-file.js';
import { serializeAssessment } from '../assessment/write-assessment-file.js';
import { scoreAssessment } from '../scoring/score.js';
import type { AssessmentResult } from '../result/schema.js';
import type { Scale } from '../scale/model.js';
import { draftToFile, type Draft } from './draft.js';
import { isPromptExit } from './prompter.js';
import { runSession } from './session.js';
import { findPreviousRound } from './previous-round.js';
import { msgOf, widthOf } from './session-io.js';
import { setup, type AssessOptions, type SetupEnv, type Start } from './setup.js';
import { counts, reportCommand, resumeCommand } from './summary.js';
import { lockAssessment, type FileLock } from './lock.js';

export interface RunEnv extends SetupEnv {
  /** Write a file atomically (the CLI's writeFileAtomic). */
  write(file: string, text: string): Promise<void>;
  /** Print warnings (a different scale version, and the like). */
  warn(problems: readonly Problem[]): void;
}

/** Exit code after Ctrl-C, as shells report an interrupted program. */
export const EXIT_INTERRUPTED = 130;

/**
 * The file's text for each save: comments that say what it is and how to go on, the ratings titled
 * in scale order. What depends only on the scale is worked out once, not on every answer.
 */
function assessmentText(scale: Scale, file: string, env: Pick<SetupEnv, 'io'>): (draft: Draft) => string {
  const m = msgOf(env.io);
  const lang = env.io.lang;
  const itemComments: Record<string, string> = {};
  for (const domain of scale.domains) {
    domain.items.forEach((item, i) => {
      const title = `${item.id}: ${localize(item.title, lang)}`;
      itemComments[item.id] = i === 0 ? `── ${localize(domain.name, lang)} ──\n${title}` : title;
    });
  }
  const order = scale.items.map((item) => item.id);
  return (draft) =>
    serializeAssessment(draftToFile(draft), {
      header: [
        m('assess.file.about', { team: draft.team, date: draft.date, scale: `${scale.id} ${scale.version}` }),
        m('assess.file.format'),
        m('assess.file.resume', { command: resumeCommand(file, scale) }),
        m('assess.file.report', { command: reportCommand(file, scale) }),
      ],
      itemComments,
      order,
    });
}

/** The scores of the file as it is on disk, read back exactly as `score` reads it. */
async function scoreFile(start: Start): Promise<AssessmentResult> {
  const { assessment } = toAssessment(await parseAssessmentFile(start.path), start.scale);
  return scoreAssessment(start.scale, assessment);
}

export async function runAssess(options: AssessOptions, env: RunEnv): Promise<number> {
  const m = msgOf(env.io);
  let start: Start | undefined;
  let lock: FileLock | undefined;
  try {
    // A file to resume is locked before it is read, so no other session writes it after; a new one
    // once its name is known.
    if (options.out && isFile(path.resolve(env.cwd, options.out))) lock = lockAssessment(path.resolve(env.cwd, options.out), options.out);
    start = await setup(options, env);
    const s = start;
    const held = (lock ??= lockAssessment(s.path, s.file));
    if (s.warnings.length > 0) env.warn(s.warnings);
    const text = assessmentText(s.scale, s.file, env);
    // A finished file is revised as it is; a new or unfinished one may follow up the round before it.
    const previous = s.state === 'complete' ? null : await findPreviousRound(path.dirname(s.path), s.path, s.draft, s.scale);
    await runSession({
      previous,
      io: env.io,
      scale: s.scale,
      draft: s.draft,
      state: s.state,
      file: s.file,
      ...(s.assessment ? { opened: s.assessment } : {}),
      // Never over a file another program changed: that answer would be reported saved, and theirs lost.
      save: async (draft) => {
        held.checkUnchanged();
        await env.write(s.path, text(draft));
        held.saved();
      },
      score: () => scoreFile(s),
    });
    return 0;
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    const width = widthOf(env.io);
    // Once set up, the file is on disk: a resumed one was there, a new one is saved before the first question.
    if (!start) {
      env.io.say(`\n${m('assess.stoppedNothing')}\n`);
    } else {
      const text = m('assess.stopped', { file: start.file, answered: counts(start.scale, start.draft).answered, total: start.scale.items.length });
      env.io.say(`\n${wrapText(text, width)}\n  ${env.io.style.cyan(resumeCommand(start.file, start.scale))}\n`);
    }
    return EXIT_INTERRUPTED;
  } finally {
    lock?.release();
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
