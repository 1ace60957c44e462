// Messages of the review report (SPEC 12): the leaders' version of a report (`report --summary`).
import type { MessageTable } from '../catalogue.js';

export const reviewReportMessages = {
  'summary.option': {
    en: 'the leaders\' version: page one for each team\'s latest assessment, and a comparison when there are several teams; nothing else (md, pdf)',
    nb: 'lederversjonen: side én for hvert teams siste vurdering, og en sammenligning når det er flere team; ikke noe mer (md, pdf)',
    da: 'lederversionen: side et for hvert teams seneste vurdering og en sammenligning, når der er flere teams; intet andet (md, pdf)',
  },
  'summary.onlyDocuments': {
    en: '--summary makes the leaders\' version of a Markdown or PDF report; CSV and JSON always hold every assessment: leave --summary out, or give --format md or pdf',
    nb: '--summary lager lederversjonen av en Markdown- eller PDF-rapport; CSV og JSON har alltid alle vurderingene: utelat --summary, eller gi --format md eller pdf',
    da: '--summary laver lederversionen af en Markdown- eller PDF-rapport; CSV og JSON har altid alle vurderingerne: udelad --summary, eller angiv --format md eller pdf',
  },
  'review.keyMessages': { en: 'Key messages', nb: 'Hovedbudskap', da: 'Hovedbudskaber' },
  'review.col.rationale': { en: 'Rationale', nb: 'Begrunnelse', da: 'Begrundelse' },
  'review.col.recommendation': { en: 'Recommendation', nb: 'Anbefaling', da: 'Anbefaling' },
  'review.col.status': { en: 'Status', nb: 'Status', da: 'Status' },
  'review.status.planned': { en: 'planned', nb: 'planlagt', da: 'planlagt' },
  'review.status.started': { en: 'started', nb: 'påbegynt', da: 'påbegyndt' },
  'review.status.done': { en: 'done', nb: 'gjennomført', da: 'gennemført' },
  'review.status.dropped': { en: 'dropped', nb: 'lagt bort', da: 'opgivet' },
  'review.barriers': { en: 'Barriers the team does not control alone', nb: 'Hindringer teamet ikke rår over alene', da: 'Barrierer, som teamet ikke selv råder over' },
  'review.barrier.systemic': { en: 'Systemic', nb: 'Systemnivå', da: 'Systemniveau' },
  'review.barrier.organisational': { en: 'Organisational', nb: 'Organisasjonsnivå', da: 'Organisationsniveau' },
  'review.barrier.individual': { en: 'Individual', nb: 'Individnivå', da: 'Individniveau' },
  'review.barrier.owner': { en: 'owner: {owner}', nb: 'ansvarlig: {owner}', da: 'ansvarlig: {owner}' },
  'review.barrier.items': { en: 'items: {items}', nb: 'indikatorer: {items}', da: 'indikatorer: {items}' },
  'review.followUp': { en: 'Follow-up of the last plan', nb: 'Oppfølging av forrige tiltaksplan', da: 'Opfølgning af den forrige handlingsplan' },
  'review.followUp.done': {
    en: { one: '{done} of 1 action done.', other: '{done} of {count} actions done.' },
    nb: { one: '{done} av 1 tiltak gjennomført.', other: '{done} av {count} tiltak gjennomført.' },
    da: { one: '{done} af 1 handling gennemført.', other: '{done} af {count} handlinger gennemført.' },
  },
  'review.method': { en: 'How the review was made', nb: 'Slik ble vurderingen gjort', da: 'Sådan blev vurderingen gennemført' },
  'review.visits': { en: 'Visits', nb: 'Besøk', da: 'Besøg' },
  'review.reviewers': { en: 'Reviewers', nb: 'Vurderere', da: 'Bedømmere' },
  'review.evidence': { en: 'Evidence', nb: 'Grunnlag', da: 'Grundlag' },
  'review.evidence.staffInterviews': {
    en: { one: '1 staff interview', other: '{count} staff interviews' },
    nb: { one: '1 intervju med ansatte', other: '{count} intervjuer med ansatte' },
    da: { one: '1 interview med medarbejdere', other: '{count} interview med medarbejdere' },
  },
  'review.evidence.participantInterviews': {
    en: { one: '1 participant interview', other: '{count} participant interviews' },
    nb: { one: '1 intervju med deltakere', other: '{count} intervjuer med deltakere' },
    da: { one: '1 interview med borgere', other: '{count} interview med borgere' },
  },
  'review.evidence.partnerInterviews': {
    en: { one: '1 partner interview', other: '{count} partner interviews' },
    nb: { one: '1 intervju med samarbeidspartnere', other: '{count} intervjuer med samarbeidspartnere' },
    da: { one: '1 interview med samarbejdspartnere', other: '{count} interview med samarbejdspartnere' },
  },
  'review.evidence.recordsReviewed': {
    en: { one: '1 record reviewed', other: '{count} records reviewed' },
    nb: { one: '1 journal gjennomgått', other: '{count} journaler gjennomgått' },
    da: { one: '1 journal gennemgået', other: '{count} journaler gennemgået' },
  },
  'review.evidence.teamMeetingsObserved': {
    en: { one: '1 team meeting observed', other: '{count} team meetings observed' },
    nb: { one: '1 teammøte observert', other: '{count} teammøter observert' },
    da: { one: '1 teammøde observeret', other: '{count} teammøder observeret' },
  },
  'review.documents': { en: 'Documents', nb: 'Dokumenter', da: 'Dokumenter' },
  'review.conciliation': { en: 'Consensus agreed', nb: 'Felles skår avtalt', da: 'Fælles score aftalt' },
  'review.limitations': { en: 'Limitations', nb: 'Begrensninger', da: 'Begrænsninger' },
} as const satisfies MessageTable;
