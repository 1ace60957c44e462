// Messages about reading assessment and data files (CSV, xlsx, map files).
import type { MessageTable } from '../catalogue.js';

export const inputMessages = {
  'assessment.otherScale': {
    en: 'this assessment uses the scale "{id}", but the scale loaded is "{expected}"; score files of one scale together',
    nb: 'denne vurderingen bruker skalaen «{id}», men skalaen som er lastet er «{expected}»; skår filer med samme skala sammen',
    da: 'denne vurdering bruger skalaen »{id}«, men den indlæste skala er »{expected}«; scor filer med samme skala sammen',
  },
  'assessment.scaleVersion': {
    en: 'written with scale version {version}; scored with version {loaded}',
    nb: 'skrevet med skalaversjon {version}; skåret med versjon {loaded}',
    da: 'skrevet med skalaversion {version}; scoret med version {loaded}',
  },
  'assessment.unknownItem': {
    en: 'the scale "{scale}" has no item "{id}"',
    nb: 'skalaen «{scale}» har ingen indikator «{id}»',
    da: 'skalaen »{scale}« har ingen indikator »{id}«',
  },
  'assessment.naNotAllowed': {
    en: 'item {item} cannot be rated not applicable',
    nb: 'indikator {item} kan ikke vurderes som ikke aktuell',
    da: 'indikator {item} kan ikke vurderes som ikke relevant',
  },
  'assessment.outOfRange': {
    en: 'item {item}: {value} is outside {min}-{max}',
    nb: 'indikator {item}: {value} er utenfor {min}-{max}',
    da: 'indikator {item}: {value} ligger uden for {min}-{max}',
  },
  'assessment.naAndScore': {
    en: 'item {item} has both a score and na: true; keep one',
    nb: 'indikator {item} har både skår og na: true; behold én',
    da: 'indikator {item} har både score og na: true; behold én',
  },
  'assessment.inProgress': {
    en: 'the assessment of {team} is not finished (status: in-progress); its report says so',
    nb: 'vurderingen av {team} er ikke ferdig (status: in-progress); rapporten sier det',
    da: 'vurderingen af {team} er ikke færdig (status: in-progress); rapporten siger det',
  },
  'input.unknownType': {
    en: 'unknown kind of input: use .yaml (assessment), .csv/.tsv/.txt/.xlsx (data) or .json (result)',
    nb: 'ukjent type inndata: bruk .yaml (vurdering), .csv/.tsv/.txt/.xlsx (data) eller .json (resultat)',
    da: 'ukendt type input: brug .yaml (vurdering), .csv/.tsv/.txt/.xlsx (data) eller .json (resultat)',
  },
  'input.needScale': {
    en: 'data files need a scale: add --scale pathways-hf (or hf-principles, or a .yaml file)',
    nb: 'datafiler trenger en skala: legg til --scale pathways-hf (eller hf-principles, eller en .yaml-fil)',
    da: 'datafiler kræver en skala: tilføj --scale pathways-hf (eller hf-principles, eller en .yaml-fil)',
  },
  'input.badJson': {
    en: 'not valid JSON: {detail}',
    nb: 'ikke gyldig JSON: {detail}',
    da: 'ikke gyldig JSON: {detail}',
  },
  'input.notAResult': {
    en: 'not a result written by hf-fidelity (score --format json): {path} is missing or not what it should be',
    nb: 'ikke et resultat skrevet av hf-fidelity (score --format json): {path} mangler eller er ikke som det skal',
    da: 'ikke et resultat skrevet af hf-fidelity (score --format json): {path} mangler eller er ikke, som det skal være',
  },
  'input.none': {
    en: 'no assessments in the inputs',
    nb: 'ingen vurderinger i inndataene',
    da: 'ingen vurderinger i input',
  },
  'data.windows1252': {
    en: 'not UTF-8; read as Windows-1252 (as Excel saves "CSV"). If letters look wrong, give --encoding',
    nb: 'ikke UTF-8; lest som Windows-1252 (slik Excel lagrer «CSV»). Ser bokstavene feil ut, bruk --encoding',
    da: 'ikke UTF-8; læst som Windows-1252 (sådan Excel gemmer »CSV«). Ser bogstaverne forkerte ud, brug --encoding',
  },
  'data.empty': {
    en: 'the file is empty: expected a header line with team, date and item columns',
    nb: 'filen er tom: forventet en overskriftslinje med team, dato og indikatorkolonner',
    da: 'filen er tom: forventede en overskriftslinje med team, dato og indikatorkolonner',
  },
  'data.csvSyntax': {
    en: 'the CSV cannot be read here: {detail}. Check quotes (") in this line',
    nb: 'CSV-en kan ikke leses her: {detail}. Sjekk anførselstegn (") på denne linjen',
    da: 'CSV-filen kan ikke læses her: {detail}. Tjek anførselstegn (") i denne linje',
  },
  'data.recordTooLarge': {
    en: 'a row is longer than {limit}; is this really a data file?',
    nb: 'en rad er lengre enn {limit}; er dette virkelig en datafil?',
    da: 'en række er længere end {limit}; er dette virkelig en datafil?',
  },
  'data.tooManyFields': {
    en: 'the row has {count} fields but the header has {expected}; a delimiter inside a value must be quoted',
    nb: 'raden har {count} felt, men overskriften har {expected}; et skilletegn i en verdi må stå i anførselstegn',
    da: 'rækken har {count} felter, men overskriften har {expected}; et skilletegn i en værdi skal stå i anførselstegn',
  },
  'data.noTeamColumn': {
    en: 'no team column: name one "team" (or program, site, enhet), or map it with --map (columns: team: ...)',
    nb: 'ingen teamkolonne: kall en kolonne «team» (eller enhet, program), eller oppgi den med --map (columns: team: ...)',
    da: 'ingen teamkolonne: kald en kolonne »team« (eller enhed, program), eller angiv den med --map (columns: team: ...)',
  },
  'data.noItemColumns': {
    en: 'no column is an item of the scale "{scale}": headers must be item ids (e.g. "hcs1" or "hcs1: Housing choice"), or map them with --map',
    nb: 'ingen kolonne er en indikator i skalaen «{scale}»: overskriftene må være indikator-id-er (f.eks. «hcs1» eller «hcs1: Valg av bolig»), eller oppgi dem med --map',
    da: 'ingen kolonne er en indikator i skalaen »{scale}«: overskrifterne skal være indikator-id\'er (f.eks. »hcs1« eller »hcs1: Valg af bolig«), eller angiv dem med --map',
  },
  'data.mappedColumnMissing': {
    en: 'the map names columns this file does not have: {header}',
    nb: 'tilordningsfilen nevner kolonner som denne filen ikke har: {header}',
    da: 'tilknytningsfilen nævner kolonner, som denne fil ikke har: {header}',
  },
  'data.duplicateColumn': {
    en: 'two columns hold item {id}: "{first}" and "{second}"; keep one, or map the right one with --map',
    nb: 'to kolonner gjelder indikator {id}: «{first}» og «{second}»; behold én, eller angi den riktige med --map',
    da: 'to kolonner gælder indikator {id}: »{first}« og »{second}«; behold én, eller angiv den rigtige med --map',
  },
  'data.unknownColumns': {
    en: 'columns that are neither meta data nor items of the scale, left out: {columns}',
    nb: 'kolonner som verken er metadata eller indikatorer i skalaen, er utelatt: {columns}',
    da: 'kolonner, der hverken er metadata eller indikatorer i skalaen, er udeladt: {columns}',
  },
  'data.noTeam': {
    en: 'the row has no team name',
    nb: 'raden mangler teamnavn',
    da: 'rækken mangler teamnavn',
  },
  'data.badDate': {
    en: '"{value}" is not a date: write 2026-10-15, 15.10.2026 or 15-10-2026',
    nb: '«{value}» er ikke en dato: skriv 15.10.2026 eller 2026-10-15',
    da: '»{value}« er ikke en dato: skriv 15-10-2026 eller 2026-10-15',
  },
  'data.badKind': {
    en: '"{value}" is not a kind of assessment: use self or external',
    nb: '«{value}» er ikke en type vurdering: bruk self (egenvurdering) eller external (ekstern)',
    da: '»{value}« er ikke en type vurdering: brug self (selvevaluering) eller external (ekstern)',
  },
  'data.unknownItem': {
    en: 'the scale "{scale}" has no item "{value}"',
    nb: 'skalaen «{scale}» har ingen indikator «{value}»',
    da: 'skalaen »{scale}« har ingen indikator »{value}«',
  },
  'data.notNumber': {
    en: '"{value}" is not a score for {item}: allowed are {allowed}, blank for not rated, or a label from the scale or the map',
    nb: '«{value}» er ikke en skår for {item}: tillatt er {allowed}, tomt for ikke skåret, eller en etikett fra skalaen eller tilordningsfilen',
    da: '»{value}« er ikke en score for {item}: tilladt er {allowed}, tomt for ikke scoret, eller en etiket fra skalaen eller tilknytningsfilen',
  },
  'data.outOfRange': {
    en: '"{value}" is outside the range of {item}: allowed are {allowed}',
    nb: '«{value}» er utenfor skalaen for {item}: tillatt er {allowed}',
    da: '»{value}« ligger uden for skalaen for {item}: tilladt er {allowed}',
  },
  'data.naNotAllowed': {
    en: '"{value}" (not applicable) is not allowed for {item}: allowed are {allowed}',
    nb: '«{value}» (ikke aktuelt) er ikke tillatt for {item}: tillatt er {allowed}',
    da: '»{value}« (ikke relevant) er ikke tilladt for {item}: tilladt er {allowed}',
  },
  'data.duplicateRating': {
    en: '{rater} rated {item} twice for {team} {date}: lines {first} and {second}; keep one',
    nb: '{rater} har vurdert {item} to ganger for {team} {date}: linje {first} og {second}; behold én',
    da: '{rater} har vurderet {item} to gange for {team} {date}: linje {first} og {second}; behold én',
  },
  'data.duplicateConsensus': {
    en: 'two agreed scores for {item} of {team} {date}: lines {first} and {second}; keep one',
    nb: 'to felles skårer for {item} i {team} {date}: linje {first} og {second}; behold én',
    da: 'to fælles scorer for {item} i {team} {date}: linje {first} og {second}; behold én',
  },
  'data.quoteNotClosed': {
    en: 'a quote (") opened on this line is never closed; the rest of the file would be one value',
    nb: 'et anførselstegn (") som åpnes på denne linjen, lukkes aldri; resten av filen ville blitt én verdi',
    da: 'et anførselstegn ("), der åbnes i denne linje, lukkes aldrig; resten af filen ville blive én værdi',
  },
  'data.badQuote': {
    en: 'a quote (") in the middle of a value; write it as "" inside a quoted value',
    nb: 'et anførselstegn (") midt i en verdi; skriv det som "" inne i en verdi i anførselstegn',
    da: 'et anførselstegn (") midt i en værdi; skriv det som "" inde i en værdi i anførselstegn',
  },
  'data.tooManyErrors': {
    en: 'stopped after {count} problems; fix these and run again',
    nb: 'stoppet etter {count} problemer; rett disse og kjør igjen',
    da: 'stoppede efter {count} problemer; ret disse og kør igen',
  },
  'data.badWorkbook': {
    en: 'cannot read the workbook: {detail}',
    nb: 'kan ikke lese arbeidsboken: {detail}',
    da: 'kan ikke læse projektmappen: {detail}',
  },
  'data.noSheet': {
    en: 'no sheet "{sheet}"; the workbook has {sheets}',
    nb: 'finner ikke arket «{sheet}»; arbeidsboken har {sheets}',
    da: 'finder ikke arket »{sheet}«; projektmappen har {sheets}',
  },
  'data.missingItems': {
    en: {
      one: '{count} assessment has items nobody rated ({items} in all); its scores rest on the rated items',
      other: '{count} assessments have items nobody rated ({items} in all); their scores rest on the rated items',
    },
    nb: {
      one: '{count} vurdering har indikatorer ingen har skåret ({items} i alt); skårene bygger på de skårede indikatorene',
      other: '{count} vurderinger har indikatorer ingen har skåret ({items} i alt); skårene bygger på de skårede indikatorene',
    },
    da: {
      one: '{count} vurdering har indikatorer, som ingen har scoret ({items} i alt); scorerne bygger på de scorede indikatorer',
      other: '{count} vurderinger har indikatorer, som ingen har scoret ({items} i alt); scorerne bygger på de scorede indikatorer',
    },
  },
  'data.tooManyGroups': {
    en: 'more than {limit} assessments in one run; score the data in parts',
    nb: 'mer enn {limit} vurderinger i én kjøring; skår dataene i deler',
    da: 'mere end {limit} vurderinger i én kørsel; scor data i dele',
  },
  'data.tooManyColumns': {
    en: 'the header has {count} columns, more than the {limit} a data file may have; is this really a data file?',
    nb: 'overskriften har {count} kolonner, flere enn de {limit} en datafil kan ha; er dette virkelig en datafil?',
    da: 'overskriften har {count} kolonner, flere end de {limit}, en datafil må have; er dette virkelig en datafil?',
  },
  'data.badUtf16': {
    en: 'the file says it is UTF-16 (its first bytes), but its bytes are not; save it again as UTF-8 or UTF-16',
    nb: 'filen sier at den er UTF-16 (de første bytene), men bytene er det ikke; lagre den på nytt som UTF-8 eller UTF-16',
    da: 'filen siger, at den er UTF-16 (de første bytes), men dens bytes er det ikke; gem den igen som UTF-8 eller UTF-16',
  },
  'input.resultOtherVersion': {
    en: 'the result names {ids}, which the scale (version {loaded}) does not have; it was made with version {version}: score the data again with this scale',
    nb: 'resultatet nevner {ids}, som skalaen (versjon {loaded}) ikke har; det ble laget med versjon {version}: skår dataene på nytt med denne skalaen',
    da: 'resultatet nævner {ids}, som skalaen (version {loaded}) ikke har; det blev lavet med version {version}: scor data igen med denne skala',
  },
  'input.twoSources': {
    en: 'the assessment of {team} on {date} comes twice, from {first} and from {second}; give each assessment once',
    nb: 'vurderingen av {team} {date} kommer to ganger, fra {first} og fra {second}; oppgi hver vurdering én gang',
    da: 'vurderingen af {team} {date} kommer to gange, fra {first} og fra {second}; angiv hver vurdering én gang',
  },
  'data.badDelimiter': {
    en: '--delimiter "{value}" cannot be used: give one character such as , ; | or tab',
    nb: '--delimiter «{value}» kan ikke brukes: oppgi ett tegn, som , ; | eller tab',
    da: '--delimiter »{value}« kan ikke bruges: angiv ét tegn, fx , ; | eller tab',
  },
  'data.wrongDelimiter': {
    en: 'the header is one column when split at {used}, but holds {likely}: give --delimiter {likely}, or leave --delimiter out',
    nb: 'overskriften blir én kolonne når den deles ved {used}, men inneholder {likely}: bruk --delimiter {likely}, eller utelat --delimiter',
    da: 'overskriften bliver én kolonne, når den deles ved {used}, men indeholder {likely}: brug --delimiter {likely}, eller udelad --delimiter',
  },
} as const satisfies MessageTable;
