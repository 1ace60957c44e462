// Property tests of the data reader (SPEC sections 5 and 10): generated wide CSV files in every dialect
// read back to exactly the ratings the generator meant; mangled files either read or stop with an
// HfError of readable problems, never another error; and the order of rows never changes a result.
// Runs bounded by count, with a fixed seed (see tests/helpers/fuzz-common.ts for seeds and longer runs).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HfError } from '../../src/shared/errors.js';
import { readInputs, type InputOptions } from '../../src/input/read-inputs.js';
import { loadScale } from '../../src/input/load-scale.js';
import type { Scale } from '../../src/scale/model.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import { canonical, checkProblem, checkThrown, fuzzParams, okOrHfError, shuffleBy, testTimeout } from '../helpers/fuzz-common.js';
import {
  dataFileArb,
  dataFileBytes,
  dataFileText,
  encodeText,
  ENCODINGS,
  expectedAssessments,
  expectedWarnings,
  FUZZ_SCALE_YAML,
  ITEMS,
  type DataFile,
} from '../helpers/fuzz-csv.js';

let dir: string;
let scaleFile: string;
let scale: Scale;
let counter = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hf-fidelity-fuzz-csv-'));
  scaleFile = path.join(dir, 'fuzz-fixture.yaml');
  writeFileSync(scaleFile, FUZZ_SCALE_YAML);
  scale = (await loadScale(scaleFile)).scale;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A new file in the temporary folder with `bytes`; `name` keeps a basename the same across runs. */
function writeData(bytes: Buffer | string, name = 'data.csv'): string {
  const sub = path.join(dir, `run-${++counter}`);
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, bytes);
  return file;
}

/** Every assessment the reader gathered (one team at a time, as the CLI asks for them). */
function gathered(inputs: Awaited<ReturnType<typeof read>>) {
  return inputs.collector.teamNames().flatMap((team) => inputs.collector.assessmentsOf(team));
}

function read(file: string, options: Partial<InputOptions> = {}) {
  return readInputs([file], { scale: scaleFile, ...options });
}

/** What the reader found, in the model's terms, sorted like the model's list. */
function found(inputs: Awaited<ReturnType<typeof read>>) {
  return sortByKey(
    gathered(inputs).map((a) => ({
      team: a.team,
      date: a.date,
      kind: a.kind,
      raters: a.raters,
      ratings: Object.fromEntries(
        Object.entries(a.ratings).map(([id, r]) => [id, { raters: r.raters, ...(r.consensus === undefined ? {} : { consensus: r.consensus }) }]),
      ),
    })),
  );
}

