// Every input of `score` and `report`, whatever its kind: assessment files (.yaml), data files
// (.csv .tsv .txt .xlsx) and results already written (.json); one scale for all of them.
import type { MessageKey } from '../i18n/catalogue.js';
import path from 'node:path';
import { HfError, problem, type Problem } from '../shared/errors.js';
import type { Assessment, Kind } from '../assessment/model.js';
import type { Scale } from '../scale/model.js';
import type { ParsedAssessmentFile } from './read-assessment-file.js';
import type { TemplateMarker } from './read-template.js';
import type { AssessmentResult, ResultRead, ResultV1 } from '../result/schema.js';
import { upgradeResult } from '../scoring/upgrade-result.js';
import { loadScale } from './load-scale.js';
import type { ScaleCache } from './scale-cache.js';
import { asFileError, decodeUtf8, readInputFile } from '../files/read-input-file.js';
import { assessmentKey, GroupCollector } from './group-collector.js';
import { EMPTY_MAP, type ColumnMap } from './column-map.js';
import { createRowHandler } from './row-handler.js';
import { readCsv, RestartAs1252 } from './read-csv.js';

export interface InputOptions {
  scale?: string;
  scalesDir?: string;
  /** Where checked scale files are kept by content. */
  scaleCache?: ScaleCache | null;
  map?: string;
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  kind?: Kind;
  strict?: boolean;
}

export interface Inputs {
  scale: Scale;
  /** Assessments read from assessment files. */
  assessments: Assessment[];
  /** Assessments gathered from data files, held compactly. */
  collector: GroupCollector;
  /** Assessments already scored (from .json results). */
  scored: AssessmentResult[];
  warnings: Problem[];
}

type InputKind = 'assessment' | 'data' | 'workbook' | 'result';

function inputKind(file: string): InputKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'assessment';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'data';
  if (ext === '.xlsx') return 'workbook';
  if (ext === '.json') return 'result';
  return null;
}

/**
 * Assessment and result files, each read and parsed once per run: the first may name the scale,
 * and all are read again if a data file has to be read a second time as Windows-1252.
 */
class ParsedFiles {
  private readonly assessments = new Map<string, ParsedAssessmentFile>();
  private readonly results = new Map<string, ResultRead | ResultV1>();
  private readonly markers = new Map<string, TemplateMarker | null>();

  async assessment(file: string): Promise<ParsedAssessmentFile> {
    let parsed = this.assessments.get(file);
    if (!parsed) {
      const { parseAssessmentFile } = await import('./read-assessment-file.js');
      parsed = await parseAssessmentFile(file);
      this.assessments.set(file, parsed);
    }
    return parsed;
  }

  /** A workbook's template marker, or null for a workbook of data rows. */
  async templateMarker(file: string): Promise<TemplateMarker | null> {
    let marker = this.markers.get(file);
    if (marker === undefined) {
      marker = await (await import('./read-template.js')).templateMarker(file);
      this.markers.set(file, marker);
    }
    return marker;
  }

  async result(file: string): Promise<ResultRead | ResultV1> {
    let result = this.results.get(file);
    if (!result) {
      result = await readResultFile(file);
      this.results.set(file, result);
    }
    return result;
  }
}

/** Scale id named by the first assessment or result file, when no --scale is given. */
async function scaleNamedByInputs(files: readonly string[], parsed: ParsedFiles): Promise<string | undefined> {
  for (const file of files) {
    const kind = inputKind(file);
    if (kind === 'assessment') return (await parsed.assessment(file)).data.scale.id;
    if (kind === 'result') return (await parsed.result(file)).scale.id;
    if (kind === 'workbook') {
      const marker = await parsed.templateMarker(file);
      if (marker) return marker.scale;
    }
  }
  return undefined;
}

/** A result read back whole: 256 MB of JSON is some 40,000 assessments. Larger: score the data again. */
const MAX_RESULT_BYTES = 256 * 1024 * 1024;

