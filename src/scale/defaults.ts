// What a scale file means where it leaves a setting out (SPEC section 3): read by validation and by
// the model the rest of the tool uses, so the two never disagree.
import type { LevelNeeds, Range } from './model.js';

export const DEFAULT_RATING: Readonly<Range> = { min: 1, max: 4 };
export const DEFAULT_AGGREGATION = 'mean-of-items';
export const DEFAULT_LANGUAGES: readonly string[] = ['en'];

/** A level needs 80 % of the applicable items rated, and every core item (SPEC 11). */
export const DEFAULT_LEVEL_NEEDS: Readonly<LevelNeeds> = { rated: 0.8, critical: 'all' };
