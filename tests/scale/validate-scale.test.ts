// Each validation rule of SPEC section 3, on small scale texts, with the line each problem is at.
import { describe, expect, it } from 'vitest';
import { validateScaleText } from '../../src/scale/validate-scale.js';
import { HfError } from '../../src/shared/errors.js';

/** A valid two-domain scale; each case below breaks one thing. */
const base = (extra = '', items = '      - { id: a1, title: A1, principles: [choice] }\n      - { id: a2, title: A2 }') => `id: t
version: "1"
name: T
principles:
  - { id: choice, name: Choice }
${extra}domains:
  - id: d1
    name: D1
    items:
${items}
  - id: d2
    name: D2
    items:
      - { id: b1, title: B1 }
`;

function codes(text: string) {
  return validateScaleText(text, 'x.yaml').problems.map((p) => `${p.severity}:${p.code}@${p.line}`);
}

describe('validateScaleText', () => {
  it('accepts a minimal valid scale and fills nothing in the file itself', () => {
    const check = validateScaleText(base(), 'x.yaml');
    expect(check.problems).toEqual([]);
    expect(check.scale?.domains).toHaveLength(2);
  });

  it.each([
    ['an unknown top-level key, with a suggestion', base('aggregaton: mean-of-items\n'), 'error:schema.unknownKey@6'],
    ['an unknown aggregation', base('aggregation: median\n'), 'error:schema.expectedOneOf@6'],
    ['a negative weight', base('', '      - { id: a1, title: A1, weight: -1 }'), 'error:schema.tooSmall@10'],
    ['a duplicate item id across domains', base('', '      - { id: b1, title: A1 }'), 'error:rule.duplicateId@14'],
    ['a reference to an unknown principle', base('', '      - { id: a1, title: A1, principles: [choise] }'), 'error:rule.unknownPrinciple@10'],
    ['an anchor outside the range', base('', '      - { id: a1, title: A1, anchors: { 5: Top } }'), 'error:rule.scoreKeyOutOfRange@10'],
    ['a label outside the range', base('labels: { 0: Zero }\n'), 'error:rule.scoreKeyOutOfRange@6'],
    ['a rating whose max is not above min', base('rating: { min: 3, max: 3 }\n'), 'error:rule.badRange@6'],
    ['levels out of order', base('levels:\n  - { id: lo, min: 2, label: Lo }\n  - { id: hi, min: 3, label: Hi }\n'), 'error:rule.levelOrder@8'],
    ['a catch-all level before another', base('levels:\n  - { id: any, label: Any }\n  - { id: hi, min: 3, label: Hi }\n'), 'error:rule.levelNoMinNotLast@7'],
    ['a level above the highest possible score', base('levels:\n  - { id: hi, min: 5, label: Hi }\n'), 'error:rule.levelAboveMax@7'],
    ['a level shadowed by an equal one', base('levels:\n  - { id: a, min: 3, label: A }\n  - { id: b, min: 3, label: B }\n'), 'error:rule.levelShadowed@8'],
    ['all item weights zero in a domain', base('', '      - { id: a1, title: A1, weight: 0 }\n      - { id: a2, title: A2, weight: 0 }'), 'error:rule.allWeightsZero@10'],
    ['a missing translation for a declared language', base('languages: [en, nb]\n').replace('name: T', 'name: { en: T }'), 'warning:rule.missingTranslation@3'],
  ])('reports %s', (_name, text, expected) => {
    expect(codes(text)).toContain(expected);
  });

  it('allows equal level thresholds when the first asks more of critical items', () => {
    const text = base('levels:\n  - { id: a, min: 3, minCritical: 3, label: A }\n  - { id: b, min: 3, label: B }\n', '      - { id: a1, title: A1, critical: true }');
    expect(codes(text)).toEqual([]);
  });

  it('reports several problems at once', () => {
    const text = base('aggregaton: x\n', '      - { id: b1, titel: A1 }');
    // Line 6: the misspelt key; line 11: the item with `titel`; line 15: the second b1 (d2's item).
    expect(codes(text)).toEqual(['error:schema.unknownKey@6', 'error:schema.required@11', 'error:schema.unknownKey@11', 'error:rule.duplicateId@15']);
  });

  it('turns YAML syntax errors into problems with a line', () => {
    try {
      validateScaleText('id: [unclosed\nname: x\n', 'x.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HfError);
      expect((error as HfError).problems[0]).toMatchObject({ code: 'yaml.syntax', file: 'x.yaml' });
      expect((error as HfError).problems[0]!.line).toBeGreaterThan(0);
    }
  });
});
