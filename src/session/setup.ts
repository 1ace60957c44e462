// Before the first item: read the file to resume or revise (--out on an existing file), or ask for
// whatever the options did not give: scale, team, date, kind, raters and the file to write.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONSENSUS_NAMES, type Assessment } from '../assessment/model.js';
import { wrapText } from '../terminal/terminal-text.js';
import { HfError, problem, type Problem } from '../shared/errors.js';
import { formatDate } from '../i18n/format.js';
import { parseDate } from '../shared/parse-date.js';
import { YAML_FILE } from '../files/read-input-file.js';
import { parseAssessmentFile, toAssessment } from '../input/read-assessment-file.js';
import { BUILTIN_IDS, loadScale, loadScaleFile, scaleFilesIn } from '../input/load-scale.js';
import type { Scale } from '../scale/model.js';
import { todayIso } from './dates.js';
import { draftFromFile, type Draft } from './draft.js';
import type { Choice } from './prompter.js';
import { shown } from './screens.js';
import { msgOf, widthOf, type SessionIO } from './session-io.js';
import { resumeCommand } from './summary.js';

export interface AssessOptions {
  scale?: string;
  team?: string;
  date?: string;
  kind?: string;
  rater?: string[];
  out?: string;
}

export interface SetupEnv {
  io: SessionIO;
  cwd: string;
  now: Date;
  scalesDir?: string;
}

export type StartState = 'new' | 'in-progress' | 'complete';

export interface Start {
  scale: Scale;
  draft: Draft;
  /** The file as the user named it (for the commands we print). */
  file: string;
  /** The file's absolute path (for writing). */
  path: string;
  state: StartState;
  /** The assessment as read from the file, when one was opened (to resume or revise). */
  assessment?: Assessment;
  warnings: Problem[];
}

/** "Housing First Moss" -> "housing-first-moss"; æ, ø, å and accents become plain letters. */
export function slug(text: string): string {
  const plain = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'assessment';
}

async function exists(file: string): Promise<'file' | 'dir' | null> {
  try {
    return (await stat(file)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** Raters from --rater (repeatable) or typed as "Anne, Bjørn": trimmed, no blanks, no repeats. */
function parseRaters(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean))];
}

/** A name that data files read as the agreed scores, not as a rater: no rater may be called so. */
function reservedRater(raters: readonly string[]): string | undefined {
  return raters.find((r) => CONSENSUS_NAMES.includes(r.toLowerCase()));
}

async function resume(options: AssessOptions, env: SetupEnv, file: string, full: string): Promise<Start> {
  const m = msgOf(env.io);
  const parsed = await parseAssessmentFile(full);
  const ref = options.scale ?? parsed.data.scale.id;
  const { scale, warnings } = await loadScale(ref, { scalesDir: env.scalesDir });
  // Checks every rating against the scale (unknown items, scores out of range): errors stop here.
  const checked = toAssessment(parsed, scale);
  const draft = draftFromFile(parsed.data, scale);
  const differs: string[] = [];
  if (options.team !== undefined && options.team.trim() !== draft.team) differs.push('--team');
  if (options.date !== undefined && parseDate(options.date) !== draft.date) differs.push('--date');
  if (options.kind !== undefined && options.kind !== draft.kind) differs.push('--kind');
  if (options.rater !== undefined && parseRaters(options.rater).join(',') !== draft.raters.join(',')) differs.push('--rater');
  if (differs.length > 0) {
    env.io.say(`${env.io.style.yellow(wrapText(m('assess.optionsFromFile', { file, options: differs.join(', ') }), widthOf(env.io)))}\n`);
  }
  return {
    scale,
    draft,
    file,
    path: full,
    state: draft.status === 'complete' ? 'complete' : 'in-progress',
    assessment: checked.assessment,
    warnings: [...warnings, ...checked.warnings.filter((w) => w.code !== 'assessment.inProgress')],
  };
}

