// The JSON result written piece by piece, byte for byte as JSON.stringify(result, null, 2) would
// write it, so a national data set is never held in memory as one result.
import type { AssessmentResult, Result } from '../scoring/result.js';

const PLACEHOLDER = '\u0000assessments\u0000';

function indent(json: string, spaces: string): string {
  return json.replace(/\n/g, `\n${spaces}`);
}

/** Chunks of the result text: the head, each assessment, then the warnings (known only at the end). */
export async function* jsonResultChunks(
  head: Omit<Result, 'assessments' | 'warnings'>,
  assessments: AsyncIterable<AssessmentResult> | Iterable<AssessmentResult>,
  warnings: () => Result['warnings'],
): AsyncGenerator<string> {
  const shell = JSON.stringify({ ...head, assessments: PLACEHOLDER }, null, 2);
  const at = shell.indexOf(JSON.stringify(PLACEHOLDER));
  let count = 0;
  let buffer = shell.slice(0, at);
  for await (const assessment of assessments) {
    buffer += `${count === 0 ? '[\n    ' : ',\n    '}${indent(JSON.stringify(assessment, null, 2), '    ')}`;
    count++;
    if (buffer.length > 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += count === 0 ? '[]' : '\n  ]';
  buffer += `,\n  "warnings": ${indent(JSON.stringify(warnings(), null, 2), '  ')}\n}\n`;
  yield buffer;
}
