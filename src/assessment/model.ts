// An assessment as the scoring sees it: one team, one date, one kind, with every rating given.
// Built from assessment YAML files (read-assessment-file.ts) or data rows (src/input/).

/** Rater names that mean the agreed score, not a person (a data row, or a rater typed in `assess`). */
export const CONSENSUS_NAMES = ['consensus', 'konsensus'];

export type Kind = 'self' | 'external';
export type Status = 'in-progress' | 'complete';

/** One rater's answer, or the consensus: a number, or not applicable. */
export type Answer = number | 'na';

/** Where a value came from, so errors and warnings can point at it. */
export interface SourceRef {
  file: string;
  line?: number;
}

export interface ItemRating {
  /** The agreed score, where one is given; it wins over the raters' mean. */
  consensus?: Answer;
  /** Each named rater's answer. */
  raters: Record<string, Answer>;
  note?: string;
  /** Why this score (public). */
  rationale?: string;
  /** What the reviewers recommend for this item (public). */
  recommendation?: string;
}

export type ActionStatus = 'planned' | 'started' | 'done' | 'dropped';

export interface Action {
  item?: string;
  action: string;
  owner?: string;
  due?: string;
  status?: ActionStatus;
}

/** How a review was made (SPEC 12): all public. */
export interface Review {
  visits?: string[];
  reviewers?: { name: string; role?: string; organisation?: string }[];
  evidence?: {
    staffInterviews?: number;
    participantInterviews?: number;
    partnerInterviews?: number;
    recordsReviewed?: number;
    teamMeetingsObserved?: number;
    documents?: string[];
  };
  conciliation?: string;
  limitations?: string;
}

export interface Barrier {
  text: string;
  level: 'systemic' | 'organisational' | 'individual';
  owner?: string;
  items?: string[];
}

export interface FollowUp {
  from?: string;
  item?: string;
  action: string;
  status: ActionStatus;
  note?: string;
}

/** A rater's comment on the whole assessment (a data file's note column in the wide layout). Private, like notes. */
export interface Comment {
  /** The rater's name, "consensus", or "#1" for an anonymous respondent. */
  rater: string;
  text: string;
}

export interface Assessment {
  team: string;
  /** ISO date YYYY-MM-DD, or null where the data has none. */
  date: string | null;
  kind: Kind | null;
  status: Status;
  /** Raters in the order first seen. */
  raters: string[];
  /** File names the assessment was read from. */
  sources: string[];
  /** Item id -> ratings; items absent here are missing. */
  ratings: Record<string, ItemRating>;
  strengths: string[];
  recommendations: string[];
  actions: Action[];
  /** Raters' comments on the whole assessment, where the data has them. */
  comments?: Comment[];
  review?: Review;
  keyMessages?: string[];
  barriers?: Barrier[];
  followUp?: FollowUp[];
}
