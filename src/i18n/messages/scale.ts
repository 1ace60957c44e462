// Messages about scale files and YAML: loading, schema problems and validation rules.
import type { MessageTable } from '../catalogue.js';

export const scaleMessages = {
  'file.notFound': {
    en: 'file not found',
    nb: 'fant ikke filen',
    da: 'filen findes ikke',
  },
  'file.unreadable': {
    en: 'cannot read the file: {reason}',
    nb: 'kan ikke lese filen: {reason}',
    da: 'kan ikke læse filen: {reason}',
  },
  'file.isDirectory': {
    en: 'this is a folder, not a file',
    nb: 'dette er en mappe, ikke en fil',
    da: 'dette er en mappe, ikke en fil',
  },
  'file.tooLarge': {
    en: 'the file is {size}, larger than the {limit} this kind of file may be',
    nb: 'filen er {size}, større enn grensen på {limit} for denne filtypen',
    da: 'filen er {size}, større end grænsen på {limit} for denne filtype',
  },
  'yaml.syntax': {
    en: 'YAML syntax error: {detail}',
    nb: 'feil i YAML-syntaksen: {detail}',
    da: 'fejl i YAML-syntaksen: {detail}',
  },
  'yaml.tooDeep': {
    en: 'the YAML is nested deeper than {limit} levels; a scale or assessment never needs that',
    nb: 'YAML-en er nøstet dypere enn {limit} nivåer; en skala eller vurdering trenger aldri det',
    da: 'YAML-filen er indlejret dybere end {limit} niveauer; en skala eller vurdering behøver aldrig det',
  },
  'yaml.tooManyAliases': {
    en: 'the YAML uses too many aliases (*name); write the values out instead',
    nb: 'YAML-en bruker for mange aliaser (*navn); skriv verdiene ut i stedet',
    da: 'YAML-filen bruger for mange aliaser (*navn); skriv værdierne ud i stedet',
  },
  'yaml.notMapping': {
    en: 'expected a mapping (key: value lines) at the top of the file',
    nb: 'forventet en tilordning (nøkkel: verdi-linjer) øverst i filen',
    da: 'forventede en afbildning (nøgle: værdi-linjer) øverst i filen',
  },
  'yaml.multipleDocuments': {
    en: 'the file holds more than one YAML document (---); put one scale or assessment in each file',
    nb: 'filen har mer enn ett YAML-dokument (---); legg én skala eller vurdering i hver fil',
    da: 'filen har mere end ét YAML-dokument (---); læg én skala eller vurdering i hver fil',
  },
  'schema.unknownKey': {
    en: 'unknown key "{key}"{suggestion}',
    nb: 'ukjent nøkkel «{key}»{suggestion}',
    da: 'ukendt nøgle »{key}«{suggestion}',
  },
  'schema.didYouMean': {
    en: ' (did you mean "{key}"?)',
    nb: ' (mente du «{key}»?)',
    da: ' (mente du »{key}«?)',
  },
  'schema.required': {
    en: 'required key is missing',
    nb: 'påkrevd nøkkel mangler',
    da: 'påkrævet nøgle mangler',
  },
  'schema.expectedType': {
    en: 'expected {expected}, got {got}',
    nb: 'forventet {expected}, fikk {got}',
    da: 'forventede {expected}, fik {got}',
  },
  'schema.expectedText': {
    en: 'expected text: a string, or a map of language code to string (en: ..., nb: ..., da: ...)',
    nb: 'forventet tekst: en streng, eller språkkode til streng (en: ..., nb: ..., da: ...)',
    da: 'forventede tekst: en streng, eller sprogkode til streng (en: ..., nb: ..., da: ...)',
  },
  'schema.expectedOneOf': {
    en: 'expected one of {values}, got {got}',
    nb: 'forventet en av {values}, fikk {got}',
    da: 'forventede en af {values}, fik {got}',
  },
  'schema.tooSmall': {
    en: 'must be at least {minimum}{unit}',
    nb: 'må være minst {minimum}{unit}',
    da: 'skal være mindst {minimum}{unit}',
  },
  'schema.tooBig': {
    en: 'must be at most {maximum}{unit}',
    nb: 'kan være høyst {maximum}{unit}',
    da: 'må højst være {maximum}{unit}',
  },
  'schema.badFormat': {
    en: 'not allowed here: {got}; use {expected}',
    nb: 'ikke tillatt her: {got}; bruk {expected}',
    da: 'ikke tilladt her: {got}; brug {expected}',
  },
  'schema.invalid': {
    en: 'invalid value: {detail}',
    nb: 'ugyldig verdi: {detail}',
    da: 'ugyldig værdi: {detail}',
  },
  'type.string': { en: 'text', nb: 'tekst', da: 'tekst' },
  'type.number': { en: 'a number', nb: 'et tall', da: 'et tal' },
  'type.integer': { en: 'a whole number', nb: 'et heltall', da: 'et heltal' },
  'type.boolean': { en: 'true or false', nb: 'true eller false', da: 'true eller false' },
  'type.array': { en: 'a list', nb: 'en liste', da: 'en liste' },
  'type.object': { en: 'a mapping (key: value)', nb: 'en tilordning (nøkkel: verdi)', da: 'en afbildning (nøgle: værdi)' },
  'type.nothing': { en: 'nothing', nb: 'ingenting', da: 'ingenting' },
  'unit.items': { en: ' entries', nb: ' elementer', da: ' elementer' },
  'unit.chars': { en: ' characters', nb: ' tegn', da: ' tegn' },
  'rule.duplicateId': {
    en: 'duplicate {what} id "{id}" (first used at line {firstLine})',
    nb: 'id-en «{id}» er brukt to ganger for {what} (første gang på linje {firstLine})',
    da: 'id\'et »{id}« er brugt to gange for {what} (første gang i linje {firstLine})',
  },
  'what.item': { en: 'item', nb: 'indikator', da: 'indikator' },
  'what.domain': { en: 'domain', nb: 'område', da: 'område' },
  'what.principle': { en: 'principle', nb: 'prinsipp', da: 'princip' },
  'what.level': { en: 'level', nb: 'nivå', da: 'niveau' },
  'rule.unknownPrinciple': {
    en: 'unknown principle "{id}"; the scale declares {known}',
    nb: 'ukjent prinsipp «{id}»; skalaen har {known}',
    da: 'ukendt princip »{id}«; skalaen har {known}',
  },
  'rule.noPrinciples': {
    en: 'item refers to principle "{id}" but the scale declares no principles',
    nb: 'indikatoren viser til prinsippet «{id}», men skalaen har ingen prinsipper',
    da: 'indikatoren henviser til princippet »{id}«, men skalaen har ingen principper',
  },
  'rule.badRange': {
    en: 'rating max ({max}) must be greater than min ({min})',
    nb: 'høyeste skår ({max}) må være større enn laveste ({min})',
    da: 'højeste score ({max}) skal være større end laveste ({min})',
  },
  'rule.scoreKeyOutOfRange': {
    en: '{what} for score "{key}" is outside the rating range {min}-{max}',
    nb: '{what} for skår «{key}» er utenfor skalaen {min}-{max}',
    da: '{what} for score »{key}« ligger uden for skalaen {min}-{max}',
  },
  'what.anchor': { en: 'anchor', nb: 'forankring', da: 'forankring' },
  'what.label': { en: 'label', nb: 'etikett', da: 'etiket' },
  'rule.levelNoMinNotLast': {
    en: 'level "{id}" has no min, so it catches every score, and the levels after it ({after}) can never be reached; give it a min or move it last',
    nb: 'nivået «{id}» har ingen min og fanger alle skårer, så nivåene etter det ({after}) kan aldri nås; gi det en min eller flytt det sist',
    da: 'niveauet »{id}« har intet min og fanger alle scorer, så niveauerne efter det ({after}) kan aldrig nås; giv det et min eller flyt det sidst',
  },
  'rule.levelOrder': {
    en: 'levels must go from highest to lowest: "{id}" (min {min}) comes after "{prev}" (min {prevMin})',
    nb: 'nivåene må gå fra høyeste til laveste: «{id}» (min {min}) kommer etter «{prev}» (min {prevMin})',
    da: 'niveauerne skal gå fra højeste til laveste: »{id}« (min {min}) kommer efter »{prev}« (min {prevMin})',
  },
  'rule.levelShadowed': {
    en: 'level "{id}" can never be reached: "{prev}" before it has the same min ({min}) and no stricter minCritical',
    nb: 'nivået «{id}» kan aldri nås: «{prev}» før det har samme min ({min}) og ingen strengere minCritical',
    da: 'niveauet »{id}« kan aldrig nås: »{prev}« før det har samme min ({min}) og intet strengere minCritical',
  },
  'rule.levelAboveMax': {
    en: 'level "{id}" needs {min}, but the highest possible overall score is {max}',
    nb: 'nivået «{id}» krever {min}, men høyeste mulige totalskår er {max}',
    da: 'niveauet »{id}« kræver {min}, men den højest mulige samlede score er {max}',
  },
  'rule.minCriticalNoItems': {
    en: 'level "{id}" sets minCritical but no item is marked critical: true',
    nb: 'nivået «{id}» har minCritical, men ingen indikator er merket critical: true',
    da: 'niveauet »{id}« har minCritical, men ingen indikator er markeret critical: true',
  },
  'rule.allWeightsZero': {
    en: 'every weight {where} is 0, so nothing can be scored; give at least one a weight above 0',
    nb: 'alle vektene {where} er 0, så ingenting kan skåres; gi minst én en vekt over 0',
    da: 'alle vægte {where} er 0, så intet kan scores; giv mindst én en vægt over 0',
  },
  'where.domains': { en: 'of the domains', nb: 'for områdene', da: 'for områderne' },
  'where.itemsOf': { en: 'of the items in domain "{id}"', nb: 'for indikatorene i området «{id}»', da: 'for indikatorerne i området »{id}«' },
  'rule.missingTranslation': {
    en: 'no "{lang}" text, though the scale declares that language (English is shown instead)',
    nb: 'mangler tekst på «{lang}», selv om skalaen oppgir det språket (engelsk vises i stedet)',
    da: 'mangler tekst på »{lang}«, selvom skalaen angiver det sprog (engelsk vises i stedet)',
  },
  'rule.noEnglish': {
    en: 'text has neither English nor any declared language; give at least "en"',
    nb: 'teksten har verken engelsk eller noe oppgitt språk; gi minst «en»',
    da: 'teksten har hverken engelsk eller noget angivet sprog; giv mindst »en«',
  },
  'scale.unknown': {
    en: 'no scale "{id}": built-in scales are {known}; or give a path to a .yaml file',
    nb: 'fant ingen skala «{id}»: innebygde skalaer er {known}; eller oppgi stien til en .yaml-fil',
    da: 'ingen skala »{id}«: de indbyggede skalaer er {known}; eller angiv stien til en .yaml-fil',
  },
  'scale.valid': {
    en: '{file}: valid ({items} items in {domains} domains)',
    nb: '{file}: gyldig ({items} indikatorer i {domains} områder)',
    da: '{file}: gyldig ({items} indikatorer i {domains} områder)',
  },
  'scale.validWithWarnings': {
    en: { one: '{file}: valid, with {count} warning', other: '{file}: valid, with {count} warnings' },
    nb: { one: '{file}: gyldig, med {count} advarsel', other: '{file}: gyldig, med {count} advarsler' },
    da: { one: '{file}: gyldig, med {count} advarsel', other: '{file}: gyldig, med {count} advarsler' },
  },
  'scale.invalid': {
    en: { one: '{file}: {count} problem', other: '{file}: {count} problems' },
    nb: { one: '{file}: {count} problem', other: '{file}: {count} problemer' },
    da: { one: '{file}: {count} problem', other: '{file}: {count} problemer' },
  },
  'scale.badScalesDir': {
    en: 'cannot read the scales folder',
    nb: 'kan ikke lese skalamappen',
    da: 'kan ikke læse skalamappen',
  },
  'schema.notADate': {
    en: 'not a date: write it as YYYY-MM-DD, e.g. 2026-10-15',
    nb: 'ikke en dato: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-10-15',
    da: 'ikke en dato: skriv den som ÅÅÅÅ-MM-DD, fx 2026-10-15',
  },
} as const satisfies MessageTable;
