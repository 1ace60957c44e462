// The JSON result of `score`, written piece by piece so a national data set is never held in memory
// as one result: compact, one assessment per line (a valid JSON document, and diff-friendly).
import type { AssessmentResult, Result } from '../scoring/result.js';

const PLACEHOLDER = '\u0000assessments\u0000';

/** Chunks of the result text: the head, each assessment, then the warnings (known only at the end). */
export async function* jsonResultChunks(
  head: Omit<Result, 'assessments' | 'warnings'>,
  assessments: AsyncIterable<AssessmentResult> | Iterable<AssessmentResult>,
  warnings: () => Result['warnings'],
): AsyncGenerator<string> {
  const shell = JSON.stringify({ ...head, assessments: PLACEHOLDER });
  let buffer = shell.slice(0, shell.indexOf(JSON.stringify(PLACEHOLDER))) + '[';
  let count = 0;
  for await (const assessment of assessments) {
    buffer += `${count === 0 ? '\n' : ',\n'}${JSON.stringify(assessment)}`;
    count++;
    if (buffer.length > 256 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += `${count === 0 ? '' : '\n'}],"warnings":${JSON.stringify(warnings())}}\n`;
  yield buffer;
}
