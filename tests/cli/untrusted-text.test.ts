// Text from data files is untrusted: escape sequences are shown, not obeyed; damaged UTF-16 is an
// error, not a row of replacement characters; the order of rows never changes a score.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const SCALE = 'tests/fixtures/scales/own-certification.yaml';
const HEADER = 'team,date,rater,h1,h2,s1,t1';

function csv(lines: string[], bytes?: Buffer): string {
  const file = path.join(tempDir(), 'data.csv');
  writeFileSync(file, bytes ?? `${[HEADER, ...lines].join('\n')}\n`);
  return file;
}

describe('untrusted text', () => {
  it('shows escape sequences from a team name as visible text in the table and in errors', async () => {
    const ok = await runInProcess(['score', csv(['"Moss\u001b]0;pwned\u0007",2026-10-15,konsensus,5,4,8,3']), '--scale', SCALE]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Moss\\x1b]0;pwned\\x07');
    expect(ok.stdout).not.toContain('\u001b');
    const bad = await runInProcess(['score', csv(['"Rana\u001b[2J",2026-10-15,"Anne\u001b[2J",9,4,8,3']), '--scale', SCALE]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toContain('\u001b');
  });

  it('refuses damaged UTF-16 with a clear message', async () => {
    const text = Buffer.from(`${HEADER}\nMoss,2026-10-15,konsensus,5,4,8,3\n`, 'utf16le');
    const run = await runInProcess(['score', csv([], Buffer.concat([Buffer.from([0xff, 0xfe]), text, Buffer.from([0x41])])), '--scale', SCALE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('says it is UTF-16');
  });

  it('gives the same scores whatever the order of rows (raters listed as first named)', async () => {
    const rows = ['Moss,2026-10-15,Åse,5,4,8,3', 'Moss,2026-10-15,Bjørn,4,3,6,2', 'Moss,2026-10-15,Anne,3,4,7,5', 'Rana,2026-10-15,Anne,2,2,2,2'];
    const forward = await runInProcess(['score', csv(rows), '--scale', SCALE, '--format', 'json']);
    const backward = await runInProcess(['score', csv([...rows].reverse()), '--scale', SCALE, '--format', 'json']);
    expect(forward.status).toBe(0);
    const [f, b] = [JSON.parse(forward.stdout), JSON.parse(backward.stdout)];
    expect(b.assessments.map((a: { overall: unknown }) => a.overall)).toEqual(f.assessments.map((a: { overall: unknown }) => a.overall));
    expect(b.assessments.map((a: { domains: unknown }) => a.domains)).toEqual(f.assessments.map((a: { domains: unknown }) => a.domains));
    expect(f.assessments[0].raters).toEqual(['Åse', 'Bjørn', 'Anne']);
    expect(b.assessments[0].raters).toEqual(['Anne', 'Bjørn', 'Åse']);
  });
});
