// Finding and loading a scale: a built-in id, a path to a YAML file, or an id in --scales-dir.
// Built-in scales are compiled to JSON at build time (scripts/compile-scales.mjs), so loading one
// needs neither the YAML parser nor zod; the compiled copy is used only while its source is unchanged.
// A scale file of the user's own is kept the same way once it has been checked, in a cache folder keyed
// by its content and the tool's version (scale-cache.ts): the next run of the same file skips both.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HfError, problem, type Problem } from '../shared/errors.js';
import { EMBEDDED, embeddedBytes, embeddedText } from '../shared/embedded.js';
import { decodeUtf8, readHead, readInputFile, YAML_FILE } from '../files/read-input-file.js';
import type { Scale } from '../scale/model.js';
import type { ScaleCache } from './scale-cache.js';

/** Scale files larger than this are refused before parsing (SPEC section 3). */
export const MAX_SCALE_BYTES = 2 * 1024 * 1024;

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILTIN_DIR = path.resolve(here, '../../fidelity-scales');
export const COMPILED_DIR = path.resolve(here, '../scales');
export const BUILTIN_IDS = ['hf-principles', 'pathways-hf'] as const;

export interface LoadedScale {
  scale: Scale;
  warnings: Problem[];
}

export interface ScaleLookup {
  scalesDir?: string;
  /** Where checked scale files are kept by content (none: every file is parsed and checked each run). */
  cache?: ScaleCache | null;
}

export function hashText(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function builtinPath(id: string): string {
  return path.join(BUILTIN_DIR, `${id}.yaml`);
}

interface Compiled {
  hash: string;
  scale: Scale;
}

/** Load and validate a scale file; throw every error at once. */
export async function loadScaleFile(file: string, origin = file, cache: ScaleCache | null = null): Promise<LoadedScale> {
  const bytes = await readInputFile(file, MAX_SCALE_BYTES);
  if (!cache) return scaleFromBytes(bytes, file, origin);
  const { cachedPath, readCachedScale, writeCachedScale } = await import('./scale-cache.js');
  const target = await cachedPath(cache, bytes);
  const cached = await readCachedScale(target, file, origin);
  if (cached) return cached;
  const loaded = await scaleFromBytes(bytes, file, origin);
  await writeCachedScale(target, file, loaded);
  return loaded;
}

async function scaleFromBytes(bytes: Buffer, file: string, origin: string): Promise<LoadedScale> {
  const { validateScaleText } = await import('../scale/validate-scale.js');
  const { resolveScale } = await import('../scale/resolve-scale.js');
  const check = validateScaleText(decodeUtf8(bytes), file);
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !check.scale) throw new HfError(errors.length > 0 ? errors : check.problems);
  return { scale: resolveScale(check.scale, origin), warnings: check.problems };
}

async function loadBuiltin(id: string): Promise<LoadedScale> {
  const source = builtinPath(id);
  // In the single-file executable both the source and its compiled copy are assets (sea-config.json).
  const bytes = EMBEDDED ? embeddedBytes(`fidelity-scales/${id}.yaml`) : await readFile(source);
  try {
    const text = EMBEDDED ? embeddedText(`scales/${id}.json`) : await readFile(path.join(COMPILED_DIR, `${id}.json`), 'utf8');
    const compiled = JSON.parse(text) as Compiled;
    if (compiled.hash === hashText(bytes)) return { scale: compiled.scale, warnings: [] };
  } catch {
    // No compiled copy (a build was skipped): fall back to the YAML source.
  }
  return scaleFromBytes(bytes, source, id);
}

function looksLikePath(ref: string): boolean {
  return YAML_FILE.test(ref) || ref.includes('/') || ref.includes('\\');
}

/** The YAML files in a scales folder, in name order (none read yet). */
export async function scaleFilesIn(dir: string): Promise<string[]> {
  return (await scaleDirEntries(dir)).files;
}

/**
 * The YAML files in a scales folder that are files, in name order; and a warning naming each entry
 * named like one that is not (a folder called x.yaml, a broken link or a link loop), left out, so
 * it never stops a lookup of the other scales.
 */
export async function scaleDirEntries(dir: string): Promise<{ files: string[]; skipped: Problem[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new HfError(problem('scale.badScalesDir', {}, { file: dir }));
  }
  const files: string[] = [];
  const skipped: Problem[] = [];
  for (const name of names.filter((n) => YAML_FILE.test(n)).sort()) {
    const file = path.join(dir, name);
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (isFile) files.push(file);
    else skipped.push(problem('scales.notAFileInDir', {}, { file }, 'warning'));
  }
  return { files, skipped };
}

/** Every YAML file in a scales folder, with the id written in it (read cheaply, without validating). */
async function scalesInDir(dir: string): Promise<{ found: { id: string | null; file: string }[]; skipped: Problem[] }> {
  const { files, skipped } = await scaleDirEntries(dir);
  const found: { id: string | null; file: string }[] = [];
  for (const file of files) {
    const head = await readHead(file);
    if (head === null) {
      skipped.push(problem('scales.notAFileInDir', {}, { file }, 'warning'));
      continue;
    }
    const match = /^id:\s*["']?([^"'\s#]+)/m.exec(head);
    found.push({ id: match?.[1] ?? null, file });
  }
  return { found, skipped };
}

/** A scale by built-in id, by path, or by id in the scales folder. */
export async function loadScale(ref: string, lookup: ScaleLookup = {}): Promise<LoadedScale> {
  if ((BUILTIN_IDS as readonly string[]).includes(ref)) return loadBuiltin(ref);
  if (looksLikePath(ref) || existsSync(ref)) return loadScaleFile(ref, ref, lookup.cache ?? null);
  if (lookup.scalesDir) {
    const { found, skipped } = await scalesInDir(lookup.scalesDir);
    const match = found.find((s) => s.id === ref);
    if (match) {
      const loaded = await loadScaleFile(match.file, match.file, lookup.cache ?? null);
      return { ...loaded, warnings: [...skipped, ...loaded.warnings] };
    }
  }
  throw new HfError(problem('scale.unknown', { id: ref, known: BUILTIN_IDS.join(', ') }));
}
