// The items' sum, the share in the top two points and the items that moved since last time (SPEC 12),
// through the built binary on the Moss examples, against figures worked out here from the assessment
// files themselves (each item's agreed score), not from the tool's result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';

const FIRST = 'examples/moss/moss-2025-03-11-ekstern.yaml';
const SELF = 'examples/moss/moss-2025-10-14-egenvurdering.yaml';
const LAST = 'examples/moss/moss-2026-09-22-ekstern.yaml';

/** Item id -> agreed score, read straight from an assessment file. */
function scores(file: string): Map<string, number> {
  const doc = parse(readFileSync(path.join(REPO, file), 'utf8')) as { ratings: Record<string, { score: number }> };
  return new Map(Object.entries(doc.ratings).map(([id, r]) => [id, r.score]));
}

describe('item totals in the report', () => {
  const md = runCli(['report', FIRST, SELF, LAST, '--format', 'md', '--lang', 'en']).stdout;

  it('gives the sum of the item scores of 152, and the share of items at 3 or above', () => {
    for (const file of [FIRST, SELF, LAST]) {
      const values = [...scores(file).values()];
      expect(values).toHaveLength(38);
      const sum = values.reduce((a, b) => a + b, 0);
      const top = values.filter((v) => v >= 3).length;
      expect(md).toContain(`- **Sum of item scores:** ${sum} of 152`);
      expect(md).toContain(`- **Items at 3 or above:** ${Math.round((100 * top) / 38)} % (${top} of 38)`);
    }
    // By hand for the first review: 131 of 152, the overall 3.4 being 131 / 38 = 3.447.
    expect(md).toContain('- **Sum of item scores:** 131 of 152');
  });

  it('lists the items that went up and down since the previous external review, and counts the rest', () => {
    const before = scores(FIRST);
    const after = scores(LAST);
    const up = [...after].filter(([id, v]) => v > before.get(id)!).map(([id]) => id);
    const down = [...after].filter(([id, v]) => v < before.get(id)!).map(([id]) => id);
    const same = 38 - up.length - down.length;
    expect(md).toContain(`Items scored both times: ${up.length} up, ${down.length} down, ${same} unchanged.`);
    for (const id of up) expect(md).toMatch(new RegExp(`^- ${id} .*: ${before.get(id)} → ${after.get(id)}$`, 'm'));
    expect(up.length).toBeGreaterThan(0);
  });

  it('shows them in the PDF too: the sum on page one, the items that moved after the domains', async () => {
    const { execFileSync } = await import('node:child_process');
    const { tempDir } = await import('../helpers/run-cli.js');
    const out = path.join(tempDir(), 'moss.pdf');
    expect(runCli(['report', FIRST, LAST, '--format', 'pdf', '--lang', 'en', '--out', out]).status).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Sum of item scores: 131 of 152.');
    expect(text).toContain('Items that changed');
    expect(text).toMatch(/Items scored both times: \d+ up, \d+ down, \d+ unchanged\./);
  });
});
