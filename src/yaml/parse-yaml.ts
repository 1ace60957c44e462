// YAML parsing that refuses hostile input before it can hurt (deep nesting, alias bombs), keeps
// source positions, and turns every syntax error into a problem with file:line:col.
import { LineCounter, parseAllDocuments, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { HfError, problem, type Problem } from '../errors.js';

/** Deeper than this, no scale or assessment is real; a deeper one can crash the parser. */
export const MAX_YAML_DEPTH = 40;
/** Aliases (`*name`) allowed in one document: enough for reuse, too few for a "billion laughs". */
export const MAX_YAML_ALIASES = 50;

export type YamlPath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  file: string;
  value: unknown;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * An upper bound on nesting, read from the text without parsing: indentation plus block
 * markers (`- `, `? `) at the start of a line, plus open flow brackets. Cheap and conservative.
 */
export function estimateDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let inSingle = false;
  let inDouble = false;
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      markers = 0;
      inSingle = false;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      if ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
        markers++;
        indent++;
        continue;
      }
      lineStart = false;
      if (c === '#') {
        while (i + 1 < text.length && text[i + 1] !== '\n') i++;
        continue;
      }
    }
    if (inDouble) {
      if (c === '\\') i++;
      else if (c === '"') inDouble = false;
      continue;
    }
    if (inSingle) {
      if (c === "'") inSingle = false;
      continue;
    }
    if (c === '"') inDouble = true;
    else if (c === "'" && (i === 0 || /[\s\[{,:]/.test(text[i - 1] ?? ''))) inSingle = true;
    else if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === '#' && /\s/.test(text[i - 1] ?? '')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    }
    const depth = markers + Math.ceil(indent / 2) + flow;
    if (depth > max) max = depth;
  }
  return max;
}

/** Parse one YAML document; throw an HfError with every syntax problem, or a refusal. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  if (estimateDepth(text) > MAX_YAML_DEPTH * 2) {
    throw new HfError(problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file }));
  }
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs)) {
    return { file, value: null, doc: docs as unknown as Document.Parsed, lines };
  }
  if (docs.length > 1) {
    const second = docs[1];
    const at = second?.range ? lines.linePos(second.range[0]) : undefined;
    throw new HfError(problem('yaml.multipleDocuments', {}, { file, line: at?.line, column: at?.col }));
  }
  const doc = docs[0];
  if (!doc) return { file, value: null, doc: undefined as unknown as Document.Parsed, lines };
  const problems: Problem[] = doc.errors.map((error) => {
    const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    return problem('yaml.syntax', { detail }, { file, line: at.line, column: at.col });
  });
  if (problems.length > 0) throw new HfError(problems);
  if (nodeDepth(doc.contents, 0) > MAX_YAML_DEPTH) {
    throw new HfError(problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file }));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The yaml package throws a ReferenceError (not a YAMLParseError) for an alias bomb.
    if (error instanceof ReferenceError || error instanceof RangeError) {
      throw new HfError(problem('yaml.tooManyAliases', {}, { file }));
    }
    throw error;
  }
  return { file, value, doc, lines };
}

function nodeDepth(node: unknown, depth: number): number {
  if (depth > MAX_YAML_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const entry of node.items) {
      const child = isPair(entry) ? entry.value : entry;
      max = Math.max(max, nodeDepth(child, depth + 1));
      if (max > MAX_YAML_DEPTH) break;
    }
    return max;
  }
  return depth;
}

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
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
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

/** `domains[2].items[0].weight` */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}