function sortByKey<T extends { team: string; date: string | null; kind: string | null }>(list: T[]): T[] {
  const key = (a: T) => JSON.stringify([a.team, a.date, a.kind]);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Whatever was read must score without an error, to numbers that make sense. */
function scoreAll(inputs: Awaited<ReturnType<typeof read>>) {
  const result = scoreAssessments(inputs.scale, gathered(inputs), { toolVersion: 'fuzz', scaleName: 'fuzz' });
  for (const a of result.assessments) {
    const s = a.overall.score;
    expect(s === null || Number.isFinite(s), `overall score ${s}`).toBe(true);
    for (const item of a.items) {
      if (item.score !== null) {
        const spec = inputs.scale.items.find((i) => i.id === item.id)!;
        expect(item.score).toBeGreaterThanOrEqual(spec.rating.min);
        expect(item.score).toBeLessThanOrEqual(spec.rating.max);
      }
    }
  }
  return result;
}

describe('valid wide CSV files, every dialect', () => {
  it(
    'read back to exactly the generated ratings',
    async () => {
      await fc.assert(
        fc.asyncProperty(dataFileArb(), async (file) => {
          const inputs = await read(writeData(dataFileBytes(file)), { kind: file.defaultKind });
          // As JSON, which (unlike toEqual) sees an own key named "__proto__" on either side.
          expect(JSON.stringify(canonical(found(inputs)))).toBe(JSON.stringify(canonical(sortByKey(expectedAssessments(file)))));
          expect(inputs.warnings.map((w) => w.code)).toEqual(expectedWarnings(file));
          for (const w of inputs.warnings) checkProblem(w, 'warning');
          scoreAll(inputs);
        }),
        fuzzParams(100),
      );
    },
    testTimeout(),
  );

  it(
    'give the same result whatever the order of their rows',
    async () => {
      const arb = dataFileArb({ namedRaters: true, maxRows: 12 }).chain((file) =>
        fc.tuple(fc.constant(file), fc.array(fc.integer(), { minLength: file.rows.length, maxLength: file.rows.length })),
      );
      await fc.assert(
        fc.asyncProperty(arb, async ([file, keys]) => {
          const shuffled: DataFile = { ...file, rows: shuffleBy(file.rows, keys) };
          const score = async (f: DataFile) => {
            const inputs = await read(writeData(dataFileBytes(f)), { kind: f.defaultKind });
            return scoreAll(inputs);
          };
          const [a, b] = [await score(file), await score(shuffled)];
          // Raters are listed in the order the file names them; everything else must be identical.
          const sortRaters = (r: typeof a) => ({ ...r, assessments: r.assessments.map((x) => ({ ...x, raters: [...x.raters].sort() })) });
          expect(canonical(sortRaters(b))).toEqual(canonical(sortRaters(a)));
        }),
        fuzzParams(40),
      );
    },
    testTimeout(),
  );

  it('reads the same data the same way in every encoding', async () => {
    const text = 'Team;Dato;Vurderer;a1: Leiekontrakt;a10;c3;c3.1 Telefon\r\nMoss æøå;15.10.2026;Anne;4;N/A;"7,5";Fullt ut på plass\r\nMoss æøå;15.10.2026;Bjørn;3 - I stor grad;2;ikke aktuelt;10\r\n';
    const results = [];
    for (const encoding of ENCODINGS) results.push({ encoding, found: found(await read(writeData(encodeText(text, encoding)))) });
    for (const r of results) expect(r.found, r.encoding).toEqual(results[0]!.found);
    expect(results[0]!.found).toEqual([
      {
        team: 'Moss æøå',
        date: '2026-10-15',
        kind: null,
        raters: ['Anne', 'Bjørn'],
        ratings: {
          a1: { raters: { Anne: 4, Bjørn: 3 } },
          a10: { raters: { Anne: 'na', Bjørn: 2 } },
          c3: { raters: { Anne: 7.5, Bjørn: 'na' } },
          'c3.1': { raters: { Anne: 4, Bjørn: 10 } },
        },
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Mangled files: read, or an HfError of readable problems.

const NASTY_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const NASTY_VALUES = ['=SUM(A1)', '+1+1', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")', '=1+1;2', '\t=1', '"=1"', '1e3', 'Infinity', 'NaN', '0x3', '٣', '３', '3\u00a0', '- 3', '.', ',', '3..5', '3,5,5'];
const ODD = ['\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u200d', '\u2028', '\u0085', '\r', '👩‍👩‍👧', 'e\u0301', '\u00ad', '"', '""', "'", '\\'];

type Mutation =
  | { op: 'strayQuote'; at: number }
  | { op: 'deleteRange'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'dropCell'; line: number; cell: number }
  | { op: 'addCell'; line: number; text: string }
  | { op: 'setCell'; line: number; cell: number; text: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'longField'; line: number; cell: number; length: number }
  | { op: 'headerOnly' }
  | { op: 'empty' }
  | { op: 'mixEol'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('strayQuote' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('deleteRange' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('dropCell' as const), line: fc.nat(), cell: fc.nat() }),
  fc.record({ op: fc.constant('addCell' as const), line: fc.nat(), text: fc.constantFrom('', '3', 'x', ...NASTY_NAMES) }),
  fc.record({
    op: fc.constant('setCell' as const),
    line: fc.nat(),
    cell: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY_NAMES, ...NASTY_VALUES, ...ODD), fc.string({ unit: 'binary', maxLength: 8 })),
  }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...ODD, ...NASTY_VALUES), fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ op: fc.constant('longField' as const), line: fc.nat(), cell: fc.nat(), length: fc.constantFrom(1000, 70_000, 100_000) }),
  fc.constant({ op: 'headerOnly' as const }),
  fc.constant({ op: 'empty' as const }),
  fc.record({ op: fc.constant('mixEol' as const), at: fc.nat() }),
);

/** Apply a mutation to the file's text (lines split on the file's own delimiter, naively: quotes may break). */
function mutate(text: string, m: Mutation, delimiter: string, eol: string): string {
  const lines = text.split(eol);
  const pick = (n: number) => n % Math.max(1, lines.length);
  const cells = (i: number) => (lines[i] ?? '').split(delimiter);
  switch (m.op) {
    case 'strayQuote': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + '"' + text.slice(at);
    }
    case 'deleteRange': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicateLine': {
      const i = pick(m.line);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join(eol);
    }
    case 'dropCell': {
      const i = pick(m.line);
      const c = cells(i);
      c.splice(m.cell % c.length, 1);
      lines[i] = c.join(delimiter);
      return lines.join(eol);
    }
    case 'addCell': {
      const i = pick(m.line);
      lines[i] = `${lines[i] ?? ''}${delimiter}${m.text}`;
      return lines.join(eol);
    }
    case 'setCell': {
      const i = pick(m.line);
      const c = cells(i);
      c[m.cell % c.length] = m.text;
      lines[i] = c.join(delimiter);
      return lines.join(eol);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'longField': {
      const i = pick(m.line);
      const c = cells(i);
      c[m.cell % c.length] = 'x'.repeat(m.length);
      lines[i] = c.join(delimiter);
      return lines.join(eol);
    }
    case 'headerOnly':
      return lines[0] ?? '';
    case 'empty':
      return '';
    case 'mixEol': {
      const i = pick(m.at);
      lines[i] = `${lines[i] ?? ''}${eol === '\n' ? '\r\n' : '\n'}`;
      return lines.join(eol);
    }
  }
}

type ByteMutation = { op: 'flip'; at: number; value: number } | { op: 'cut'; at: number } | { op: 'prefix'; bytes: readonly number[] };

const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('prefix' as const),
    bytes: fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xef, 0xbb], [0x00], [0xed, 0xa0, 0x80], [0xc3], [0xff]),
  }),
);

