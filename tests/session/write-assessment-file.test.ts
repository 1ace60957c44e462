// The assessment writer: what it writes is read back by parseAssessmentText + toAssessment unchanged,
// whatever the notes, names and entries hold; and the file stays readable (comments, order, one line an item).
import { describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../src/assessment/write-assessment-file.js';
import type { AssessmentFile } from '../../src/assessment/schema.js';
import { parseAssessmentText, toAssessment } from '../../src/input/read-assessment-file.js';
import { buildScale } from '../helpers/scale-builder.js';

const scale = buildScale({
  id: 'pathways-hf',
  version: '1.0',
  domains: [
    { id: 'housing', items: ['hp1', { id: 'hp2', na: true }, '12', 'hp3'] },
    { id: 'support', items: ['sp1', { id: 'sp2', na: true }, 'sp3'] },
  ],
});

const file: AssessmentFile = {
  hfFidelityAssessment: 1,
  scale: { id: 'pathways-hf', version: '1.0' },
  team: 'Grünerløkka: team #1 – "Housing First"',
  date: '2026-10-15',
  kind: 'external',
  status: 'in-progress',
  raters: ['Anne K.', 'Bjørn', '2', 'yes'],
  ratings: {
    hp1: { score: 4, raters: { 'Anne K.': 4, Bjørn: 3, '2': 4, yes: 4 }, note: 'evidence: leases, interviews # and "quotes"' },
    hp2: { na: true, raters: { 'Anne K.': 'na', Bjørn: 'na' }, note: "it's not relevant here" },
    '12': { score: 1 },
    hp3: {
      score: 3,
      note: 'A long note that runs on past the line width, with: colons, commas, [brackets], {braces}, a tab\tand æøå ÆØÅ áš ŋ ŧ – so it must be quoted and folded and still come back exactly as written.',
    },
    sp1: { skipped: true, raters: { 'Anne K.': 2 } },
    sp2: { raters: { Bjørn: 'na' } },
    sp3: { skipped: true },
  },
  strengths: ['Everyone has an ordinary lease'],
  recommendations: ['- starts with a dash', 'null', '3'],
  actions: [
    { item: 'hp3', action: 'Ask the housing office for flats in ordinary buildings across the whole municipality', owner: 'Kari', due: '2027-03-01' },
    { action: 'Short one' },
    { item: '12', action: 'true', owner: 'no' },
  ],
};

describe('serializeAssessment', () => {
  it('writes what the reader reads back unchanged', () => {
    const text = serializeAssessment(file, { order: scale.items.map((i) => i.id) });
    const parsed = parseAssessmentText(text, 'moss.yaml');
    expect(parsed.data).toEqual(file);
    const { assessment } = toAssessment(parsed, scale);
    expect(assessment).toMatchObject({
      team: file.team,
      date: '2026-10-15',
      kind: 'external',
      status: 'in-progress',
      raters: ['Anne K.', 'Bjørn', '2', 'yes'],
      strengths: file.strengths,
      recommendations: file.recommendations,
      actions: [
        { item: 'hp3', action: file.actions![0]!.action, owner: 'Kari', due: '2027-03-01' },
        { action: 'Short one' },
        { item: '12', action: 'true', owner: 'no' },
      ],
    });
    expect(assessment.ratings).toEqual({
      hp1: { consensus: 4, raters: { 'Anne K.': 4, Bjørn: 3, '2': 4, yes: 4 }, note: file.ratings!.hp1!.note },
      hp2: { consensus: 'na', raters: { 'Anne K.': 'na', Bjørn: 'na' }, note: "it's not relevant here" },
      '12': { consensus: 1, raters: {} },
      hp3: { consensus: 3, raters: {}, note: file.ratings!.hp3!.note },
      sp2: { raters: { Bjørn: 'na' } },
    });
  });

  it('writes the ratings in the scale order, each under its comment, with a header', () => {
    const text = serializeAssessment(file, {
      header: ['hf-fidelity assessment of Moss', 'Continue with: hf-fidelity assess --out moss.yaml'],
      itemComments: { hp1: '── Housing ──\nhp1: Housing choice', sp1: 'sp1: Visits' },
      order: ['hp1', 'hp2', '12', 'hp3', 'sp1', 'sp2', 'sp3'],
    });
    expect(text.startsWith('# hf-fidelity assessment of Moss\n# Continue with: hf-fidelity assess --out moss.yaml\n')).toBe(true);
    expect(text).toContain('ratings:\n  # ── Housing ──\n  # hp1: Housing choice\n  hp1:\n');
    expect(text).toContain('  # sp1: Visits\n  sp1: { skipped: true, raters: { Anne K.: 2 } }');
    const keys = [...text.matchAll(/^ {2}("?[\w]+"?):/gm)].map((m) => m[1]!.replace(/"/g, ''));
    expect(keys).toEqual(['hp1', 'hp2', '12', 'hp3', 'sp1', 'sp2', 'sp3']);
    // Short entries stay on one line; a long note gets a block of its own.
    expect(text).toMatch(/^ {2}"12": \{ score: 1 \}$/m);
    expect(text).toMatch(/^ {2}hp3:\n {4}score: 3\n {4}note:/m);
    expect(text).toMatch(/^scale: \{ id: pathways-hf, version: "1\.0" \}$/m);
    expect(text).toMatch(/^date: 2026-10-15$/m);
    expect(parseAssessmentText(text, 'moss.yaml').data).toEqual(file);
  });

  it('writes an assessment with nothing answered yet', () => {
    const empty: AssessmentFile = {
      hfFidelityAssessment: 1,
      scale: { id: 'pathways-hf', version: '1.0' },
      team: 'Rana',
      date: '2026-10-15',
      kind: 'self',
      status: 'in-progress',
      raters: [],
      ratings: {},
      strengths: [],
      recommendations: [],
      actions: [],
    };
    const text = serializeAssessment(empty);
    expect(text).toContain('ratings: {}');
    expect(parseAssessmentText(text, 'rana.yaml').data).toEqual(empty);
  });
});
