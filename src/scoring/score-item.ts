// One item of one assessment: its score and status from the consensus or the raters' answers.
import type { ItemRating } from '../assessment/model.js';
import type { Item } from '../scale/model.js';
import type { ItemResult } from '../result/schema.js';
import { mean } from './weighted-mean.js';

/** The raters' numeric scores, smallest first (N/A answers left out). */
export function numericAnswers(raters: Readonly<Record<string, number | 'na'>>): number[] {
  // Sorted so that the mean, summed in this order, never depends on the order the raters came in:
  // floating-point addition is not associative, and row order must not change a result.
  return Object.values(raters)
    .filter((answer): answer is number => answer !== 'na')
    .sort((a, b) => a - b);
}

export function scoreItem(item: Item, rating: ItemRating | undefined): ItemResult {
  const raters = { ...(rating?.raters ?? {}) };
  const numbers = numericAnswers(raters);
  const answers = Object.keys(raters).length;
  const consensus = rating?.consensus;
  const spread = numbers.length >= 2 ? numbers[numbers.length - 1]! - numbers[0]! : null;

  let status: ItemResult['status'];
  let score: number | null = null;
  if (consensus === 'na') {
    status = 'na';
  } else if (consensus !== undefined) {
    status = 'rated';
    score = consensus;
  } else if (numbers.length > 0) {
    status = 'rated';
    score = mean(numbers);
  } else if (answers > 0) {
    // Every rater answered, and every answer was N/A.
    status = 'na';
  } else {
    status = 'missing';
  }

  return {
    id: item.id,
    domain: item.domain,
    status,
    score,
    raters,
    consensus: consensus !== undefined,
    spread,
    note: rating?.note ?? null,
    ...(rating?.rationale === undefined ? {} : { rationale: rating.rationale }),
    ...(rating?.recommendation === undefined ? {} : { recommendation: rating.recommendation }),
  };
}
