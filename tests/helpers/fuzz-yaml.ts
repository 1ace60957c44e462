// Mutations of YAML text for the scale and assessment readers' properties (tests/fuzz/yaml-reader.test.ts):
// line edits (delete, duplicate, swap, re-indent, tabs), anchors and aliases, `__proto__` keys, odd
// Unicode, YAML's special characters, numbers YAML reads oddly, and very deep flow or block nesting.
import fc from 'fast-check';

/** A complete, valid assessment file of hf-principles (SPEC section 4), the base for mutations. */
export const BASE_ASSESSMENT = `hfFidelityAssessment: 1
scale: { id: hf-principles, version: "1.1" }
team: Housing First Grünerløkka
date: 2026-10-15
kind: external
status: complete
raters: [Anne, Bjørn]
ratings:
  hr1: { score: 4, raters: { Anne: 4, Bjørn: 3 }, note: "Egen leiekontrakt for alle" }
  hr2:
    score: 3
    raters:
      Anne: 3
      Bjørn: 3
    note: |
      Ventetid på bolig er kort.
      Noen bor midlertidig.
  hr3: { score: 2.5 }
  co3: { na: true, note: "ikke aktuelt" }
  re1: { skipped: true }
  sh1: ~
strengths: ["Hjemmebesøk hver uke", 'Døgnåpen telefon']
recommendations:
  - Erfaringskonsulent i teamet
actions:
  - { item: hr3, action: "Skaff flere boliger", owner: Kari, due: 2027-03-01 }
  - item: co1
    action: >-
      Samarbeidsavtale
      med NAV
`;

export type LineMutation =
  | { op: 'delete'; line: number }
  | { op: 'duplicate'; line: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'tabs'; line: number }
  | { op: 'anchorAlias'; line: number; other: number; name: string }
  | { op: 'mergeKey'; line: number }
  | { op: 'protoKey'; line: number; key: string; value: string }
  | { op: 'insertChar'; line: number; at: number; text: string }
  | { op: 'replaceValue'; line: number; value: string }
  | { op: 'deepFlow'; line: number; depth: number; open: string }
  | { op: 'deepBlock'; line: number; depth: number; step: number; marker: string }
  | { op: 'truncate'; at: number };

