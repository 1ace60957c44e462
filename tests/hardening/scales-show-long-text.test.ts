// `scales show` wraps text in time linear in its length: a 1 MB valid scale whose description is one
// unbroken run (a URL) is shown whole, cut into lines of the terminal's width, none lost. It once
// split the rest of the run into letters again for every line (over 5 minutes). Through the binary.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';
import { wrapText } from '../../src/terminal/terminal-text.js';

describe('scales show with long unbroken text', () => {
  it('shows a 1 MB scale with a description of one 1,000,000-character run, every letter kept', () => {
    const own = readFileSync(path.join(REPO, 'tests/fixtures/scales/own-certification.yaml'), 'utf8');
    const run = 'x'.repeat(1_000_000);
    const file = path.join(tempDir(), 'long.yaml');
    writeFileSync(file, own.replace('languages: [en, nb, da]\n', `languages: [en, nb, da]\ndescription: https://example.org/${run}\n`));
    const shown = runCli(['scales', 'show', file]);
    expect(shown.stderr).toBe('');
    expect(shown.status).toBe(0);
    const lines = shown.stdout.split('\n');
    // Not a terminal: lines of 100 columns.
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(100);
    expect(shown.stdout.replace(/\n/g, '')).toContain(`https://example.org/${run}`);
    expect(shown.stdout).toContain('Home visits');
  });

  it('wraps a long word under a hanging indent wider than the line, a letter a line at least', () => {
    const text = wrapText(`1: ${'y'.repeat(50)}`, 10, 9, 6);
    expect(text.replace(/\s/g, '')).toBe(`1:${'y'.repeat(50)}`);
  });
});
