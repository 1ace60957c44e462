// How the action plan shows an item's current score: an answer with its label, or a raters' mean
// to two decimals in the reader's own way of writing numbers.
import { describe, expect, it } from 'vitest';
import { planScoreText } from '../../src/session/action-plan.js';
import { loadScaleFile } from '../../src/input/load-scale.js';
import { TINY } from './scripted-prompter.js';

const { scale } = await loadScaleFile(TINY);
const item = scale.items[0]!;

describe('planScoreText', () => {
  it('writes a raters’ mean with the decimal comma in nb and da, and a point in en', () => {
    // Anne 2, Bjørn 3, Cecilie 3: the mean is 8/3.
    expect(planScoreText(8 / 3, item, 'nb')).toBe('2,67');
    expect(planScoreText(8 / 3, item, 'da')).toBe('2,67');
    expect(planScoreText(8 / 3, item, 'en')).toBe('2.67');
    expect(planScoreText(2.5, item, 'nb')).toBe('2,50');
  });

  it('writes a whole score as the answer with its label', () => {
    const label = item.labels['3'];
    expect(planScoreText(3, item, 'en')).toBe(label ? `3 – ${label.en}` : '3');
  });
});
