// Data rows gathered into assessments (one team, date and kind), compactly: every rater's scores
// live in shared typed-array arenas, so memory grows with assessments, never with rows. Duplicate
// ratings are caught here, naming both lines, so the order of rows never changes a result.
import path from 'node:path';
import { HfError, problem, type Problem } from '../shared/errors.js';
import { msg, type Nested } from '../shared/message-params.js';
import { CONSENSUS_NAMES, type Assessment, type Comment, type ItemRating, type Kind } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import { MISSING, NA } from './parse-value.js';


/** Cap on problems gathered before stopping: enough to see the pattern, not a flood. */
const MAX_ERRORS = 50;

/** Assessments one run holds: far beyond a national data set (Norway has a few dozen HF teams). */
const MAX_GROUPS = 2_000_000;

/** Rater slots per arena chunk; a chunk holds this many raters' scores for every item. */
const SLOTS_PER_CHUNK = 4096;

/**
 * Every rater's scores, in chunks of fixed size (no copying as they grow): slot s, item i sits at
 * chunk[s / SLOTS_PER_CHUNK][(s % SLOTS_PER_CHUNK) * items + i]. Scores are stored as float32,
 * which holds whole and half points exactly; the rare score float32 cannot hold exactly (3.3)
 * is kept at full precision beside it, so nothing is ever rounded.
 */
class ScoreArena {
  private readonly chunks: Float32Array[] = [];
  private readonly exact = new Map<number, number>();
  private next = 0;

  constructor(private readonly items: number) {}

  allocate(): number {
    const slot = this.next++;
    if (slot % SLOTS_PER_CHUNK === 0) this.chunks.push(new Float32Array(SLOTS_PER_CHUNK * this.items).fill(MISSING));
    return slot;
  }

  value(slot: number, item: number): number {
    const index = (slot % SLOTS_PER_CHUNK) * this.items + item;
    const stored = this.chunks[(slot / SLOTS_PER_CHUNK) | 0]![index]!;
    return this.exact.size === 0 ? stored : (this.exact.get(slot * this.items + item) ?? stored);
  }

  set(slot: number, item: number, value: number): void {
    const index = (slot % SLOTS_PER_CHUNK) * this.items + item;
    this.chunks[(slot / SLOTS_PER_CHUNK) | 0]![index] = value;
    if (Math.fround(value) !== value && !Number.isNaN(value)) this.exact.set(slot * this.items + item, value);
  }
}

/** A line of one data file. */
export interface RowPlace {
  file: string;
  line: number;
}

interface RaterScores {
  name: string;
  slot: number;
  /** The line of the first row that wrote these scores, and its file (rows of several files join). */
  line: number;
  file: string;
  /** Place per item, made only once a second row writes to the same scores (rare). */
  lines: Map<number, RowPlace> | null;
  notes: Map<number, string> | null;
  /** The reviewers' rationale per item (SPEC 12), where a rationale column has one. */
  rationales?: Map<number, string>;
}

interface Group {
  team: string;
  date: string | null;
  kind: Kind | null;
  sources: string[];
  raters: RaterScores[];
  /** The named raters by name: a row finds its rater in constant time, however many there are. */
  byName: Map<string, RaterScores>;
  consensus: RaterScores | null;
  anonymous: number;
  /** Raters' comments on the whole assessment, in the order of their rows. */
  comments: Comment[] | null;
  /** Named raters by their name in lower case, with the row that first named them (made on the first one). */
  byLower?: Map<string, { name: string; from: RowPlace }>;
  /** The first row that made this group, to name it when a blank date or kind splits a team. */
  line: number;
  file: string;
}

export interface RowMeta {
  team: string;
  date: string | null;
  kind: Kind | null;
  /** null: an anonymous rater (no rater column). */
  rater: string | null;
  file: string;
  line: number;
}

/** Where one row's values go: a rater's (or the consensus') scores in one group. */
export interface RowTarget {
  scores: RaterScores;
  consensus: boolean;
  meta: RowMeta;
}

/** The key of one assessment: team, date and kind (the same for data rows, files and results). */
export function assessmentKey(team: string, date: string | null, kind: Kind | null): string {
  return `${team}\u0000${date ?? ''}\u0000${kind ?? ''}`;
}

/** Two rows as a message names them: `line 2` each, or `a.csv line 2` each when their files differ. */
function placeParams(first: RowPlace, second: RowPlace): { first_: Nested; second_: Nested } {
  if (first.file === second.file) return { first_: msg('place.line', { line: first.line }), second_: msg('place.line', { line: second.line }) };
  return {
    first_: msg('place.fileLine', { file: first.file, line: first.line }),
    second_: msg('place.fileLine', { file: second.file, line: second.line }),
  };
}

export class GroupCollector {
  private readonly groups = new Map<string, Group>();
  private readonly byTeam = new Map<string, Group[]>();
  private readonly arena: ScoreArena;
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly splitWarned = new WeakSet<Group>();
  /** The last file a row came from and its name as sources list it (rows come file by file). */
  private lastFile = '';
  private lastSource = '';

