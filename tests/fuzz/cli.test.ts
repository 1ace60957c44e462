// The nastiest inputs through the real binary (SPEC sections 2 and 10): exit 0 or 2, never a stack
// trace, an "internal error" or a Node warning on stderr; with exit 2 nothing is written, not even a
// temporary file. Needs a build (`npm test` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, REPO, requireFreshBuild } from '../helpers/run-cli.js';

let dir: string;

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(path.join(tmpdir(), 'hf-fidelity-fuzz-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const header = 'team;dato;vurderer;hr1;hr2;co3;hm1\n';

/** [name, file name, contents, exit codes allowed] */
const cases: [string, string, () => Buffer | string, number[]][] = [
  ['an empty file', 'empty.csv', () => '', [2]],
  ['a stray quote in an unquoted field', 'stray-quote.csv', () => `${header}Mo"ss;15.10.2026;Anne;4;3;;2\n`, [2]],
  ['a quote never closed, CRLF', 'open-quote.csv', () => `${header}"Moss;15.10.2026;Anne;4;3;;2\r\nRana;15.10.2026;Bo;1;2;;3\r\n`.replace(/\n/g, '\r\n'), [2]],
  ['a 2 MB field', 'big-field.csv', () => `${header}Moss;15.10.2026;Anne;"${'x'.repeat(2 * 1024 * 1024)}";3;;2\n`, [2]],
  [
    '__proto__, constructor and formulas in headers, names and values',
    'proto.csv',
    () => `__proto__;constructor;${header}x;y;__proto__;15.10.2026;toString;=SUM(A1);+1;@A1;-1\n`,
    [2],
  ],
  [
    'NUL bytes, lone surrogate bytes and odd Unicode (read as Windows-1252)',
    'nul.csv',
    () => Buffer.concat([Buffer.from(`${header}Mo\u0000ss \u202e👩‍👩‍👧;15.10.2026;A`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(';4;3;N/A;2\n')]),
    [0, 2],
  ],
  ['UTF-16LE with an odd byte at the end', 'utf16.csv', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}Grünerløkka æøå;15.10.2026;Anne;4;3;N/A;2\r\n`, 'utf16le'), Buffer.from([0x41])]), [0, 2]],
  ['a 100 000-character line', 'long-line.csv', () => `${header}Moss;15.10.2026;Anne;4;3;;2;${'y'.repeat(100_000)}\n`, [2]],
  ['an assessment file with flow nesting hidden behind a quote', 'deep.yaml', () => `hfFidelityAssessment: 1\nteam: b"c\nratings: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`, [2]],
  ['an assessment file with a list as a key and an alias with no anchor', 'keys.yaml', () => 'hfFidelityAssessment: 1\nscale: { id: hf-principles }\nteam: *nope\ndate: 2026-10-15\nratings:\n  ? [hr1]\n  : { score: 3 }\n', [2]],
];

function run(file: string, out: string) {
  const args = [BIN, 'score', file, '--scale', 'hf-principles', '--out', out];
  return spawnSync(process.execPath, args, {
    cwd: REPO,
    encoding: 'utf8',
    input: '',
    env: childEnv(),
    timeout: 60_000,
  });
}

describe('nasty inputs through the real binary', () => {
  it.each(cases)('%s', (_name, fileName, make, allowed) => {
    const folder = path.join(dir, fileName.replace(/\W/g, '-'));
    const outDir = path.join(folder, 'out');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(folder, fileName);
    writeFileSync(file, make());
    const out = path.join(outDir, 'result.json');
    const result = run(file, out);
    const where = `exit ${result.status}, signal ${result.signal}, stderr:\n${result.stderr.slice(0, 2000)}`;
    expect(result.signal, where).toBeNull();
    expect(allowed, where).toContain(result.status);
    expect(result.stderr, where).not.toMatch(/^\s+at /m);
    expect(result.stderr, where).not.toMatch(/internal error/i);
    // Node's own warnings ("(node:1234) Warning: ...") are not for users either.
    expect(result.stderr, where).not.toMatch(/\(node:\d+\)|--trace-warnings/);
    if (result.status === 2) {
      expect(result.stderr.trim(), 'exit 2 must say why').not.toBe('');
      expect(existsSync(out), 'exit 2 wrote the --out file').toBe(false);
      expect(readdirSync(outDir), 'a temporary file was left behind').toEqual([]);
    } else {
      expect(existsSync(out)).toBe(true);
      expect(readdirSync(outDir)).toEqual(['result.json']);
    }
  });
});
