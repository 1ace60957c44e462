// The map file (--map) for survey exports: which columns hold the meta data and the items, and
// what answer texts mean (SPEC section 5).
import { z } from 'zod';
import { HfError } from '../errors.js';
import { decodeUtf8, readInputFile } from '../files/read-input-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { schemaProblems } from '../scale/schema-problems.js';
import { MISSING, NA, normaliseLabel } from './parse-value.js';

export const MapFileSchema = z.strictObject({
  columns: z
    .strictObject({
      team: z.string().optional(),
      date: z.string().optional(),
      rater: z.string().optional(),
      kind: z.string().optional(),
      item: z.string().optional(),
      score: z.string().optional(),
      note: z.string().optional(),
    })
    .optional(),
  items: z.record(z.string(), z.string()).optional(),
  values: z.record(z.string(), z.union([z.number(), z.literal('na'), z.literal('missing')])).optional(),
});

export interface ColumnMap {
  columns: Partial<Record<'team' | 'date' | 'rater' | 'kind' | 'item' | 'score' | 'note', string>>;
  /** Item id -> column header. */
  items: Record<string, string>;
  /** Normalised answer text -> score, NA or MISSING. */
  values: Map<string, number>;
}

export const EMPTY_MAP: ColumnMap = { columns: {}, items: {}, values: new Map() };

export async function readMapFile(file: string): Promise<ColumnMap> {
  const parsed = parseYaml(decodeUtf8(await readInputFile(file, 1024 * 1024)), file);
  const result = MapFileSchema.safeParse(parsed.value ?? {}, { reportInput: true });
  if (!result.success) throw new HfError(schemaProblems(MapFileSchema, result.error.issues, parsed));
  const values = new Map<string, number>();
  for (const [text, value] of Object.entries(result.data.values ?? {})) {
    values.set(normaliseLabel(text), value === 'na' ? NA : value === 'missing' ? MISSING : value);
  }
  return { columns: result.data.columns ?? {}, items: result.data.items ?? {}, values };
}
