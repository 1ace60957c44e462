// The values of a result read back (`report edited.json`), checked against the scale it names: the
// schema (schema.ts, the one contract) checks the shape; this checks what only the scale knows: a
// score within its item's range, counts that add up to the scale's items, percents within 0-100,
// dates that are days of the calendar, each id once. A result hf-fidelity wrote always passes.
import type { Problem } from '../shared/errors.js';
import { problem } from '../shared/errors.js';
import { msg, type Nested } from '../shared/message-params.js';
import { ISO_DATE } from '../shared/iso-date.js';
import type { Item, Range, Scale } from '../scale/model.js';
import type { ResultRead, ResultV1 } from './schema.js';

/** Problems listed at most, as elsewhere. */
const MAX_PROBLEMS = 50;
/** Room for floating-point noise in means written with full precision. */
const EPSILON = 1e-9;

function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function span(items: readonly Item[]): Range {
  if (items.length === 0) return { min: 0, max: 0 };
  return { min: Math.min(...items.map((i) => i.rating.min)), max: Math.max(...items.map((i) => i.rating.max)) };
}

/** Every problem (the first 50) with the values of `result` against `scale`, each naming its path. */
export function checkResultValues(result: ResultRead | ResultV1, scale: Scale, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const where = { file };
  const itemById = new Map(scale.items.map((i) => [i.id, i]));
  const domainById = new Map(scale.domains.map((d) => [d.id, d]));
  const principleItems = new Map(scale.principles.map((p) => [p.id, scale.items.filter((i) => i.principles.includes(p.id))]));
  const all = span(scale.items);
  const sums = scale.aggregation === 'sum-of-items' || scale.aggregation === 'sum-of-domain-means';
  const sumMin = scale.items.reduce((s, i) => s + Math.min(i.rating.min, 0), 0);
  const sumMax = scale.items.reduce((s, i) => s + Math.max(i.rating.max, 0), 0);
  const overallRange: Range = sums ? { min: Math.min(all.min, sumMin), max: Math.max(all.max, sumMax) } : all;
  const totalRange: Range = { min: Math.min(all.min, sumMin), max: Math.max(all.max, sumMax) };

  const score = (path: string, value: number | null, range: Range, what: Nested) => {
    if (value === null) return;
    if (!Number.isFinite(value) || value < range.min - EPSILON || value > range.max + EPSILON) {
      add(problem('result.scoreOutside', { path, value, min: range.min, max: range.max, what, scale: scale.id }, where));
    }
  };
  const count = (path: string, value: number, max: number) => {
    if (!Number.isInteger(value) || value < 0 || value > max) add(problem('result.badCount', { path, value, max }, where));
  };
  const percent = (path: string, value: number | null) => {
    if (value !== null && !(value >= -EPSILON && value <= 100 + EPSILON)) add(problem('result.badPercent', { path, value }, where));
  };
  const share = (path: string, value: number | null) => {
    if (value !== null && !(value >= -EPSILON && value <= 1 + EPSILON)) add(problem('result.badPercent', { path, value }, where));
  };
  const date = (path: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && !isCalendarDate(value)) add(problem('result.badDate', { path, value }, where));
  };
  const counts = (path: string, c: { rated: number; na?: number; missing?: number }, n: number, what: Nested) => {
    count(`${path}.rated`, c.rated, n);
    if (c.na === undefined || c.missing === undefined) return;
    count(`${path}.na`, c.na, n);
    count(`${path}.missing`, c.missing, n);
    const sum = c.rated + c.na + c.missing;
    if (sum !== n) add(problem('result.countsDontAdd', { path, sum, count: n, what, scale: scale.id }, where));
  };
  const once = <T extends { id: string }>(path: string, list: readonly T[]) => {
    const first = new Map<string, number>();
    list.forEach((entry, i) => {
      const earlier = first.get(entry.id);
      if (earlier !== undefined) add(problem('result.duplicateId', { path: `${path}[${i}].id`, id: entry.id, first: `${path}[${earlier}]` }, where));
      else first.set(entry.id, i);
    });
  };

  result.assessments.forEach((a, ai) => {
    const at = `assessments[${ai}]`;
    const whole = msg('result.whatOverall');
    date(`${at}.date`, a.date);
    date(`${at}.nextDue`, a.nextDue);
    date(`${at}.change.from`, a.change?.from);
    once(`${at}.items`, a.items);
    once(`${at}.domains`, a.domains);
    once(`${at}.principles`, a.principles);

    a.items.forEach((it, ii) => {
      const item = itemById.get(it.id);
      if (!item) return;
      const path = `${at}.items[${ii}]`;
      const what = msg('result.whatItem', { id: it.id });
      score(`${path}.score`, it.score, item.rating, what);
      if ((it.status === 'rated') !== (it.score !== null)) {
        add(problem('result.statusMismatch', { path: `${path}.score`, value: String(it.score), status: it.status }, where));
      }
      score(`${path}.spread`, it.spread, { min: 0, max: item.rating.max - item.rating.min }, what);
      for (const [rater, answer] of Object.entries(it.raters)) {
        if (answer !== 'na') score(`${path}.raters.${rater}`, answer, item.rating, what);
      }
    });

    a.domains.forEach((d, di) => {
      const domain = domainById.get(d.id);
      if (!domain) return;
      const path = `${at}.domains[${di}]`;
      const what = msg('result.whatDomain', { id: d.id });
      score(`${path}.score`, d.score, span(domain.items), what);
      percent(`${path}.percent`, d.percent);
      counts(path, d, domain.items.length, what);
    });

    a.principles.forEach((p, pi) => {
      const items = principleItems.get(p.id);
      if (!items) return;
      const path = `${at}.principles[${pi}]`;
      const what = msg('result.whatPrinciple', { id: p.id });
      score(`${path}.score`, p.score, span(items), what);
      counts(path, p as { rated: number; na?: number; missing?: number }, items.length, what);
    });

    const o = a.overall;
    const n = scale.items.length;
    score(`${at}.overall.score`, o.score, overallRange, whole);
    score(`${at}.overall.itemMean`, o.itemMean, all, whole);
    score(`${at}.overall.total`, o.total, totalRange, whole);
    percent(`${at}.overall.percent`, o.percent);
    counts(`${at}.overall`, o, n, whole);
    for (const [point, c] of Object.entries(o.distribution)) count(`${at}.overall.distribution.${point}`, c, n);
    const withheld = (o as Partial<ResultRead['assessments'][number]['overall']>).levelWithheld;
    if (withheld) {
      count(`${at}.overall.levelWithheld.rated`, withheld.rated, n);
      count(`${at}.overall.levelWithheld.needed`, withheld.needed, n);
    }
    if (a.agreement) {
      count(`${at}.agreement.compared`, a.agreement.compared, n);
      share(`${at}.agreement.exact`, a.agreement.exact);
      share(`${at}.agreement.adjacent`, a.agreement.adjacent);
    }
    if (a.change) {
      const width = overallRange.max - overallRange.min;
      score(`${at}.change.overall`, a.change.overall, { min: -width, max: width }, whole);
    }
    const highlights = (a as Partial<ResultRead['assessments'][number]>).highlights;
    if (highlights) {
      count(`${at}.highlights.strengths.tiedWithLast`, highlights.strengths.tiedWithLast, n);
      count(`${at}.highlights.improve.tiedWithLast`, highlights.improve.tiedWithLast, n);
    }
  });
  return problems;
}