async function chooseScale(env: SetupEnv): Promise<{ scale: Scale; warnings: Problem[] }> {
  const m = msgOf(env.io);
  const found: { scale: Scale; warnings: Problem[] }[] = [];
  for (const id of BUILTIN_IDS) {
    try {
      found.push(await loadScale(id));
    } catch {
      // A built-in scale that does not load (not built yet) is simply not offered.
    }
  }
  if (env.scalesDir) {
    for (const file of await scaleFilesIn(env.scalesDir).catch(() => [] as string[])) {
      try {
        found.push(await loadScaleFile(file));
      } catch {
        // `scales list` explains what is wrong with it; here it is just left out.
      }
    }
  }
  if (found.length === 0) throw new HfError(problem('assess.noScales'));
  if (found.length === 1) return found[0]!;
  const choices: Choice<number>[] = found.map(({ scale }, i) => ({
    value: i,
    name: `${shown(scale.name, env.io.lang)}  (${scale.id})`,
    short: shown(scale.name, env.io.lang),
    description: m('assess.setup.scaleSize', { items: scale.items.length, domains: scale.domains.length }),
  }));
  return found[await env.io.prompter.select({ message: m('assess.setup.scale'), choices })]!;
}

/** The start of a session: a file to resume or revise, or a new assessment with every detail asked. */
export async function setup(options: AssessOptions, env: SetupEnv): Promise<Start> {
  const m = msgOf(env.io);
  const { prompter } = env.io;
  if (options.date !== undefined && parseDate(options.date) === null) {
    throw new HfError(problem('assess.badDate', { value: options.date }));
  }
  if (options.out) {
    const full = path.resolve(env.cwd, options.out);
    const kind = await exists(full);
    if (kind === 'dir') throw new HfError(problem('output.isDirectory', { example: path.join(options.out, 'assessment.yaml') }, { file: options.out }));
    if (kind === 'file') return resume(options, env, options.out, full);
  }

  const { scale, warnings } = options.scale ? await loadScale(options.scale, { scalesDir: env.scalesDir }) : await chooseScale(env);
  const team =
    options.team?.trim() ||
    (await prompter.input({ message: m('assess.setup.team'), validate: (v) => v.trim() !== '' || m('assess.setup.teamRequired') })).trim();
  const date =
    (options.date && parseDate(options.date)) ||
    parseDate(
      await prompter.input({
        message: m('assess.setup.date'),
        // Today as people here write it (15.10.2026 in nb); every form is accepted, and stored as ISO.
        default: formatDate(todayIso(env.now), env.io.lang),
        validate: (v) => parseDate(v) !== null || m('assess.badDateInput'),
      }),
    )!;
  const kind =
    options.kind === 'self' || options.kind === 'external'
      ? options.kind
      : await prompter.select<'self' | 'external'>({
          message: m('assess.setup.kind'),
          choices: [
            { value: 'self', name: m('assess.setup.kindSelf'), short: m('assess.kind.self') },
            { value: 'external', name: m('assess.setup.kindExternal'), short: m('assess.kind.external') },
          ],
        });
  const validRaters = (v: string) => {
    const reserved = reservedRater(parseRaters([v]));
    return reserved === undefined || m('assess.setup.raterReserved', { name: reserved });
  };
  let raters: string[];
  if (options.rater !== undefined) {
    raters = parseRaters(options.rater);
  } else {
    env.io.say(`${env.io.style.dim(wrapText(m('assess.setup.ratersHelp'), widthOf(env.io)))}\n`);
    raters = parseRaters([await prompter.input({ message: m('assess.setup.raters'), validate: validRaters })]);
  }
  const reserved = reservedRater(raters);
  if (reserved) throw new HfError(problem('assess.setup.raterReserved', { name: reserved }));

  let file = options.out;
  if (!file) {
    const taken = async (name: string) => (await exists(path.resolve(env.cwd, withExtension(name)))) !== null;
    const suggested = `${slug(team)}-${date}.yaml`;
    // The validator of a prompt is synchronous here, so check the suggestion now and typed names after.
    for (;;) {
      const typed = (
        await prompter.input({
          message: m('assess.setup.file'),
          default: suggested,
          validate: (v) => v.trim() !== '' || m('assess.setup.fileRequired'),
        })
      ).trim();
      if (!(await taken(typed))) {
        file = withExtension(typed);
        break;
      }
      env.io.say(`${env.io.style.yellow(m('assess.setup.fileTaken', { file: withExtension(typed), command: resumeCommand(withExtension(typed), scale) }))}\n`);
    }
  }
  const draft: Draft = {
    scale: { id: scale.id, version: scale.version },
    team,
    date,
    kind,
    status: 'in-progress',
    raters,
    ratings: {},
    strengths: [],
    recommendations: [],
    actions: [],
  };
  return { scale, draft, file, path: path.resolve(env.cwd, file), state: 'new', warnings };
}

function withExtension(name: string): string {
  return YAML_FILE.test(name) ? name : `${name}.yaml`;
}
