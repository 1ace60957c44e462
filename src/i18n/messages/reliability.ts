// Messages of rater reliability (SPEC 15): Krippendorff's alpha beside the agreement of a report, and
// the `reliability` command (its help, its table, its warnings and refusals), in en, nb and da.
import type { MessageTable } from '../catalogue.js';

export const reliabilityMessages = {
  // Alpha in a report's agreement section
  'reliability.alpha.label': {
    en: "Krippendorff's alpha",
    nb: 'Krippendorffs alfa',
    da: 'Krippendorffs alfa',
  },
  'reliability.alpha.values': {
    en: '{ordinal} (ordinal), {interval} (interval)',
    nb: '{ordinal} (ordinal), {interval} (intervall)',
    da: '{ordinal} (ordinal), {interval} (interval)',
  },
  'reliability.alpha.reliable': {
    en: 'α = {alpha}: the raters agree well beyond chance. An α of 0.80 or more is usually taken as reliable, 0.667 to 0.80 as enough for tentative conclusions (Krippendorff 2004).',
    nb: 'α = {alpha}: vurdererne er langt mer samstemte enn tilfeldighetene alene gir. En α på 0,80 eller mer regnes vanligvis som pålitelig, 0,667 til 0,80 som nok til forsiktige konklusjoner (Krippendorff 2004).',
    da: 'α = {alpha}: bedømmerne er langt mere enige, end tilfældigheder alene giver. En α på 0,80 eller mere regnes normalt som pålidelig, 0,667 til 0,80 som nok til forsigtige konklusioner (Krippendorff 2004).',
  },
  'reliability.alpha.tentative': {
    en: 'α = {alpha}: the raters agree beyond chance, but only enough for tentative conclusions. 0.667 to 0.80 is usually taken as that; 0.80 or more as reliable (Krippendorff 2004).',
    nb: 'α = {alpha}: vurdererne er mer samstemte enn tilfeldighetene alene gir, men bare nok til forsiktige konklusjoner. Slik regnes 0,667 til 0,80 vanligvis; 0,80 eller mer som pålitelig (Krippendorff 2004).',
    da: 'α = {alpha}: bedømmerne er mere enige, end tilfældigheder alene giver, men kun nok til forsigtige konklusioner. Sådan regnes 0,667 til 0,80 normalt; 0,80 eller mere som pålidelig (Krippendorff 2004).',
  },
  'reliability.alpha.low': {
    en: 'α = {alpha}: the raters agree too little beyond chance to rely on the scores without talking them through. Below 0.667 is usually taken as too low even for tentative conclusions (Krippendorff 2004).',
    nb: 'α = {alpha}: vurdererne er for lite samstemte utover det tilfeldighetene gir til at skårene kan brukes uten å drøfte dem. Under 0,667 regnes vanligvis som for lavt selv for forsiktige konklusjoner (Krippendorff 2004).',
    da: 'α = {alpha}: bedømmerne er for lidt enige ud over det, tilfældigheder giver, til at scorerne kan bruges uden at drøfte dem. Under 0,667 regnes normalt som for lavt selv til forsigtige konklusioner (Krippendorff 2004).',
  },
  'reliability.alpha.noVariation': {
    en: 'No α: every score the raters gave on the items they shared is the same, so agreement cannot be told apart from chance.',
    nb: 'Ingen α: alle skårene vurdererne ga på de samme indikatorene er like, så samsvaret kan ikke skilles fra tilfeldighet.',
    da: 'Ingen α: alle scorerne, bedømmerne gav på de samme indikatorer, er ens, så enigheden kan ikke skelnes fra tilfældighed.',
  },
  'reliability.alpha.tooFew': {
    en: 'No α: no item was scored by two raters.',
    nb: 'Ingen α: ingen indikator ble skåret av to vurderere.',
    da: 'Ingen α: ingen indikator blev scoret af to bedømmere.',
  },

  // The command and its help
  'cmd.reliability': {
    en: "rater reliability across assessments: ICC, Krippendorff's alpha, weighted kappa",
    nb: 'vurderernes reliabilitet på tvers av vurderinger: ICC, Krippendorffs alfa, vektet kappa',
    da: 'bedømmernes reliabilitet på tværs af vurderinger: ICC, Krippendorffs alfa, vægtet kappa',
  },
  'opt.by': {
    en: "subjects: assessment (each rater's own overall score of each assessment) or item (every item of every assessment)",
    nb: 'enheter: assessment (hver vurderers egen totalskår for hver vurdering) eller item (hver indikator i hver vurdering)',
    da: 'enheder: assessment (hver bedømmers egen samlede score for hver vurdering) eller item (hver indikator i hver vurdering)',
  },
  'reliability.help': {
    en: `Which figure answers which question:
  Agreement on one review (do these raters score this team alike?): the report's agreement
    section, with exact agreement, within one point, and Krippendorff's alpha over its items.
  Reliability of the scale across teams (do raters rank teams alike, so that a score means the
    same in every municipality?): this command, over many assessments by the same raters.
    ICC2 (--by assessment): one rater's overall score, the raters a sample of all raters; ICC2k
      the mean of the raters. ICC1 where each team had other raters; ICC3 for these raters only
      (consistency, not absolute agreement). Shrout and Fleiss 1979; intervals McGraw and Wong
      1996.
    Krippendorff's alpha (ordinal, for scores on a rating scale): agreement beyond chance;
      missing ratings allowed.
    Weighted kappa (quadratic weights), for each pair of raters: Cohen 1968.
Usual thresholds: ICC below 0.50 poor, 0.50-0.75 moderate, 0.75-0.90 good, above 0.90
excellent, judged by the lower bound of the interval (Koo and Li 2016). Alpha 0.80 or more
reliable, 0.667-0.80 for tentative conclusions only (Krippendorff 2004). Subjects missing a
rater are left out of the ICC, with a warning, but kept for alpha and the pairs.
`,
    nb: `Hvilket tall svarer på hvilket spørsmål:
  Samsvar i én vurdering (skårer disse vurdererne dette teamet likt?): samsvarsdelen i
    rapporten, med helt enige, innenfor ett poeng og Krippendorffs alfa over indikatorene.
  Skalaens reliabilitet på tvers av team (rangerer vurdererne teamene likt, slik at en skår
    betyr det samme i alle kommuner?): denne kommandoen, over mange vurderinger av de samme
    vurdererne.
    ICC2 (--by assessment): totalskåren fra én vurderer, vurdererne et utvalg av alle vurderere;
      ICC2k snittet av vurdererne. ICC1 der hvert team hadde andre vurderere; ICC3 bare for disse
      vurdererne (konsistens, ikke absolutt samsvar). Shrout og Fleiss 1979; intervaller McGraw
      og Wong 1996.
    Krippendorffs alfa (ordinal, for skårer på en skala): samsvar utover tilfeldighet;
      manglende skårer er tillatt.
    Vektet kappa (kvadratiske vekter), for hvert par av vurderere: Cohen 1968.
Vanlige grenser: ICC under 0,50 svak, 0,50-0,75 moderat, 0,75-0,90 god, over 0,90 svært god,
bedømt etter intervallets nedre grense (Koo og Li 2016). Alfa 0,80 eller mer pålitelig,
0,667-0,80 bare til forsiktige konklusjoner (Krippendorff 2004). Enheter som mangler en
vurderer, holdes utenfor ICC, med en advarsel, men tas med i alfa og parene.
`,
    da: `Hvilket tal svarer på hvilket spørgsmål:
  Enighed i én vurdering (scorer disse bedømmere dette team ens?): enighedsafsnittet i
    rapporten, med helt enige, inden for ét point og Krippendorffs alfa over indikatorerne.
  Skalaens reliabilitet på tværs af teams (rangerer bedømmerne teamene ens, så en score betyder
    det samme i alle kommuner?): denne kommando, over mange vurderinger af de samme bedømmere.
    ICC2 (--by assessment): den samlede score fra én bedømmer, bedømmerne et udsnit af alle
      bedømmere; ICC2k gennemsnittet af bedømmerne. ICC1 hvor hvert team havde andre bedømmere;
      ICC3 kun for disse bedømmere (konsistens, ikke absolut enighed). Shrout og Fleiss 1979;
      intervaller McGraw og Wong 1996.
    Krippendorffs alfa (ordinal, for scorer på en skala): enighed ud over tilfældighed;
      manglende scorer er tilladt.
    Vægtet kappa (kvadratiske vægte), for hvert par af bedømmere: Cohen 1968.
Sædvanlige grænser: ICC under 0,50 svag, 0,50-0,75 moderat, 0,75-0,90 god, over 0,90
fremragende, bedømt efter intervallets nedre grænse (Koo og Li 2016). Alfa 0,80 eller mere
pålidelig, 0,667-0,80 kun til forsigtige konklusioner (Krippendorff 2004). Enheder, der
mangler en bedømmer, holdes uden for ICC, med en advarsel, men tages med i alfa og parrene.
`,
  },

  // Refusals and warnings
  'reliability.tooFewRaters': {
    en: 'a reliability study needs scores from two raters or more; the inputs have {count}',
    nb: 'en reliabilitetsstudie krever skårer fra to vurderere eller flere; inndataene har {count}',
    da: 'en reliabilitetsundersøgelse kræver scorer fra to bedømmere eller flere; inputtet har {count}',
  },
  'reliability.tooFewSubjects': {
    en: 'a reliability study needs two subjects or more with scores (assessments, or items with --by item); the inputs have {count}',
    nb: 'en reliabilitetsstudie krever to enheter eller flere med skårer (vurderinger, eller indikatorer med --by item); inndataene har {count}',
    da: 'en reliabilitetsundersøgelse kræver to enheder eller flere med scorer (vurderinger, eller indikatorer med --by item); inputtet har {count}',
  },
  'reliability.incomplete': {
    en: {
      one: '{count} of {subjects} subjects lacks a score from one rater or more and is left out of the ICC (alpha and the pairs keep it)',
      other: '{count} of {subjects} subjects lack a score from one rater or more and are left out of the ICC (alpha and the pairs keep them)',
    },
    nb: {
      one: '{count} av {subjects} enheter mangler skår fra én vurderer eller flere og holdes utenfor ICC (alfa og parene tar den med)',
      other: '{count} av {subjects} enheter mangler skår fra én vurderer eller flere og holdes utenfor ICC (alfa og parene tar dem med)',
    },
    da: {
      one: '{count} af {subjects} enheder mangler score fra én bedømmer eller flere og holdes uden for ICC (alfa og parrene tager den med)',
      other: '{count} af {subjects} enheder mangler score fra én bedømmer eller flere og holdes uden for ICC (alfa og parrene tager dem med)',
    },
  },

  'reliability.anonymous': {
    en: 'some raters have no name ({raters}): they are matched across assessments by the order of their rows, which need not be the same person; give the data a rater column',
    nb: 'noen vurderere har ikke navn ({raters}): de kobles på tvers av vurderinger etter rekkefølgen på radene, som ikke trenger å være samme person; gi dataene en kolonne for vurderer',
    da: 'nogle bedømmere har intet navn ({raters}): de kobles på tværs af vurderinger efter rækkefølgen af rækkerne, som ikke behøver at være samme person; giv dataene en kolonne for bedømmer',
  },

  // The table
  'reliability.table.subjectsByAssessment': {
    en: "Subjects: {count} assessments, each rater's own overall score",
    nb: 'Enheter: {count} vurderinger, hver vurderers egen totalskår',
    da: 'Enheder: {count} vurderinger, hver bedømmers egen samlede score',
  },
  'reliability.table.subjectsByItem': {
    en: 'Subjects: {count} items (every item of every assessment)',
    nb: 'Enheter: {count} indikatorer (hver indikator i hver vurdering)',
    da: 'Enheder: {count} indikatorer (hver indikator i hver vurdering)',
  },
  'reliability.table.raters': { en: 'Raters: {raters}', nb: 'Vurderere: {raters}', da: 'Bedømmere: {raters}' },
  'reliability.table.iccComplete': {
    en: 'ICC over {count} subjects scored by every rater',
    nb: 'ICC over {count} enheter skåret av alle vurdererne',
    da: 'ICC over {count} enheder scoret af alle bedømmerne',
  },
  'reliability.table.form': { en: 'Form', nb: 'Form', da: 'Form' },
  'reliability.table.value': { en: 'Value', nb: 'Verdi', da: 'Værdi' },
  'reliability.table.ci': { en: '95 % interval', nb: '95 % intervall', da: '95 % interval' },
  'reliability.table.meaning': { en: 'What it measures', nb: 'Hva den måler', da: 'Hvad den måler' },
  'reliability.form.ICC1': {
    en: 'one rater; each subject rated by other raters',
    nb: 'én vurderer; hver enhet skåret av andre vurderere',
    da: 'én bedømmer; hver enhed scoret af andre bedømmere',
  },
  'reliability.form.ICC2': {
    en: 'one rater, absolute agreement; raters a sample',
    nb: 'én vurderer, absolutt samsvar; vurdererne et utvalg',
    da: 'én bedømmer, absolut enighed; bedømmerne et udsnit',
  },
  'reliability.form.ICC3': {
    en: 'one rater, consistency; these raters only',
    nb: 'én vurderer, konsistens; bare disse vurdererne',
    da: 'én bedømmer, konsistens; kun disse bedømmere',
  },
  'reliability.form.ICC1k': {
    en: 'mean of the raters; each subject rated by other raters',
    nb: 'snitt av vurdererne; hver enhet skåret av andre vurderere',
    da: 'gennemsnit af bedømmerne; hver enhed scoret af andre bedømmere',
  },
  'reliability.form.ICC2k': {
    en: 'mean of the raters, absolute agreement; raters a sample',
    nb: 'snitt av vurdererne, absolutt samsvar; vurdererne et utvalg',
    da: 'gennemsnit af bedømmerne, absolut enighed; bedømmerne et udsnit',
  },
  'reliability.form.ICC3k': {
    en: 'mean of the raters, consistency; these raters only',
    nb: 'snitt av vurdererne, konsistens; bare disse vurdererne',
    da: 'gennemsnit af bedømmerne, konsistens; kun disse bedømmere',
  },
  'reliability.table.alpha': {
    en: "Krippendorff's alpha over {count} subjects: {values}",
    nb: 'Krippendorffs alfa over {count} enheter: {values}',
    da: 'Krippendorffs alfa over {count} enheder: {values}',
  },
  'reliability.table.pair': { en: 'Raters', nb: 'Vurderere', da: 'Bedømmere' },
  'reliability.table.exact': { en: 'Exact', nb: 'Helt enige', da: 'Helt enige' },
  'reliability.table.adjacent': { en: 'Within one point', nb: 'Innenfor ett poeng', da: 'Inden for ét point' },
  'reliability.table.kappa': { en: 'Weighted kappa', nb: 'Vektet kappa', da: 'Vægtet kappa' },
} as const satisfies MessageTable;
