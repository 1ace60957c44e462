// The renderers on the built-in pathways-hf scale: 38 items, five domains, eight principles.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/model.js';
import { localize } from '../../src/i18n/lang.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { loadScale } from '../../src/input/load-scale.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import { context } from './report-fixture.js';

describe('reports on pathways-hf', async () => {
  const { scale } = await loadScale('pathways-hf');
  const ratings: Assessment['ratings'] = {};
  for (const [index, item] of scale.items.entries()) {
    if (index === 5) continue; // one missing
    ratings[item.id] = { consensus: item.critical ? 3 : 4, raters: {} };
  }
  const result = scoreAssessments(
    scale,
    [{ team: 'Housing First Moss', date: '2026-10-15', kind: 'external', status: 'complete', raters: [], sources: [], ratings, strengths: [], recommendations: [], actions: [] }],
    { toolVersion: '0.1.0', scaleName: localize(scale.name, 'nb') },
  );

  it('writes the notice that a formal review uses the official manual, and the level', async () => {
    const md = (await renderMarkdown(result, { ...context('nb'), scale })) as string;
    expect(md).toContain('offisielle skalaen og manualen');
    expect(md).toContain(`37 av 38 indikatorer skåret, 0 ikke aktuelle, 1 mangler`);
    expect(md).toMatch(/som er høy modelltrofasthet: Teamet arbeider/);
    for (const principle of scale.principles) expect(md).toContain(localize(principle.name, 'nb'));
  });

  it('has 1 + 5 + 8 + 38 CSV rows', async () => {
    const rows = parse((await renderCsv(result, { ...context('da'), scale })) as string, { columns: true }) as unknown[];
    expect(rows).toHaveLength(1 + scale.domains.length + scale.principles.length + scale.items.length);
    expect(scale.items).toHaveLength(38);
  });
});
