// Scoring's entry point: a scale and its assessments in, the versioned Result out. Pure.
import type { Assessment } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import { linkResults } from './link-results.js';
import { RESULT_SCHEMA_VERSION } from '../result/version.js';
import type { Result } from '../result/schema.js';
import { scoreAssessment } from './score-assessment.js';

export { scoreAssessment };

export interface ScoreOptions {
  toolVersion: string;
  /** The scale's name in the report's language (the scale holds it in every language). */
  scaleName: string;
}

/**
 * Scores every assessment, orders them by team and date, and links each to its previous round and its
 * next due date. `warnings` is empty: the caller knows what it warned about while reading and adds it.
 */
export function scoreAssessments(scale: Scale, assessments: readonly Assessment[], options: ScoreOptions): Result {
  return {
    ...resultHead(scale, options),
    assessments: linkResults(
      assessments.map((assessment) => scoreAssessment(scale, assessment)),
      scale,
    ),
    warnings: [],
  };
}

/** What a result says about itself: schema version, tool and scale. */
export function resultHead(scale: Scale, options: ScoreOptions): Omit<Result, 'assessments' | 'warnings'> {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'hf-fidelity', version: options.toolVersion },
    scale: { id: scale.id, version: scale.version, name: options.scaleName },
  };
}
