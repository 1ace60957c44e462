// npm run coverage: the coverage of src/ by the whole suite, in-process and spawned runs together.
//
//  1. Build dist/ with source maps (tsc --sourceMap; the package's own build has none).
//  2. vitest run with @vitest/coverage-v8: what the tests run in this process (src/ through vitest),
//     written as istanbul JSON to coverage/in-process/. NODE_V8_COVERAGE is set for the run, so every
//     binary the tests spawn (tests/helpers/run-cli.ts childEnv, tmux, sh) leaves V8's raw coverage
//     in coverage/.v8-children/.
//  3. The children's raw coverage of dist/*.js merged (@bcoe/v8-coverage), mapped back to src/*.ts
//     through the source maps with ast-v8-to-istanbul (the converter coverage-v8 itself uses),
//     written to coverage/children/.
//  4. The children's hits added to the in-process map, item by item (see below): reports in
//     coverage/ (text, html, json-summary) and a table per folder on stdout.
//
// `node tests/tools/coverage.mjs --report-only` redoes step 3 and 4 from the files of a run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeProcessCovs } from '@bcoe/v8-coverage';
import astV8ToIstanbul from 'ast-v8-to-istanbul';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { parseAstAsync } from 'vitest/node';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(repo, 'coverage');
const rawDir = path.join(out, '.v8-children');
const inProcessDir = path.join(out, 'in-process');
const childrenDir = path.join(out, 'children');
const distUrl = pathToFileURL(path.join(repo, 'dist')).href + '/';
const reportOnly = process.argv.includes('--report-only');

function step(command, args, env = process.env) {
  const run = spawnSync(command, args, { cwd: repo, stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`coverage: ${command} ${args.join(' ')} failed (${run.status ?? run.signal})`);
    process.exit(run.status || 1);
  }
}

const npx = (bin) => path.join(repo, 'node_modules/.bin', bin);

if (!reportOnly) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(rawDir, { recursive: true });
  step(npx('tsc'), ['-p', 'tsconfig.json', '--sourceMap']);
  step(process.execPath, ['scripts/compile-scales.mjs']);
  step(
    npx('vitest'),
    ['run', '--coverage.enabled', '--coverage.provider=v8', '--coverage.include=src/**/*.ts', '--coverage.reporter=json', `--coverage.reportsDirectory=${inProcessDir}`],
    { ...process.env, NODE_V8_COVERAGE: rawDir },
  );
}

// The spawned binaries: one merged process coverage, only the scripts of dist/.
// A process a test ends by a signal (the --out signal tests) may leave its coverage file cut short:
// such a file is skipped and counted, not allowed to stop the report.
let cut = 0;
const processes = readdirSync(rawDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    try {
      return [JSON.parse(readFileSync(path.join(rawDir, f), 'utf8'))];
    } catch {
      cut++;
      return [];
    }
  })
  .map((cov) => ({ result: cov.result.filter((script) => script.url.startsWith(distUrl) && script.url.endsWith('.js')) }))
  .filter((cov) => cov.result.length > 0);
const merged = mergeProcessCovs(processes);
const childMap = libCoverage.createCoverageMap({});
for (const script of merged.result) {
  const file = fileURLToPath(script.url);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) throw new Error(`${path.relative(repo, mapFile)} is missing: dist/ was built without --sourceMap`);
  const code = readFileSync(file, 'utf8');
  const sourceMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  // tsc writes sources relative to the map; ast-v8-to-istanbul wants them resolvable from the file.
  sourceMap.sources = sourceMap.sources.map((s) => pathToFileURL(path.resolve(path.dirname(file), sourceMap.sourceRoot ?? '', s)).href);
  delete sourceMap.sourceRoot;
  const data = await astV8ToIstanbul({ code, sourceMap, ast: parseAstAsync(code), coverage: { url: script.url, functions: script.functions } });
  childMap.merge(data);
}
mkdirSync(childrenDir, { recursive: true });
writeFileSync(path.join(childrenDir, 'coverage-final.json'), JSON.stringify(childMap.toJSON()));

// The in-process map has every file of src/ (coverage.include); the children's hits are added to
// its statements, functions and branches. Not with istanbul's merge, which matches whole
// locations: the two converters see the same source through different compilers (vite's transform,
// tsc) and agree on the line a statement starts on but not always on its columns, nor on where it
// ends, so it would count the statement twice. Here an item is the one that starts at the same
// place, else the next on the same line (branches: of the same kind, with as many paths); one that
// matches none is counted and named below.
const inProcess = JSON.parse(readFileSync(path.join(inProcessDir, 'coverage-final.json'), 'utf8'));
const children = childMap.toJSON();
const at = (loc) => `${loc.start.line}:${loc.start.column}`;
const unmatched = [];

