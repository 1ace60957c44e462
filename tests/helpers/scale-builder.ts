// Small resolved scales for tests: say only what a test is about, and get a full Scale with defaults.
import type { Domain, Item, Level, LevelNeeds, Principle, Range, Scale } from '../../src/scale/model.js';
import { DEFAULT_LEVEL_NEEDS } from '../../src/scale/defaults.js';
import type { Aggregation, PercentRule } from '../../src/scale/schema.js';

export interface ItemSpec {
  id: string;
  principles?: string[];
  weight?: number;
  critical?: boolean;
  na?: boolean;
  /** Defaults to the domain's rating. */
  rating?: Range;
}

export interface DomainSpec {
  id: string;
  weight?: number;
  /** Defaults to the scale's rating. */
  rating?: Range;
  /** An item spec, or just its id. */
  items: (ItemSpec | string)[];
}

export interface LevelSpec {
  id: string;
  min?: number | null;
  minCritical?: number | null;
}

export interface ScaleSpec {
  id?: string;
  version?: string;
  rating?: Range;
  aggregation?: Aggregation;
  percent?: PercentRule;
  levelRounding?: number | null;
  /** Defaults to the scale format's default: 80 % of applicable items and every core item rated. */
  levelNeeds?: LevelNeeds;
  levels?: LevelSpec[];
  reviewEveryMonths?: number | null;
  /** Defaults to every principle the items name, in the order first named. */
  principles?: string[];
  domains: DomainSpec[];
}

/** A full Scale, as the resolver would make it, from the parts a test cares about. */
export function buildScale(spec: ScaleSpec): Scale {
  const rating = spec.rating ?? { min: 1, max: 4 };
  const domains: Domain[] = spec.domains.map((domainSpec) => {
    const domainRating = domainSpec.rating ?? rating;
    const items = domainSpec.items.map((itemSpec) =>
      buildItem(typeof itemSpec === 'string' ? { id: itemSpec } : itemSpec, domainSpec.id, domainRating),
    );
    return {
      id: domainSpec.id,
      name: domainSpec.id,
      description: null,
      rating: { ...domainRating },
      weight: domainSpec.weight ?? 1,
      items,
    };
  });
  const items = domains.flatMap((domain) => domain.items);
  const principleIds = spec.principles ?? [...new Set(items.flatMap((item) => item.principles))];
  const principles: Principle[] = principleIds.map((id) => ({ id, name: id, description: null }));
  const levels: Level[] = (spec.levels ?? []).map((level) => ({
    id: level.id,
    min: level.min ?? null,
    minCritical: level.minCritical ?? null,
    label: level.id,
    description: null,
  }));
  return {
    id: spec.id ?? 'test-scale',
    version: spec.version ?? '1.0',
    name: { en: 'Test scale' },
    description: null,
    source: null,
    notice: null,
    languages: ['en'],
    rating: { ...rating },
    labels: {},
    aggregation: spec.aggregation ?? 'mean-of-items',
    percent: spec.percent ?? 'range',
    levelRounding: spec.levelRounding ?? null,
    levelNeeds: spec.levelNeeds ?? { ...DEFAULT_LEVEL_NEEDS },
    levels,
    reviewEveryMonths: spec.reviewEveryMonths ?? null,
    principles,
    principlesNote: null,
    domains,
    items,
    origin: 'test',
  };
}

function buildItem(spec: ItemSpec, domain: string, rating: Range): Item {
  return {
    id: spec.id,
    domain,
    title: spec.id,
    question: null,
    description: null,
    anchors: {},
    principles: spec.principles ?? [],
    weight: spec.weight ?? 1,
    na: spec.na ?? false,
    critical: spec.critical ?? false,
    evidence: [],
    rating: { ...(spec.rating ?? rating) },
    labels: {},
  };
}
