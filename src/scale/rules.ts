// The rules a scale must keep beyond its shape (SPEC section 3): unique ids, known principles,
// anchors and labels inside the range, levels in order and reachable, weights, translations.
// Each rule returns every problem it finds, with the path it sits at.
import type { Severity } from '../shared/errors.js';
import { msg, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { YamlPath } from '../yaml/parse-yaml.js';
import type { ScaleFile } from './schema.js';
import { DEFAULT_AGGREGATION, DEFAULT_LANGUAGES, DEFAULT_RATING } from './defaults.js';

/** A problem before it is placed in the file: the loader adds file, line and column. */
export interface RuleFinding {
  severity: Severity;
  code: MessageKey;
  params: Params;
  path: YamlPath;
  /** Place the finding at this key of the mapping at `path`, rather than at its value. */
  key?: string;
  /** Another place the finding refers to (the first use of a duplicate id): its line becomes `firstLine`. */
  related?: YamlPath;
}

type Rule = (scale: ScaleFile) => RuleFinding[];


function err(code: MessageKey, params: Params, path: YamlPath, key?: string): RuleFinding {
  return { severity: 'error', code, params, path, key };
}

function itemPaths(scale: ScaleFile) {
  return scale.domains.flatMap((domain, d) =>
    domain.items.map((item, i) => ({ domain, item, path: ['domains', d, 'items', i] as YamlPath })),
  );
}

function ratingOf(scale: ScaleFile, domainIndex: number) {
  return scale.domains[domainIndex]?.rating ?? scale.rating ?? DEFAULT_RATING;
}

const uniqueIds: Rule = (scale) => {
  const findings: RuleFinding[] = [];
  const check = (what: MessageKey, entries: { id: string; path: YamlPath }[]) => {
    const first = new Map<string, YamlPath>();
    for (const entry of entries) {
      if (typeof entry.id !== 'string') continue;
      const seen = first.get(entry.id);
      if (seen) findings.push({ ...err('rule.duplicateId', { what: msg(what), id: entry.id }, entry.path, 'id'), related: seen });
      else first.set(entry.id, entry.path);
    }
  };
  check('what.domain', scale.domains.map((d, i) => ({ id: d.id, path: ['domains', i] })));
  check('what.item', itemPaths(scale).map(({ item, path }) => ({ id: item.id, path })));
  check('what.principle', (scale.principles ?? []).map((p, i) => ({ id: p.id, path: ['principles', i] })));
  check('what.level', (scale.levels ?? []).map((l, i) => ({ id: l.id, path: ['levels', i] })));
  return findings;
};

const knownPrinciples: Rule = (scale) => {
  const known = (scale.principles ?? []).map((p) => p.id);
  const findings: RuleFinding[] = [];
  for (const { item, path } of itemPaths(scale)) {
    (item.principles ?? []).forEach((id, i) => {
      if (known.includes(id)) return;
      findings.push(
        known.length === 0
          ? err('rule.noPrinciples', { id }, [...path, 'principles', i])
          : err('rule.unknownPrinciple', { id, known: known.join(', ') }, [...path, 'principles', i]),
      );
    });
  }
  return findings;
};

const rangesAndScoreKeys: Rule = (scale) => {
  const findings: RuleFinding[] = [];
  const checkRange = (range: { min: number; max: number } | undefined, path: YamlPath) => {
    if (range && range.max <= range.min) findings.push(err('rule.badRange', { min: range.min, max: range.max }, path));
  };
  const checkKeys = (texts: Record<string, unknown> | undefined, range: { min: number; max: number }, what: MessageKey, path: YamlPath) => {
    for (const key of Object.keys(texts ?? {})) {
      const score = Number(key);
      if (!Number.isInteger(score) || score < range.min || score > range.max) {
        findings.push(err('rule.scoreKeyOutOfRange', { what: msg(what), key, min: range.min, max: range.max }, path, key));
      }
    }
  };
  checkRange(scale.rating, ['rating']);
  checkKeys(scale.labels, scale.rating ?? DEFAULT_RATING, 'what.label', ['labels']);
  scale.domains.forEach((domain, d) => {
    checkRange(domain.rating, ['domains', d, 'rating']);
    checkKeys(domain.labels, ratingOf(scale, d), 'what.label', ['domains', d, 'labels']);
    domain.items.forEach((item, i) => {
      checkKeys(item.anchors, ratingOf(scale, d), 'what.anchor', ['domains', d, 'items', i, 'anchors']);
    });
  });
  return findings;
};

/** Highest overall score any set of ratings could reach, by the scale's aggregation. */
function highestPossible(scale: ScaleFile): number {
  const aggregation = scale.aggregation ?? DEFAULT_AGGREGATION;
  const domainMax = scale.domains.map((_, d) => ratingOf(scale, d).max);
  if (aggregation === 'sum-of-items') {
    return scale.domains.reduce((sum, domain, d) => sum + domain.items.length * domainMax[d]!, 0);
  }
  if (aggregation === 'sum-of-domain-means') return domainMax.reduce((a, b) => a + b, 0);
  return Math.max(...domainMax);
}

const levelsReachable: Rule = (scale) => {
  const levels = scale.levels ?? [];
  const findings: RuleFinding[] = [];
  const max = highestPossible(scale);
  const anyCritical = scale.domains.some((d) => d.items.some((i) => i.critical));
  levels.forEach((level, i) => {
    const path: YamlPath = ['levels', i];
    if (level.min === undefined && i < levels.length - 1) {
      findings.push(err('rule.levelNoMinNotLast', { id: level.id, after: levels.slice(i + 1).map((l) => l.id).join(', ') }, path, 'id'));
    }
    if (level.min !== undefined && level.min > max) {
      findings.push(err('rule.levelAboveMax', { id: level.id, min: level.min, max }, path, 'min'));
    }
    if (level.minCritical !== undefined && !anyCritical) {
      findings.push(err('rule.minCriticalNoItems', { id: level.id }, path, 'minCritical'));
    }
    const prev = levels[i - 1];
    if (!prev || prev.min === undefined || level.min === undefined) return;
    if (level.min > prev.min) {
      findings.push(err('rule.levelOrder', { id: level.id, min: level.min, prev: prev.id, prevMin: prev.min }, path, 'min'));
    } else if (level.min === prev.min) {
      // Equal thresholds make sense only when the earlier level asks more of critical items.
      const stricter = prev.minCritical !== undefined && (level.minCritical === undefined || prev.minCritical > level.minCritical);
      if (!stricter) findings.push(err('rule.levelShadowed', { id: level.id, prev: prev.id, min: level.min }, path, 'min'));
    }
  });
  return findings;
};

const weights: Rule = (scale) => {
  const findings: RuleFinding[] = [];
  if (scale.domains.length > 0 && scale.domains.every((d) => d.weight === 0)) {
    findings.push(err('rule.allWeightsZero', { where: msg('where.domains') }, ['domains']));
  }
  scale.domains.forEach((domain, d) => {
    if (domain.items.length > 0 && domain.items.every((item) => item.weight === 0)) {
      findings.push(err('rule.allWeightsZero', { where: msg('where.itemsOf', { id: domain.id }) }, ['domains', d, 'items']));
    }
  });
  return findings;
};

/** Walk every Text field of the file, with its path. */
function* texts(scale: ScaleFile): Generator<{ text: unknown; path: YamlPath }> {
  const fields = (obj: Record<string, unknown>, path: YamlPath, keys: string[]) =>
    keys.filter((k) => obj[k] !== undefined).map((k) => ({ text: obj[k], path: [...path, k] }));
  const scoreTexts = (obj: Record<string, unknown> | undefined, path: YamlPath) =>
    Object.entries(obj ?? {}).map(([k, text]) => ({ text, path: [...path, k] }));
  yield* fields(scale, [], ['name', 'description', 'notice']);
  yield* scoreTexts(scale.labels, ['labels']);
  for (const [i, level] of (scale.levels ?? []).entries()) yield* fields(level, ['levels', i], ['label', 'description']);
  for (const [i, p] of (scale.principles ?? []).entries()) yield* fields(p, ['principles', i], ['name', 'description']);
  for (const [d, domain] of scale.domains.entries()) {
    yield* fields(domain, ['domains', d], ['name', 'description']);
    yield* scoreTexts(domain.labels, ['domains', d, 'labels']);
    for (const [i, item] of domain.items.entries()) {
      const path: YamlPath = ['domains', d, 'items', i];
      yield* fields(item, path, ['title', 'question', 'description']);
      yield* scoreTexts(item.anchors, [...path, 'anchors']);
    }
  }
}

const translations: Rule = (scale) => {
  const languages = scale.languages ?? DEFAULT_LANGUAGES;
  const findings: RuleFinding[] = [];
  for (const { text, path } of texts(scale)) {
    if (typeof text !== 'object' || text === null) continue;
    const map = text as Record<string, string>;
    if (map.en === undefined && !languages.some((lang) => map[lang] !== undefined)) {
      findings.push(err('rule.noEnglish', {}, path));
      continue;
    }
    for (const lang of languages) {
      if (map[lang] === undefined) findings.push({ severity: 'warning', code: 'rule.missingTranslation', params: { lang }, path });
    }
  }
  return findings;
};

/**
 * Items in all, at most: a scale every command can use whole. Its data sheet (`template`: four
 * columns and one per item) stays under the 5,000 columns a data file may have, and a PDF of
 * several assessments of it stays within memory on a small machine.
 */
export const MAX_ITEMS = 4000;

const itemCount: Rule = (scale) => {
  const count = scale.domains.reduce((sum, domain) => sum + domain.items.length, 0);
  return count > MAX_ITEMS ? [err('rule.tooManyItems', { count, limit: MAX_ITEMS }, ['domains'])] : [];
};

const SCALE_RULES: readonly Rule[] = [itemCount, uniqueIds, knownPrinciples, rangesAndScoreKeys, levelsReachable, weights, translations];

/**
 * Every finding of every rule. With `malformed`, the file failed the schema: rules run on what
 * is there, and one that trips over a malformed part is skipped rather than crashing the check.
 */
export function checkScaleRules(scale: ScaleFile, malformed = false): RuleFinding[] {
  if (!malformed) return SCALE_RULES.flatMap((rule) => rule(scale));
  const safe = sanitize(scale);
  return SCALE_RULES.flatMap((rule) => {
    try {
      return rule(safe);
    } catch {
      return [];
    }
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keep the parts of a malformed file whose shape the rules rely on (arrays of mappings with ids). */
function sanitize(raw: ScaleFile): ScaleFile {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const domains = list(raw.domains).map((d) => (isObject(d) ? { ...d, items: list(d.items).map((i) => (isObject(i) ? i : {})) } : { items: [] }));
  return { ...raw, domains, levels: list(raw.levels).map((l) => (isObject(l) ? l : {})), principles: list(raw.principles).map((p) => (isObject(p) ? p : {})) } as ScaleFile;
}