  constructor(
    private readonly scale: Scale,
    /** With --strict, what would split a team's assessment is an error. */
    private readonly strict = false,
  ) {
    this.arena = new ScoreArena(scale.items.length);
  }

  get size(): number {
    return this.groups.size;
  }

  addError(p: Problem): void {
    this.errors.push(p);
    if (this.errors.length >= MAX_ERRORS) throw new HfError([...this.errors, problem('data.tooManyErrors', { count: MAX_ERRORS })]);
  }

  private group(meta: RowMeta): Group {
    const key = assessmentKey(meta.team, meta.date, meta.kind);
    let group = this.groups.get(key);
    if (!group) {
      if (this.groups.size >= MAX_GROUPS) {
        throw new HfError(problem('data.tooManyGroups', { limit: MAX_GROUPS }, { file: meta.file, line: meta.line }));
      }
      group = { team: meta.team, date: meta.date, kind: meta.kind, sources: [], raters: [], byName: new Map(), consensus: null, anonymous: 0, comments: null, line: meta.line, file: meta.file };
      this.groups.set(key, group);
      const team = this.byTeam.get(meta.team);
      if (team) {
        this.warnIfSplit(group, team);
        team.push(group);
      } else this.byTeam.set(meta.team, [group]);
    }
    if (meta.file !== this.lastFile) {
      this.lastFile = meta.file;
      this.lastSource = path.basename(meta.file);
    }
    if (!group.sources.includes(this.lastSource)) group.sources.push(this.lastSource);
    return group;
  }

  private newScores(name: string): RaterScores {
    return { name, slot: this.arena.allocate(), line: 0, file: '', lines: null, notes: null };
  }

  /** The scores a row writes into: a named rater's, the consensus, or a new anonymous rater's. */
  row(meta: RowMeta): RowTarget {
    const group = this.group(meta);
    if (meta.rater === null) {
      group.anonymous++;
      const scores = this.newScores(`#${group.anonymous}`);
      group.raters.push(scores);
      return { scores, consensus: false, meta };
    }
    if (CONSENSUS_NAMES.includes(meta.rater.trim().toLowerCase())) {
      group.consensus ??= this.newScores('consensus');
      return { scores: group.consensus, consensus: true, meta };
    }
    let scores = group.byName.get(meta.rater);
    if (!scores) {
      this.warnIfOnlyCaseDiffers(group, meta.rater, { file: meta.file, line: meta.line });
      scores = this.newScores(meta.rater);
      group.raters.push(scores);
      group.byName.set(meta.rater, scores);
    }
    return { scores, consensus: false, meta };
  }

  /**
   * `Anne` and `anne` in one assessment are two raters, each scored on their own: likely one person
   * typed two ways. A warning (an error with --strict) naming both and their rows.
   */
  private warnIfOnlyCaseDiffers(group: Group, name: string, at: RowPlace): void {
    const lower = name.toLowerCase();
    const byLower = (group.byLower ??= new Map());
    const other = byLower.get(lower);
    if (!other) {
      byLower.set(lower, { name, from: at });
      return;
    }
    const places = placeParams(other.from, at);
    const params = { first: other.name, second: name, firstAt: places.first_, secondAt: places.second_, team: group.team, date: group.date ?? '' };
    this.warnings.push(problem('data.raterCase', params, at, this.strict ? 'error' : 'warning'));
  }

  /**
   * Record one value (a score, NA or MISSING) of one item. Returns null, or, when these scores already
   * hold a value for the item, the row it came from (the value is then not changed).
   */
  put(target: RowTarget, itemIndex: number, value: number, note?: string): RowPlace | null {
    const { scores, meta } = target;
    if (!Number.isNaN(value)) {
      if (!Number.isNaN(this.arena.value(scores.slot, itemIndex))) return scores.lines?.get(itemIndex) ?? { file: scores.file, line: scores.line };
      if (scores.line === 0) {
        scores.line = meta.line;
        scores.file = meta.file;
      } else if (meta.line !== scores.line || meta.file !== scores.file) {
        // A second row for the same scores: from now on, remember each item's own row.
        if (!scores.lines) {
          scores.lines = new Map();
          const first = { file: scores.file, line: scores.line };
          for (let i = 0; i < this.scale.items.length; i++) {
            if (!Number.isNaN(this.arena.value(scores.slot, i))) scores.lines.set(i, first);
          }
        }
        scores.lines.set(itemIndex, { file: meta.file, line: meta.line });
      }
      this.arena.set(scores.slot, itemIndex, value);
    }
    if (note && note.trim() !== '') (scores.notes ??= new Map()).set(itemIndex, note.trim());
    return null;
  }

