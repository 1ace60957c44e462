// The map file (--map) for survey exports: which columns hold the meta data and the items, and
// what answer texts mean (SPEC section 5). Loaded only when --map is given: it brings yaml and zod.
import { z } from 'zod';
import { HfError } from '../shared/errors.js';
import { decodeUtf8, readInputFile } from '../files/read-input-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { schemaProblems } from '../yaml/schema-problems.js';
import { MISSING, NA, normaliseLabel } from './parse-value.js';
import type { ColumnMap } from './column-map.js';

/** A column header, or a list of headers when one map serves several exports that name it differently. */
const Headers = z.union([z.string(), z.array(z.string()).min(1)]);

const MapFileSchema = z.strictObject({
  columns: z
    .strictObject({
      team: Headers.optional(),
      date: Headers.optional(),
      rater: Headers.optional(),
      kind: Headers.optional(),
      item: Headers.optional(),
      score: Headers.optional(),
      note: Headers.optional(),
      rationale: Headers.optional(),
    })
    .optional(),
  items: z.record(z.string(), Headers).optional(),
  /** Item id -> the column with the reviewers' rationale for it (SPEC 12). */
  rationales: z.record(z.string(), Headers).optional(),
  values: z.record(z.string(), z.union([z.number(), z.literal('na'), z.literal('missing')])).optional(),
});

export async function readMapFile(file: string): Promise<ColumnMap> {
  const parsed = parseYaml(decodeUtf8(await readInputFile(file, 1024 * 1024)), file);
  const result = MapFileSchema.safeParse(parsed.value ?? {}, { reportInput: true });
  if (!result.success) throw new HfError(schemaProblems(MapFileSchema, result.error.issues, parsed));
  const values = new Map<string, number>();
  for (const [text, value] of Object.entries(result.data.values ?? {})) {
    values.set(normaliseLabel(text), value === 'na' ? NA : value === 'missing' ? MISSING : value);
  }
  // Headers in NFC, as a data file's headers are read: "Bjørn" typed two ways is one header.
  const list = (headers: string | string[]) => (typeof headers === 'string' ? [headers] : headers).map((h) => h.normalize('NFC'));
  const columns = Object.fromEntries(Object.entries(result.data.columns ?? {}).map(([field, headers]) => [field, list(headers)]));
  const items = Object.fromEntries(Object.entries(result.data.items ?? {}).map(([id, headers]) => [id, list(headers)]));
  const rationales = Object.fromEntries(Object.entries(result.data.rationales ?? {}).map(([id, headers]) => [id, list(headers)]));
  return { columns, items, rationales, values };
}
