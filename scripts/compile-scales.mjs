// Build step: validate each built-in scale and compile it to JSON (dist/scales/<id>.json), so
// loading a built-in scale at run time needs neither the YAML parser nor zod. A built-in scale
// with an error fails the build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_IDS, builtinPath, COMPILED_DIR, hashText, loadScaleFile } from '../dist/input/load-scale.js';
import { formatProblem } from '../dist/cli/print-problems.js';

await mkdir(COMPILED_DIR, { recursive: true });
let failed = false;
for (const id of BUILTIN_IDS) {
  const source = builtinPath(id);
  if (!existsSync(source)) {
    console.error(`compile-scales: ${path.relative(process.cwd(), source)} is missing`);
    failed = true;
    continue;
  }
  try {
    const { scale, warnings } = await loadScaleFile(source, id);
    for (const w of warnings) console.error(formatProblem(w, { lang: 'en', color: false }));
    const hash = hashText(await readFile(source));
    await writeFile(path.join(COMPILED_DIR, `${id}.json`), JSON.stringify({ hash, scale }));
  } catch (error) {
    failed = true;
    for (const p of error.problems ?? [{ severity: 'error', code: 'cli.internal', params: { detail: String(error) } }]) {
      console.error(formatProblem(p, { lang: 'en', color: false }));
    }
  }
}
if (failed) process.exit(1);
