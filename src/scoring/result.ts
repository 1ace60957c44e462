// The result: the one contract between scoring and every renderer (SPEC section 7), versioned.
import type { Action, Kind } from '../assessment/model.js';

export const RESULT_SCHEMA_VERSION = 1;

export type ItemStatus = 'rated' | 'na' | 'missing';

export type { Range } from '../scale/model.js';
import type { Range } from '../scale/model.js';

export interface OverallResult {
  /** By the scale's aggregation; null when nothing is rated (or a domain is empty under sum-of-domain-means). */
  score: number | null;
  /** Unweighted mean of rated items. */
  itemMean: number | null;
  /** Unweighted sum of rated items. */
  total: number | null;
  percent: number | null;
  level: string | null;
  rated: number;
  na: number;
  missing: number;
  /** Rating point -> how many rated items sit there (decimal scores count at their rounded point). */
  distribution: Record<string, number>;
  /** Rated critical items below the minCritical of the best level the score alone would reach. */
  criticalBelow: string[];
  /** Lowest and highest possible overall score, given the aggregation and the rated items. */
  range: Range | null;
}

export interface DomainResult {
  id: string;
  score: number | null;
  percent: number | null;
  rated: number;
  na: number;
  missing: number;
  range: Range;
}

export interface PrincipleResult {
  id: string;
  score: number | null;
  rated: number;
}

export interface ItemResult {
  id: string;
  domain: string;
  status: ItemStatus;
  score: number | null;
  /** Each rater's answer: a number, or "na". */
  raters: Record<string, number | 'na'>;
  /** True when the score is an agreed consensus, not the raters' mean. */
  consensus: boolean;
  /** Highest minus lowest numeric rater score; null with fewer than two numeric scores. */
  spread: number | null;
  note: string | null;
}

export interface AgreementResult {
  raters: number;
  /** Items two or more raters scored numerically. */
  compared: number;
  exact: number | null;
  adjacent: number | null;
  discuss: string[];
  applicability: string[];
}

export interface ChangeResult {
  from: string | null;
  overall: number | null;
  domains: Record<string, number | null>;
  principles: Record<string, number | null>;
}

export interface AssessmentResult {
  team: string;
  date: string | null;
  kind: Kind | null;
  status?: 'in-progress';
  raters: string[];
  sources: string[];
  overall: OverallResult;
  domains: DomainResult[];
  principles: PrincipleResult[];
  items: ItemResult[];
  agreement: AgreementResult | null;
  change: ChangeResult | null;
  nextDue: string | null;
  strengths: string[];
  recommendations: string[];
  actions: Action[];
}

export interface ResultWarning {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface Result {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  tool: { name: 'hf-fidelity'; version: string };
  scale: { id: string; version: string; name: string };
  assessments: AssessmentResult[];
  warnings: ResultWarning[];
}
