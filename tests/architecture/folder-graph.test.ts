// The folders of src/ import one way (README, "Layout"): the core (statistics, scale, scoring, result and the
// vocabulary under it) imports no edge; renderers never import readers, the session or the CLI;
// readers never import renderers; nothing imports the CLI; and the folder graph has no circle.
// Read from the source itself, so a new import that breaks a rule names its file here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

const SRC = path.join(REPO, 'src');

/** Each folder of src/ and the folders it may import (besides itself). Every other arrow is refused. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  statistics: [],
  i18n: ['shared'],
  yaml: ['shared', 'i18n'],
  scale: ['shared', 'i18n', 'yaml'],
  assessment: ['shared', 'i18n', 'scale'],
  result: ['shared', 'scale', 'assessment'],
  scoring: ['shared', 'i18n', 'scale', 'assessment', 'result', 'statistics'],
  files: ['shared', 'i18n'],
  terminal: ['shared', 'i18n'],
  input: ['shared', 'i18n', 'yaml', 'scale', 'assessment', 'result', 'scoring', 'files'],
  report: ['shared', 'i18n', 'scale', 'assessment', 'result', 'scoring'],
  session: ['shared', 'i18n', 'yaml', 'scale', 'assessment', 'result', 'scoring', 'files', 'terminal', 'input', 'report'],
  cli: ['shared', 'statistics', 'i18n', 'yaml', 'scale', 'assessment', 'result', 'scoring', 'files', 'terminal', 'input', 'report', 'session'],
};
const CORE = ['shared', 'statistics', 'i18n', 'yaml', 'scale', 'assessment', 'result', 'scoring'];
const EDGES = ['files', 'terminal', 'input', 'report', 'session', 'cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

interface Arrow {
  file: string;
  from: string;
  to: string;
  spec: string;
}

/** Every relative import (static, dynamic, type-only and re-exports) of every source file. */
function arrows(): Arrow[] {
  const out: Arrow[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      const from = folderOf(file);
      const to = path.relative(SRC, target).startsWith('..') ? '(outside src)' : folderOf(target);
      if (from !== to) out.push({ file: path.relative(REPO, file), from, to, spec: match[1]! });
    }
  }
  return out;
}

const ALL = arrows();

function broken(rule: (arrow: Arrow) => boolean): string[] {
  return ALL.filter(rule).map((a) => `${a.file} imports ${a.spec} (${a.from} -> ${a.to})`);
}

describe('the folders of src/', () => {
  it('are the folders the layout names, each with a file', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    expect(readdirSync(SRC).filter((name) => !folders.includes(name))).toEqual([]);
  });

  it('reads real imports (the check would see a broken rule)', () => {
    // The CLI imports the readers and the renderers: if the pattern read no imports, every rule would pass.
    expect(ALL.some((a) => a.from === 'cli' && a.to === 'input')).toBe(true);
    expect(ALL.some((a) => a.from === 'report' && a.to === 'result')).toBe(true);
    expect(ALL.length).toBeGreaterThan(100);
  });

  it('the core imports no edge', () => {
    expect(broken((a) => CORE.includes(a.from) && EDGES.includes(a.to))).toEqual([]);
  });

  it('renderers import no reader, no session and no CLI; readers import no renderer', () => {
    expect(broken((a) => a.from === 'report' && ['input', 'files', 'session', 'cli', 'terminal'].includes(a.to))).toEqual([]);
    expect(broken((a) => a.from === 'input' && ['report', 'session', 'cli'].includes(a.to))).toEqual([]);
  });

  it('every arrow is one the layout allows', () => {
    expect(broken((a) => !(MAY_IMPORT[a.from] ?? []).includes(a.to))).toEqual([]);
  });

  it('has no circle: no two folders import each other, directly or round a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const a of ALL) edges.set(a.from, (edges.get(a.from) ?? new Set()).add(a.to));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        circles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(circles).toEqual([]);
  });

  it('the allowed arrows themselves have no circle', () => {
    // A layout that allowed a circle would let the last rule pass a real one.
    const order = ['shared', 'statistics', 'i18n', 'yaml', 'scale', 'assessment', 'result', 'scoring', 'files', 'terminal', 'input', 'report', 'session', 'cli'];
    for (const [from, allowed] of Object.entries(MAY_IMPORT)) {
      for (const to of allowed) expect(order.indexOf(to), `${from} -> ${to}`).toBeLessThan(order.indexOf(from));
    }
  });
});
