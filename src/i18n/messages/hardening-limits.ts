// Messages of the size limits: texts a PDF draws cut, scale folders with entries that are not
// scale files, and reports too large for one document.
import type { MessageTable } from '../catalogue.js';

export const hardeningLimitMessages = {
  'pdf.limits.shortened': {
    en: 'Some texts were too long to draw in full and are shortened here, ending in “…”: names past {names} characters, other texts past {texts}. The JSON, CSV and Markdown reports hold them whole.',
    nb: 'Noen tekster var for lange til å vises i sin helhet og er forkortet her, med «…» til slutt: navn etter {names} tegn, andre tekster etter {texts}. JSON-, CSV- og Markdown-rapportene har dem i sin helhet.',
    da: 'Nogle tekster var for lange til at blive vist i deres helhed og er forkortet her, med »…« til sidst: navne efter {names} tegn, andre tekster efter {texts}. JSON-, CSV- og Markdown-rapporterne har dem i deres helhed.',
  },
  'scales.notAFileInDir': {
    en: 'not a scale file (a folder, a broken link or a file that cannot be read); left out',
    nb: 'ikke en skalafil (en mappe, en brutt lenke eller en fil som ikke kan leses); utelatt',
    da: 'ikke en skalafil (en mappe, et brudt link eller en fil, der ikke kan læses); udeladt',
  },
  'rule.tooManyItems': {
    en: 'the scale has {count} items, more than the {limit} a scale may have in all',
    nb: 'skalaen har {count} indikatorer, flere enn de {limit} en skala kan ha til sammen',
    da: 'skalaen har {count} indikatorer, flere end de {limit}, en skala må have i alt',
  },
  'pdf.limits.itemsLeftOut': {
    en: 'This report holds {rows} item scores in all, more than the {limit} a PDF lists, so the items table is left out of each assessment. The CSV and JSON reports (--format csv, --format json) hold every item.',
    nb: 'Denne rapporten har {rows} indikatorskårer i alt, flere enn de {limit} en PDF viser, så indikatortabellen er utelatt for hver vurdering. CSV- og JSON-rapportene (--format csv, --format json) har alle indikatorene.',
    da: 'Denne rapport har {rows} indikatorscorer i alt, flere end de {limit}, en PDF viser, så indikatortabellen er udeladt for hver vurdering. CSV- og JSON-rapporterne (--format csv, --format json) har alle indikatorerne.',
  },
} as const satisfies MessageTable;
