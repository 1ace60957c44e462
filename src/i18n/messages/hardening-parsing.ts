// Messages of the parsing hardening: places in two files, raters that differ only in case, control
// characters in meta cells, and YAML keys that are one key written two ways.
import type { MessageTable } from '../catalogue.js';

export const hardeningParsingMessages = {
  'place.line': {
    en: 'line {line}',
    nb: 'linje {line}',
    da: 'linje {line}',
  },
  'place.fileLine': {
    en: '{file} line {line}',
    nb: '{file} linje {line}',
    da: '{file} linje {line}',
  },
  'data.duplicateRatingPlaces': {
    en: '{rater} rated {item} twice for {team} {date}: {first} and {second}; keep one',
    nb: '{rater} har vurdert {item} to ganger for {team} {date}: {first} og {second}; behold én',
    da: '{rater} har vurderet {item} to gange for {team} {date}: {first} og {second}; behold én',
  },
  'data.duplicateConsensusPlaces': {
    en: 'two agreed scores for {item} of {team} {date}: {first} and {second}; keep one',
    nb: 'to felles skårer for {item} i {team} {date}: {first} og {second}; behold én',
    da: 'to fælles scorer for {item} i {team} {date}: {first} og {second}; behold én',
  },
  'data.raterCase': {
    en: 'the raters "{first}" ({firstAt}) and "{second}" ({secondAt}) of {team} {date} differ only in capital letters; if they are one person, write the name the same way',
    nb: 'vurdererne «{first}» ({firstAt}) og «{second}» ({secondAt}) i {team} {date} skiller seg bare i store og små bokstaver; er de én person, skriv navnet likt',
    da: 'bedømmerne »{first}« ({firstAt}) og »{second}« ({secondAt}) i {team} {date} adskiller sig kun ved store og små bogstaver; er de én person, så skriv navnet ens',
  },
  'data.controlCharacter': {
    en: 'the value holds a control character ({char}), which no team, rater, date or kind has; remove it',
    nb: 'verdien inneholder et kontrolltegn ({char}), som ikke hører hjemme i et team, en vurderer, en dato eller en type; fjern det',
    da: 'værdien indeholder et kontroltegn ({char}), som ikke hører hjemme i et team, en bedømmer, en dato eller en type; fjern det',
  },
  'assessment.sameRaterTwice': {
    en: '{rater} rated {item} twice: the names differ only in spaces or in how letters are encoded; keep one',
    nb: '{rater} har skåret {item} to ganger: navnene skiller seg bare i mellomrom eller i hvordan bokstavene er kodet; behold én',
    da: '{rater} har scoret {item} to gange: navnene adskiller sig kun ved mellemrum eller ved hvordan bogstaverne er kodet; behold én',
  },
  'yaml.duplicateKey': {
    en: 'the key {second} is the same key as {first} on line {firstLine}; keep one',
    nb: 'nøkkelen {second} er den samme nøkkelen som {first} på linje {firstLine}; behold én',
    da: 'nøglen {second} er den samme nøgle som {first} i linje {firstLine}; behold én',
  },
} as const satisfies MessageTable;
