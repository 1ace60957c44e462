// The built-in scales read as a fidelity expert would: `adapted` marks the pathways-hf items whose topic
// could not be confirmed against a source, hcs4 is always rated, and the core items of the two scales
// correspond topic by topic (the table in both files' header comments).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScaleText } from '../../src/scale/validate-scale.js';
import { resolveScale } from '../../src/scale/resolve-scale.js';
import type { Scale } from '../../src/scale/model.js';

const REPO = path.resolve(import.meta.dirname, '../..');

function builtIn(id: string): Scale {
  const file = path.join(REPO, 'fidelity-scales', `${id}.yaml`);
  const check = validateScaleText(readFileSync(file, 'utf8'), file);
  expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return resolveScale(check.scale!, file);
}

const pathways = builtIn('pathways-hf');
const principles = builtIn('hf-principles');
const ids = (scale: Scale, pick: (item: Scale['items'][number]) => boolean) => scale.items.filter(pick).map((i) => i.id);

describe('adapted items', () => {
  it('defaults to false, and a scale file may set it', () => {
    const text = 'id: t\nversion: "1"\nname: T\ndomains:\n  - id: d\n    name: D\n    items:\n      - { id: a, title: A, adapted: true }\n      - { id: b, title: B }\n';
    const check = validateScaleText(text, 't.yaml');
    expect(check.problems).toEqual([]);
    const scale = resolveScale(check.scale!, 't.yaml');
    expect(scale.items.map((i) => i.adapted)).toEqual([true, false]);
    expect(validateScaleText(text.replace('adapted: true', 'adapted: yes please'), 't.yaml').problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('pathways-hf: every item but the nine whose area published reviews name is adapted', () => {
    expect(pathways.version).toBe('1.1');
    expect(pathways.items).toHaveLength(38);
    expect(ids(pathways, (i) => !i.adapted)).toEqual(['hcs2', 'hcs4', 'shs5', 'sp8', 'sa2', 'sa3', 'sa6', 'sa8', 'ps6']);
  });

  it('hf-principles is written for this project, not adapted from a published scale', () => {
    expect(principles.version).toBe('1.1');
    expect(ids(principles, (i) => i.adapted)).toEqual([]);
  });
});

describe('the two built-in scales agree', () => {
  it('hcs4 is rated after housing benefit and social assistance: no N/A', () => {
    const hcs4 = pathways.items.find((i) => i.id === 'hcs4')!;
    expect(hcs4.na).toBe(false);
    expect(hcs4.question?.nb).toMatch(/bostøtte.*sosialhjelp/);
  });

  it('the core items correspond topic by topic', () => {
    expect(ids(pathways, (i) => i.critical)).toEqual(['hcs1', 'hcs2', 'hcs3', 'shs1', 'shs2', 'shs3', 'shs5', 'sp2', 'sp3']);
    expect(ids(principles, (i) => i.critical)).toEqual(['hr1', 'hr2', 'sh1', 'se1', 'se3', 'ch1', 'co2']);
  });

  it('hcs2 and hr2 share the move-in target: within six weeks of admission', () => {
    for (const item of [pathways.items.find((i) => i.id === 'hcs2')!, principles.items.find((i) => i.id === 'hr2')!]) {
      expect(item.anchors['4']?.en).toMatch(/within six weeks of admission/);
      expect(item.anchors['4']?.nb).toMatch(/innen seks uker etter inntak/);
      expect(item.anchors['4']?.da).toMatch(/inden for seks uger efter optagelse/);
    }
  });
});
