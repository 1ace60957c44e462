// The JSON report: the result as it is (SPEC 7), and with --no-notes the same result without notes.
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/render-json.js';
import { jsonResultChunks } from '../../src/report/json-stream.js';
import type { Result } from '../../src/result/schema.js';
import { buildResult, context } from './report-fixture.js';

const result = buildResult();

async function json(notes?: boolean): Promise<string> {
  const out = await renderJson(result, context('nb', { notes }));
  expect(typeof out).toBe('string');
  return out as string;
}

describe('renderJson', () => {
  it('round-trips the result at full precision, two-space indented, ending in a newline', async () => {
    const text = await json();
    expect(text).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(result);
    expect(text).toContain('"score": 2.875');
    expect(text).toContain('"status": "in-progress"');
  });

  it('keeps notes unless told not to', async () => {
    expect(await json(true)).toBe(await json(undefined));
    expect(await json()).toContain('=SUM(A1)');
  });

  it('sets every note to null with notes: false and changes nothing else', async () => {
    const parsed = JSON.parse(await json(false)) as Result;
    const notes = parsed.assessments.flatMap((a) => a.items.map((item) => item.note));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((note) => note === null)).toBe(true);
    const expected = structuredClone(result);
    for (const a of expected.assessments) for (const item of a.items) item.note = null;
    expect(parsed).toEqual(expected);
  });

  it('does not change the result it is given', async () => {
    const before = structuredClone(result);
    await json(false);
    expect(result).toEqual(before);
  });
});

describe('jsonResultChunks', () => {
  async function text(r: Result, pretty: boolean): Promise<string> {
    const { assessments, warnings, ...head } = r;
    let out = '';
    for await (const chunk of jsonResultChunks(head, assessments, () => warnings, { pretty })) out += chunk;
    return out;
  }
  const warning = { code: 'data.unknownColumn', message: 'A "column"\nwith a line break', file: 'a.csv', line: 3 };
  const shapes: [string, Result][] = [
    ['no assessments, no warnings', { ...result, assessments: [], warnings: [] }],
    ['one assessment, a warning', { ...result, assessments: result.assessments.slice(0, 1), warnings: [warning] }],
    ['every assessment, two warnings', { ...result, warnings: [warning, { code: 'x', message: 'y' }] }],
    ['a scale name that looks like the stream\'s own markers', { ...result, scale: { ...result.scale, id: '\u0000warnings\u0000', name: '\u0000assessments\u0000' } }],
  ];

  it.each(shapes)('pretty: the same text as JSON.stringify(result, null, 2), with %s', async (_, r) => {
    expect(await text(r, true)).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });

  it.each(shapes)('compact: one assessment per line, reading back as the result, with %s', async (_, r) => {
    const out = await text(r, false);
    expect(JSON.parse(out)).toEqual(r);
    expect(out.trimEnd().split('\n')).toHaveLength(r.assessments.length === 0 ? 1 : r.assessments.length + 2);
  });
});
