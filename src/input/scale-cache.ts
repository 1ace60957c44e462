// Scale files already checked, kept by content (SPEC 16, issue 17): a user's scale is parsed with
// positions and validated with zod on its first run (most of `score`'s start-up for a 95 KB scale);
// after that, a file with the same bytes, read by the same version of the tool, loads from a JSON copy
// of the resolved scale and its warnings. Nothing is trusted across versions or changed bytes: the key
// is the tool's version and the SHA-256 of the file. Anything amiss with the cache (no folder, no
// permission, a damaged copy) is passed over silently: the file is then checked as if there were none.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED } from '../shared/embedded.js';
import type { Problem } from '../shared/errors.js';
import type { Scale } from '../scale/model.js';
import type { LoadedScale } from './load-scale.js';

/** The copy's shape: what a load gives, with the file and the origin left to the run that reads it. */
interface CachedScale {
  format: 1;
  scale: Omit<Scale, 'origin'>;
  warnings: Omit<Problem, 'file'>[];
}

/** Where checked scales are kept, and the version of the tool that checked them. */
export interface ScaleCache {
  dir: string;
  toolVersion: string;
}

/** The code that checks and resolves a scale: a build of it (a checkout between releases) is a new key. */
const CHECKING_CODE = ['../scale/schema.js', '../scale/validate-scale.js', '../scale/resolve-scale.js'];

let stamp: Promise<string> | undefined;

/** When the checking code was built; the single executable embeds it, and its version says it all. */
function codeStamp(): Promise<string> {
  if (EMBEDDED) return Promise.resolve('sea');
  const here = path.dirname(fileURLToPath(import.meta.url));
  stamp ??= Promise.all(CHECKING_CODE.map((file) => stat(path.join(here, file)).then((s) => Math.floor(s.mtimeMs).toString(36), () => '0'))).then((t) => t.join('.'));
  return stamp;
}

/** Where the checked copy of these bytes is kept: worked out once per load, for the read and the write. */
export async function cachedPath(cache: ScaleCache, bytes: Buffer): Promise<string> {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return path.join(cache.dir, `${cache.toolVersion.replace(/[^\w.-]/g, '_')}-${await codeStamp()}-${hash}.json`);
}

function isCached(value: unknown): value is CachedScale {
  const v = value as Partial<CachedScale> | null;
  return v !== null && typeof v === 'object' && v.format === 1 && typeof v.scale === 'object' && v.scale !== null && Array.isArray(v.scale.items) && Array.isArray(v.warnings);
}

export async function readCachedScale(target: string, file: string, origin: string): Promise<LoadedScale | null> {
  try {
    const value: unknown = JSON.parse(await readFile(target, 'utf8'));
    if (!isCached(value)) return null;
    return { scale: { ...value.scale, origin } as Scale, warnings: value.warnings.map((w) => ({ ...w, file }) as Problem) };
  } catch {
    return null;
  }
}

/** Keep a checked scale; written to a temporary file and renamed, so a reader never sees half of one. */
export async function writeCachedScale(target: string, file: string, loaded: LoadedScale): Promise<void> {
  const { origin: _origin, ...scale } = loaded.scale;
  const copy: CachedScale = {
    format: 1,
    scale,
    // Warnings about the file itself are kept; one about another file (none today) is not cached.
    warnings: loaded.warnings.filter((w) => w.file === undefined || w.file === file).map(({ file: _file, ...w }) => w),
  };
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(temp, JSON.stringify(copy), { mode: 0o600 });
    await rename(temp, target);
  } catch {
    await unlink(temp).catch(() => undefined);
  }
}
