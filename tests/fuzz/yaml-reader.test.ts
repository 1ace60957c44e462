// Property tests of the YAML readers (SPEC sections 3, 4 and 10): mutated built-in scales, mutated
// assessment files, malformed structures and random YAML either give problems (each with a code in
// the message catalogue and, where it is in the file, a line from 1) or an HfError; never another
// exception. The work is bounded by count and size (fixed runs, inputs of bounded length), never by
// a clock; how the readers' time grows with the input is measured in the benchmark (npm run bench).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYamlLib, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { HfError } from '../../src/shared/errors.js';
import { parseAssessmentText, toAssessment } from '../../src/input/read-assessment-file.js';
import { loadScale } from '../../src/input/load-scale.js';
import type { Scale } from '../../src/scale/model.js';
import { validateScaleText } from '../../src/scale/validate-scale.js';
import { resolveScale } from '../../src/scale/resolve-scale.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { checkProblem, checkThrown, fuzzParams, testTimeout } from '../helpers/fuzz-common.js';
import { REPO } from '../helpers/run-cli.js';
import { allPaths, BASE_ASSESSMENT, lineMutationArb, mutateText, oddValueArb, setPath, YAML_TOKENS } from '../helpers/fuzz-yaml.js';

const HF_PRINCIPLES = readFileSync(path.join(REPO, 'fidelity-scales/hf-principles.yaml'), 'utf8');
const OWN_SCALE = readFileSync(path.join(REPO, 'tests/fixtures/scales/own-certification.yaml'), 'utf8');

let hfScale: Scale;
beforeAll(async () => {
  hfScale = (await loadScale('hf-principles')).scale;
});

function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r|\u0085|\u2028|\u2029/).length;
}

/** A scale's text through the validator: problems (checked), or an HfError (checked); a valid one resolves. */
function checkScale(text: string): void {
  const lines = lineCount(text);
  let check;
  try {
    check = validateScaleText(text, 'fuzz.yaml');
  } catch (error) {
    checkThrown(error, 'validateScaleText', lines);
    return;
  }
  // In a file of the wrong shape, a rule may run on a part that lacks what its message names
  // (e.g. rule.levelNoMinNotLast for a level with no id says 'level "" has no min'); the shape
  // problem beside it says what is wrong, so there only the code and the line are checked.
  const shapeError = check.problems.some((p) => p.code.startsWith('schema.') && p.severity === 'error');
  for (const p of check.problems) {
    checkProblem(p, 'validateScaleText', lines, { params: !shapeError });
    // A problem with a place in the document (a path) must say which line it is on.
    if (p.path !== undefined && !(p.line! >= 1)) throw new Error(`no line for ${p.code} at ${p.path}: ${JSON.stringify(p)}`);
  }
  if (check.scale) {
    expect(check.problems.every((p) => p.severity === 'warning')).toBe(true);
    resolveScale(check.scale, 'fuzz.yaml');
  } else {
    expect(check.problems.some((p) => p.severity === 'error'), 'no scale, yet no error').toBe(true);
  }
}

/** An assessment's text through the reader, checked against hf-principles and scored when it is valid. */
function checkAssessment(text: string): void {
  const lines = lineCount(text);
  try {
    const parsed = parseAssessmentText(text, 'fuzz.yaml');
    const { assessment, warnings } = toAssessment(parsed, hfScale);
    for (const w of warnings) checkProblem(w, 'toAssessment', lines);
    const scored = scoreAssessment(hfScale, assessment);
    expect(scored.overall.score === null || Number.isFinite(scored.overall.score)).toBe(true);
  } catch (error) {
    checkThrown(error, 'parseAssessmentText', lines);
  }
}