  /**
   * The same rater (or the consensus) rated these items of one assessment twice: an error naming both
   * rows, and the file of each when they are in two files ("lines 3 and 2" of two files said neither).
   */
  reportDuplicate(target: RowTarget, items: string[], first: RowPlace): void {
    const { scores, meta } = target;
    const where = { rater: scores.name, item: items.join(', '), team: meta.team, date: meta.date ?? '' };
    if (first.file === meta.file) {
      const code = target.consensus ? 'data.duplicateConsensus' : 'data.duplicateRating';
      this.addError(problem(code, { ...where, first: first.line, second: meta.line }, { file: meta.file, line: meta.line }));
      return;
    }
    const code = target.consensus ? 'data.duplicateConsensusPlaces' : 'data.duplicateRatingPlaces';
    const places = placeParams(first, meta);
    this.addError(problem(code, { ...where, first: places.first_, second: places.second_ }, { file: meta.file, line: meta.line }));
  }

  /** The rationale for one item, from a rationale column; a second one for the same item is kept beside it. */
  rationale(target: RowTarget, itemIndex: number, text: string): void {
    const trimmed = text.trim();
    if (trimmed === '') return;
    const rationales = (target.scores.rationales ??= new Map());
    const earlier = rationales.get(itemIndex);
    rationales.set(itemIndex, earlier === undefined || earlier === trimmed ? trimmed : `${earlier} / ${trimmed}`);
  }

  /** A comment on the whole assessment, from a wide data file's note column. */
  comment(target: RowTarget, text: string): void {
    const group = this.group(target.meta);
    (group.comments ??= []).push({ rater: target.scores.name, text });
  }

  /**
   * A row with a blank date or kind beside rows of the same team that have one makes an assessment of
   * its own: likely one rater's row left incomplete. Said once per such group, naming its first row.
   */
  private warnIfSplit(group: Group, others: readonly Group[]): void {
    for (const field of ['date', 'kind'] as const) {
      const blank = group[field] === null ? group : others.find((o) => o[field] === null);
      const filled = group[field] === null ? others.some((o) => o[field] !== null) : true;
      if (!blank || !filled || this.splitWarned.has(blank)) continue;
      this.splitWarned.add(blank);
      const code = field === 'date' ? 'data.splitByBlankDate' : 'data.splitByBlankKind';
      this.warnings.push(problem(code, { team: group.team }, { file: blank.file, line: blank.line }, this.strict ? 'error' : 'warning'));
    }
  }

  /** The data files an assessment (team, date, kind) was read from, if any. */
  sourcesOf(team: string, date: string | null, kind: Kind | null): string[] {
    return this.groups.get(assessmentKey(team, date, kind))?.sources ?? [];
  }

  /** Every team seen, for scoring one team at a time. */
  teamNames(): string[] {
    return [...this.byTeam.keys()];
  }

  /** The assessments of one team, built on demand so only one team is expanded at a time. */
  assessmentsOf(team: string): Assessment[] {
    return (this.byTeam.get(team) ?? []).map((group) => this.toAssessment(group));
  }

  private toAssessment(group: Group): Assessment {
    // Raters in the order the data first names them, as a team lists them in its sheet.
    const raters = group.raters;
    const ratings: Record<string, ItemRating> = {};
    const hasNotes = raters.some((r) => r.notes) || Boolean(group.consensus?.notes);
    const hasRationales = raters.some((r) => r.rationales) || Boolean(group.consensus?.rationales);
    const answer = (v: number) => (v === NA ? ('na' as const) : v);
    this.scale.items.forEach((item, i) => {
      const rating: ItemRating = { raters: {} };
      let any = false;
      for (const rater of raters) {
        const value = this.arena.value(rater.slot, i);
        if (!Number.isNaN(value)) {
          // `raters["__proto__"] = 3` would set the object's prototype, so a rater named __proto__
          // lost every score without a word (found by tests/fuzz/csv-reader.test.ts): define that one
          // key instead. Only that key: defining every key makes the object slow to build and print.
          if (rater.name === '__proto__') {
            Object.defineProperty(rating.raters, rater.name, { value: answer(value), enumerable: true, writable: true, configurable: true });
          } else rating.raters[rater.name] = answer(value);
          any = true;
        }
      }
      const consensus = group.consensus ? this.arena.value(group.consensus.slot, i) : MISSING;
      if (!Number.isNaN(consensus)) {
        rating.consensus = answer(consensus);
        any = true;
      }
      if (hasNotes) {
        const notes = [group.consensus, ...raters].map((r) => r?.notes?.get(i)).filter((n): n is string => Boolean(n));
        if (notes.length > 0) rating.note = [...new Set(notes)].join(' / ');
      }
      if (hasRationales) {
        const texts = [group.consensus, ...raters].map((r) => r?.rationales?.get(i)).filter((n): n is string => Boolean(n));
        if (texts.length > 0) rating.rationale = [...new Set(texts)].join(' / ');
      }
      if (any || rating.note || rating.rationale) ratings[item.id] = rating;
    });
    return {
      team: group.team,
      date: group.date,
      kind: group.kind,
      status: 'complete',
      raters: raters.map((r) => r.name),
      sources: [...group.sources],
      ratings,
      strengths: [],
      recommendations: [],
      actions: [],
      ...(group.comments ? { comments: [...group.comments] } : {}),
    };
  }
}
