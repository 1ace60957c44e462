// Messages of `report --summary`, the leaders' version (SPEC 12), that the command line needs before a
// renderer loads; the review report's own words are in report.ts, loaded with the renderers.
import type { MessageTable } from '../catalogue.js';

export const reviewReportMessages = {
  'summary.option': {
    en: 'the leaders\' version: page one for each team\'s latest assessment, and a comparison when there are several teams; nothing else (md, pdf)',
    nb: 'lederversjonen: side én for hvert teams siste vurdering, og en sammenligning når det er flere team; ikke noe mer (md, pdf)',
    da: 'lederversionen: side et for hvert teams seneste vurdering og en sammenligning, når der er flere teams; intet andet (md, pdf)',
  },
  'summary.onlyDocuments': {
    en: '--summary makes the leaders\' version of a Markdown or PDF report; CSV and JSON always hold every assessment: leave --summary out, or give --format md or pdf',
    nb: '--summary lager lederversjonen av en Markdown- eller PDF-rapport; CSV og JSON har alltid alle vurderingene: utelat --summary, eller gi --format md eller pdf',
    da: '--summary laver lederversionen af en Markdown- eller PDF-rapport; CSV og JSON har altid alle vurderingerne: udelad --summary, eller angiv --format md eller pdf',
  },
} as const satisfies MessageTable;
