// Zod issues from a parsed YAML file, turned into problems with file:line:col and a clear message.
import { z } from 'zod';
import { problem, type Problem } from '../shared/errors.js';
import { msg, type MessageKey, type Nested } from '../i18n/catalogue.js';
import type { ParsedYaml, YamlPath } from './parse-yaml.js';
import { placeOf } from './yaml-positions.js';
import { nearestKey } from './nearest-key.js';

type AnySchema = z.ZodType;

/** Follow `path` through a zod schema (objects, arrays, optionals) to the schema that holds it. */
function schemaAt(root: AnySchema, path: YamlPath): AnySchema | undefined {
  let schema: AnySchema | undefined = unwrap(root);
  for (const step of path) {
    if (!schema) return undefined;
    if (schema instanceof z.ZodArray && typeof step === 'number') schema = unwrap(schema.element as AnySchema);
    else if (schema instanceof z.ZodObject) schema = unwrap((schema.shape as Record<string, AnySchema>)[String(step)]);
    else if (schema instanceof z.ZodRecord) schema = unwrap(schema.valueType as AnySchema);
    else return undefined;
  }
  return schema;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as AnySchema;
  return current;
}

function knownKeys(root: AnySchema, path: YamlPath): string[] {
  const schema = schemaAt(root, path);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The types zod names in an `invalid_type` issue, each with its word; another type is shown by its name. */
const TYPE_WORDS = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.integer',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  record: 'type.object',
} as const satisfies Record<string, MessageKey>;

function expectedType(expected: string): string | Nested {
  return Object.hasOwn(TYPE_WORDS, expected) ? msg(TYPE_WORDS[expected as keyof typeof TYPE_WORDS]) : expected;
}

/** The catalogue keys the schemas' refinements give as their message (assessment/schema.ts). */
const REFINEMENT_KEYS = ['schema.notADate'] as const satisfies readonly MessageKey[];

function refinementKey(message: string): (typeof REFINEMENT_KEYS)[number] | undefined {
  return REFINEMENT_KEYS.find((key) => key === message);
}

function typeName(value: unknown): string | Nested {
  if (value === undefined) return msg('type.nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return msg('type.array');
  if (typeof value === 'object') return msg('type.object');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** Every zod issue as a problem placed in the file. */
export function schemaProblems(root: AnySchema, issues: readonly z.core.$ZodIssue[], parsed: ParsedYaml): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as YamlPath;
    const input = (issue as { input?: unknown }).input;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(parsed.value, path) === undefined) {
      out.push(problem('schema.required', {}, placeOf(parsed, path)));
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(root, path);
        for (const key of issue.keys) {
          const near = nearestKey(key, known);
          out.push(problem('schema.unknownKey', { key, suggestion: near ? msg('schema.didYouMean', { key: near }) : '' }, placeOf(parsed, path, key)));
        }
        break;
      }
      case 'invalid_type':
        out.push(problem('schema.expectedType', { expected: expectedType(issue.expected), got: typeName(input) }, placeOf(parsed, path)));
        break;
      case 'invalid_union':
        out.push(problem('schema.expectedText', {}, placeOf(parsed, path)));
        break;
      case 'invalid_value':
        out.push(problem('schema.expectedOneOf', { values: issue.values.map((v) => String(v)).join(', '), got: typeName(input) }, placeOf(parsed, path)));
        break;
      case 'too_small':
        out.push(problem('schema.tooSmall', { minimum: String(issue.minimum), unit: issue.origin === 'array' ? msg('unit.items') : issue.origin === 'string' ? msg('unit.chars') : '' }, placeOf(parsed, path)));
        break;
      case 'too_big':
        out.push(problem('schema.tooBig', { maximum: String(issue.maximum), unit: issue.origin === 'array' ? msg('unit.items') : issue.origin === 'string' ? msg('unit.chars') : '' }, placeOf(parsed, path)));
        break;
      case 'invalid_format': {
        const key = refinementKey(issue.message);
        out.push(key ? problem(key, { got: typeName(input) }, placeOf(parsed, path)) : problem('schema.badFormat', { got: typeName(input), expected: issue.message }, placeOf(parsed, path)));
        break;
      }
      default: {
        // A refinement names its message by catalogue key; anything else is shown as zod says it.
        const key = refinementKey(issue.message);
        out.push(key ? problem(key, { got: typeName(input) }, placeOf(parsed, path)) : problem('schema.invalid', { detail: issue.message }, placeOf(parsed, path)));
      }
    }
  }
  // One value can fail two checks that say the same (a date's pattern and its calendar check).
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.code}\u0000${p.path}\u0000${p.line}\u0000${p.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
