// SOURCE_DATE_EPOCH through the real binary: a value that is no date a report can hold is a clear
// message (exit 2), never "internal error"; and the date a PDF says it was made is the UTC date of
// that moment, wherever the machine's clock is set (UTC+14 just after midnight there).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

const MOSS = 'examples/moss/moss-2025-03-11-ekstern.yaml';

describe('SOURCE_DATE_EPOCH', () => {
  it.each(['1e20', '-1e20', 'abc', '8.64e15', '99999999999999', '-5', '1.5'])('"%s": exit 2 with a clear message, nothing written', (value) => {
    const out = path.join(tempDir(), 'r.pdf');
    const run = runCli(['report', MOSS, '--format', 'pdf', '--out', out], { env: { SOURCE_DATE_EPOCH: value } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 up to 253402300799 (the year 9999), got "${value}"; unset it to use the time now\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('the last second of the year 9999 is a date', () => {
    const out = path.join(tempDir(), 'r.pdf');
    expect(runCli(['report', MOSS, '--format', 'pdf', '--out', out], { env: { SOURCE_DATE_EPOCH: '253402300799' } }).status).toBe(0);
  });

  it('the PDF is made on the UTC date, not the local one (TZ=Pacific/Kiritimati)', () => {
    const out = path.join(tempDir(), 'r.pdf');
    // 2026-10-15 11:00 UTC is 2026-10-16 01:00 in Kiritimati.
    const epoch = String(Date.UTC(2026, 9, 15, 11) / 1000);
    const run = runCli(['report', MOSS, '--format', 'pdf', '--out', out], { env: { SOURCE_DATE_EPOCH: epoch, TZ: 'Pacific/Kiritimati' } });
    expect(run.status).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('hf-fidelity 0.1.0, 2026-10-15');
    expect(text).not.toContain('2026-10-16');
    const info = execFileSync('pdfinfo', ['-isodates', out], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2026-10-15T11:00:00(Z|\+00)/);
  });
});
