// npm run bench: start-up, scoring and report costs, measured side by side in one run and given as
// ratios (these machines are noisy; compare within a run, not across runs). Targets from the issues.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin/hf-fidelity.js');
const work = path.join(repo, 'bench/.data');
mkdirSync(work, { recursive: true });
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
// Checked scale files are kept in the bench's own cache folder, not the user's.
const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', XDG_CACHE_HOME: path.join(work, 'cache') };
const hasTime = existsSync('/usr/bin/time');

/** Run a command; wall time in ms and peak RSS in MB (from /usr/bin/time when present). */
function measure(args, extra = {}) {
  const start = process.hrtime.bigint();
  const cmd = hasTime ? '/usr/bin/time' : args[0];
  const cmdArgs = hasTime ? ['-f', '%M', ...args] : args.slice(1);
  const run = spawnSync(cmd, cmdArgs, { cwd: repo, env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-500)}`);
  const kb = hasTime ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: kb / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Interleave the commands round by round, so drift in machine load hits each alike. */
function compare(label, commands, rounds) {
  const times = commands.map(() => []);
  const mem = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    commands.forEach((c, i) => {
      const m = measure(c.args, c.env);
      times[i].push(m.ms);
      mem[i].push(m.mb);
    });
  }
  const base = median(times[0]);
  console.log(`\n## ${label} (median of ${rounds})`);
  commands.forEach((c, i) => {
    const t = median(times[i]);
    const ratio = t / base;
    const target = c.target ? `  target <= ${c.target}x: ${ratio <= c.target ? 'met' : 'NOT MET'}` : '';
    console.log(`${c.name.padEnd(46)} ${t.toFixed(0).padStart(7)} ms  ${ratio.toFixed(2).padStart(5)}x  peak ${Math.max(...mem[i]).toFixed(0).padStart(4)} MB${target}`);
  });
}

// A 40-item scale, rated 1-4, in five domains of eight; written once per run.
let scaleFile;
function benchScale() {
  if (scaleFile) return scaleFile;
  const file = path.join(work, 'bench-scale.yaml');
  const domains = [];
  for (let d = 1; d <= 5; d++) {
    const items = [];
    for (let i = 1; i <= 8; i++) items.push(`      - { id: d${d}i${i}, title: Item ${d}.${i} }`);
    domains.push(`  - id: d${d}\n    name: Domain ${d}\n    items:\n${items.join('\n')}`);
  }
  const text = `id: bench\nversion: "1"\nname: Bench scale\nlevels:\n  - { id: high, min: 3.5, label: High }\n  - { id: low, label: Low }\ndomains:\n${domains.join('\n')}\n`;
  writeFileSync(file, text);
  scaleFile = file;
  return file;
}

