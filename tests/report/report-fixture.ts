// A small hand-made scale and assessments for the report tests: two teams, two dates, two raters,
// an N/A, a missing item, and a note with a pipe, a formula and æøå.
import type { Assessment, ItemRating } from '../../src/assessment/model.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { RenderContext } from '../../src/report/render-context.js';
import type { Domain, Item, Scale } from '../../src/scale/model.js';
import { scoreAssessments } from '../../src/scoring/score.js';
import type { Result } from '../../src/result/schema.js';

export const TRICKY_NOTE = '=SUM(A1) | leie *og* eie; æøå ÆØÅ';

function anchors(id: string): Record<string, { en: string; nb: string; da: string }> {
  return Object.fromEntries(
    [1, 2, 3, 4].map((score) => [
      String(score),
      { en: `${id} at ${score} in English`, nb: `${id} på ${score} på bokmål`, da: `${id} på ${score} på dansk` },
    ]),
  );
}

function item(id: string, domain: string, principles: string[], extra: Partial<Item> = {}): Item {
  return {
    id,
    domain,
    title: { en: `Title of ${id}`, nb: `Tittel på ${id}`, da: `Titel på ${id}` },
    question: null,
    description: null,
    anchors: anchors(id),
    principles,
    weight: 1,
    na: false,
    critical: false,
    adapted: false,
    evidence: [],
    rating: { min: 1, max: 4 },
    labels: {},
    ...extra,
  };
}

function domain(id: string, name: { en: string; nb: string; da: string }, items: Item[]): Domain {
  return { id, name, description: null, rating: { min: 1, max: 4 }, weight: 1, items };
}

const housing = domain('housing', { en: 'Housing choice', nb: 'Boligvalg', da: 'Boligvalg' }, [
  item('hc1', 'housing', ['choice'], { critical: true }),
  item('hc2', 'housing', ['choice', 'recovery']),
  item('hc3', 'housing', ['recovery']),
]);
const services = domain('services', { en: 'Services', nb: 'Tjenester', da: 'Støtte' }, [
  item('sv1', 'services', ['recovery']),
  item('sv2', 'services', ['choice'], { na: true }),
  item('sv3', 'services', ['harm-reduction']),
]);

export const scale: Scale = {
  id: 'tiny-hf',
  version: '1.0',
  name: { en: 'Tiny HF scale', nb: 'Liten HF-skala', da: 'Lille HF-skala' },
  description: null,
  source: 'Written for the tests of hf-fidelity.',
  notice: { en: 'Not an official scale.', nb: 'Ikke en offisiell skala.', da: 'Ikke en officiel skala.' },
  languages: ['en', 'nb', 'da'],
  rating: { min: 1, max: 4 },
  labels: {},
  aggregation: 'mean-of-items',
  percent: 'range',
  levelRounding: 1,
  levelNeeds: { rated: 0.8, critical: 'all' },
  principlesNote: null,
  levels: [
    {
      id: 'high',
      min: 3.5,
      minCritical: 3,
      label: { en: 'High fidelity', nb: 'Høy modelltrofasthet', da: 'Høj fidelitet' },
      description: { en: 'Keep it up.', nb: 'Fortsett slik.', da: 'Fortsæt sådan.' },
    },
    {
      id: 'fair',
      min: 2.5,
      minCritical: null,
      label: { en: 'Fair fidelity', nb: 'Middels modelltrofasthet', da: 'Middel fidelitet' },
      description: {
        en: 'Most of the model is in place.',
        nb: 'Det meste av modellen er på plass.',
        da: 'Det meste af modellen er på plads.',
      },
    },
    { id: 'low', min: null, minCritical: null, label: { en: 'Low fidelity', nb: 'Lav modelltrofasthet', da: 'Lav fidelitet' }, description: null },
  ],
  reviewEveryMonths: 6,
  principles: [
    { id: 'choice', name: { en: 'Choice', nb: 'Valgfrihet', da: 'Valgfrihed' }, description: null },
    { id: 'recovery', name: { en: 'Recovery', nb: 'Recovery', da: 'Recovery' }, description: null },
    { id: 'harm-reduction', name: { en: 'Harm reduction', nb: 'Skadereduksjon', da: 'Skadesreduktion' }, description: null },
  ],
  domains: [housing, services],
  items: [...housing.items, ...services.items],
  origin: 'test',
};

function assessment(partial: Partial<Assessment> & Pick<Assessment, 'team' | 'date' | 'ratings'>): Assessment {
  return {
    kind: 'self',
    status: 'complete',
    raters: [],
    sources: ['test.yaml'],
    strengths: [],
    recommendations: [],
    actions: [],
    ...partial,
  };
}

const rate = (raters: Record<string, number | 'na'>, extra: Partial<ItemRating> = {}): ItemRating => ({ raters, ...extra });
const agreed = (score: number | 'na', note?: string): ItemRating => ({ consensus: score, raters: {}, ...(note ? { note } : {}) });

export const assessments: Assessment[] = [
  assessment({
    team: 'Housing First Moss',
    date: '2026-01-15',
    raters: ['Anne', 'Bjørn'],
    ratings: {
      hc1: rate({ Anne: 2, Bjørn: 3 }),
      hc2: rate({ Anne: 3, Bjørn: 4 }, { consensus: 3, note: TRICKY_NOTE }),
      hc3: rate({ Anne: 4, Bjørn: 4 }),
      sv1: rate({ Anne: 1, Bjørn: 3 }),
      sv2: rate({ Anne: 'na', Bjørn: 'na' }),
      // sv3 is missing
    },
  }),
  assessment({
    team: 'Housing First Moss',
    date: '2026-07-15',
    raters: ['Anne', 'Bjørn'],
    ratings: {
      hc1: rate({ Anne: 3, Bjørn: 3 }),
      hc2: rate({ Anne: 4, Bjørn: 4 }, { note: 'Nå med egen leiekontrakt.' }),
      hc3: rate({ Anne: 3, Bjørn: 4 }),
      sv1: rate({ Anne: 2, Bjørn: 'na' }),
      sv2: rate({ Anne: 'na', Bjørn: 'na' }),
    },
    strengths: ['Ordinary leases for everyone'],
    recommendations: ['Weekly home visits'],
    actions: [{ item: 'sv1', action: 'Plan *weekly* home visits', owner: 'Åse', due: '2026-09-01' }],
  }),
  assessment({
    team: 'Rana | Nord',
    date: '2026-03-01',
    kind: 'external',
    status: 'in-progress',
    ratings: { hc1: agreed(4), hc2: agreed(4), hc3: agreed(3), sv1: agreed(2), sv2: agreed('na') },
  }),
];

export function buildResult(list: readonly Assessment[] = assessments): Result {
  return scoreAssessments(scale, list, { toolVersion: '9.9.9', scaleName: 'Tiny HF scale' });
}

export function context(lang: Lang, extra: Partial<RenderContext> = {}): RenderContext {
  return {
    scale,
    lang,
    notes: undefined,
    dialect: 'rfc4180',
    sourceDateEpoch: null,
    now: new Date(0),
    ...extra,
  };
}
