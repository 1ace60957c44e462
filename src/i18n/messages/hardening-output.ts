// Messages of the output hardening: stdout that cannot take the output, an assessment file open in
// another `assess`, an --out that is not YAML, a SOURCE_DATE_EPOCH that is no date.
import type { MessageTable } from '../catalogue.js';

export const hardeningOutputMessages = {
  'output.stdoutFailed': {
    en: 'the output could not be written ({reason}), so what was written is incomplete; write it with --out, or to another place',
    nb: 'utdataene kunne ikke skrives ({reason}), så det som ble skrevet, er ufullstendig; skriv dem med --out, eller til et annet sted',
    da: 'output kunne ikke skrives ({reason}), så det, der blev skrevet, er ufuldstændigt; skriv det med --out eller til et andet sted',
  },
} as const satisfies MessageTable;
