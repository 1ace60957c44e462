// Messages that keep data from being lost without a word (SPEC 11): columns a layout does not read,
// data under a blank header, short rows, and a blank date or kind that splits one team's assessment.
import type { MessageTable } from '../catalogue.js';

export const dataKeptMessages = {
  'kept.wrotePages': {
    en: { one: 'Wrote {file}: 1 page', other: 'Wrote {file}: {count} pages' },
    nb: { one: 'Skrev {file}: 1 side', other: 'Skrev {file}: {count} sider' },
    da: { one: 'Skrev {file}: 1 side', other: 'Skrev {file}: {count} sider' },
  },
  'kept.wroteSize': { en: 'Wrote {file} ({size})', nb: 'Skrev {file} ({size})', da: 'Skrev {file} ({size})' },
  'kept.commentsHeading': { en: 'Comments from the raters', nb: 'Kommentarer fra vurdererne', da: 'Kommentarer fra bedømmerne' },
  'data.unusedMetaColumns': {
    en: 'columns headed like the long layout\'s item, score or rationale column, which this wide sheet does not use, left out: {columns} (a wide sheet names the item: "hcs1 rationale")',
    nb: 'kolonner med overskrift som indikator-, skår- eller begrunnelseskolonnen i langt format, som dette brede arket ikke bruker, er utelatt: {columns} (et bredt ark nevner indikatoren: «hcs1 begrunnelse»)',
    da: 'kolonner med overskrift som indikator-, score- eller begrundelseskolonnen i langt format, som dette brede ark ikke bruger, er udeladt: {columns} (et bredt ark nævner indikatoren: "hcs1 begrundelse")',
  },
  'data.blankHeaderData': {
    en: 'column {columns} has data but no header, so it is left out; give it a header (an item id, or team, date, rater, kind, note)',
    nb: 'kolonne {columns} har data, men ingen overskrift, og er derfor utelatt; gi den en overskrift (en indikator-id, eller team, dato, vurderer, type, notat)',
    da: 'kolonne {columns} har data, men ingen overskrift, og er derfor udeladt; giv den en overskrift (et indikator-id, eller team, dato, bedømmer, type, note)',
  },
  'data.tooFewFields': {
    en: 'fewer fields than the {expected} of the header on line {lines}; the missing fields are read as not rated',
    nb: 'færre felt enn de {expected} i overskriften på linje {lines}; feltene som mangler, leses som ikke skåret',
    da: 'færre felter end de {expected} i overskriften på linje {lines}; de manglende felter læses som ikke scoret',
  },
  'data.splitByBlankDate': {
    en: 'a row of {team} without a date makes an assessment of its own beside the team\'s dated ones; give the date if it belongs to one of them',
    nb: 'en rad for {team} uten dato blir en egen vurdering ved siden av teamets daterte; fyll inn datoen hvis den hører til en av dem',
    da: 'en række for {team} uden dato bliver en selvstændig vurdering ved siden af teamets daterede; udfyld datoen, hvis den hører til en af dem',
  },
  'data.splitByBlankKind': {
    en: 'a row of {team} without a kind makes an assessment of its own beside the team\'s others; give the kind (self or external) if it belongs to one of them',
    nb: 'en rad for {team} uten type blir en egen vurdering ved siden av teamets andre; fyll inn typen (egen eller ekstern) hvis den hører til en av dem',
    da: 'en række for {team} uden type bliver en selvstændig vurdering ved siden af teamets andre; udfyld typen (selv eller ekstern), hvis den hører til en af dem',
  },
} as const satisfies MessageTable;
