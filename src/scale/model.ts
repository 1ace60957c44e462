// The resolved scale: defaults filled in, items flattened in scale order. Plain data (JSON-safe),
// so built-in scales can be compiled to JSON at build time and loaded without YAML or zod.
import type { Text } from '../i18n/lang.js';
import type { Aggregation, PercentRule } from './schema.js';

export interface Range {
  min: number;
  max: number;
}

export interface Level {
  id: string;
  /** Lowest overall score for this level; absent on the last, catch-all level. */
  min: number | null;
  /** Every rated critical item must be at least this. */
  minCritical: number | null;
  label: Text;
  description: Text | null;
}

/** How much must be rated before a level is given (SPEC 11). */
export interface LevelNeeds {
  /** Share of the applicable items (N/A items leave the denominator) that must be rated. */
  rated: number;
  /** `all`: every core item must be rated; `none`: core items need not be. */
  critical: 'all' | 'none';
}

export interface Principle {
  id: string;
  name: Text;
  description: Text | null;
}

export interface Item {
  id: string;
  domain: string;
  title: Text;
  question: Text | null;
  description: Text | null;
  /** Score (as a string key) -> what it means. */
  anchors: Record<string, Text>;
  principles: string[];
  weight: number;
  na: boolean;
  critical: boolean;
  /** The topic or wording is the scale's own adaptation, not confirmed against the published instrument. */
  adapted: boolean;
  evidence: string[];
  rating: Range;
  /** Score labels for this item's range (domain labels, else the scale's when the range is the scale's). */
  labels: Record<string, Text>;
}

export interface Domain {
  id: string;
  name: Text;
  description: Text | null;
  rating: Range;
  weight: number;
  items: Item[];
}

export interface Scale {
  id: string;
  version: string;
  name: Text;
  description: Text | null;
  source: string | null;
  notice: Text | null;
  languages: string[];
  rating: Range;
  labels: Record<string, Text>;
  aggregation: Aggregation;
  percent: PercentRule;
  levelRounding: number | null;
  levelNeeds: LevelNeeds;
  levels: Level[];
  reviewEveryMonths: number | null;
  principles: Principle[];
  /** Shown with the principle chart (e.g. that the mapping of items to principles is this tool's own). */
  principlesNote: Text | null;
  domains: Domain[];
  /** Every item of every domain, in scale order. */
  items: Item[];
  /** Where the scale came from: a built-in id or a file path. */
  origin: string;
}