describe('the bases are valid (so mutations start from a real file)', () => {
  it('hf-principles, own-certification and the assessment read without errors', () => {
    expect(validateScaleText(HF_PRINCIPLES, 'x.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(validateScaleText(OWN_SCALE, 'x.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { assessment } = toAssessment(parseAssessmentText(BASE_ASSESSMENT, 'x.yaml'), hfScale);
    expect(Object.keys(assessment.ratings)).toEqual(['hr1', 'hr2', 'hr3', 'co3']);
  });
});

describe('mutated scale files', () => {
  it(
    'hf-principles with lines deleted, duplicated, re-indented, aliased, __proto__ keys, odd Unicode, deep nesting',
    () => {
      fc.assert(
        fc.property(fc.array(lineMutationArb, { minLength: 1, maxLength: 4 }), (mutations) => checkScale(mutateText(HF_PRINCIPLES, mutations))),
        fuzzParams(30),
      );
    },
    testTimeout(),
  );

  it(
    'own-certification, the same, more often (it is small)',
    () => {
      fc.assert(
        fc.property(fc.array(lineMutationArb, { minLength: 1, maxLength: 6 }), (mutations) => checkScale(mutateText(OWN_SCALE, mutations))),
        fuzzParams(200),
      );
    },
    testTimeout(),
  );

  it(
    'malformed structures: any part replaced by a wrong type, an odd value or a __proto__ map',
    () => {
      const own = parseYamlLib(OWN_SCALE) as unknown;
      const paths = allPaths(own);
      const arb = fc.array(fc.tuple(fc.nat(paths.length - 1), oddValueArb, fc.boolean()), { minLength: 1, maxLength: 3 });
      fc.assert(
        fc.property(arb, (edits) => {
          let value = own;
          for (const [i, v, remove] of edits) value = setPath(value, paths[i]!, v, remove && paths[i]!.length > 0);
          checkScale(stringify(value, { aliasDuplicateObjects: false }));
        }),
        fuzzParams(200),
      );
    },
    testTimeout(),
  );
});

describe('mutated assessment files', () => {
  it(
    'read, or an HfError of readable problems; valid ones score',
    () => {
      fc.assert(
        fc.property(fc.array(lineMutationArb, { minLength: 1, maxLength: 5 }), (mutations) => checkAssessment(mutateText(BASE_ASSESSMENT, mutations))),
        fuzzParams(200),
      );
    },
    testTimeout(),
  );

  it(
    'malformed structures in an assessment',
    () => {
      const base = parseYamlLib(BASE_ASSESSMENT) as unknown;
      const paths = allPaths(base);
      const arb = fc.array(fc.tuple(fc.nat(paths.length - 1), oddValueArb, fc.boolean()), { minLength: 1, maxLength: 3 });
      fc.assert(
        fc.property(arb, (edits) => {
          let value = base;
          for (const [i, v, remove] of edits) value = setPath(value, paths[i]!, v, remove && paths[i]!.length > 0);
          checkAssessment(stringify(value, { aliasDuplicateObjects: false }));
        }),
        fuzzParams(200),
      );
    },
    testTimeout(),
  );
});

describe('random YAML', () => {
  it(
    'soup of YAML syntax, as a scale and as an assessment',
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 80 }), (tokens) => {
          const text = tokens.join('');
          checkScale(text);
          checkAssessment(text);
        }),
        fuzzParams(300),
      );
    },
    testTimeout(),
  );

  it(
    'any string at all, lone surrogates included',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          checkScale(text);
          checkAssessment(text);
        }),
        fuzzParams(200),
      );
    },
    testTimeout(),
  );
});

