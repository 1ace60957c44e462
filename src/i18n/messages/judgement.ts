// Messages that explain a level (SPEC 11): why none is given, and why it is not the one the score
// alone reaches. Used wherever a level stands: the reports, the `score` table and the CSV.
import type { MessageTable } from '../catalogue.js';

export const judgementMessages = {
  'judge.noLevel': { en: 'No level', nb: 'Intet nivå', da: 'Intet niveau' },
  'judge.tooFewRated.core': {
    en: 'No level: {rated} of {applicable} items rated; a level needs {needed} and every core item.',
    nb: 'Intet nivå: {rated} av {applicable} indikatorer skåret; et nivå krever {needed} og alle kjerneindikatorene.',
    da: 'Intet niveau: {rated} ud af {applicable} indikatorer scoret; et niveau kræver {needed} og alle kerneindikatorerne.',
  },
  'judge.tooFewRated': {
    en: 'No level: {rated} of {applicable} items rated; a level needs {needed}.',
    nb: 'Intet nivå: {rated} av {applicable} indikatorer skåret; et nivå krever {needed}.',
    da: 'Intet niveau: {rated} ud af {applicable} indikatorer scoret; et niveau kræver {needed}.',
  },
  'judge.coreNotRated.one': {
    en: 'No level: core item {items} is not rated; a level needs every core item rated.',
    nb: 'Intet nivå: kjerneindikatoren {items} er ikke skåret; et nivå krever at alle kjerneindikatorene er skåret.',
    da: 'Intet niveau: kerneindikatoren {items} er ikke scoret; et niveau kræver, at alle kerneindikatorerne er scoret.',
  },
  'judge.coreNotRated.other': {
    en: 'No level: core items {items} are not rated; a level needs every core item rated.',
    nb: 'Intet nivå: kjerneindikatorene {items} er ikke skåret; et nivå krever at alle kjerneindikatorene er skåret.',
    da: 'Intet niveau: kerneindikatorerne {items} er ikke scoret; et niveau kræver, at alle kerneindikatorerne er scoret.',
  },
  'judge.heldDown.one': {
    en: '{level}: the score reaches {scoreLevel}, but core item {item} is at {score}.',
    nb: '{level}: skåren når {scoreLevel}, men kjerneindikatoren {item} står på {score}.',
    da: '{level}: scoren når {scoreLevel}, men kerneindikatoren {item} står på {score}.',
  },
  'judge.heldDown.other': {
    en: '{level}: the score reaches {scoreLevel}, but core items are below {min}: {items}.',
    nb: '{level}: skåren når {scoreLevel}, men kjerneindikatorer står under {min}: {items}.',
    da: '{level}: scoren når {scoreLevel}, men kerneindikatorer står under {min}: {items}.',
  },
  'judge.rounded.one': {
    en: '(The score is rounded to one decimal before its level is set, as the scale prescribes.)',
    nb: '(Skåren rundes av til én desimal før nivået settes, slik skalaen foreskriver.)',
    da: '(Scoren afrundes til én decimal, før niveauet fastsættes, som skalaen foreskriver.)',
  },
  'judge.rounded.other': {
    en: '(The score is rounded to {decimals} decimals before its level is set, as the scale prescribes.)',
    nb: '(Skåren rundes av til {decimals} desimaler før nivået settes, slik skalaen foreskriver.)',
    da: '(Scoren afrundes til {decimals} decimaler, før niveauet fastsættes, som skalaen foreskriver.)',
  },
  'judge.tiedMore': {
    en: { one: 'and 1 more item at {score}', other: 'and {count} more items at {score}' },
    nb: { one: 'og 1 indikator til på {score}', other: 'og {count} indikatorer til på {score}' },
    da: { one: 'og 1 indikator mere på {score}', other: 'og {count} indikatorer mere på {score}' },
  },
  'judge.itemAt': { en: '{item} at {score}', nb: '{item} på {score}', da: '{item} på {score}' },
  'judge.and': { en: 'and', nb: 'og', da: 'og' },
  'cli.failUnder.below': {
    en: '{team} ({kind}, {date}): {score} is below {threshold}',
    nb: '{team} ({kind}, {date}): {score} er under {threshold}',
    da: '{team} ({kind}, {date}): {score} er under {threshold}',
  },
  'cli.failUnder.noScore': {
    en: '{team} ({kind}, {date}): no overall score, so not at {threshold} or above',
    nb: '{team} ({kind}, {date}): ingen totalskår, altså ikke {threshold} eller over',
    da: '{team} ({kind}, {date}): ingen samlet score, altså ikke {threshold} eller derover',
  },
} as const satisfies MessageTable;
