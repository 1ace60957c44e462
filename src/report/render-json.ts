// The JSON report: the result exactly as SPEC section 7 describes it, at full precision. With
// --no-notes every item's note is null; nothing else changes.
import type { AssessmentResult, Result } from '../result/schema.js';
import type { Renderer, RenderContext } from './render-context.js';
import { jsonResultChunks } from './json-stream.js';

/** One assessment with every item's note set to null (a copy), e.g. for writing assessments one by one. */
export function assessmentWithoutNotes(assessment: AssessmentResult): AssessmentResult {
  return { ...assessment, items: assessment.items.map((item) => ({ ...item, note: null })), comments: [] };
}

/** The result without notes (a copy; the result given is not changed). */
function withoutNotes(result: Result): Result {
  return { ...result, assessments: result.assessments.map(assessmentWithoutNotes) };
}

/** The whole result, pretty-printed: the same text `report` streams for a large input. */
export async function jsonReport(result: Result, ctx: Pick<RenderContext, 'notes'>): Promise<string> {
  const { assessments, warnings, ...head } = ctx.notes === false ? withoutNotes(result) : result;
  let text = '';
  for await (const chunk of jsonResultChunks(head, assessments, () => warnings, { pretty: true })) text += chunk;
  return text;
}

export const renderJson: Renderer = (result, ctx) => jsonReport(result, ctx);
