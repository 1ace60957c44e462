// Messages about inputs that are too large, not files, or wrong inside: workbook limits and cells
// (.xlsx), values of a JSON result checked against its scale, devices and pipes named as input files.
import type { MessageTable } from '../catalogue.js';

export const hardeningInputMessages = {
  'file.notRegular': {
    en: 'not a regular file (a device, a pipe or a socket); save the input in a file and name that file',
    nb: 'ikke en vanlig fil (en enhet, et rør eller en socket); lagre inndataene i en fil og oppgi den filen',
    da: 'ikke en almindelig fil (en enhed, et rør eller en socket); gem input i en fil og angiv den fil',
  },
  'xlsx.partTooLarge': {
    en: 'the workbook part {part} unpacks to more than {limit}, the most this tool reads; delete unused rows and columns, or save the sheet as CSV',
    nb: 'delen {part} av arbeidsboken pakkes ut til mer enn {limit}, det meste dette verktøyet leser; slett ubrukte rader og kolonner, eller lagre arket som CSV',
    da: 'delen {part} af projektmappen pakkes ud til mere end {limit}, det meste dette værktøj læser; slet ubrugte rækker og kolonner, eller gem arket som CSV',
  },
  'xlsx.tooManyParts': {
    en: 'the workbook holds {count} parts, more than the {limit} a workbook of data has; it cannot be read',
    nb: 'arbeidsboken har {count} deler, flere enn de {limit} en arbeidsbok med data har; den kan ikke leses',
    da: 'projektmappen har {count} dele, flere end de {limit} en projektmappe med data har; den kan ikke læses',
  },
  'xlsx.tooManyRows': {
    en: 'the sheet "{sheet}" has more than {limit} rows (blank rows count too), the most this tool reads; delete the unused rows, or split the data into several files',
    nb: 'arket «{sheet}» har mer enn {limit} rader (tomme rader teller også), det meste dette verktøyet leser; slett de ubrukte radene, eller del dataene i flere filer',
    da: 'arket »{sheet}« har mere end {limit} rækker (tomme rækker tæller også), det meste dette værktøj læser; slet de ubrugte rækker, eller del data i flere filer',
  },
  'xlsx.tooManyCells': {
    en: 'the sheet "{sheet}" has more than {limit} cells (blank cells count too), the most this tool reads; delete unused rows and columns, or split the data into several files',
    nb: 'arket «{sheet}» har mer enn {limit} celler (tomme celler teller også), det meste dette verktøyet leser; slett ubrukte rader og kolonner, eller del dataene i flere filer',
    da: 'arket »{sheet}« har mere end {limit} celler (tomme celler tæller også), det meste dette værktøj læser; slet ubrugte rækker og kolonner, eller del data i flere filer',
  },
  'xlsx.badCellRef': {
    en: 'the sheet "{sheet}" names a cell "{ref}" that no sheet can have; the file is damaged: open it in Excel and save it again',
    nb: 'arket «{sheet}» har en celle «{ref}» som intet ark kan ha; filen er skadet: åpne den i Excel og lagre den på nytt',
    da: 'arket »{sheet}« har en celle »{ref}«, som intet ark kan have; filen er beskadiget: åbn den i Excel, og gem den igen',
  },
  'xlsx.formulaNoValue': {
    en: '{cell} holds a formula (={formula}) without a saved value; open the workbook in Excel and save it, or write the value in the cell',
    nb: '{cell} har en formel (={formula}) uten lagret verdi; åpne arbeidsboken i Excel og lagre den, eller skriv verdien i cellen',
    da: '{cell} har en formel (={formula}) uden gemt værdi; åbn projektmappen i Excel, og gem den, eller skriv værdien i cellen',
  },
  'xlsx.errorValue': {
    en: '{cell} holds the Excel error {value}, not a value; correct the formula or write the value',
    nb: '{cell} har Excel-feilen {value}, ikke en verdi; rett formelen eller skriv verdien',
    da: '{cell} har Excel-fejlen {value}, ikke en værdi; ret formlen, eller skriv værdien',
  },
  'xlsx.badDate': {
    en: '{cell} is formatted as a date, but {value} is no date Excel can show; write the date again',
    nb: '{cell} er formatert som dato, men {value} er ingen dato Excel kan vise; skriv datoen på nytt',
    da: '{cell} er formateret som dato, men {value} er ingen dato, Excel kan vise; skriv datoen igen',
  },
  'xlsx.badNumber': {
    en: '{cell} is a number cell holding "{value}", which is not a number; write the value again',
    nb: '{cell} er en tallcelle med «{value}», som ikke er et tall; skriv verdien på nytt',
    da: '{cell} er en talcelle med »{value}«, som ikke er et tal; skriv værdien igen',
  },
  'xlsx.badSharedString': {
    en: '{cell} points at text number {index}, but the workbook has {count} texts; the file is damaged: open it in Excel and save it again',
    nb: '{cell} viser til tekst nummer {index}, men arbeidsboken har {count} tekster; filen er skadet: åpne den i Excel og lagre den på nytt',
    da: '{cell} henviser til tekst nummer {index}, men projektmappen har {count} tekster; filen er beskadiget: åbn den i Excel, og gem den igen',
  },
  'xlsx.merged': {
    en: 'merged cells {cells}: a merged cell holds one value over several cells and would count for each of them; unmerge them and write each value in its own cell',
    nb: 'flettede celler {cells}: en flettet celle har én verdi over flere celler og ville telle for hver av dem; opphev flettingen og skriv hver verdi i sin egen celle',
    da: 'flettede celler {cells}: en flettet celle har én værdi over flere celler og ville tælle for hver af dem; ophæv fletningen, og skriv hver værdi i sin egen celle',
  },
  'xlsx.noVisibleSheet': {
    en: 'every sheet of the workbook is hidden ({sheets}); give --sheet NAME to read one',
    nb: 'alle arkene i arbeidsboken er skjult ({sheets}); bruk --sheet NAVN for å lese ett',
    da: 'alle ark i projektmappen er skjult ({sheets}); brug --sheet NAVN for at læse et',
  },
  'xlsx.hiddenSkipped': {
    en: 'hidden sheets left out: {hidden}; read the sheet "{sheet}", the first visible one (give --sheet NAME to read another)',
    nb: 'skjulte ark utelatt: {hidden}; leste arket «{sheet}», det første synlige (bruk --sheet NAVN for å lese et annet)',
    da: 'skjulte ark udeladt: {hidden}; læste arket »{sheet}«, det første synlige (brug --sheet NAVN for at læse et andet)',
  },
  'xlsx.otherSheets': {
    en: 'read the sheet "{sheet}"; the workbook also has {others} (give --sheet NAME to read another)',
    nb: 'leste arket «{sheet}»; arbeidsboken har også {others} (bruk --sheet NAVN for å lese et annet)',
    da: 'læste arket »{sheet}«; projektmappen har også {others} (brug --sheet NAVN for at læse et andet)',
  },
  'result.scoreOutside': {
    en: 'not a result as hf-fidelity writes it: {path} is {value}, outside {min}-{max}, the range of {what} in the scale "{scale}"',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er {value}, utenfor {min}-{max}, området for {what} i skalaen «{scale}»',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er {value}, uden for {min}-{max}, intervallet for {what} i skalaen »{scale}«',
  },
  'result.badCount': {
    en: 'not a result as hf-fidelity writes it: {path} is {value}; a count here is a whole number from 0 to {max}',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er {value}; et antall her er et helt tall fra 0 til {max}',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er {value}; et antal her er et helt tal fra 0 til {max}',
  },
  'result.badPercent': {
    en: 'not a result as hf-fidelity writes it: {path} is {value}; a percent is from 0 to 100',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er {value}; en prosent er fra 0 til 100',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er {value}; en procent er fra 0 til 100',
  },
  'result.badDate': {
    en: 'not a result as hf-fidelity writes it: {path} is "{value}", which is not a date',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er «{value}», som ikke er en dato',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er »{value}«, som ikke er en dato',
  },
  'result.countsDontAdd': {
    en: 'not a result as hf-fidelity writes it: {path} counts {sum} items (rated + N/A + missing), but {what} has {count} in the scale "{scale}"',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} teller {sum} indikatorer (skåret + ikke aktuelt + mangler), men {what} har {count} i skalaen «{scale}»',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} tæller {sum} indikatorer (scoret + ikke relevant + mangler), men {what} har {count} i skalaen »{scale}«',
  },
  'result.duplicateId': {
    en: 'not a result as hf-fidelity writes it: {path} is "{id}" a second time (first at {first}); each comes once',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er «{id}» for andre gang (først i {first}); hver kommer én gang',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er »{id}« for anden gang (først i {first}); hver kommer én gang',
  },
  'result.statusMismatch': {
    en: 'not a result as hf-fidelity writes it: {path} is {value}, but the item\'s status is "{status}"',
    nb: 'ikke et resultat slik hf-fidelity skriver det: {path} er {value}, men indikatorens status er «{status}»',
    da: 'ikke et resultat, som hf-fidelity skriver det: {path} er {value}, men indikatorens status er »{status}«',
  },
  'result.whatOverall': {
    en: 'the whole scale',
    nb: 'hele skalaen',
    da: 'hele skalaen',
  },
  'result.whatItem': {
    en: 'item {id}',
    nb: 'indikator {id}',
    da: 'indikator {id}',
  },
  'result.whatDomain': {
    en: 'domain {id}',
    nb: 'område {id}',
    da: 'område {id}',
  },
  'result.whatPrinciple': {
    en: 'principle {id}',
    nb: 'prinsipp {id}',
    da: 'princip {id}',
  },
} as const satisfies MessageTable;
