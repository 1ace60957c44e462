// Data rows gathered into assessments (one team, date and kind), compactly: each rater's scores
// sit in a Float64Array, so memory grows with assessments, never with rows. Duplicate ratings are
// caught here, naming both lines, so the order of rows never changes a result.
import path from 'node:path';
import { HfError, problem, type Problem } from '../errors.js';
import type { Assessment, ItemRating, Kind } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import { MISSING, NA } from './parse-value.js';

/** Rater names that mark a row of agreed scores. */
export const CONSENSUS_NAMES = ['consensus', 'konsensus'];

interface RaterScores {
  name: string;
  values: Float64Array;
  /** Line each value came from, 0 where none. */
  lines: Int32Array;
  notes: Map<number, string> | null;
}

interface Group {
  team: string;
  date: string | null;
  kind: Kind | null;
  sources: Set<string>;
  raters: RaterScores[];
  consensus: RaterScores | null;
  anonymous: number;
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

/** Cap on problems gathered before stopping: enough to see the pattern, not a flood. */
export const MAX_ERRORS = 50;

export class GroupCollector {
  private readonly groups = new Map<string, Group>();
  private readonly byTeam = new Map<string, Group[]>();
  private readonly itemCount: number;
  readonly errors: Problem[] = [];

  constructor(private readonly scale: Scale) {
    this.itemCount = scale.items.length;
  }

  get size(): number {
    return this.groups.size;
  }

  addError(p: Problem): void {
    this.errors.push(p);
    if (this.errors.length >= MAX_ERRORS) throw new HfError([...this.errors, problem('data.tooManyErrors', { count: MAX_ERRORS })]);
  }

  private group(meta: RowMeta): Group {
    const key = `${meta.team}\u0000${meta.date ?? ''}\u0000${meta.kind ?? ''}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { team: meta.team, date: meta.date, kind: meta.kind, sources: new Set(), raters: [], consensus: null, anonymous: 0 };
      this.groups.set(key, group);
      const team = this.byTeam.get(meta.team);
      if (team) team.push(group);
      else this.byTeam.set(meta.team, [group]);
    }
    group.sources.add(path.basename(meta.file));
    return group;
  }

  private newScores(name: string): RaterScores {
    const values = new Float64Array(this.itemCount).fill(MISSING);
    return { name, values, lines: new Int32Array(this.itemCount), notes: null };
  }

  /** The scores a row writes into: a named rater's, the consensus, or a new anonymous rater's. */
  private target(meta: RowMeta): { scores: RaterScores; consensus: boolean } {
    const group = this.group(meta);
    if (meta.rater === null) {
      group.anonymous++;
      const scores = this.newScores(`#${group.anonymous}`);
      group.raters.push(scores);
      return { scores, consensus: false };
    }
    if (CONSENSUS_NAMES.includes(meta.rater.trim().toLowerCase())) {
      group.consensus ??= this.newScores('consensus');
      return { scores: group.consensus, consensus: true };
    }
    let scores = group.raters.find((r) => r.name === meta.rater);
    if (!scores) {
      scores = this.newScores(meta.rater);
      group.raters.push(scores);
    }
    return { scores, consensus: false };
  }

  /** Record one value (a score, NA or MISSING) of one item from one row. */
  set(meta: RowMeta, itemIndex: number, value: number, column: string, note?: string): void {
    this.setMany(meta, [[itemIndex, value, column, note]]);
  }

  /** Record a row's values: [item index, value, column header, note?]. */
  setMany(meta: RowMeta, cells: readonly (readonly [number, number, string, string?])[]): void {
    const { scores, consensus } = this.target(meta);
    for (const [itemIndex, value, column, note] of cells) {
      const hasValue = !Number.isNaN(value);
      if (hasValue) {
        const previous = scores.lines[itemIndex]!;
        if (previous !== 0) {
          const item = this.scale.items[itemIndex]!.id;
          this.addError(
            problem(consensus ? 'data.duplicateConsensus' : 'data.duplicateRating', { rater: scores.name, item, first: previous, second: meta.line, team: meta.team }, { file: meta.file, line: meta.line, header: column }),
          );
          continue;
        }
        scores.values[itemIndex] = value;
        scores.lines[itemIndex] = meta.line;
      }
      if (note && note.trim() !== '') (scores.notes ??= new Map()).set(itemIndex, note.trim());
    }
  }

  /** Every assessment, built one at a time from the compact groups. */
  *assessments(): Generator<Assessment> {
    for (const group of this.groups.values()) yield this.toAssessment(group);
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
    const ratings: Record<string, ItemRating> = {};
    const answer = (v: number) => (v === NA ? ('na' as const) : v);
    this.scale.items.forEach((item, i) => {
      const rating: ItemRating = { raters: {} };
      let any = false;
      for (const rater of group.raters) {
        const value = rater.values[i]!;
        if (!Number.isNaN(value)) {
          rating.raters[rater.name] = answer(value);
          any = true;
        }
      }
      const consensus = group.consensus?.values[i];
      if (consensus !== undefined && !Number.isNaN(consensus)) {
        rating.consensus = answer(consensus);
        any = true;
      }
      const notes = [group.consensus, ...group.raters].map((r) => r?.notes?.get(i)).filter((n): n is string => Boolean(n));
      if (notes.length > 0) rating.note = [...new Set(notes)].join(' / ');
      if (any || rating.note) ratings[item.id] = rating;
    });
    return {
      team: group.team,
      date: group.date,
      kind: group.kind,
      status: 'complete',
      raters: group.raters.map((r) => r.name),
      sources: [...group.sources],
      ratings,
      strengths: [],
      recommendations: [],
      actions: [],
    };
  }
}
