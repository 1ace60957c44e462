// Messages about what a scale's content is: an item marked `adapted: true` (its topic or wording is the
// scale's own, not confirmed against the published scale it adapts) gets a mark after its title in the
// items tables of the Markdown and PDF reports and in `scales show`, with one legend line under the
// table.
import type { MessageTable } from '../catalogue.js';

export const scaleContentMessages = {
  'adapted.mark': { en: '†', nb: '†', da: '†' },
  'adapted.legend': {
    en: "† Adapted: this item's topic or wording is this tool's own, not confirmed against the published scale",
    nb: '† Tilpasset: denne indikatoren har et tema eller en ordlyd som dette verktøyet har valgt selv, og som ikke er bekreftet i den publiserte skalaen',
    da: '† Tilpasset: denne indikator har et emne eller en ordlyd, som dette værktøj selv har valgt, og som ikke er bekræftet i den publicerede skala',
  },
} as const satisfies MessageTable;
