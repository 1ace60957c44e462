// The tool's words: for each term one word in nb, da and en, used by every message and every built-in
// scale, and the variants that must not appear (tests/i18n/glossary.test.ts reads every text for them).
import type { Lang } from './lang.js';

export interface GlossaryTerm {
  readonly en: string;
  readonly nb: string;
  readonly da: string;
  /** Words that mean the same but are not the tool's word, per language (matched in every message). */
  readonly avoid: Readonly<Partial<Record<Lang, readonly RegExp[]>>>;
}

export const GLOSSARY = {
  fidelity: {
    en: 'fidelity',
    nb: 'modelltrofasthet',
    da: 'fidelitet',
    avoid: { nb: [/fidelitet/i], da: [/modeltroskab/i, /modeltro\b/i] },
  },
  scale: { en: 'scale', nb: 'skala', da: 'skala', avoid: { en: [/\binstrument scale\b/i] } },
  domain: {
    en: 'domain',
    nb: 'område',
    da: 'område',
    avoid: { en: [/\bsubscale/i], nb: [/domene/i], da: [/domæne/i] },
  },
  item: { en: 'item', nb: 'indikator', da: 'indikator', avoid: { en: [/\bindicator/i], nb: [/\bspørsmålet? i skalaen/i], da: [/\bpunkt i skalaen/i] } },
  coreItem: {
    en: 'core item',
    nb: 'kjerneindikator',
    da: 'kerneindikator',
    // `critical: true` and `minCritical` are the scale file's own keys, quoted as they are written.
    avoid: { en: [/(?<![`\w])critical(?!: true|`)/i], nb: [/kritisk/i], da: [/kritisk/i] },
  },
  principle: { en: 'principle', nb: 'prinsipp', da: 'princip', avoid: {} },
  anchor: { en: 'anchor', nb: 'forankring', da: 'forankring', avoid: {} },
  score: { en: 'score', nb: 'skår', da: 'score', avoid: { nb: [/\bpoengsum/i] } },
  rated: {
    en: 'rated',
    nb: 'skåret',
    da: 'scoret',
    // "vurdert" is "assessed" (har vurdert arbeidet); as the count of rated items it is "skåret".
    avoid: { nb: [/^Vurdert$/, /ikke vurdert\b/], da: [/^Vurderet$/, /ikke vurderet\b/] },
  },
  notApplicable: {
    en: 'not applicable (N/A)',
    nb: 'ikke aktuelt',
    da: 'ikke relevant',
    // Written out in sentences, agreeing with its noun ("1 ikke aktuell", "2 ikke aktuelle"); the short
    // sign beside the scores in the assess screens is N/A in every language.
    avoid: { en: [/\bnot relevant\b/i], nb: [/I\/A/, /ikke relevant/i, /^Ikke aktuell\b/, /\. Ikke aktuell\b/], da: [/\bIR\b/, /I\/R/, /ikke aktuel/i] },
  },
  missing: { en: 'missing', nb: 'mangler', da: 'mangler', avoid: {} },
  overallScore: {
    en: 'overall score',
    nb: 'totalskår',
    da: 'samlet score',
    avoid: { en: [/\btotal score/i], nb: [/samlet skår/i, /samlede skår/i], da: [/totalscore/i] },
  },
  level: { en: 'level', nb: 'nivå', da: 'niveau', avoid: {} },
  assessment: { en: 'assessment', nb: 'vurdering', da: 'vurdering', avoid: { da: [/\bevalueringen?\b/i] } },
  selfAssessment: {
    en: 'self-assessment',
    nb: 'egenvurdering',
    da: 'selvevaluering',
    avoid: { en: [/\bself assessment/i], nb: [/selvvurdering/i, /selvevaluering/i], da: [/selvvurdering/i, /egenvurdering/i] },
  },
  externalReview: {
    en: 'external review',
    nb: 'ekstern vurdering',
    da: 'ekstern vurdering',
    avoid: { en: [/\bexternal assessment/i, /\bexternal evaluation/i] },
  },
  rater: { en: 'rater', nb: 'vurderer', da: 'bedømmer', avoid: { nb: [/\bbedømmer/i], da: [/\bskårer\b/i] } },
  agreedScore: {
    en: 'agreed score',
    nb: 'felles skår',
    da: 'fælles score',
    avoid: { en: [/\bshared score/i, /\bconsensus score/i], nb: [/konsensusskår/i], da: [/konsensusscore/i] },
  },
  agreement: { en: 'agreement', nb: 'samsvar', da: 'enighed', avoid: { nb: [/\benighet/i], da: [/overensstemmelse/i] } },
  strengths: { en: 'strengths', nb: 'styrker', da: 'styrker', avoid: {} },
  areasToImprove: {
    en: 'areas to improve',
    nb: 'forbedringsområder',
    da: 'forbedringsområder',
    avoid: { en: [/what to improve next/i], nb: [/det neste å forbedre/i], da: [/det næste at forbedre/i] },
  },
  actionPlan: {
    en: 'action plan',
    nb: 'tiltaksplan',
    da: 'handlingsplan',
    avoid: { nb: [/handlingsplan/i], da: [/tiltagsplan/i, /tiltaksplan/i] },
  },
  action: { en: 'action', nb: 'tiltak', da: 'handling', avoid: {} },
  moderateFidelity: {
    en: 'fair fidelity',
    nb: 'middels modelltrofasthet',
    da: 'moderat fidelitet',
    avoid: { da: [/middel fidelitet/i, /\(middel,/] },
  },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryKey = keyof typeof GLOSSARY;
