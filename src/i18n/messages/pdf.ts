// The words only the PDF report prints, in en, nb and da; registered with the catalogue when the PDF
// renderer loads (it is loaded only for --format pdf). Headings, column names and method texts it
// shares with the Markdown report are the report's own (report.ts).
import { registerMessages, type MessageTable } from '../catalogue.js';

export const pdfMessages = {
  // Document and page furniture
  'pdf.reportTitle': { en: 'Fidelity report', nb: 'Rapport om modelltrofasthet', da: 'Fidelitetsrapport' },
  'pdf.docTitle': {
    en: 'Fidelity report: {team}, {date}',
    nb: 'Rapport om modelltrofasthet: {team}, {date}',
    da: 'Fidelitetsrapport: {team}, {date}',
  },
  'pdf.docTitleTeam': {
    en: 'Fidelity report: {team}, {assessments} assessments',
    nb: 'Rapport om modelltrofasthet: {team}, {assessments} vurderinger',
    da: 'Fidelitetsrapport: {team}, {assessments} vurderinger',
  },
  'pdf.docTitleMany': {
    en: 'Fidelity report: {teams} teams, {assessments} assessments',
    nb: 'Rapport om modelltrofasthet: {teams} team, {assessments} vurderinger',
    da: 'Fidelitetsrapport: {teams} teams, {assessments} vurderinger',
  },
  'pdf.page': { en: 'Page {page} of {pages}', nb: 'Side {page} av {pages}', da: 'Side {page} af {pages}' },
  'pdf.noAssessments': {
    en: 'The result holds no assessments, so there is nothing to report.',
    nb: 'Resultatet inneholder ingen vurderinger, så det er ingenting å rapportere.',
    da: 'Resultatet indeholder ingen vurderinger, så der er intet at rapportere.',
  },

  // Kind and status
  'pdf.kindSays.self': {
    en: 'The team assessed its own work.',
    nb: 'Teamet har vurdert sitt eget arbeid.',
    da: 'Teamet har vurderet sit eget arbejde.',
  },
  'pdf.kindSays.external': {
    en: 'Reviewers from outside the team assessed its work.',
    nb: 'Fagpersoner utenfor teamet har vurdert arbeidet.',
    da: 'Fagpersoner uden for teamet har vurderet arbejdet.',
  },
  'pdf.kindSays.unknown': {
    en: 'The data does not say whether this is a self-assessment or an external review.',
    nb: 'Dataene sier ikke om dette er en egenvurdering eller en ekstern vurdering.',
    da: 'Data siger ikke, om dette er en selvevaluering eller en ekstern vurdering.',
  },
  'pdf.inProgress': { en: 'In progress', nb: 'Under arbeid', da: 'Ikke afsluttet' },
  'pdf.inProgressSays': {
    en: 'This assessment is not finished yet; the scores may still change.',
    nb: 'Denne vurderingen er ikke ferdig ennå; skårene kan fortsatt endre seg.',
    da: 'Denne vurdering er ikke færdig endnu; scorerne kan stadig ændre sig.',
  },
  'pdf.raters.one': { en: '1 rater', nb: '1 vurderer', da: '1 bedømmer' },
  'pdf.raters.many': { en: '{count} raters', nb: '{count} vurderere', da: '{count} bedømmere' },
  'pdf.raters.named': { en: 'Raters: {names}', nb: 'Vurderere: {names}', da: 'Bedømmere: {names}' },

  // Page one
  'pdf.overall': { en: 'Overall score', nb: 'Totalskår', da: 'Samlet score' },
  'pdf.of': { en: 'of {max}', nb: 'av {max}', da: 'af {max}' },
  'pdf.scoreOf': { en: '{score} of {max}', nb: '{score} av {max}', da: '{score} af {max}' },
  'pdf.percentOfScale': {
    en: '{percent} of the scale',
    nb: '{percent} av skalaen',
    da: '{percent} af skalaen',
  },
  'pdf.noScore': {
    en: 'No score: no item is rated yet.',
    nb: 'Ingen skår: ingen indikatorer er skåret ennå.',
    da: 'Ingen score: ingen indikatorer er scoret endnu.',
  },
  'pdf.noLevel': { en: 'No level', nb: 'Intet nivå', da: 'Intet niveau' },
  'pdf.complete': { en: 'How complete', nb: 'Hvor komplett', da: 'Hvor fuldstændig' },
  'pdf.completeRated': {
    en: '{rated} of {total} items rated',
    nb: '{rated} av {total} indikatorer skåret',
    da: '{rated} af {total} indikatorer scoret',
  },
  'pdf.completeShort': { en: '{rated} of {total} rated', nb: '{rated} av {total} skåret', da: '{rated} af {total} scoret' },
  'pdf.completeRest': {
    en: '{na}, {missing} missing',
    nb: '{na}, {missing} mangler',
    da: '{na}, {missing} mangler',
  },
  'pdf.restsOnRated': {
    en: 'The scores rest on the {rated} rated items.',
    nb: 'Skårene bygger på de {rated} skårede indikatorene.',
    da: 'Scorerne bygger på de {rated} scorede indikatorer.',
  },
  'pdf.changeSince': { en: 'since {date}', nb: 'siden {date}', da: 'siden {date}' },
  'pdf.changeFirst': {
    en: 'First assessment of this kind',
    nb: 'Første vurdering av denne typen',
    da: 'Første vurdering af denne type',
  },
  'pdf.changeUnknown': {
    en: 'Cannot be compared: one of the rounds has no score',
    nb: 'Kan ikke sammenlignes: en av rundene mangler skår',
    da: 'Kan ikke sammenlignes: en af runderne mangler score',
  },
  'pdf.nextDueBy': { en: 'due by {date}', nb: 'innen {date}', da: 'senest {date}' },
  'pdf.nextDueEvery': {
    en: 'The scale advises a new assessment every {months} months.',
    nb: 'Skalaen anbefaler ny vurdering hver {months}. måned.',
    da: 'Skalaen anbefaler en ny vurdering hver {months}. måned.',
  },
  'pdf.nextDueNone': { en: 'Not set', nb: 'Ikke fastsatt', da: 'Ikke fastsat' },
  'pdf.nextDueLater': {
    en: 'A later assessment exists',
    nb: 'Det finnes en senere vurdering',
    da: 'Der findes en senere vurdering',
  },
  'pdf.principles': { en: 'The principles', nb: 'Prinsippene', da: 'Principperne' },
  'pdf.principlesLead': {
    en: 'Each principle’s score is the mean of the rated items that belong to it.',
    nb: 'Skåren for hvert prinsipp er gjennomsnittet av de skårede indikatorene som hører til det.',
    da: 'Scoren for hvert princip er gennemsnittet af de scorede indikatorer, der hører til det.',
  },
  'pdf.domainsLead': {
    en: 'Each domain’s score is the mean of its rated items.',
    nb: 'Skåren for hvert område er gjennomsnittet av områdets skårede indikatorer.',
    da: 'Scoren for hvert område er gennemsnittet af områdets scorede indikatorer.',
  },
  'pdf.thisRound': { en: 'This round, {date}', nb: 'Denne runden, {date}', da: 'Denne runde, {date}' },
  'pdf.thisRoundUndated': { en: 'This round', nb: 'Denne runden', da: 'Denne runde' },
  'pdf.lastRound': { en: 'Last round, {date}', nb: 'Forrige runde, {date}', da: 'Forrige runde, {date}' },
  'pdf.spiderAlt': {
    en: 'Spider chart of {count} scores from {min} to {max}: {values}.',
    nb: 'Edderkoppdiagram med {count} skårer fra {min} til {max}: {values}.',
    da: 'Edderkoppediagram med {count} scorer fra {min} til {max}: {values}.',
  },
  'pdf.keyMessagesLater': {
    en: 'The key messages are under "{section}" later in the report.',
    nb: 'Hovedbudskapene står under «{section}» senere i rapporten.',
    da: 'Hovedbudskaberne står under "{section}" senere i rapporten.',
  },
  'pdf.improve': { en: 'Areas to improve', nb: 'Forbedringsområder', da: 'Forbedringsområder' },
  'pdf.nextStep': { en: 'Next step, score {score}:', nb: 'Neste steg, skår {score}:', da: 'Næste skridt, score {score}:' },
  'pdf.noStrengths': {
    en: 'No item is yet at the middle of its scale or above.',
    nb: 'Ingen indikatorer ligger ennå midt på skalaen eller høyere.',
    da: 'Ingen indikatorer ligger endnu midt på skalaen eller derover.',
  },
  'pdf.noneRated': {
    en: 'No item is rated yet.',
    nb: 'Ingen indikatorer er skåret ennå.',
    da: 'Ingen indikatorer er scoret endnu.',
  },
  'pdf.noImprovements': {
    en: 'Every rated item is at the top of its scale.',
    nb: 'Alle skårede indikatorer er på toppen av skalaen.',
    da: 'Alle scorede indikatorer er i toppen af skalaen.',
  },

  // Detail pages
  'pdf.domainsThresholds': {
    en: 'Each bar is the mean of the domain’s rated items. The levels belong to the overall score, not to a single domain, so no level lines are drawn here.',
    nb: 'Hver søyle er gjennomsnittet av områdets skårede indikatorer. Nivåene gjelder totalskåren, ikke enkeltområder, så her er det ikke tegnet inn nivålinjer.',
    da: 'Hver søjle er gennemsnittet af områdets scorede indikatorer. Niveauerne gælder den samlede score, ikke de enkelte områder, så her er der ikke tegnet niveaulinjer.',
  },
  'pdf.domainsPercent': {
    en: 'Each bar is the domain’s score in percent; Method and source says how percent is counted.',
    nb: 'Hver søyle er områdets skår i prosent; Metode og kilde forklarer hvordan prosent regnes ut.',
    da: 'Hver søjle er områdets score i procent; Metode og kilde forklarer, hvordan procent beregnes.',
  },
  'pdf.noData': { en: 'no score', nb: 'ingen skår', da: 'ingen score' },
  'pdf.barAlt': {
    en: 'Bar chart: {values}.',
    nb: 'Søylediagram: {values}.',
    da: 'Søjlediagram: {values}.',
  },
  'pdf.conclusions': { en: 'Conclusions of the assessment', nb: 'Vurderingens konklusjoner', da: 'Vurderingens konklusioner' },
  'pdf.writtenStrengths': { en: 'Strengths', nb: 'Styrker', da: 'Styrker' },
  'pdf.items': { en: 'Items', nb: 'Indikatorer', da: 'Indikatorer' },
  'pdf.itemsLead': {
    en: 'Every item of the scale, by domain. N/A: not applicable, weighs nothing. Missing: not rated.',
    nb: 'Alle indikatorene i skalaen, etter område. Ikke aktuelt: teller ikke med. Mangler: ikke skåret.',
    da: 'Alle skalaens indikatorer, efter område. Ikke relevant: tæller ikke med. Mangler: ikke scoret.',
  },
  'pdf.continued': { en: '{name} (continued)', nb: '{name} (fortsatt)', da: '{name} (fortsat)' },
  'pdf.col.id': { en: 'ID', nb: 'ID', da: 'ID' },
  'pdf.col.action': { en: 'Action', nb: 'Tiltak', da: 'Handling' },
  'pdf.na': { en: 'N/A', nb: 'Ikke aktuelt', da: 'Ikke relevant' },
  'pdf.missing': { en: 'Missing', nb: 'Mangler', da: 'Mangler' },
  'pdf.core': { en: 'Core item', nb: 'Kjerneindikator', da: 'Kerneindikator' },
  'pdf.note': { en: 'Note:', nb: 'Merknad:', da: 'Note:' },
  'pdf.agreement': { en: 'Rater agreement', nb: 'Samsvar mellom vurdererne', da: 'Enighed mellem bedømmerne' },
  'pdf.agreementLead': {
    en: '{compared} items were scored by at least two of the {raters} raters; the shares below are of those items.',
    nb: '{compared} indikatorer ble skåret av minst to av de {raters} vurdererne; andelene nedenfor gjelder disse indikatorene.',
    da: '{compared} indikatorer blev scoret af mindst to af de {raters} bedømmere; andelene nedenfor gælder disse indikatorer.',
  },
  'pdf.agreementExact': { en: 'Exactly the same score', nb: 'Nøyaktig samme skår', da: 'Præcis samme score' },
  'pdf.agreementDiscuss': {
    en: 'To discuss: two points or more apart',
    nb: 'Bør drøftes: to poeng eller mer fra hverandre',
    da: 'Bør drøftes: to point eller mere fra hinanden',
  },
  'pdf.agreementApplicability': {
    en: 'Disagree on whether the item applies',
    nb: 'Uenige om indikatoren er aktuell',
    da: 'Uenige om, hvorvidt indikatoren er relevant',
  },
  'pdf.none': { en: 'None', nb: 'Ingen', da: 'Ingen' },

  // Method
  'pdf.method': { en: 'Method and source', nb: 'Metode og kilde', da: 'Metode og kilde' },
  'pdf.methodScaleValue': { en: '{name}, version {version}', nb: '{name}, versjon {version}', da: '{name}, version {version}' },
  'pdf.methodOverall': { en: 'Overall score', nb: 'Totalskår', da: 'Samlet score' },
  'pdf.agg.mean-of-items': {
    en: 'The weighted mean of all rated items, on the items’ scale ({min} to {max}).',
    nb: 'Det vektede gjennomsnittet av alle skårede indikatorer, på indikatorenes skala ({min} til {max}).',
    da: 'Det vægtede gennemsnit af alle scorede indikatorer, på indikatorernes skala ({min} til {max}).',
  },
  'pdf.agg.mean-of-domains': {
    en: 'The weighted mean of the domain scores; each domain score is the weighted mean of its rated items.',
    nb: 'Det vektede gjennomsnittet av områdeskårene; hver områdeskår er det vektede gjennomsnittet av områdets skårede indikatorer.',
    da: 'Det vægtede gennemsnit af områdescorerne; hver områdescore er det vægtede gennemsnit af områdets scorede indikatorer.',
  },
  'pdf.agg.sum-of-domain-means': {
    en: 'The sum of the domain scores; each domain score is the weighted mean of its rated items.',
    nb: 'Summen av områdeskårene; hver områdeskår er det vektede gjennomsnittet av områdets skårede indikatorer.',
    da: 'Summen af områdescorerne; hver områdescore er det vægtede gennemsnit af områdets scorede indikatorer.',
  },
  'pdf.agg.sum-of-items': {
    en: 'The sum of all rated items.',
    nb: 'Summen av alle skårede indikatorer.',
    da: 'Summen af alle scorede indikatorer.',
  },
  'pdf.percent.range': {
    en: '(score − lowest possible) ÷ (highest possible − lowest possible) × 100, so the lowest possible score is 0 %.',
    nb: '(skår − lavest mulige) ÷ (høyest mulige − lavest mulige) × 100, slik at lavest mulige skår er 0 %.',
    da: '(score − lavest mulige) ÷ (højest mulige − lavest mulige) × 100, så den lavest mulige score er 0 %.',
  },
  'pdf.percent.max': {
    en: 'score ÷ highest possible × 100.',
    nb: 'skår ÷ høyest mulige × 100.',
    da: 'score ÷ højest mulige × 100.',
  },
  'pdf.methodPrivacy': { en: 'Privacy', nb: 'Personvern', da: 'Databeskyttelse' },
  'pdf.privacyOut': {
    en: 'Notes and each rater’s own scores are left out of this report.',
    nb: 'Merknader og den enkelte vurderers skårer er utelatt fra denne rapporten.',
    da: 'Noter og den enkelte bedømmers scorer er udeladt af denne rapport.',
  },
  'pdf.privacyIn': {
    en: 'This report includes notes and each rater’s own scores; share it with care.',
    nb: 'Denne rapporten inneholder merknader og den enkelte vurderers skårer; del den med omhu.',
    da: 'Denne rapport indeholder noter og den enkelte bedømmers scorer; del den med omtanke.',
  },
  'pdf.methodToolValue': {
    en: 'hf-fidelity {version}, {date}',
    nb: 'hf-fidelity {version}, {date}',
    da: 'hf-fidelity {version}, {date}',
  },
  'pdf.methodSources': { en: 'Data', nb: 'Data', da: 'Data' },

  // Action plan
  'pdf.actions': { en: 'Action plan', nb: 'Tiltaksplan', da: 'Handlingsplan' },
  'pdf.actionsLead': {
    en: 'What the team will do before the next assessment, and who is responsible.',
    nb: 'Hva teamet skal gjøre før neste vurdering, og hvem som har ansvaret.',
    da: 'Hvad teamet vil gøre før næste vurdering, og hvem der har ansvaret.',
  },

  // Several assessments
  'pdf.overview': { en: 'Fidelity across teams', nb: 'Modelltrofasthet i teamene', da: 'Fidelitet på tværs af teams' },
  'pdf.overviewLead': {
    en: 'The latest assessment of each of the {count} teams, scored with {scale}.',
    nb: 'Siste vurdering for hvert av de {count} teamene, skåret med {scale}.',
    da: 'Den seneste vurdering for hvert af de {count} teams, scoret med {scale}.',
  },
  'pdf.overviewChart': { en: 'Overall score by team', nb: 'Totalskår per team', da: 'Samlet score pr. team' },
  'pdf.overviewChartLead': {
    en: 'Dashed lines mark where each level begins.',
    nb: 'Stiplede linjer viser hvor hvert nivå begynner.',
    da: 'Stiplede linjer viser, hvor hvert niveau begynder.',
  },
  'pdf.trend': { en: 'Change over time', nb: 'Utvikling over tid', da: 'Udvikling over tid' },
  'pdf.trendLead': {
    en: 'The overall score at each assessment, on a common time axis. Filled dots on a thick line: self-assessments; open squares on a thin line: external reviews. Thin grey dashed lines: where each level begins ({levels}).',
    nb: 'Totalskår ved hver vurdering, på en felles tidsakse. Fylte prikker på tykk linje: egenvurderinger; åpne firkanter på tynn linje: eksterne vurderinger. Tynne, grå stiplede linjer: der hvert nivå begynner ({levels}).',
    da: 'Samlet score ved hver vurdering, på en fælles tidsakse. Udfyldte prikker på tyk linje: selvevalueringer; åbne firkanter på tynd linje: eksterne vurderinger. Tynde, grå stiplede linjer: hvor hvert niveau begynder ({levels}).',
  },
  'pdf.trendNoDates': {
    en: 'No dated assessment to draw.',
    nb: 'Ingen daterte vurderinger å vise.',
    da: 'Ingen daterede vurderinger at vise.',
  },
  'pdf.trendAlt': {
    en: 'Trend of the overall score for {team}: {values}.',
    nb: 'Utvikling i totalskåren for {team}: {values}.',
    da: 'Udvikling i samlet score for {team}: {values}.',
  },
  'pdf.historyLead': {
    en: '{count} assessments from {from} to {to}, scored with {scale}.',
    nb: '{count} vurderinger fra {from} til {to}, skåret med {scale}.',
    da: '{count} vurderinger fra {from} til {to}, scoret med {scale}.',
  },
  'pdf.allAssessments': { en: 'All assessments', nb: 'Alle vurderinger', da: 'Alle vurderinger' },
} as const satisfies MessageTable;

registerMessages(pdfMessages);
