// Where things are in a parsed YAML document: the line and column of a path (or of a key), and the
// path written for people (`domains[2].items[0].weight`).
import { isMap, isSeq, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ParsedYaml, YamlPath } from './parse-yaml.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where `path` is in the document: the value's position, or with `key` the position of that key
 * inside the mapping at `path`. Falls back to the nearest ancestor that exists.
 */
export function positionOf(parsed: ParsedYaml, path: YamlPath, key?: string): Position | undefined {
  let node: unknown = parsed.doc?.contents;
  let last: Node | undefined = node as Node | undefined;
  let keyNode: Node | undefined;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (isMap(node)) {
      const pair = pairOf(node, String(step));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
      if (key !== undefined && i === steps.length - 1) {
        last = keyNode;
        break;
      }
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      break;
    }
    if (node && (node as Node).range) last = node as Node;
    else if (keyNode) last = keyNode;
  }
  const range = last?.range;
  if (!range) return undefined;
  const pos = parsed.lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** Where a problem at `path` (and `key`, when the problem is about a key) sits: file, line, column, path. */
export function placeOf(parsed: ParsedYaml, path: YamlPath, key?: string): { file: string; line?: number; column?: number; path: string } {
  const pos = positionOf(parsed, path, key);
  return { file: parsed.file, line: pos?.line, column: pos?.column, path: formatPath(key === undefined ? path : [...path, key]) };
}

/**
 * Pairs of a mapping by key, indexed once per mapping: looking each key up with `find` made placing
 * every problem of a mapping with N keys cost N * N (100 000 unknown keys: minutes; found by tests/fuzz).
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** `domains[2].items[0].weight` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}
