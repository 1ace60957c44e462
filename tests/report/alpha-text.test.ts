// The sentence beside Krippendorff's alpha in a report: Krippendorff's (2004) bands, judged on the
// figure as shown, and why there is no figure where there is none.
import { describe, expect, it } from 'vitest';
import { alphaSentence, alphaValues } from '../../src/report/alpha-text.js';
import type { AgreementResult } from '../../src/result/schema.js';

function agreement(ordinal: number | null, compared = 10): AgreementResult {
  return { raters: 2, compared, exact: null, adjacent: null, discuss: [], applicability: [], alpha: { ordinal, interval: ordinal } };
}

describe('the alpha sentence', () => {
  it.each([
    [0.82, 'en', 'α = 0.820: the raters agree well beyond chance.'],
    [0.7995, 'en', 'α = 0.800: the raters agree well beyond chance.'],
    [0.72, 'nb', 'α = 0,720: vurdererne er mer samstemte enn tilfeldighetene alene gir, men bare nok til forsiktige konklusjoner.'],
    [0.5, 'da', 'α = 0,500: bedømmerne er for lidt enige'],
    [-0.2, 'en', 'α = -0.200: the raters agree too little beyond chance'],
  ] as const)('alpha %s in %s', (value, lang, start) => {
    expect(alphaSentence(agreement(value), lang)).toContain(start);
  });

  it('says why there is no alpha: no item two raters scored, or every paired score the same', () => {
    expect(alphaSentence(agreement(null, 0), 'en')).toBe('No α: no item was scored by two raters.');
    expect(alphaSentence(agreement(null, 5), 'en')).toMatch(/^No α: every score the raters gave on the items they shared is the same/);
    expect(alphaValues(agreement(null, 5), 'nb')).toBe('– (ordinal), – (intervall)');
  });
});