/**
 * A matcher of items of `map` (id -> item): by `exact(item)` first, else the first unused item whose
 * `near(item)` is the same (the same line: the two compilers' maps disagree on some start columns).
 */
function matcher(map, exact, near) {
  const index = (key) => {
    const out = new Map();
    for (const [id, item] of Object.entries(map)) {
      const k = key(item);
      if (!out.has(k)) out.set(k, []);
      out.get(k).push(id);
    }
    return out;
  };
  const byExact = index(exact);
  const byNear = index(near);
  const used = new Set();
  const first = (ids) => ids?.find((id) => !used.has(id));
  return (item) => {
    const id = first(byExact.get(exact(item))) ?? first(byNear.get(near(item)));
    if (id !== undefined) used.add(id);
    return id;
  };
}

function addHits(target, source, file) {
  const rel = path.relative(repo, file);
  const line = (loc) => `${loc.start.line}`;
  const statement = matcher(target.statementMap, at, line);
  for (const [id, loc] of Object.entries(source.statementMap)) {
    const to = statement(loc);
    if (to === undefined) {
      if (source.s[id] > 0) unmatched.push(`${rel}:${at(loc)} statement`);
    } else target.s[to] += source.s[id];
  }
  // Functions: by the line their declaration starts on, in order (the columns of a name or a body
  // differ once the types are stripped).
  const fn = matcher(target.fnMap, (f) => `${f.decl.start.line}`, (f) => `${f.loc.start.line}`);
  for (const [id, f] of Object.entries(source.fnMap)) {
    const to = fn(f);
    if (to === undefined) {
      if (source.f[id] > 0) unmatched.push(`${rel}:${at(f.loc)} function ${f.name}`);
    } else target.f[to] += source.f[id];
  }
  // Branches: of the same kind, with as many paths.
  const kind = (b) => `${b.type}/${b.locations.length}`;
  const branch = matcher(target.branchMap, (b) => `${kind(b)}@${at(b.loc)}`, (b) => `${kind(b)}@${line(b.loc)}`);
  for (const [id, b] of Object.entries(source.branchMap)) {
    const to = branch(b);
    if (to === undefined) {
      if (source.b[id].some((n) => n > 0)) unmatched.push(`${rel}:${at(b.loc)} ${b.type}`);
    } else target.b[to] = target.b[to].map((n, i) => n + source.b[id][i]);
  }
}

for (const [file, data] of Object.entries(children)) {
  if (inProcess[file]) addHits(inProcess[file], data, file);
  else inProcess[file] = data;
}
const map = libCoverage.createCoverageMap(inProcess);
map.filter((file) => file.startsWith(path.join(repo, 'src') + path.sep));
writeFileSync(path.join(out, 'coverage-final.json'), JSON.stringify(map.toJSON()));

const context = libReport.createContext({ dir: out, coverageMap: map, defaultSummarizer: 'nested' });
for (const name of ['html', 'json-summary', 'text']) reports.create(name, { skipFull: false }).execute(context);

// A line per folder of src/: statements and branches, as the README quotes them.
const folders = new Map();
const add = (key, summary) => {
  const total = folders.get(key) ?? libCoverage.createCoverageSummary();
  total.merge(summary);
  folders.set(key, total);
};
for (const file of map.files()) {
  const summary = map.fileCoverageFor(file).toSummary();
  add(path.relative(path.join(repo, 'src'), path.dirname(file)).split(path.sep)[0] || '.', summary);
  add('all of src', summary);
}
const pct = (m) => `${m.pct.toFixed(1).padStart(6)} % (${m.covered}/${m.total})`;
console.log('\nCoverage of src/ by in-process and spawned runs together');
console.log(`${'folder'.padEnd(12)} ${'statements'.padEnd(22)} ${'branches'.padEnd(22)} functions`);
for (const [key, s] of [...folders].sort(([a], [b]) => (a === 'all of src' ? 1 : b === 'all of src' ? -1 : a.localeCompare(b)))) {
  console.log(`${key.padEnd(12)} ${pct(s.statements).padEnd(22)} ${pct(s.branches).padEnd(22)} ${pct(s.functions)}`);
}
if (unmatched.length > 0) {
  console.log(`\n${unmatched.length} item(s) run by a spawned binary matched no item of the in-process map (not counted):`);
  for (const u of unmatched.slice(0, 20)) console.log(`  ${u}`);
}
console.log(`\nspawned binaries: ${processes.length} processes, ${merged.result.length} files of dist/${cut > 0 ? ` (${cut} coverage files cut short by a signal, left out)` : ""}; reports in coverage/ (index.html, coverage-summary.json)`);
