// A valid scale file with its defaults filled in: the model every other module uses.
import type { Text } from '../i18n/lang.js';
import type { Domain, Item, Range, Scale } from './model.js';
import type { ScaleFile } from './schema.js';
import { DEFAULT_AGGREGATION, DEFAULT_LANGUAGES, DEFAULT_LEVEL_NEEDS, DEFAULT_RATING } from './defaults.js';

function sameRange(a: Range, b: Range): boolean {
  return a.min === b.min && a.max === b.max;
}

export function resolveScale(file: ScaleFile, origin: string): Scale {
  const rating = file.rating ?? DEFAULT_RATING;
  const scaleLabels: Record<string, Text> = file.labels ?? {};
  const domains: Domain[] = file.domains.map((domain) => {
    const domainRating = domain.rating ?? rating;
    const labels = domain.labels ?? (sameRange(domainRating, rating) ? scaleLabels : {});
    const items: Item[] = domain.items.map((item) => ({
      id: item.id,
      domain: domain.id,
      title: item.title,
      question: item.question ?? null,
      description: item.description ?? null,
      anchors: item.anchors ?? {},
      principles: item.principles ?? [],
      weight: item.weight ?? 1,
      na: item.na ?? false,
      critical: item.critical ?? false,
      adapted: item.adapted ?? false,
      evidence: item.evidence ?? [],
      rating: domainRating,
      labels,
    }));
    return {
      id: domain.id,
      name: domain.name,
      description: domain.description ?? null,
      rating: domainRating,
      weight: domain.weight ?? 1,
      items,
    };
  });
  return {
    id: file.id,
    version: file.version,
    name: file.name,
    description: file.description ?? null,
    source: file.source ?? null,
    notice: file.notice ?? null,
    languages: file.languages ?? [...DEFAULT_LANGUAGES],
    rating,
    labels: scaleLabels,
    aggregation: file.aggregation ?? DEFAULT_AGGREGATION,
    percent: file.percent ?? 'range',
    levelRounding: file.levelRounding ?? null,
    levelNeeds: {
      rated: file.levelNeeds?.rated ?? DEFAULT_LEVEL_NEEDS.rated,
      critical: file.levelNeeds?.critical ?? DEFAULT_LEVEL_NEEDS.critical,
    },
    levels: (file.levels ?? []).map((level) => ({
      id: level.id,
      min: level.min ?? null,
      minCritical: level.minCritical ?? null,
      label: level.label,
      description: level.description ?? null,
    })),
    reviewEveryMonths: file.reviewEveryMonths ?? null,
    principles: (file.principles ?? []).map((p) => ({ id: p.id, name: p.name, description: p.description ?? null })),
    principlesNote: file.principlesNote ?? null,
    domains,
    items: domains.flatMap((d) => d.items),
    origin,
  };
}