async function readResultFile(file: string): Promise<ResultRead | ResultV1> {
  const bytes = await readInputFile(file, MAX_RESULT_BYTES);
  let value: unknown;
  let text: string;
  try {
    text = decodeUtf8(bytes);
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new HfError(problem('input.badJson', { detail: error.message }, { file }));
    throw asFileError(error, file);
  }
  const { ResultReadSchema, ResultV1Schema } = await import('../result/schema.js');
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  const parsed = version === 1 ? ResultV1Schema.safeParse(value) : ResultReadSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('').replace(/^\./, '');
    throw new HfError(problem('input.notAResult', { path: where || '(top)' }, { file }));
  }
  // Only a file that names the key can have lost it: a good file costs no second walk.
  return text.includes('"__proto__"') ? (withProtoKeys(value, parsed.data) as ResultRead | ResultV1) : parsed.data;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `parsed` with every own `__proto__` key of `raw` put back, in its place among the other keys. JSON.parse
 * keeps such a key, but zod builds records by assignment, which sets the prototype instead: a rater named
 * `__proto__` lost every score between `score --format json` and `report r.json`. The value was checked
 * by the schema already; only the assignment lost it.
 */
function withProtoKeys(raw: unknown, parsed: unknown): unknown {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < parsed.length; i++) parsed[i] = withProtoKeys(raw[i], parsed[i]);
    return parsed;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return parsed;
  const lost = Object.hasOwn(raw, '__proto__') && !Object.hasOwn(parsed, '__proto__');
  const out: Record<string, unknown> = lost ? {} : parsed;
  for (const key of Object.keys(lost ? raw : parsed)) {
    if (lost && key !== '__proto__' && !Object.hasOwn(parsed, key)) continue;
    const value = lost && key === '__proto__' ? raw[key] : withProtoKeys(raw[key], parsed[key]);
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Items, domains, principles and levels a result names that the loaded scale lacks. */
function idsNotInScale(result: ResultRead | ResultV1, scale: Scale): string[] {
  const known = new Set([...scale.items.map((i) => i.id), ...scale.domains.map((d) => d.id), ...scale.principles.map((p) => p.id), ...scale.levels.map((l) => l.id)]);
  const unknown = new Set<string>();
  for (const a of result.assessments) {
    for (const id of [...a.items.map((i) => i.id), ...a.domains.map((d) => d.id), ...a.principles.map((p) => p.id), a.overall.level ?? '']) {
      if (id !== '' && !known.has(id)) unknown.add(id);
    }
  }
  return [...unknown];
}

export async function readInputs(files: readonly string[], options: InputOptions): Promise<Inputs> {
  const unknown = files.filter((f) => inputKind(f) === null);
  if (unknown.length > 0) throw new HfError(unknown.map((file) => problem('input.unknownType', {}, { file })));
  const parsed = new ParsedFiles();
  const scaleRef = options.scale ?? (await scaleNamedByInputs(files, parsed));
  if (!scaleRef) throw new HfError(problem('input.needScale'));
  const { scale, warnings } = await loadScale(scaleRef, { scalesDir: options.scalesDir, cache: options.scaleCache ?? null });
  const map = options.map ? await (await import('./map-file.js')).readMapFile(options.map) : EMPTY_MAP;
  const all: Problem[] = [...warnings];
  const forced1252 = new Set<string>();

  for (let attempt = 0; ; attempt++) {
    const read: Read = { collector: new GroupCollector(scale, options.strict ?? false), assessments: [], scored: [], warnings: [] };
    try {
      for (const file of files) await readOne(file, scale, map, options, forced1252, parsed, read);
    } catch (error) {
      if (error instanceof RestartAs1252 && attempt < files.length) {
        forced1252.add(error.file);
        continue;
      }
      throw error;
    }
    if (read.collector.errors.length > 0) throw new HfError(read.collector.errors);
    checkOneSourceEach(read);
    return { scale, ...read, warnings: [...all, ...read.warnings, ...read.collector.warnings] };
  }
}

interface Read {
  collector: GroupCollector;
  assessments: Assessment[];
  scored: AssessmentResult[];
  warnings: Problem[];
}

/** Read one input file into `read`, by its kind. */
async function readOne(
  file: string,
  scale: Scale,
  map: ColumnMap,
  options: InputOptions,
  forced1252: Set<string>,
  parsed: ParsedFiles,
  read: Read,
): Promise<void> {
  const kind = inputKind(file)!;
  if (kind === 'assessment') {
    const { toAssessment } = await import('./read-assessment-file.js');
    const { assessment, warnings } = toAssessment(await parsed.assessment(file), scale, options.strict ?? false);
    read.assessments.push(assessment);
    read.warnings.push(...warnings);
  } else if (kind === 'result') {
    const result = await parsed.result(file);
    if (result.scale.id !== scale.id) {
      throw new HfError(problem('assessment.otherScale', { id: result.scale.id, expected: scale.id }, { file }));
    }
    const unknown = idsNotInScale(result, scale);
    if (unknown.length > 0) {
      throw new HfError(problem('input.resultOtherVersion', { ids: unknown.slice(0, 5).join(', '), version: result.scale.version, loaded: scale.version }, { file }));
    }
    // The shape is the schema's; the values are checked against the scale (a hand-edited score of 9 on 1-5).
    const { checkResultValues } = await import('../result/check-values.js');
    const wrong = checkResultValues(result, scale, file);
    if (wrong.length > 0) throw new HfError(wrong);
    read.scored.push(...upgradeResult(result, scale).assessments);
    // What the data was warned about when it was scored still holds for every report made from it.
    for (const w of result.warnings) {
      // Its code is the key it was written with (shown by `written`, never looked up again).
      read.warnings.push({ severity: 'warning', code: w.code as MessageKey, params: {}, written: w.message, ...(w.file ? { file: w.file } : {}), ...(w.line !== undefined ? { line: w.line } : {}) });
    }
  } else if (kind === 'workbook' && (await readFilledTemplate(file, await parsed.templateMarker(file), scale, read, options.kind))) {
    // A template filled in (SPEC 14): one assessment, read by its layout rather than as data rows.
  } else {
    const handler = createRowHandler(file, scale, read.collector, { map, kind: options.kind, strict: options.strict });
    if (kind === 'workbook') {
      const { readXlsx } = await import('./read-xlsx.js');
      read.warnings.push(...(await readXlsx(file, handler, options.sheet)));
    } else {
      const restarted = forced1252.has(file);
      const encoding = restarted ? 'windows-1252' : options.encoding;
      read.warnings.push(...(await readCsv(file, handler, { delimiter: options.delimiter, encoding, restarted })));
    }
    read.warnings.push(...handler.warnings);
  }
}

/** A filled-in template into `read`; false when the workbook is no template. */
async function readFilledTemplate(file: string, marker: TemplateMarker | null, scale: Scale, read: Read, kind: Kind | undefined): Promise<boolean> {
  if (!marker) return false;
  const { readTemplate } = await import('./read-template.js');
  const { assessment, warnings } = await readTemplate(file, marker, scale, kind === undefined ? {} : { kind });
  read.assessments.push(assessment);
  read.warnings.push(...warnings);
  return true;
}

/**
 * One assessment (team, date, kind) comes from one source: two assessment files, a file and data
 * rows, or a file and a result for the same assessment would be counted twice (a folder given twice,
 * an old export beside a new one). Rows of several data files do join: raters may send their own.
 */
function checkOneSourceEach(read: Read): void {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const entries = [
    ...read.assessments.map((a) => ({ a, source: a.sources[0] ?? '' })),
    ...read.scored.map((a) => ({ a, source: a.sources.join(', ') })),
  ];
  for (const { a, source } of entries) {
    const key = assessmentKey(a.team, a.date, a.kind);
    const other = seen.get(key) ?? read.collector.sourcesOf(a.team, a.date, a.kind).join(', ');
    if (other) {
      problems.push(problem('input.twoSources', { team: a.team, date: a.date ?? '–', first: other, second: source }));
    }
    seen.set(key, source);
  }
  if (problems.length > 0) throw new HfError(problems);
}

