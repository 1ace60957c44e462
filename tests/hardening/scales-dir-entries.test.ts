// A scales folder (--scales-dir, HF_FIDELITY_SCALES) holding entries named like scale files that are
// not files: a folder called x.yaml, a link that points at itself, a broken link. Each is named in a
// warning and left out; every lookup of the other scales works. Through the binary.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

function scalesDir(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'x.yaml'));
  symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
  symlinkSync('nowhere.yaml', path.join(dir, 'broken.yml'));
  copyFileSync(path.join(REPO, 'tests/fixtures/scales/own-certification.yaml'), path.join(dir, 'own.yaml'));
  return dir;
}

function expectNamed(stderr: string, dir: string): void {
  expect(stderr).not.toMatch(/internal error|EISDIR|ELOOP|ENOENT/);
  for (const name of ['x.yaml', 'loop.yaml', 'broken.yml']) {
    expect(stderr).toContain(`${path.join(dir, name)}: warning: not a scale file`);
  }
}

describe('a scales folder with entries that are not scale files', () => {
  it('shows, lists and makes a template of the other scales, naming each entry left out', () => {
    const dir = scalesDir();
    const show = runCli(['--scales-dir', dir, 'scales', 'show', 'moss-certification']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('Moss certification scale');
    expectNamed(show.stderr, dir);

    const list = runCli(['scales', 'list'], { env: { HF_FIDELITY_SCALES: dir } });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('moss-certification');
    expectNamed(list.stderr, dir);

    const template = runCli(['template', 'moss-certification'], { env: { HF_FIDELITY_SCALES: dir } });
    expect(template.status).toBe(0);
    expect(template.stdout).toContain('h1: Own lease');
    expectNamed(template.stderr, dir);
  });

  it('scores and reports with a scale found by id in that folder, in the user\'s language', () => {
    const dir = scalesDir();
    const data = path.join(tempDir(), 'data.csv');
    writeFileSync(data, 'team,date,rater,h1,h2,s1,t1\nMoss,2026-10-15,Anne,5,4,8,3\n');
    const score = runCli(['--scales-dir', dir, '--lang', 'nb', 'score', data, '--scale', 'moss-certification']);
    expect(score.status).toBe(0);
    expect(score.stdout).toContain('Moss');
    expect(score.stderr).toContain(`${path.join(dir, 'x.yaml')}: advarsel: ikke en skalafil`);
    expect(score.stderr).not.toMatch(/intern feil|EISDIR|ELOOP/);
    const report = runCli(['--scales-dir', dir, 'report', data, '--scale', 'moss-certification', '--format', 'json']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).scale.id).toBe('moss-certification');
  });
});