function mutateBytes(bytes: Buffer, m: ByteMutation): Buffer {
  switch (m.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[m.at % copy.length] = m.value;
      return copy;
    }
    case 'cut':
      return bytes.subarray(0, m.at % (bytes.length + 1));
    case 'prefix':
      return Buffer.concat([Buffer.from(m.bytes), bytes]);
  }
}

const optionsArb: fc.Arbitrary<Partial<InputOptions>> = fc.record(
  {
    delimiter: fc.constantFrom(',', ';', '\t', '|', 'tab', '\\t', ';;'),
    encoding: fc.constantFrom('utf-8', 'UTF8', 'latin1', 'utf-16le', 'utf-16be', 'cp1252', 'klingon'),
    kind: fc.constantFrom('self', 'external') as fc.Arbitrary<InputOptions['kind']>,
    strict: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('mangled data files', () => {
  it(
    'either read (and score) or stop with an HfError of readable problems',
    async () => {
      const arb = fc.record({
        file: dataFileArb({ maxRows: 6 }),
        mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        bytes: fc.array(byteMutationArb, { maxLength: 2 }),
        encoding: fc.option(fc.constantFrom(...ENCODINGS), { nil: undefined }),
        // Mostly the defaults: a wrong --delimiter or --encoding mostly tests the option, not the file.
        options: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: optionsArb, weight: 1 }),
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ file, mutations, bytes, encoding, options }) => {
          let text = dataFileText(file);
          for (const m of mutations) text = mutate(text, m, file.delimiter, file.eol);
          let data = encodeText(text, encoding ?? (file.encoding === 'windows-1252' ? 'utf-8' : file.encoding));
          for (const m of bytes) data = mutateBytes(data, m);
          // Lines counted in the text as written (byte mutations may join or split them). csv-parse's
          // own line numbers (data.badQuote, data.csvSyntax, data.recordTooLarge) count a CRLF inside
          // quotes as two lines, so those may run past the end by up to one per CRLF: the bound allows it.
          const lineCount = bytes.length === 0 ? text.split(/\r\n|\n|\r/).length + (text.match(/\r\n/g)?.length ?? 0) : undefined;
          const inputs = await okOrHfError(() => read(writeData(data), options ?? {}), 'readInputs', lineCount);
          if (inputs) {
            for (const w of inputs.warnings) checkProblem(w, 'warning');
            scoreAll(inputs);
          }
        }),
        fuzzParams(150),
      );
    },
    testTimeout(),
  );

  it(
    'cope with any bytes at all',
    async () => {
      const arb = fc.oneof(
        fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
        fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')),
        fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`team,a1\n${s}`, 'utf16le')])),
        fc.string({ unit: fc.constantFrom(',', ';', '"', '\n', '\r', '\t', '|', 'a1', 'team', ' ', '3', 'N/A', '__proto__', '\u0000', 'æ'), maxLength: 60 }).map((s) => Buffer.from(s)),
      );
      await fc.assert(
        fc.asyncProperty(arb, async (data) => {
          const inputs = await okOrHfError(() => read(writeData(data)), 'readInputs');
          if (inputs) scoreAll(inputs);
        }),
        fuzzParams(150),
      );
    },
    testTimeout(),
  );

  // The large cases, once each: generating them in every run would only cost time.
  const header = 'team,date,a1,a10,b2,c3,c3.1\n';
  const cases: [string, () => Buffer | string][] = [
    ['an empty file', () => ''],
    ['only a byte-order mark', () => '\ufeff'],
    ['only line breaks', () => '\n\r\n\n'],
    ['a header and nothing else', () => header],
    ['a stray quote in an unquoted field', () => `${header}Mo"ss,2026-01-01,3,,,,\n`],
    ['a quote never closed', () => `${header}"Moss,2026-01-01,3,,,,\n`],
    ['text after a closing quote', () => `${header}"Moss"x,2026-01-01,3,,,,\n`],
    ['ragged rows', () => `${header}Moss,2026-01-01,3\nRana,2026-01-01,3,2,1,0,1,2,3\n`],
    ['__proto__, constructor and toString as headers', () => `__proto__,constructor,toString,team,a1\nx,y,z,Moss,3\n`],
    ['__proto__, constructor and toString as team names', () => `${header}__proto__,,1,,,,\nconstructor,,2,,,,\ntoString,,3,,,,\nhasOwnProperty,,4,,,,\n`],
    ['__proto__ as a rater', () => `team,rater,a1\nMoss,__proto__,3\nMoss,constructor,2\nMoss,toString,1\n`],
    ['formulas as values', () => `${header}Moss,2026-01-01,=SUM(A1),+1,-1,@A1,=1\n`],
    ['a 2 MB field', () => `${header}Moss,2026-01-01,"${'x'.repeat(2 * 1024 * 1024)}",,,,\n`],
    ['a 100 000-character line', () => `${header}Moss,2026-01-01,3,${'y'.repeat(100_000)},,,\n`],
    ['a 100 000-character header', () => `team,a1,${'h'.repeat(100_000)}\nMoss,3,\n`],
    ['100 000 columns', () => `team,a1${',x'.repeat(100_000)}\nMoss,3\n`],
    ['NUL bytes', () => `${header}Mo\u0000ss,2026-01-01,3\u0000,,,,\n\u0000\u0000\n`],
    ['lone surrogates as UTF-8 bytes', () => Buffer.concat([Buffer.from(`${header}Moss`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(',2026-01-01,3,,,,\n')])],
    ['lone surrogates in UTF-16', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}Moss\ud800,2026-01-01,3,,,,\n\udc00`, 'utf16le')])],
    ['UTF-16 with an odd number of bytes', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}Moss,2026-01-01,3,,,,\n`, 'utf16le'), Buffer.from([0x41])])],
    ['UTF-16 without a byte-order mark', () => Buffer.from(`${header}Moss,2026-01-01,3,,,,\n`, 'utf16le')],
    [
      'a Windows-1252 byte after 64 KB of ASCII',
      () => Buffer.concat([Buffer.from(header + Array.from({ length: 4000 }, (_, i) => `T${i},2026-01-01,3,,,,\n`).join('')), Buffer.from([0x52, 0xe6, 0x2c, 0x2c, 0x32, 0x0a])]),
    ],
    ['60 bad values (more than the error limit)', () => `${header}${'Moss,2026-01-01,9,9,9,9,99\n'.repeat(12)}`],
    ['a duplicate rating on another line', () => `team,rater,a1\nMoss,Anne,3\nMoss,Anne,4\n`],
    ['two columns for one item', () => `team,a1,A1: Lease\nMoss,3,4\n`],
    ['an impossible date', () => `${header}Moss,2026-02-30,3,,,,\n`],
  ];
  it.each(cases)('%s: read, or exit with a readable HfError', async (_name, make) => {
    const inputs = await okOrHfError(() => read(writeData(make())), 'readInputs');
    if (inputs) scoreAll(inputs);
  });

  it('says where a stray quote is, as a problem with the data (not "cannot read the file")', async () => {
    const error = await read(writeData(`team,a1\nMo"ss,3\n`)).then(
      () => null,
      (e: unknown) => e,
    );
    const hf = checkThrown(error, 'stray quote');
    expect(hf.problems).toHaveLength(1);
    expect(['data.badQuote', 'data.csvSyntax']).toContain(hf.problems[0]!.code);
    expect(hf.problems[0]!.line).toBe(2);
  });

  it('says on which line a quote that is never closed was opened, with CRLF or LF line ends', async () => {
    for (const eol of ['\r\n', '\n']) {
      const text = ['team,a1', 'Moss,3', '"Rana,2', 'Oslo,1', 'Mandal,4', ''].join(eol);
      const error = await read(writeData(text)).then(
        () => null,
        (e: unknown) => e,
      );
      const hf = checkThrown(error, 'quote not closed');
      expect(hf.problems.map((p) => [p.code, p.line]), JSON.stringify(eol)).toEqual([['data.quoteNotClosed', 3]]);
    }
  });

  it('keeps __proto__ and constructor as ordinary team and rater names, with their scores', async () => {
    const inputs = await read(writeData(`team,rater,a1\n__proto__,constructor,3\n__proto__,toString,2\nconstructor,__proto__,1\nconstructor,Anne,4\n`));
    const assessments = found(inputs);
    // JSON.parse, since `{ __proto__: 1 }` in code would set a prototype, not a key.
    expect(JSON.stringify(assessments)).toBe(
      JSON.stringify([
        { team: '__proto__', date: null, kind: null, raters: ['constructor', 'toString'], ratings: { a1: { raters: { constructor: 3, toString: 2 } } } },
        { team: 'constructor', date: null, kind: null, raters: ['__proto__', 'Anne'], ratings: { a1: { raters: JSON.parse('{"__proto__":1,"Anne":4}') } } },
      ]),
    );
    expect(Object.keys(assessments[1]!.ratings.a1!.raters)).toEqual(['__proto__', 'Anne']);
    // The rater named __proto__ counts in the score: the mean of 1 and 4.
    const scored = scoreAll(inputs).assessments.find((a) => a.team === 'constructor')!;
    expect(scored.items.find((i) => i.id === 'a1')!.score).toBe(2.5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads hf-principles data with odd headers and values, or says why not', async () => {
    const text = `\ufeffEnhet;Dato;hr1: Bolig er en menneskerett;co3;HR2 - x;__proto__\r\n"Grünerløkka; Oslo";15.10.2026;4;N/A;=SUM(A1);x\r\n`;
    const file = writeData(text);
    const error = await readInputs([file], { scale: 'hf-principles' }).then(
      () => null,
      (e: unknown) => e,
    );
    const hf = checkThrown(error, 'hf-principles');
    expect(hf).toBeInstanceOf(HfError);
    expect(hf.problems.map((p) => p.code)).toEqual(['data.notNumber']);
  });
});

describe('the generator itself', () => {
  it('makes files the model can tell apart (sanity check of the model, not the reader)', () => {
    fc.assert(
      fc.property(dataFileArb(), (file) => {
        const expected = expectedAssessments(file);
        for (const a of expected) {
          expect(a.team.trim()).toBe(a.team);
          for (const [id, r] of Object.entries(a.ratings)) {
            const item = ITEMS.find((i) => i.id === id)!;
            for (const v of [...Object.values(r.raters), ...(r.consensus === undefined ? [] : [r.consensus])]) {
              if (v !== 'na') expect(v >= item.min && v <= item.max).toBe(true);
              else expect(item.na).toBe(true);
            }
          }
        }
      }),
      fuzzParams(50),
    );
  });
});
