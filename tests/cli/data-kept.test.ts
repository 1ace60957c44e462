// No data lost without a word (SPEC 11), through the real binary: a wide sheet's comment column is
// kept as each rater's comment (private, like notes); a column the layout does not read, data under a
// blank header, a short row and a blank date that splits a team's assessment are each named.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

const dir = tempDir('hf-kept-');
function sheet(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('a wide sheet with a Kommentar column', () => {
  const file = sheet('kommentar.csv', [
    'team,date,rater,hcs1,hcs2,Kommentar',
    'Moss,2026-10-15,Anne,4,3,"Godt samarbeid med NAV, men lang ventetid"',
    'Moss,2026-10-15,Bjørn,3,3,Ventetid på bolig',
    'Moss,2026-10-15,Cecilie,3,4,',
  ]);

  it('keeps every comment, with its rater, in the JSON', () => {
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('left out');
    const [moss] = (JSON.parse(run.stdout) as { assessments: { comments: unknown }[] }).assessments;
    expect(moss!.comments).toEqual([
      { rater: 'Anne', text: 'Godt samarbeid med NAV, men lang ventetid' },
      { rater: 'Bjørn', text: 'Ventetid på bolig' },
    ]);
  });

  it('shows them in the Markdown report, and leaves them out with --no-notes', () => {
    const md = runCli(['report', file, '--scale', 'pathways-hf', '--format', 'md', '--lang', 'nb']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('## Kommentarer fra vurdererne');
    expect(md.stdout).toContain('- **Anne:** Godt samarbeid med NAV, men lang ventetid');
    expect(md.stdout).toContain('- **Bjørn:** Ventetid på bolig');
    const without = runCli(['report', file, '--scale', 'pathways-hf', '--format', 'md', '--no-notes']);
    expect(without.stdout).not.toContain('Ventetid');
    const json = runCli(['report', file, '--scale', 'pathways-hf', '--format', 'json', '--no-notes']);
    expect(json.stdout).not.toContain('Ventetid');
  });
});

describe('columns and rows that would be lost', () => {
  it('names a score column the wide layout does not use, and a blank-headed column with data by its position', () => {
    const file = sheet('extra.csv', ['team,date,rater,hcs1,,score', 'Moss,2026-10-15,Anne,4,x,9']);
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('extra.csv:1: warning: columns headed like the long layout\'s item, score or rationale column, which this wide sheet does not use, left out: "score" (a wide sheet names the item: "hcs1 rationale")');
    // the fifth column, E in a spreadsheet
    expect(run.stderr).toContain('extra.csv:2: warning: column 5 (E) has data but no header');
    expect(runCli(['score', file, '--scale', 'pathways-hf', '--strict']).status).toBe(2);
  });

  it('names a row with fewer fields than the header by its line; an error with --strict', () => {
    const file = sheet('short.csv', ['team,date,rater,hcs1,hcs2,hcs3', 'Moss,2026-10-15,Anne,4,3,4', 'Moss,2026-10-15,Bjørn,3']);
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('short.csv:3: warning: fewer fields than the 6 of the header on line 3; the missing fields are read as not rated');
    const strict = runCli(['score', file, '--scale', 'pathways-hf', '--strict', '--format', 'json']);
    expect(strict.status).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('short.csv:3: error: fewer fields than the 6 of the header on line 3');
  });

  it('names the row whose blank date makes an assessment of its own', () => {
    const file = sheet('split.csv', ['team,date,rater,hcs1', 'Moss,2026-10-15,Anne,4', 'Moss,,Bjørn,3']);
    const run = runCli(['score', file, '--scale', 'pathways-hf', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('split.csv:3: warning: a row of Moss without a date makes an assessment of its own');
    expect((JSON.parse(run.stdout) as { assessments: unknown[] }).assessments).toHaveLength(2);
    expect(runCli(['score', file, '--scale', 'pathways-hf', '--strict']).status).toBe(2);
  });
});

describe('report --out says what it wrote', () => {
  const moss = ['examples/moss/moss-2025-03-11-ekstern.yaml', 'examples/moss/moss-2025-10-14-egenvurdering.yaml', 'examples/moss/moss-2026-09-22-ekstern.yaml'];
  it('names the file and its pages (as pdfinfo counts them) on stderr; nothing with --quiet', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = path.join(dir, 'moss.pdf');
    const run = runCli(['report', ...moss, '--format', 'pdf', '--out', out, '--lang', 'nb']);
    expect(run.status).toBe(0);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1];
    expect(run.stderr).toBe(`Skrev ${out}: ${pages} sider\n`);
    const quiet = runCli(['report', ...moss, '--format', 'pdf', '--out', out, '--force', '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    const md = runCli(['report', ...moss, '--format', 'md', '--out', path.join(dir, 'moss.md')]);
    expect(md.stderr).toMatch(/^Wrote .*moss\.md \(\d+ KB\)\n$/);
  });
});