const ODD_UNICODE = [
  '\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u200d', '\u2028', '\u2029', '\u0085', '\r', '\t', '👩‍👩‍👧', 'e\u0301', '\u00a0',
  'æøå', 'ÆØÅ', '中', 'ق', '\u0007', '\u001b[31m',
];
const YAML_SPECIAL = [':', ': ', '- ', '? ', '|', '>', '!', '!!binary ', '!foo ', '&', '*', '%', '@', '`', '"', "'", '{', '}', '[', ']', '#', ' #', ',', '---', '...', '<<: '];
const ODD_VALUES = [
  '1e400', '-1e400', '-0', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1_000', '00012', '+12', '3.50', '"3"', 'null', '~', 'true', 'yes', 'no', 'on',
  '2026-02-30', '2026-10-15T09:12:33+02:00', '9999999999999999999999', "''", '""', '[]', '{}', '[1, [2, [3]]]', '!!str 4', '!!int "4"', '!!float x',
  '*undefinedAlias', '&x', '|', '>-', 'x: y', '- z', '=SUM(A1)', '__proto__', 'constructor', '{ __proto__: { polluted: true } }', '[__proto__]',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__'];

export const lineMutationArb: fc.Arbitrary<LineMutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ op: fc.constant('tabs' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('anchorAlias' as const), line: fc.nat(), other: fc.nat(), name: fc.constantFrom('a', 'b', 'id', 'x1') }),
  fc.record({ op: fc.constant('mergeKey' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('protoKey' as const), line: fc.nat(), key: fc.constantFrom(...PROTO_KEYS), value: fc.constantFrom('x', '1', '{ polluted: true }', '[1]', '~', '{ id: x }') }),
  fc.record({
    op: fc.constant('insertChar' as const),
    line: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...ODD_UNICODE, ...YAML_SPECIAL), fc.string({ unit: 'binary', maxLength: 4 })),
  }),
  fc.record({ op: fc.constant('replaceValue' as const), line: fc.nat(), value: fc.constantFrom(...ODD_VALUES) }),
  fc.record({ op: fc.constant('deepFlow' as const), line: fc.nat(), depth: fc.integer({ min: 1, max: 3000 }), open: fc.constantFrom('[', '{a: ', '[{a: ', '{? ') }),
  fc.record({ op: fc.constant('deepBlock' as const), line: fc.nat(), depth: fc.integer({ min: 1, max: 300 }), step: fc.integer({ min: 1, max: 3 }), marker: fc.constantFrom('- ', 'k: ', '- k: ', '? ') }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

const indentOf = (line: string) => /^ */.exec(line)![0];

/** Where a line's value starts (after `key: ` or `- `), or -1. */
function valueStart(line: string): number {
  const m = /^(\s*(?:- )?[^:#\s][^:#]*:\s)|^(\s*- )/.exec(line);
  return m ? m[0].length : -1;
}

export function applyLineMutation(lines: string[], m: LineMutation): string[] {
  const out = [...lines];
  const n = Math.max(1, out.length);
  const i = 'line' in m ? m.line % n : 0;
  const line = out[i] ?? '';
  switch (m.op) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, line);
      break;
    case 'swap': {
      const j = m.other % n;
      [out[i], out[j]] = [out[j] ?? '', line];
      break;
    }
    case 'indent':
      out[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'tabs':
      out[i] = line.replace(/^ +/, (s) => '\t'.repeat(Math.max(1, Math.floor(s.length / 2))));
      break;
    case 'anchorAlias': {
      // `&name` on one value, `*name` as another value (before or after it: an alias before its anchor is an error).
      const at = valueStart(line);
      if (at >= 0) out[i] = `${line.slice(0, at)}&${m.name} ${line.slice(at)}`;
      const j = m.other % n;
      const other = out[j] ?? '';
      const to = valueStart(other);
      if (to >= 0) out[j] = `${other.slice(0, to)}*${m.name}`;
      break;
    }
    case 'mergeKey':
      out.splice(i, 0, `${indentOf(line)}<<: *a`);
      break;
    case 'protoKey':
      out.splice(i, 0, `${indentOf(line)}${/^\s*- /.test(line) ? '- ' : ''}${m.key}: ${m.value}`);
      break;
    case 'insertChar': {
      const at = m.at % (line.length + 1);
      out[i] = line.slice(0, at) + m.text + line.slice(at);
      break;
    }
    case 'replaceValue': {
      const at = valueStart(line);
      out[i] = at >= 0 ? line.slice(0, at) + m.value : `${line} ${m.value}`;
      break;
    }
    case 'deepFlow': {
      const at = valueStart(line);
      const close = m.open === '[' ? ']' : m.open === '{a: ' || m.open === '{? ' ? '}' : '}]';
      const nested = m.open.repeat(m.depth) + '1' + close.repeat(m.depth);
      out[i] = at >= 0 ? line.slice(0, at) + nested : `${indentOf(line)}deep: ${nested}`;
      break;
    }
    case 'deepBlock': {
      const base = indentOf(line).length;
      const block = Array.from({ length: m.depth }, (_, d) => ' '.repeat(base + (d + 1) * m.step) + m.marker);
      out.splice(i + 1, 0, `${indentOf(line)}deep:`, ...block.map((b, d) => (d === block.length - 1 ? `${b}x` : b)));
      break;
    }
    case 'truncate':
      break;
  }
  return out;
}

export function mutateText(text: string, mutations: readonly LineMutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (m.op === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
    } else lines = applyLineMutation(lines, m);
  }
  return lines.join('\n');
}

/** Tokens for YAML "soup": short random documents made of YAML's own syntax. */
export const YAML_TOKENS = [
  'id:', 'domains:', 'items:', 'ratings:', 'team:', 'hfFidelityAssessment: 1', 'scale:', ' ', '  ', '\n', '\n  ', '\n    ', '- ', '? ', ': ',
  '[', ']', '{', '}', ',', '&a ', '*a', '<<: *a', '!!str ', '!!map ', '!!seq ', '!!binary ', '!!timestamp ', '!x ', '"', "'", '|', '>-', '#', '---',
  '...', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '__proto__:', 'constructor:', '1', '-0', '1e400', 'x', 'æøå', '\t', '\u0000', '\ud800', '\ufeff',
  '\r\n', 'null', '~', 'true', '2026-10-15', '=SUM(A1)',
];

export interface PathValue {
  path: (string | number)[];
}

/** Every path in a plain JSON-like value (objects and arrays), for structural mutations. */
export function allPaths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  return out;
}

/** A copy of `root` with the value at `path` replaced (or, with `remove`, deleted). */
export function setPath(root: unknown, path: readonly (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = setPath(copy[Number(head)], rest, value, remove);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  if (remove && rest.length === 0) delete copy[String(head)];
  else Object.defineProperty(copy, String(head), { value: setPath(copy[String(head)], rest, value, remove), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Values a malformed part of a file could hold: wrong types, odd numbers, strings, `__proto__` maps. */
export const oddValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 0.5, 1e308, -1e308, 4.5, 99, '', ' ', 'x', '__proto__', '=SUM(A1)', '\u0000', 'æøå', [], {}, [null], [[]], { en: 1 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'min', 'max').map((k) => {
    const o: Record<string, unknown> = {};
    Object.defineProperty(o, k, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    return o;
  }),
);
