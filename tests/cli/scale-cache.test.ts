// Checked scale files kept by content (issue 17): the second run of the same scale file loads the
// checked copy, with the same result and the same warnings; changed bytes are checked afresh; a
// damaged copy is passed over; HF_FIDELITY_CACHE=off keeps nothing. Through the built binary.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from '../helpers/run-cli.js';

const RANA = 'examples/rana/rana-fidelity.csv';

function setup(): { dir: string; scale: string; cache: string } {
  const dir = tempDir();
  const scale = path.join(dir, 'own.yaml');
  writeFileSync(scale, readFileSync(path.join(REPO, 'fidelity-scales/pathways-hf.yaml')));
  return { dir, scale, cache: path.join(dir, 'cache') };
}

const kept = (cache: string) => (existsSync(path.join(cache, 'hf-fidelity', 'scales')) ? readdirSync(path.join(cache, 'hf-fidelity', 'scales')) : []);

describe('scale files checked once, then loaded from the cache', () => {
  it('gives the same result and warnings the second time, from one kept copy', () => {
    const { scale, cache } = setup();
    const env = { XDG_CACHE_HOME: cache };
    const first = runCli(['score', RANA, '--scale', scale, '--format', 'json'], { env });
    expect(first.status, first.stderr).toBe(0);
    expect(kept(cache)).toHaveLength(1);
    expect(kept(cache)[0]).toMatch(/^[\w.-]+-[0-9a-f]{64}\.json$/);
    const second = runCli(['score', RANA, '--scale', scale, '--format', 'json'], { env });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    // And the same as with no cache at all.
    expect(runCli(['score', RANA, '--scale', scale, '--format', 'json'], { env: { HF_FIDELITY_CACHE: 'off', XDG_CACHE_HOME: cache } }).stdout).toBe(first.stdout);
  });

  it('keeps a warning about the file, and names the file as it is given this time', () => {
    const { dir, scale, cache } = setup();
    // A language the scale declares but does not write: it loads, with warnings naming places in the file.
    const text = readFileSync(scale, 'utf8').replace(/^languages: .*$/m, 'languages: [en, nb, da, se]');
    writeFileSync(scale, text);
    const env = { XDG_CACHE_HOME: cache };
    const first = runCli(['score', RANA, '--scale', scale], { env });
    expect(first.stderr).toContain(`${scale}:44:3: warning: name: no "se" text`);
    const copy = path.join(dir, 'copy.yaml');
    writeFileSync(copy, text);
    const second = runCli(['score', RANA, '--scale', copy], { env });
    expect(second.status).toBe(first.status);
    expect(kept(cache)).toHaveLength(1);
    expect(second.stderr).toBe(first.stderr.split(scale).join(copy));
  });

  it('checks changed bytes afresh: an error is an error though an earlier version was kept', () => {
    const { scale, cache } = setup();
    const env = { XDG_CACHE_HOME: cache };
    expect(runCli(['score', RANA, '--scale', scale], { env }).status).toBe(0);
    writeFileSync(scale, readFileSync(scale, 'utf8').replace('rating: { min: 1, max: 4 }', 'rating: { min: 4, max: 1 }'));
    const bad = runCli(['score', RANA, '--scale', scale], { env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/own\.yaml:\d+:\d+: error/);
  });

  it('passes over a damaged copy, and keeps nothing with HF_FIDELITY_CACHE=off', () => {
    const { scale, cache } = setup();
    const env = { XDG_CACHE_HOME: cache };
    const good = runCli(['score', RANA, '--scale', scale, '--format', 'json'], { env });
    const [name] = kept(cache);
    writeFileSync(path.join(cache, 'hf-fidelity', 'scales', name!), '{"format":1,"scale":{"items":');
    const again = runCli(['score', RANA, '--scale', scale, '--format', 'json'], { env });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(good.stdout);
    const other = setup();
    expect(runCli(['score', RANA, '--scale', other.scale], { env: { XDG_CACHE_HOME: other.cache, HF_FIDELITY_CACHE: 'off' } }).status).toBe(0);
    expect(existsSync(other.cache)).toBe(false);
  });
});
