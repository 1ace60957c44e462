// The JSON result written piece by piece, so a national data set is never held in memory as one
// result. Compact (`score`): one assessment per line, a valid JSON document that diffs well. Pretty
// (`report`): byte for byte what JSON.stringify(result, null, 2) gives for the whole result.
import type { AssessmentResult, Result } from '../result/schema.js';

const ASSESSMENTS = '\u0000assessments\u0000';
const WARNINGS = '\u0000warnings\u0000';

/** Indents every line after the first (the first continues a line already started). */
function indentRest(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}

/** The text before and after the last `marker` (the last: a scale's name could hold the same text). */
function cut(text: string, marker: string): [string, string] {
  const at = text.lastIndexOf(marker);
  return [text.slice(0, at), text.slice(at + marker.length)];
}

/**
 * The result text in pieces: the head with the first assessment, each further assessment, then the
 * warnings (known only at the end). Nothing is yielded before the first assessment has been taken.
 */
export async function* jsonResultChunks(
  head: Omit<Result, 'assessments' | 'warnings'>,
  assessments: AsyncIterable<AssessmentResult> | Iterable<AssessmentResult>,
  warnings: () => Result['warnings'],
  options: { pretty?: boolean } = {},
): AsyncGenerator<string> {
  const indent = options.pretty ? 2 : undefined;
  // JSON strings never hold a raw line break, so re-indenting line by line is safe.
  const shell = JSON.stringify({ ...head, assessments: ASSESSMENTS, warnings: WARNINGS }, null, indent);
  const [before, rest] = cut(shell, JSON.stringify(ASSESSMENTS));
  const [between, after] = cut(rest, JSON.stringify(WARNINGS));
  const pad = options.pretty ? '    ' : '';
  let count = 0;
  for await (const assessment of assessments) {
    const text = JSON.stringify(assessment, null, indent);
    yield `${count === 0 ? `${before}[\n` : ',\n'}${pad}${options.pretty ? indentRest(text, pad) : text}`;
    count++;
  }
  const close = count === 0 ? `${before}[]` : options.pretty ? '\n  ]' : '\n]';
  yield `${close}${between}${indentRest(JSON.stringify(warnings(), null, indent), options.pretty ? '  ' : '')}${after}\n`;
}