describe('hostile YAML, once each', () => {
  const deep = (n: number, open: string, close: string) => open.repeat(n) + close.repeat(n);
  const cases: [string, string][] = [
    ['flow nesting 100 000 deep', `id: x\nname: ${deep(100_000, '[', ']')}\n`],
    ['flow nesting behind a quote in a plain scalar', `team: b"c\nratings: ${deep(200_000, '[', ']')}\n`],
    ['flow maps behind a quote in a plain scalar', `team: b"c\nratings: ${deep(100_000, '{a: ', '}')}\n`],
    ['flow nesting behind a quote in a block scalar', `note: |\n  he said "hi\nratings: ${deep(100_000, '[', ']')}\n`],
    ['flow nesting behind an apostrophe after a colon', `d: [x:'y, ${deep(100_000, '[', ']')}]\n`],
    ['flow nesting inside strings that close brackets', `d: ${Array.from({ length: 5000 }, () => '[ "]]",').join('')}\n`],
    ['bare block markers nested 3000 deep', `d:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`],
    ['block mappings nested 3000 deep, one space each', `d:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`],
    ['compact sequences 3000 deep on one line', `d: ${'- '.repeat(3000)}x\n`],
    ['a billion laughs', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n'],
    ['an alias to itself', 'a: &a [*a]\nb: &b { c: *b }\n'],
    ['an alias with no anchor', 'id: *nope\nversion: "1"\n'],
    ['merge keys', 'base: &b { id: x, version: "1" }\n<<: *b\nname: X\ndomains: []\n'],
    ['__proto__ everywhere', '__proto__: { polluted: true }\nid: x\nversion: "1"\nname: { __proto__: x, en: X }\ndomains:\n  - __proto__: 1\n    id: d\n    name: D\n    items: [{ id: i, title: T, anchors: { __proto__: x } }]\nratings:\n  __proto__: { score: 3 }\n  hr1: { score: 3, raters: { __proto__: 2 } }\n'],
    ['2 MB of one scalar', `id: ${'x'.repeat(2 * 1024 * 1024)}\n`],
    ['a 20 000-character line of commas in flow', `d: [${','.repeat(20_000)}]\n`],
    ['tags of every kind', 'id: !!binary aGVsbG8=\nversion: !!timestamp 2001-12-14\nname: !!set { a, b }\ndomains: !!omap [ a: 1 ]\nx: !foo bar\n'],
    ['directives and documents', '%YAML 1.1\n%TAG ! tag:x,2000:\n---\nid: x\n...\n---\nid: y\n'],
    ['NUL, BOM and bidi controls', 'id: a\u0000b\n\ufeffversion: "1\u202e"\nname: \u2028\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    checkScale(text);
    checkAssessment(text);
  });

  // Once, through one reader: before the fix this took ~9 s in the yaml package's duplicate-key
  // check alone (quadratic). That it reads; that its time grows linearly is measured by the
  // benchmark (npm run bench: 'Reading one YAML mapping', the time of 100 000 keys over 50 000).
  it('50 000 keys in one mapping', () => {
    checkAssessment(Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n'));
  });

  it('refuses deep nesting before parsing, however the text hides it', () => {
    for (const text of [
      `team: b"c\nratings: ${deep(200_000, '[', ']')}\n`,
      `note: |\n  he said "hi\nratings: ${deep(100_000, '[', ']')}\n`,
      `d: [x:'y, ${deep(100_000, '[', ']')}]\n`,
      `d:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`,
    ]) {
      const error = (() => {
        try {
          parseAssessmentText(text, 'x.yaml');
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(HfError);
      expect((error as HfError).problems.map((p) => p.code)).toEqual(['yaml.tooDeep']);
    }
  });

  it('says where an alias with no anchor is, as a syntax problem (not "too many aliases")', () => {
    let error: unknown;
    try {
      parseAssessmentText('hfFidelityAssessment: 1\nteam: *nope\n', 'x.yaml');
    } catch (e) {
      error = e;
    }
    const hf = checkThrown(error, 'alias');
    expect(hf.problems.map((p) => [p.code, p.line])).toEqual([['yaml.syntax', 2]]);
  });

  it('reports a rating or a rater named __proto__ instead of dropping it silently', () => {
    const text = (ratings: string) => `hfFidelityAssessment: 1\nscale: { id: hf-principles }\nteam: T\ndate: 2026-01-01\nratings:\n${ratings}`;
    for (const [ratings, line] of [
      ['  __proto__: { score: 3 }\n  hr1: { score: 2 }\n', 6],
      ['  hr1: { score: 2, raters: { __proto__: 3 } }\n', 6],
    ] as const) {
      let error: unknown;
      try {
        toAssessment(parseAssessmentText(text(ratings), 'x.yaml'), hfScale);
      } catch (e) {
        error = e;
      }
      const hf = checkThrown(error, '__proto__');
      expect(hf.problems.map((p) => [p.code, p.line])).toEqual([['schema.unknownKey', line]]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
