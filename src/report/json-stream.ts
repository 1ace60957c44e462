// The JSON result written piece by piece, so a national data set is never held in memory as one
// result. Compact (`score`): one assessment per line, a valid JSON document that diffs well. Pretty
// (`report`): byte for byte what JSON.stringify(result, null, 2) gives for the whole result.
import type { AssessmentResult, Result } from '../scoring/result.js';

const ASSESSMENTS = '\u0000assessments\u0000';
const WARNINGS = '\u0000warnings\u0000';

/** Indents every line after the first (the first continues a line already started). */
function indentRest(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}

function cut(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  return [text.slice(0, at), text.slice(at + marker.length)];
}

/** Chunks of the result text: the head, each assessment, then the warnings (known only at the end). */
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
  let buffer = `${before}[`;
  let count = 0;
  for await (const assessment of assessments) {
    buffer += `${count === 0 ? '\n' : ',\n'}${pad}${indentRest(JSON.stringify(assessment, null, indent), pad)}`;
    count++;
    if (buffer.length > 256 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += count === 0 ? ']' : options.pretty ? '\n  ]' : '\n]';
  buffer += `${between}${indentRest(JSON.stringify(warnings(), null, indent), options.pretty ? '  ' : '')}${after}\n`;
  yield buffer;
}