/** Wide CSV: teams x dates x 3 raters, 40 item columns. Deterministic pseudo-random scores. */
async function benchData(teams, dates) {
  const file = path.join(work, `national-${teams * dates}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  const items = [];
  for (let d = 1; d <= 5; d++) for (let i = 1; i <= 8; i++) items.push(`d${d}i${i}`);
  out.write(`team,date,rater,kind,${items.join(',')}\n`);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  let buffer = '';
  for (let t = 0; t < teams; t++) {
    for (let d = 0; d < dates; d++) {
      const date = `202${2 + d}-0${3 + d}-15`;
      for (const rater of ['Anne', 'Bjørn', 'Cecilie']) {
        const scores = items.map(() => 1 + (next() % 4));
        buffer += `Team ${String(t).padStart(5, '0')},${date},${rater},external,${scores.join(',')}\n`;
      }
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return file;
}

const csvParseOnly = (file) => [
  process.execPath,
  '-e',
  `const {parse}=require('csv-parse');const fs=require('fs');let n=0;fs.createReadStream(${JSON.stringify(file)}).pipe(parse()).on('data',()=>n++).on('end',()=>{})`,
];

const rounds = quick ? 3 : 7;
if (!only || only === 'startup') {
  compare(
    'Start-up',
    [
      { name: 'node -e 0', args: [process.execPath, '-e', '0'] },
      { name: 'hf-fidelity --help', args: [process.execPath, bin, '--help'], target: 1.6 },
      { name: 'hf-fidelity scales list', args: [process.execPath, bin, 'scales', 'list'], target: 2 },
    ],
    rounds * 2,
  );
  // A municipality's export with a scale of its own: a user-written copy of pathways-hf (95 KB of YAML).
  const own = path.join(work, 'own-pathways-hf.yaml');
  writeFileSync(own, readFileSync(path.join(repo, 'fidelity-scales/pathways-hf.yaml')));
  const rana = ['score', 'examples/rana/rana-fidelity.csv', '--scale', own, '--quiet'];
  compare(
    'A scale of your own',
    [
      { name: 'node -e 0', args: [process.execPath, '-e', '0'] },
      { name: 'score examples/rana, own scale (checked before)', args: [process.execPath, bin, ...rana], target: 2 },
      { name: 'score examples/rana, own scale (first run)', args: [process.execPath, bin, ...rana], env: { HF_FIDELITY_CACHE: 'off' } },
      { name: 'score examples/rana, built-in pathways-hf', args: [process.execPath, bin, 'score', 'examples/rana/rana-fidelity.csv', '--scale', 'pathways-hf', '--quiet'] },
    ],
    rounds * 2,
  );
}

if (!only || only === 'startup' || only === 'exe') {
  // The single-file executable (npm run package): its size, and its start-up against Node's.
  const exe = path.join(repo, 'dist/exe', process.platform === 'win32' ? 'hf-fidelity-win-x64.exe' : 'hf-fidelity-linux-x64');
  const runsHere = process.arch === 'x64' && (process.platform === 'linux' || process.platform === 'win32');
  if (!runsHere) console.log(`\n## Executable: skipped, there is none for ${process.platform}-${process.arch}`);
  else if (!existsSync(exe)) console.log(`\n## Executable: skipped, ${path.relative(repo, exe)} does not exist (npm run package makes it)`);
  else {
    const size = (file) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
    const win = path.join(repo, 'dist/exe/hf-fidelity-win-x64.exe');
    console.log(`\n## Executable size: ${path.basename(exe)} ${size(exe)}${exe !== win && existsSync(win) ? `, ${path.basename(win)} ${size(win)}` : ''} (Node ${process.version} itself: ${size(process.execPath)})`);
    compare(
      'Executable start-up: --help',
      [
        { name: 'node bin/hf-fidelity.js --help', args: [process.execPath, bin, '--help'] },
        { name: `${path.basename(exe)} --help`, args: [exe, '--help'] },
        { name: `${path.basename(exe)} scales list`, args: [exe, 'scales', 'list'] },
      ],
      rounds * 2,
    );
  }
}

if (!only || only === 'score') {
  const scale = benchScale();
  // One real assessment of the bench scale, as `score --format json` writes it: the floor's template.
  const template = path.join(work, 'one-assessment.json');
  const small = spawnSync(process.execPath, [bin, 'score', await benchData(25, 4), '--scale', scale, '--format', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (small.status !== 0) throw new Error(`scoring the small bench file failed (${small.status}): ${small.stderr.slice(-500)}`);
  writeFileSync(template, small.stdout.split('\n')[1].replace(/,$/, ''));
  for (const [teams, dates] of quick ? [[5000, 4]] : [[5000, 4], [25000, 4]]) {
    const file = await benchData(teams, dates);
    const size = (statSync(file).size / 1e6).toFixed(0);
    compare(
      `Scoring ${teams * dates} assessments (${teams} teams x ${dates} dates, 3 raters, 40 items; ${size} MB CSV)`,
      [
        { name: 'csv-parse alone, rows as arrays', args: csvParseOnly(file) },
        // What the JSON alone costs: the result holds every item with every rater, ~19x the CSV's bytes.
        { name: 'floor: csv-parse + JSON.stringify, no scoring', args: [process.execPath, path.join(repo, 'bench/floor-json.cjs'), file, template] },
        { name: 'hf-fidelity score --format json', args: [process.execPath, bin, 'score', file, '--scale', scale, '--format', 'json', '--quiet'], target: 2 },
        // Not targets: the other formats stream too, so their memory must stay flat as well.
        { name: 'hf-fidelity score --format csv', args: [process.execPath, bin, 'score', file, '--scale', scale, '--format', 'csv', '--quiet'] },
        { name: 'hf-fidelity score (table)', args: [process.execPath, bin, 'score', file, '--scale', scale, '--quiet'] },
      ],
      quick ? 1 : 3,
    );
  }
}

if (!only || only === 'report') {
  const moss = path.join(repo, 'examples/moss');
  if (existsSync(moss)) {
    const out = path.join(work, 'one.pdf');
    const one = path.join(moss, readdirSync(moss).sort().find((f) => f.endsWith('.yaml')));
    const report = [process.execPath, bin, 'report', one, '--format', 'pdf', '--out', out, '--force'];
    // The same kind of report from a spreadsheet export: the first assessment (two raters) of Rana's sheet.
    const sheet = path.join(work, 'rana-one.csv');
    writeFileSync(sheet, readFileSync(path.join(repo, 'examples/rana/rana-fidelity.csv'), 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    const commands = [
      { name: 'hf-fidelity --help', args: [process.execPath, bin, '--help'] },
      { name: 'report one assessment --format pdf (YAML)', args: report, target: 4 },
      { name: 'report one assessment --format pdf (CSV)', args: [process.execPath, bin, 'report', sheet, '--scale', 'pathways-hf', '--format', 'pdf', '--out', out, '--force'], target: 4 },
    ];
    // The floor: pdfkit alone setting the report's own text in the same fonts (needs pdftotext).
    spawnSync(report[0], report.slice(1));
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      const pages = path.join(work, 'one-pages.txt');
      writeFileSync(pages, text.stdout);
      commands.push({ name: 'floor: pdfkit alone, same text and fonts', args: [process.execPath, path.join(repo, 'bench/floor-pdf.cjs'), pages, path.join(work, 'floor.pdf')] });
    }
    compare('Report (one assessment, PDF, whole process)', commands, rounds);
  }
  const scale = benchScale();
  const file = await benchData(25, 4);
  compare(
    'Report (100 assessments: 25 teams x 4 dates)',
    [
      { name: 'hf-fidelity --help', args: [process.execPath, bin, '--help'] },
      { name: 'report 100 assessments --format md', args: [process.execPath, bin, 'report', file, '--scale', scale, '--format', 'md', '--out', path.join(work, 'hundred.md'), '--force', '--quiet'] },
      { name: 'report 100 assessments --format pdf', args: [process.execPath, bin, 'report', file, '--scale', scale, '--format', 'pdf', '--out', path.join(work, 'hundred.pdf'), '--force', '--quiet'] },
    ],
    quick ? 1 : 3,
  );
}

if (!only || only === 'yaml') {
  // One YAML mapping of n keys through the assessment reader, in this process: linear time means
  // twice the keys take about twice as long (the yaml package's duplicate-key check was once
  // quadratic: four times). Was a timed test; times belong here, as a ratio within one run.
  const { parseAssessmentText } = await import(path.join(repo, 'dist/input/read-assessment-file.js'));
  const mapping = (n) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
  const timeOf = (text) => {
    const start = process.hrtime.bigint();
    try {
      parseAssessmentText(text, 'bench.yaml');
    } catch {
      // Not an assessment: the reader refuses it after parsing, which is what is timed.
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const sizes = [50_000, 100_000];
  const texts = sizes.map(mapping);
  timeOf(texts[0]); // warm-up
  const times = sizes.map(() => []);
  for (let r = 0; r < rounds; r++) texts.forEach((text, i) => times[i].push(timeOf(text)));
  const [small, large] = times.map(median);
  const ratio = large / small;
  console.log(`\n## Reading one YAML mapping (median of ${rounds}, in-process)`);
  console.log(`${'50 000 keys'.padEnd(46)} ${small.toFixed(0).padStart(7)} ms`);
  console.log(`${'100 000 keys'.padEnd(46)} ${large.toFixed(0).padStart(7)} ms  ${ratio.toFixed(2).padStart(5)}x  target <= 2.5x (linear): ${ratio <= 2.5 ? 'met' : 'NOT MET'}`);
}

if (!only || only === 'xlsx') {
  // One workbook sheet of n rows through the .xlsx reader, in this process: it is read as a stream,
  // so twice the rows take about twice as long (and the same memory).
  const { readXlsx } = await import(path.join(repo, 'dist/input/read-xlsx.js'));
  const { default: JSZip } = await import('jszip');
  const workbook = async (n) => {
    const file = path.join(work, `sheet-${n}.xlsx`);
    if (existsSync(file)) return file;
    const cols = 'ABCDEFGHIJ';
    const rows = [`<row r="1">${[...cols].map((c, i) => `<c r="${c}1" t="inlineStr"><is><t>h${i}</t></is></c>`).join('')}</row>`];
    for (let r = 2; r <= n; r++) rows.push(`<row r="${r}">${[...cols].map((c, i) => `<c r="${c}${r}"><v>${(r + i) % 4}</v></c>`).join('')}</row>`);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  };
  let cells = 0;
  const handler = { header() {}, row(c) { cells += c.length; }, columnUsed: () => true, warnings: [] };
  const timeOf = async (file) => {
    const start = process.hrtime.bigint();
    await readXlsx(file, handler);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const sizes = [25_000, 50_000];
  const files = [];
  for (const n of sizes) files.push(await workbook(n));
  await timeOf(files[0]); // warm-up
  const times = sizes.map(() => []);
  for (let r = 0; r < rounds; r++) for (let i = 0; i < files.length; i++) times[i].push(await timeOf(files[i]));
  const [small, large] = times.map(median);
  const ratio = large / small;
  console.log(`\n## Reading one .xlsx sheet of 10 columns (median of ${rounds}, in-process)`);
  console.log(`${'25 000 rows'.padEnd(46)} ${small.toFixed(0).padStart(7)} ms`);
  console.log(`${'50 000 rows'.padEnd(46)} ${large.toFixed(0).padStart(7)} ms  ${ratio.toFixed(2).padStart(5)}x  target <= 2.5x (linear): ${ratio <= 2.5 ? 'met' : 'NOT MET'}`);
}

if (!only || only === 'pdf-text') {
  // A PDF of one assessment whose team name and one note are long unbroken runs (a URL): breaking
  // them must be linear (pdfkit's own wrapping of a long word was quadratic), and past the limit the
  // PDF draws them cut, so twice the characters take about the same time.
  const moss = readFileSync(path.join(repo, 'examples/moss/moss-2025-03-11-ekstern.yaml'), 'utf8');
  const longFile = (n) => {
    const file = path.join(work, `long-text-${n}.yaml`);
    writeFileSync(file, moss.replace('team: Housing First Moss', `team: ${'A'.repeat(n)}`).replace('note: Alle deltakerne har tidsubestemte leiekontrakter.', `note: https://example.org/${'b'.repeat(n)}`));
    return file;
  };
  const pdf = (n) => [process.execPath, bin, 'report', longFile(n), '--format', 'pdf', '--notes', '--out', path.join(work, `long-text-${n}.pdf`), '--force'];
  compare(
    'PDF with a long unbroken team name and note (whole process)',
    [
      { name: '1,000 characters (under the limits)', args: pdf(1_000) },
      { name: '10,000 characters', args: pdf(10_000), target: 1.5 },
      { name: '20,000 characters', args: pdf(20_000), target: 1.5 },
    ],
    quick ? 3 : 5,
  );
}

if (!only || only === 'scales-show') {
  // `scales show` of a scale whose description is one unbroken run: wrapping is linear, so twice the
  // characters take about twice as long at most (it was quadratic: over 5 minutes for 1 MB).
  const own = readFileSync(path.join(repo, 'tests/fixtures/scales/own-certification.yaml'), 'utf8');
  const longScale = (n) => {
    const file = path.join(work, `long-scale-${n}.yaml`);
    writeFileSync(file, own.replace('languages: [en, nb, da]\n', `languages: [en, nb, da]\ndescription: https://example.org/${'x'.repeat(n)}\n`));
    return file;
  };
  compare(
    'scales show, a description of one unbroken run (whole process)',
    [
      { name: 'node -e 0', args: [process.execPath, '-e', '0'] },
      { name: '500,000 characters', args: [process.execPath, bin, 'scales', 'show', longScale(500_000)] },
      { name: '1,000,000 characters', args: [process.execPath, bin, 'scales', 'show', longScale(1_000_000)] },
    ],
    quick ? 3 : 5,
  );
}
