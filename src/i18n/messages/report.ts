// Messages of the reports: headings, labels and sentences in en, nb and da. Any renderer may use them;
// importing this module registers them with the catalogue.
import { registerMessages, type MessageTable } from '../catalogue.js';

export const reportMessages = {
  // Titles and what an assessment is
  'report.title.several': {
    en: 'Fidelity report: {scale}',
    nb: 'Rapport om modelltrofasthet: {scale}',
    da: 'Fidelitetsrapport: {scale}',
  },
  'report.kind.self': { en: 'Self-assessment', nb: 'Egenvurdering', da: 'Selvevaluering' },
  'report.kind.external': { en: 'External review', nb: 'Ekstern vurdering', da: 'Ekstern vurdering' },
  'report.kind.unknown': { en: 'Kind not stated', nb: 'Type ikke oppgitt', da: 'Type ikke angivet' },
  'report.meta.scale': { en: 'Scale', nb: 'Skala', da: 'Skala' },
  'report.meta.date': { en: 'Date', nb: 'Dato', da: 'Dato' },
  'report.meta.kind': { en: 'Kind', nb: 'Type vurdering', da: 'Type vurdering' },
  'report.meta.raters': { en: 'Raters', nb: 'Vurderere', da: 'Bedømmere' },
  'report.warning': { en: 'Warning', nb: 'Advarsel', da: 'Advarsel' },
  'report.inProgress': {
    en: 'This assessment is not finished yet. The scores may still change.',
    nb: 'Denne vurderingen er ikke ferdig ennå. Skårene kan fortsatt endre seg.',
    da: 'Denne vurdering er ikke færdig endnu. Scorerne kan stadig ændre sig.',
  },

  // Summary
  'report.summary': { en: 'Summary', nb: 'Sammendrag', da: 'Resumé' },
  'report.scoreOf': { en: '{score} of {max}', nb: '{score} av {max}', da: '{score} ud af {max}' },
  'report.sentence.level': {
    en: 'The team scores {result}, which is {level}: {description}',
    nb: 'Teamet skårer {result}, som er {level}: {description}',
    da: 'Teamet scorer {result}, hvilket er {level}: {description}',
  },
  'report.sentence.levelOnly': {
    en: 'The team scores {result}, which is {level}.',
    nb: 'Teamet skårer {result}, som er {level}.',
    da: 'Teamet scorer {result}, hvilket er {level}.',
  },
  'report.sentence.noLevel': {
    en: 'The team scores {result}.',
    nb: 'Teamet skårer {result}.',
    da: 'Teamet scorer {result}.',
  },
  'report.sentence.noScore': {
    en: 'There is no overall score yet: too few items are rated.',
    nb: 'Det finnes ingen totalskår ennå: for få indikatorer er skåret.',
    da: 'Der er endnu ingen samlet score: for få indikatorer er scoret.',
  },
  'report.label.overall': { en: 'Overall score', nb: 'Totalskår', da: 'Samlet score' },
  'report.label.percent': { en: 'Percent', nb: 'Prosent', da: 'Procent' },
  'report.label.level': { en: 'Level', nb: 'Nivå', da: 'Niveau' },
  'report.label.completeness': { en: 'Completeness', nb: 'Fullstendighet', da: 'Fuldstændighed' },
  'report.completeness': {
    en: '{rated} of {total} items rated, {na}, {missing} missing; the scores rest on the rated items.',
    nb: '{rated} av {total} indikatorer skåret, {na}, {missing} mangler; skårene bygger på de skårede indikatorene.',
    da: '{rated} ud af {total} indikatorer scoret, {na}, {missing} mangler; scorerne bygger på de scorede indikatorer.',
  },
  'report.naCount': {
    en: '{count} not applicable',
    nb: { one: '{count} ikke aktuell', other: '{count} ikke aktuelle' },
    da: { one: '{count} ikke relevant', other: '{count} ikke relevante' },
  },
  'report.label.critical': {
    en: 'Core items holding the level down',
    nb: 'Kjerneindikatorer som holder nivået nede',
    da: 'Kerneindikatorer, der holder niveauet nede',
  },
  'report.label.nextDue': { en: 'Next assessment due', nb: 'Neste vurdering innen', da: 'Næste vurdering senest' },

  // Domains and principles
  'report.domains': { en: 'Domains', nb: 'Områder', da: 'Områder' },
  'report.principles': {
    en: 'Housing First principles',
    nb: 'Housing First-prinsippene',
    da: 'Housing First-principperne',
  },
  'report.col.domain': { en: 'Domain', nb: 'Område', da: 'Område' },
  'report.col.principle': { en: 'Principle', nb: 'Prinsipp', da: 'Princip' },
  'report.col.score': { en: 'Score', nb: 'Skår', da: 'Score' },
  'report.col.percent': { en: 'Percent', nb: 'Prosent', da: 'Procent' },
  'report.col.rated': { en: 'Rated', nb: 'Skåret', da: 'Scoret' },
  'report.col.na': { en: 'N/A', nb: 'Ikke aktuelt', da: 'Ikke relevant' },
  'report.col.missing': { en: 'Missing', nb: 'Mangler', da: 'Mangler' },
  'report.col.ratedItems': { en: 'Rated items', nb: 'Skårede indikatorer', da: 'Scorede indikatorer' },

  // Strengths and what to improve
  'report.strengths': { en: 'Strengths', nb: 'Styrker', da: 'Styrker' },
  'report.strengths.intro': {
    en: 'The highest-scoring items:',
    nb: 'Indikatorene med høyest skår:',
    da: 'Indikatorerne med den højeste score:',
  },
  'report.strengths.none': {
    en: 'No item scores in the upper half of its range yet.',
    nb: 'Ingen indikatorer skårer ennå i øvre halvdel av skalaen.',
    da: 'Ingen indikatorer scorer endnu i den øvre halvdel af skalaen.',
  },
  'report.strengths.noted': {
    en: 'Strengths noted in the assessment',
    nb: 'Styrker notert i vurderingen',
    da: 'Styrker noteret i vurderingen',
  },
  'report.improve': { en: 'Areas to improve', nb: 'Forbedringsområder', da: 'Forbedringsområder' },
  'report.improve.intro': {
    en: 'The lowest-scoring items, each with the next step up:',
    nb: 'Indikatorene med lavest skår, hver med neste steg:',
    da: 'Indikatorerne med den laveste score, hver med næste skridt:',
  },
  'report.improve.none': {
    en: 'Every rated item is at the top of its range.',
    nb: 'Alle skårede indikatorer har toppskår.',
    da: 'Alle scorede indikatorer har topscore.',
  },
  'report.improve.next': {
    en: 'Next step (score {score}): “{anchor}”',
    nb: 'Neste steg (skår {score}): «{anchor}»',
    da: 'Næste skridt (score {score}): »{anchor}«',
  },
  'report.improve.nextNoAnchor': {
    en: 'Next step: reach score {score}.',
    nb: 'Neste steg: nå skår {score}.',
    da: 'Næste skridt: nå score {score}.',
  },
  'report.recommendations': { en: 'Recommendations', nb: 'Anbefalinger', da: 'Anbefalinger' },

  // Items
  'report.items': { en: 'Items by domain', nb: 'Indikatorer per område', da: 'Indikatorer pr. område' },
  'report.col.item': { en: 'Item', nb: 'Indikator', da: 'Indikator' },
  'report.col.title': { en: 'Title', nb: 'Tittel', da: 'Titel' },
  'report.col.spread': { en: 'Spread', nb: 'Spredning', da: 'Spredning' },
  'report.col.note': { en: 'Note', nb: 'Notat', da: 'Note' },
  'report.value.na': { en: 'N/A', nb: 'ikke aktuelt', da: 'ikke relevant' },
  'report.value.missing': { en: 'missing', nb: 'mangler', da: 'mangler' },
  'report.value.none': { en: 'none', nb: 'ingen', da: 'ingen' },

  // Agreement
  'report.agreement': { en: 'Rater agreement', nb: 'Samsvar mellom vurderere', da: 'Enighed mellem bedømmere' },
  'report.agreement.raters': { en: 'Raters', nb: 'Vurderere', da: 'Bedømmere' },
  'report.agreement.compared': {
    en: 'Items scored by two or more raters',
    nb: 'Indikatorer skåret av to eller flere vurderere',
    da: 'Indikatorer scoret af to eller flere bedømmere',
  },
  'report.agreement.exact': { en: 'Exact agreement', nb: 'Helt enige', da: 'Helt enige' },
  'report.agreement.adjacent': { en: 'Within one point', nb: 'Innenfor ett poeng', da: 'Inden for ét point' },
  'report.agreement.discuss': {
    en: 'Items to discuss (two points apart or more)',
    nb: 'Indikatorer å drøfte (to poeng eller mer fra hverandre)',
    da: 'Indikatorer at drøfte (to point eller mere fra hinanden)',
  },
  'report.agreement.applicability': {
    en: 'Applicability (some raters said N/A, others gave a score)',
    nb: 'Relevans (noen sa ikke aktuelt, andre ga en skår)',
    da: 'Relevans (nogle sagde ikke relevant, andre gav en score)',
  },

  // Change and next assessment
  'report.change': { en: 'Change since last time', nb: 'Endring siden sist', da: 'Ændring siden sidst' },
  'report.label.total': { en: 'Sum of item scores', nb: 'Sum av indikatorskårene', da: 'Sum af indikatorscorerne' },
  'report.total': { en: '{total} of {max}', nb: '{total} av {max}', da: '{total} af {max}' },
  'report.totalOfRated': {
    en: '{total} of {max} (the {rated} rated items)',
    nb: '{total} av {max} (de {rated} skårede indikatorene)',
    da: '{total} af {max} (de {rated} scorede indikatorer)',
  },
  'report.label.topShare': { en: 'Items at {point} or above', nb: 'Indikatorer på {point} eller høyere', da: 'Indikatorer på {point} eller derover' },
  'report.topShare': { en: '{percent} ({count} of {rated})', nb: '{percent} ({count} av {rated})', da: '{percent} ({count} af {rated})' },
  'report.itemChange': { en: 'Items that changed', nb: 'Indikatorer som har endret seg', da: 'Indikatorer, der har ændret sig' },
  'report.itemChange.summary': {
    en: 'Items scored both times: {up} up, {down} down, {same} unchanged.',
    nb: 'Indikatorer skåret begge gangene: {up} opp, {down} ned, {same} uendret.',
    da: 'Indikatorer scoret begge gange: {up} op, {down} ned, {same} uændret.',
  },
  'report.itemChange.up': { en: 'Up', nb: 'Opp', da: 'Op' },
  'report.itemChange.down': { en: 'Down', nb: 'Ned', da: 'Ned' },
  'report.change.sentence': {
    en: 'Since {from}, the overall score has changed by {change}, from {before} to {now}.',
    nb: 'Siden {from} har totalskåren endret seg med {change}, fra {before} til {now}.',
    da: 'Siden {from} har den samlede score ændret sig med {change}, fra {before} til {now}.',
  },
  'report.change.noOverall': {
    en: 'Compared with {from}; the overall score cannot be compared, because one of them has none.',
    nb: 'Sammenlignet med {from}; totalskåren kan ikke sammenlignes, fordi en av dem mangler.',
    da: 'Sammenlignet med {from}; den samlede score kan ikke sammenlignes, fordi en af dem mangler.',
  },
  'report.col.change': { en: 'Change', nb: 'Endring', da: 'Ændring' },
  'report.nextDue': { en: 'Next assessment', nb: 'Neste vurdering', da: 'Næste vurdering' },
  'report.nextDue.sentence': {
    en: 'The next assessment is due by {date}.',
    nb: 'Neste vurdering bør gjøres innen {date}.',
    da: 'Næste vurdering bør foretages senest {date}.',
  },

  // Action plan
  'report.actions': { en: 'Action plan', nb: 'Tiltaksplan', da: 'Handlingsplan' },
  'report.col.action': { en: 'Action', nb: 'Tiltak', da: 'Tiltag' },
  'report.col.owner': { en: 'Responsible', nb: 'Ansvarlig', da: 'Ansvarlig' },
  'report.col.due': { en: 'Due', nb: 'Frist', da: 'Frist' },

  // Several assessments
  'report.comparison': { en: 'Comparison across teams', nb: 'Sammenligning av team', da: 'Sammenligning af teams' },
  'report.comparison.intro': {
    en: 'The latest assessment of each team.',
    nb: 'Den siste vurderingen av hvert team.',
    da: 'Den seneste vurdering af hvert team.',
  },
  'report.trend': { en: 'Trend per team', nb: 'Utvikling per team', da: 'Udvikling pr. team' },
  'report.trend.intro': {
    en: "Each team's assessments over time. The change is against the team's previous assessment of the same kind.",
    nb: 'Hvert teams vurderinger over tid. Endringen er mot teamets forrige vurdering av samme type.',
    da: 'Hvert teams vurderinger over tid. Ændringen er i forhold til teamets forrige vurdering af samme type.',
  },
  'report.col.team': { en: 'Team', nb: 'Team', da: 'Team' },
  'report.col.date': { en: 'Date', nb: 'Dato', da: 'Dato' },
  'report.col.kind': { en: 'Kind', nb: 'Type', da: 'Type' },
  'report.col.level': { en: 'Level', nb: 'Nivå', da: 'Niveau' },

  // Method
  'report.method': { en: 'Method', nb: 'Metode', da: 'Metode' },
  'report.method.scale': { en: 'Scale', nb: 'Skala', da: 'Skala' },
  'report.method.scaleValue': {
    en: '{name} (id {id}, version {version})',
    nb: '{name} (id {id}, versjon {version})',
    da: '{name} (id {id}, version {version})',
  },
  'report.method.source': { en: 'Source', nb: 'Kilde', da: 'Kilde' },
  'report.method.notice': { en: 'About the scale', nb: 'Om skalaen', da: 'Om skalaen' },
  'report.method.aggregation': { en: 'Overall score', nb: 'Totalskår', da: 'Samlet score' },
  'report.aggregation.mean-of-items': {
    en: 'the mean of all rated items, weighted by item weight.',
    nb: 'gjennomsnittet av alle skårede indikatorer, vektet etter indikatorenes vekt.',
    da: 'gennemsnittet af alle scorede indikatorer, vægtet efter indikatorernes vægt.',
  },
  'report.aggregation.mean-of-domains': {
    en: 'the mean of the domain scores, weighted by domain weight; each domain score is the mean of its rated items.',
    nb: 'gjennomsnittet av områdeskårene, vektet etter områdenes vekt; hver områdeskår er gjennomsnittet av områdets skårede indikatorer.',
    da: 'gennemsnittet af områdescorerne, vægtet efter områdernes vægt; hver områdescore er gennemsnittet af områdets scorede indikatorer.',
  },
  'report.aggregation.sum-of-domain-means': {
    en: 'the sum of the domain scores, each the mean of its rated items; there is no overall score while a domain has no rated item.',
    nb: 'summen av områdeskårene, der hver er gjennomsnittet av områdets skårede indikatorer; det blir ingen totalskår så lenge et område mangler skårede indikatorer.',
    da: 'summen af områdescorerne, der hver er gennemsnittet af områdets scorede indikatorer; der er ingen samlet score, så længe et område mangler scorede indikatorer.',
  },
  'report.aggregation.sum-of-items': {
    en: 'the sum of the rated items.',
    nb: 'summen av de skårede indikatorene.',
    da: 'summen af de scorede indikatorer.',
  },
  'report.method.percent': { en: 'Percent', nb: 'Prosent', da: 'Procent' },
  'report.percent.range': {
    en: 'how far the score lies between the lowest and the highest possible score: (score - lowest) / (highest - lowest) × 100.',
    nb: 'hvor langt skåren ligger mellom lavest og høyest mulige skår: (skår - lavest) / (høyest - lavest) × 100.',
    da: 'hvor langt scoren ligger mellem den lavest og den højest mulige score: (score - lavest) / (højest - lavest) × 100.',
  },
  'report.percent.max': {
    en: 'the score as a share of the highest possible score: score / highest × 100.',
    nb: 'skåren som andel av høyest mulige skår: skår / høyest × 100.',
    da: 'scoren som andel af den højest mulige score: score / højest × 100.',
  },
  'report.method.na': { en: 'Not applicable and missing', nb: 'Ikke aktuelt og manglende', da: 'Ikke relevant og manglende' },
  'report.method.naText': {
    en: 'Items rated not applicable are listed but weigh nothing: they are left out of every mean and sum. Missing items are left out too, and counted, so the scores rest on the rated items.',
    nb: 'Indikatorer som er vurdert som ikke aktuelle, vises, men teller ikke: de holdes utenfor alle gjennomsnitt og summer. Manglende indikatorer holdes også utenfor og telles, slik at skårene bygger på de skårede indikatorene.',
    da: 'Indikatorer, der er vurderet som ikke relevante, vises, men tæller ikke: de holdes uden for alle gennemsnit og summer. Manglende indikatorer holdes også uden for og tælles, så scorerne bygger på de scorede indikatorer.',
  },
  'report.method.levels': { en: 'Levels', nb: 'Nivåer', da: 'Niveauer' },
  'report.level.from': { en: '{label}: from {min}', nb: '{label}: fra {min}', da: '{label}: fra {min}' },
  'report.level.critical': {
    en: '{rule}, with every rated core item at {min} or more',
    nb: '{rule}, med alle skårede kjerneindikatorer på {min} eller mer',
    da: '{rule}, med alle scorede kerneindikatorer på {min} eller mere',
  },
  'report.level.rest': { en: '{label}: below that', nb: '{label}: under dette', da: '{label}: under dette' },
  'report.level.below': { en: '{label}: below {min}', nb: '{label}: under {min}', da: '{label}: under {min}' },
  'report.level.any': { en: '{label}: any score', nb: '{label}: alle skårer', da: '{label}: alle scorer' },
  'report.level.rounding': {
    en: { one: 'The overall score is rounded to {count} decimal before the level is set.', other: 'The overall score is rounded to {count} decimals before the level is set.' },
    nb: { one: 'Totalskåren rundes av til {count} desimal før nivået settes.', other: 'Totalskåren rundes av til {count} desimaler før nivået settes.' },
    da: { one: 'Den samlede score afrundes til {count} decimal, før niveauet fastsættes.', other: 'Den samlede score afrundes til {count} decimaler, før niveauet fastsættes.' },
  },
  'report.method.tool': { en: 'Made with', nb: 'Laget med', da: 'Lavet med' },
  'report.method.notesLeftOut': {
    en: "Notes and individual raters' scores are left out of this report.",
    nb: 'Notater og den enkelte vurderers skårer er utelatt fra denne rapporten.',
    da: 'Noter og den enkelte bedømmers scorer er udeladt i denne rapport.',
  },
  'report.warnings': {
    en: 'Warnings while reading the data',
    nb: 'Advarsler under innlesing av dataene',
    da: 'Advarsler under indlæsning af data',
  },

  // The review report's own parts (SPEC 12): key messages, barriers, follow-up, how the review was made.
  'review.keyMessages': { en: 'Key messages', nb: 'Hovedbudskap', da: 'Hovedbudskaber' },
  'review.report': { en: 'From the review', nb: 'Fra vurderingen', da: 'Fra vurderingen' },
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

registerMessages(reportMessages);
