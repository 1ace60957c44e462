// Reading an assessment file (SPEC section 4): YAML, the schema, then checks against the scale,
// every problem at once with file:line:col.
import path from 'node:path';
import { HfError, problem, type Problem } from '../shared/errors.js';
import { decodeUtf8, readInputFile } from '../files/read-input-file.js';
import { parseYaml, type ParsedYaml, type YamlPath } from '../yaml/parse-yaml.js';
import { placeOf } from '../yaml/yaml-positions.js';
import { schemaProblems } from '../yaml/schema-problems.js';
import { AssessmentFileSchema, type AssessmentFile } from '../assessment/schema.js';
import type { Answer, Assessment, ItemRating } from '../assessment/model.js';
import type { Item, Scale } from '../scale/model.js';
import { msg } from '../shared/message-params.js';
import { controlCharacter, normaliseName } from '../shared/normalise-name.js';

const MAX_ASSESSMENT_BYTES = 5 * 1024 * 1024;

export interface ParsedAssessmentFile {
  data: AssessmentFile;
  parsed: ParsedYaml;
}

/** Parse and check the shape of an assessment file's text; throw every shape problem at once. */
export function parseAssessmentText(text: string, file: string): ParsedAssessmentFile {
  const parsed = parseYaml(text, file);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw new HfError(problem('yaml.notMapping', {}, { file, line: 1, column: 1 }));
  }
  const result = AssessmentFileSchema.safeParse(parsed.value, { reportInput: true });
  const protoKeys = protoKeyProblems(parsed);
  if (!result.success) throw new HfError([...schemaProblems(AssessmentFileSchema, result.error.issues, parsed), ...protoKeys]);
  if (protoKeys.length > 0) throw new HfError(protoKeys);
  return { data: result.data, parsed };
}

/**
 * zod leaves a `__proto__` key out of a record without a word, so a rating (`ratings: {__proto__: ...}`)
 * or a rater under that name vanished silently instead of being reported like any other unknown
 * item (found by tests/fuzz/yaml-reader.test.ts). No item id or rater can be named so: refuse it.
 */
function protoKeyProblems(parsed: ParsedYaml): Problem[] {
  const out: Problem[] = [];
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const refuse = (at: YamlPath) => {
    out.push(problem('schema.unknownKey', { key: '__proto__', suggestion: '' }, placeOf(parsed, at, '__proto__')));
  };
  const ratings = (parsed.value as Record<string, unknown>).ratings;
  if (!isRecord(ratings)) return out;
  if (Object.hasOwn(ratings, '__proto__')) refuse(['ratings']);
  for (const [id, entry] of Object.entries(ratings)) {
    if (isRecord(entry) && isRecord(entry.raters) && Object.hasOwn(entry.raters, '__proto__')) refuse(['ratings', id, 'raters']);
  }
  return out;
}

export async function parseAssessmentFile(file: string): Promise<ParsedAssessmentFile> {
  return parseAssessmentText(decodeUtf8(await readInputFile(file, MAX_ASSESSMENT_BYTES)), file);
}

function inRange(value: number, item: Item): boolean {
  return Number.isFinite(value) && value >= item.rating.min && value <= item.rating.max;
}

/**
 * The assessment the scoring sees, checked against the scale: unknown items and scores outside an
 * item's range are errors; a different scale version and an unfinished assessment are warnings.
 */
