// Messages of the output hardening: stdout that cannot take the output, an assessment file open in
// another `assess`, an --out that is not YAML, a SOURCE_DATE_EPOCH that is no date.
import type { MessageTable } from '../catalogue.js';

export const hardeningOutputMessages = {
  'output.stdoutFailed': {
    en: 'the output could not be written ({reason}), so what was written is incomplete; write it with --out, or to another place',
    nb: 'utdataene kunne ikke skrives ({reason}), så det som ble skrevet, er ufullstendig; skriv dem med --out, eller til et annet sted',
    da: 'output kunne ikke skrives ({reason}), så det, der blev skrevet, er ufuldstændigt; skriv det med --out eller til et andet sted',
  },
  'assess.locked': {
    en: 'this assessment is open in another assess session (process {pid}); finish it there first, so no answer is lost',
    nb: 'denne vurderingen er åpen i en annen assess-økt (prosess {pid}); gjør den ferdig der først, så ingen svar går tapt',
    da: 'denne vurdering er åben i en anden assess-session (proces {pid}); gør den færdig der først, så ingen svar går tabt',
  },
  'assess.changedOnDisk': {
    en: 'the file was changed by another program since this session saved it, so this answer is not saved and the file is left as it is; look at the file, then run assess again to go on from it',
    nb: 'filen er endret av et annet program siden denne økten lagret den, så dette svaret er ikke lagret, og filen er som den var; se på filen, og kjør assess igjen for å fortsette fra den',
    da: 'filen er ændret af et andet program, siden denne session gemte den, så dette svar er ikke gemt, og filen er, som den var; se på filen, og kør assess igen for at fortsætte fra den',
  },
  'assess.outNotYaml': {
    en: 'assess writes an assessment file in YAML: give --out a name ending in .yaml or .yml, e.g. {example}',
    nb: 'assess skriver en vurderingsfil i YAML: gi --out et navn som slutter på .yaml eller .yml, f.eks. {example}',
    da: 'assess skriver en vurderingsfil i YAML: giv --out et navn, der ender på .yaml eller .yml, f.eks. {example}',
  },
  'report.badSourceDateEpoch': {
    en: 'SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 up to {max} (the year 9999), got "{value}"; unset it to use the time now',
    nb: 'SOURCE_DATE_EPOCH må være hele sekunder siden 1970-01-01, høyst {max} (året 9999), fikk «{value}»; fjern den for å bruke tiden nå',
    da: 'SOURCE_DATE_EPOCH skal være hele sekunder siden 1970-01-01, højst {max} (året 9999), fik »{value}«; fjern den for at bruge tiden nu',
  },
} as const satisfies MessageTable;
