// Every message table of the catalogue, the early ones and those their command loads, as one map
// (the tables' keys never overlap; the catalogue test checks that).
import type { MessageTable, PluralText } from '../../src/i18n/catalogue.js';
import { cliMessages } from '../../src/i18n/messages/cli.js';
import { scaleMessages } from '../../src/i18n/messages/scale.js';
import { inputMessages } from '../../src/i18n/messages/input.js';
import { judgementMessages } from '../../src/i18n/messages/judgement.js';
import { dataKeptMessages } from '../../src/i18n/messages/data-kept.js';
import { reviewReportMessages } from '../../src/i18n/messages/review-report.js';
import { scaleContentMessages } from '../../src/i18n/messages/scale-content.js';
import { hardeningOutputMessages } from '../../src/i18n/messages/hardening-output.js';
import { hardeningInputMessages } from '../../src/i18n/messages/hardening-inputs.js';
import { hardeningParsingMessages } from '../../src/i18n/messages/hardening-parsing.js';
import { hardeningLimitMessages } from '../../src/i18n/messages/hardening-limits.js';
import { assessMessages } from '../../src/i18n/messages/assess.js';
import { reportMessages } from '../../src/i18n/messages/report.js';
import { pdfMessages } from '../../src/i18n/messages/pdf.js';
import { reliabilityMessages } from '../../src/i18n/messages/reliability.js';
import { excelMessages } from '../../src/i18n/messages/excel.js';

export const MESSAGE_TABLES: Record<string, MessageTable> = {
  cli: cliMessages,
  scale: scaleMessages,
  input: inputMessages,
  judgement: judgementMessages,
  dataKept: dataKeptMessages,
  reviewReport: reviewReportMessages,
  scaleContent: scaleContentMessages,
  hardeningOutput: hardeningOutputMessages,
  hardeningInputs: hardeningInputMessages,
  hardeningParsing: hardeningParsingMessages,
  hardeningLimits: hardeningLimitMessages,
  assess: assessMessages,
  report: reportMessages,
  pdf: pdfMessages,
  reliability: reliabilityMessages,
  excel: excelMessages,
};

export const ALL_MESSAGES: MessageTable = Object.assign({}, ...Object.values(MESSAGE_TABLES));

/** Every form of a message in one language: the text, or its `one` and `other` forms. */
export function forms(text: string | PluralText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : [text.one, text.other];
}
