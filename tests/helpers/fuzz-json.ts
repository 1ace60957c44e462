// Hand edits of a JSON result for the result reader's properties (tests/fuzz/json-result.test.ts):
// a value anywhere in the result replaced by one a person might type (a score of 9, a negative
// number, 1e308, a fraction, an impossible date, a wrong type), a key deleted, an array entry given
// twice. Leaves are picked by their index in the result's walk, so a failure replays and shrinks.
import fc from 'fast-check';

export type Edit =
  | { kind: 'replace'; leaf: number; value: unknown }
  | { kind: 'delete'; leaf: number }
  | { kind: 'duplicate'; array: number };

const VALUES: unknown[] = [9, -2, -1, 0, 0.5, 1.5, 3, 5, 8, 100, 300, 1e308, -1e308, 2 ** 53, 1e-300, -0, null, true, '', 'x', 'h1', '2026-13-45', '2026-02-30', '2026-10-15', '0000-00-00', [], {}, 'na', 'rated', 'missing'];

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), leaf: fc.nat(), value: fc.constantFrom(...VALUES) }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), leaf: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), array: fc.nat() }), weight: 1 },
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every [container, key] of a leaf (a value that is not an object or array), in walk order. */
function leaves(value: Json, out: [Json[] | Record<string, Json>, string | number][] = []): [Json[] | Record<string, Json>, string | number][] {
  if (Array.isArray(value)) value.forEach((v, i) => (v !== null && typeof v === 'object' ? leaves(v, out) : out.push([value, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && typeof v === 'object') leaves(v, out);
      else out.push([value, k]);
    }
  }
  return out;
}

function arrays(value: Json, out: Json[][] = []): Json[][] {
  if (Array.isArray(value)) {
    if (value.length > 0) out.push(value);
    value.forEach((v) => arrays(v, out));
  } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) arrays(v, out);
  return out;
}

/** A copy of `result` with `edits` done. */
export function edited(result: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(result) as Json;
  for (const e of edits) {
    if (e.kind === 'duplicate') {
      const all = arrays(copy);
      if (all.length === 0) continue;
      const list = all[e.array % all.length]!;
      list.push(structuredClone(list[0]!));
      continue;
    }
    const all = leaves(copy);
    if (all.length === 0) continue;
    const [container, key] = all[e.leaf % all.length]!;
    if (e.kind === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else (container as Record<string | number, unknown>)[key] = structuredClone(e.value);
  }
  return copy;
}
