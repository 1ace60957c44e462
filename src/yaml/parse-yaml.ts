// YAML parsing that refuses hostile input before it can hurt (deep nesting, alias bombs, huge
// mappings), and turns every syntax error into a problem with file:line:col (see yaml-positions.ts).
import { Lexer, LineCounter, parseAllDocuments, visit, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { HfError, problem, sortByPosition, type Problem } from '../shared/errors.js';

/** Deeper than this, no scale or assessment is real; a deeper one can crash the parser. */
const MAX_YAML_DEPTH = 40;
/** Aliases (`*name`) allowed in one document: enough for reuse, too few for a "billion laughs". */
const MAX_YAML_ALIASES = 50;

export type YamlPath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  file: string;
  value: unknown;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * An upper bound on nesting, read without parsing: indentation plus block markers (`- `, `? `)
 * at the start of a line, plus open flow brackets. Cheap and conservative.
 *
 * Counted on the tokens of the yaml package's own lexer (iterative and linear, so safe on any
 * input), not on raw characters: the character scan used before guessed where quoted strings
 * begin, and a quote inside a plain scalar (`team: b"c`) or a block scalar made it skip the rest
 * of the file. Deep `[[[[...` after such a line then reached the parser uncounted: a 2 MB scale
 * took 9 s and 1.7 GB, and a 5 MB assessment file crashed Node at its heap limit (found by
 * tests/fuzz/yaml-reader.test.ts). The lexer knows exactly which brackets are structure.
 */
function estimateDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '\n' || token === '\r\n') {
      lineStart = true;
      indent = 0;
      markers = 0;
      continue;
    }
    const c = token[0];
    // Control tokens (document mode, start of a scalar, flow error, byte-order mark) and comments
    // say nothing about depth.
    if (c === undefined || c === '\u0002' || c === '\u0018' || c === '\u001f' || c === '\ufeff' || c === '#') continue;
    if (lineStart) {
      if (c === ' ' || c === '\t') {
        const lead = /^[ \t]*/.exec(token)![0].length;
        indent += lead;
        if (lead === token.length) continue;
        // A block scalar's text starts with its indentation; the text itself is not structure.
      } else if (token === '-' || token === '?') {
        markers++;
        indent++;
        // Counted here too: lines of bare markers (` - `, `  - `, ...) nest with no content at all.
        max = Math.max(max, markers + Math.ceil(indent / 2) + flow);
        continue;
      }
      lineStart = false;
    }
    if (token === '[' || token === '{') flow++;
    else if ((token === ']' || token === '}') && flow > 0) flow--;
    const depth = markers + Math.ceil(indent / 2) + flow;
    if (depth > max) max = depth;
  }
  return max;
}

/** The yaml package reports a stack overflow while composing as an ordinary error with this text. */
function isStackOverflow(message: string): boolean {
  return message.includes('Maximum call stack size exceeded');
}

function parseDocuments(text: string, lines: LineCounter, file: string) {
  try {
    // uniqueKeys is checked below, in linear time: the yaml package compares each key with every
    // key before it, so a 2 MB file of 200 000 `kN: N` lines took minutes (found by tests/fuzz).
    // logLevel 'error': a key that is a list or a map (`? [a]`) made the yaml package print a Node
    // process warning, "(node:PID) Warning: Keys with collection values will be stringified ...",
    // on stderr beside our own message about that key (found by tests/fuzz).
    return parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    // Nesting the depth estimate let through but the parser could not handle: still too deep.
    if (error instanceof RangeError) throw new HfError(problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file }));
    throw error;
  }
}