export function toAssessment(
  { data, parsed }: ParsedAssessmentFile,
  scale: Scale,
  strict = false,
): { assessment: Assessment; warnings: Problem[] } {
  const file = parsed.file;
  const at = (p: YamlPath, key?: string) => placeOf(parsed, p, key);
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (data.scale.id !== scale.id) {
    errors.push(problem('assessment.otherScale', { id: data.scale.id, expected: scale.id }, at(['scale', 'id'])));
  } else if (data.scale.version !== undefined && data.scale.version !== scale.version) {
    warnings.push(problem('assessment.scaleVersion', { version: data.scale.version, loaded: scale.version }, at(['scale', 'version']), 'warning'));
  }
  const items = new Map(scale.items.map((item) => [item.id, item]));
  const team = normaliseName(data.team);
  // Each rater name in NFC with single spaces, and where it is first written, for the case check below.
  const raters: string[] = [];
  const known = new Set<string>();
  const byLower = new Map<string, { name: string; line?: number }>();
  const addRater = (raw: string, where: { line?: number; column?: number; file: string; path: string }): string | null => {
    const char = controlCharacter(raw);
    if (char !== null) {
      errors.push(problem('data.controlCharacter', { char }, where));
      return null;
    }
    const name = normaliseName(raw);
    if (!known.has(name)) {
      const lower = name.toLowerCase();
      const other = byLower.get(lower);
      if (other !== undefined) {
        const params = { first: other.name, second: name, firstAt: msg('place.line', { line: other.line ?? 0 }), secondAt: msg('place.line', { line: where.line ?? 0 }), team, date: data.date };
        warnings.push(problem('data.raterCase', params, where, strict ? 'error' : 'warning'));
      } else byLower.set(lower, { name, line: where.line });
      known.add(name);
      raters.push(name);
    }
    return name;
  };
  const teamChar = controlCharacter(data.team);
  if (teamChar !== null) errors.push(problem('data.controlCharacter', { char: teamChar }, at(['team'])));
  (data.raters ?? []).forEach((raw, i) => addRater(raw, at(['raters', i])));
  const ratings: Record<string, ItemRating> = {};
  const checkAnswer = (answer: Answer, item: Item, where: YamlPath): boolean => {
    if (answer === 'na') {
      if (item.na) return true;
      errors.push(problem('assessment.naNotAllowed', { item: item.id }, at(where)));
      return false;
    }
    if (inRange(answer, item)) return true;
    errors.push(problem('assessment.outOfRange', { item: item.id, value: answer, min: item.rating.min, max: item.rating.max }, at(where)));
    return false;
  };
  for (const [id, entry] of Object.entries(data.ratings ?? {})) {
    const item = items.get(id);
    if (!item) {
      errors.push(problem('assessment.unknownItem', { id, scale: scale.id }, at(['ratings'], id)));
      continue;
    }
    if (!entry || entry.skipped) continue;
    const rating: ItemRating = { raters: {} };
    if (entry.na === true && entry.score !== undefined) {
      errors.push(problem('assessment.naAndScore', { item: id }, at(['ratings', id])));
    } else if (entry.na === true) {
      if (checkAnswer('na', item, ['ratings', id, 'na'])) rating.consensus = 'na';
    } else if (entry.score !== undefined) {
      if (checkAnswer(entry.score, item, ['ratings', id, 'score'])) rating.consensus = entry.score;
    }
    for (const [raw, answer] of Object.entries(entry.raters ?? {})) {
      const rater = addRater(raw, at(['ratings', id, 'raters'], raw));
      if (rater === null) continue;
      // `Anne` and `"Anne "` under one item are one rater written twice: neither may win silently.
      if (Object.hasOwn(rating.raters, rater)) {
        errors.push(problem('assessment.sameRaterTwice', { rater, item: id }, at(['ratings', id, 'raters'], raw)));
        continue;
      }
      if (checkAnswer(answer, item, ['ratings', id, 'raters', raw])) rating.raters[rater] = answer;
    }
    if (entry.note !== undefined && entry.note.trim() !== '') rating.note = entry.note;
    if (entry.rationale !== undefined && entry.rationale.trim() !== '') rating.rationale = entry.rationale;
    if (entry.recommendation !== undefined && entry.recommendation.trim() !== '') rating.recommendation = entry.recommendation;
    const written = rating.note !== undefined || rating.rationale !== undefined || rating.recommendation !== undefined;
    if (rating.consensus !== undefined || Object.keys(rating.raters).length > 0 || written) ratings[id] = rating;
  }
  if (errors.length > 0) throw new HfError(errors);
  const status = data.status ?? 'complete';
  if (status === 'in-progress') warnings.push(problem('assessment.inProgress', { team: data.team }, { file }, 'warning'));
  const assessment: Assessment = {
    team,
    date: data.date,
    kind: data.kind ?? null,
    status,
    raters,
    sources: [path.basename(file)],
    ratings,
    strengths: data.strengths ?? [],
    recommendations: data.recommendations ?? [],
    actions: (data.actions ?? []).map((a) => ({
      action: a.action,
      ...(a.item === undefined ? {} : { item: a.item }),
      ...(a.owner === undefined ? {} : { owner: a.owner }),
      ...(a.due === undefined ? {} : { due: a.due }),
      ...(a.status === undefined ? {} : { status: a.status }),
    })),
    ...(data.review ? { review: data.review } : {}),
    ...(data.keyMessages ? { keyMessages: data.keyMessages } : {}),
    ...(data.barriers ? { barriers: data.barriers } : {}),
    ...(data.followUp ? { followUp: data.followUp } : {}),
  };
  return { assessment, warnings };
}