/** Parse one YAML document; throw an HfError with every syntax problem, or a refusal. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  if (estimateDepth(text) > MAX_YAML_DEPTH * 2) {
    throw new HfError(problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file }));
  }
  const docs = parseDocuments(text, lines, file);
  if (docs.length > 1) {
    const second = docs[1];
    const at = second?.range ? lines.linePos(second.range[0]) : undefined;
    throw new HfError(problem('yaml.multipleDocuments', {}, { file, line: at?.line, column: at?.col }));
  }
  const doc = docs[0];
  if (!doc) return { file, value: null, doc: undefined as unknown as Document.Parsed, lines };
  const problems: Problem[] = doc.errors.map((error) => {
    const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    // Said as "YAML syntax error: Maximum call stack size exceeded" before; it is nesting.
    if (isStackOverflow(error.message)) return problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file, line: at.line, column: at.col });
    const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    return problem('yaml.syntax', { detail }, { file, line: at.line, column: at.col });
  });
  problems.push(...duplicateKeyProblems(doc, lines, file, text));
  if (problems.length > 0) throw new HfError(sortByPosition(problems));
  if (nodeDepth(doc.contents, 0) > MAX_YAML_DEPTH) {
    throw new HfError(problem('yaml.tooDeep', { limit: MAX_YAML_DEPTH }, { file }));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // An alias with no anchor before it (`id: *nope`) is a ReferenceError too; it was reported as
    // "too many aliases", which sends the user looking for the wrong thing. Say what and where.
    if (error instanceof ReferenceError && error.message.startsWith('Unresolved alias')) {
      throw new HfError(problem('yaml.syntax', { detail: error.message }, { file, ...aliasPosition(doc, lines, error.message) }));
    }
    // The yaml package throws a ReferenceError (not a YAMLParseError) for an alias bomb.
    if (error instanceof ReferenceError || error instanceof RangeError) {
      throw new HfError(problem('yaml.tooManyAliases', {}, { file }));
    }
    throw error;
  }
  return { file, value, doc, lines };
}

/** An empty key (`: a`) and a null key (`~: a`, `null: a`) are the key "" once read. */
const NULL_KEY = '';

/** A key as written, quotes included, for a message (cut short when long). */
function keyText(text: string, node: Node | null, fallback: string): string {
  const range = node?.range;
  const written = range ? text.slice(range[0], range[1]).trim() : '';
  const shown = written === '' ? (fallback === '' ? '""' : fallback) : written;
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
}

/**
 * Keys repeated in one mapping, found with a map per mapping: linear, where the yaml package's own
 * check is quadratic in the number of keys. Keys are compared as the object read from the file has
 * them: `1` and `"1"`, `true` and `"true"`, `1` and `1.0` are one key there, and one of the two
 * values was dropped without a word when only keys of the same type were compared.
 */
function duplicateKeyProblems(doc: Document.Parsed, lines: LineCounter, file: string, text: string): Problem[] {
  const out: Problem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, Node | null>();
      for (const pair of map.items) {
        const key: unknown = pair.key;
        if (key !== null && !isScalar(key)) continue;
        const value: unknown = key === null ? null : key.value;
        const name = value === null || value === undefined ? NULL_KEY : String(value);
        const node = key as Node | null;
        if (!seen.has(name)) {
          seen.set(name, node);
          continue;
        }
        const earlier = seen.get(name) ?? null;
        const offset = isScalar(key) ? key.range?.[0] : (pair.value as Node | null)?.range?.[0];
        const at = lines.linePos(offset ?? 0);
        const firstLine = earlier?.range ? lines.linePos(earlier.range[0]).line : at.line;
        const params = { first: keyText(text, earlier, name), second: keyText(text, node, name), firstLine };
        out.push(problem('yaml.duplicateKey', params, { file, line: at.line, column: at.col }));
      }
    },
  });
  return out;
}

/** Where the unresolved alias named at the end of `message` is (`...: name`), when it can be found. */
function aliasPosition(doc: Document.Parsed, lines: LineCounter, message: string): { line?: number; column?: number } {
  const name = /: (\S+)$/.exec(message)?.[1];
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.source === name && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (offset === undefined) return {};
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
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
