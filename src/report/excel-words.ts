// The words a spreadsheet shows for the result's codes (SPEC 14): kinds, levels of detail, statuses of
// an assessment and of an item, and an action's status, shared by the people's CSV and the workbooks.
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import '../i18n/messages/excel.js';
import '../i18n/messages/report.js';
import { STATUS_TEXT } from './review-text.js';

export type Detail = 'overall' | 'domain' | 'principle' | 'item';
export type RowStatus = 'complete' | 'in-progress' | 'rated' | 'na' | 'missing';
type ActionStatus = keyof typeof STATUS_TEXT;
export type Kind = 'self' | 'external';

const KIND: Record<Kind, MessageKey> = { self: 'excel.template.kind.self', external: 'excel.template.kind.external' };
const DETAIL: Record<Detail, MessageKey> = {
  overall: 'excel.detail.overall',
  domain: 'excel.detail.domain',
  principle: 'excel.detail.principle',
  item: 'excel.detail.item',
};
const STATUS: Record<RowStatus, MessageKey> = {
  complete: 'excel.status.complete',
  'in-progress': 'excel.status.in-progress',
  rated: 'excel.status.rated',
  na: 'excel.status.na',
  missing: 'excel.status.missing',
};

export const kindWord = (kind: Kind | null, lang: Lang): string => (kind === null ? '' : t(lang, KIND[kind]));
export const detailWord = (detail: Detail, lang: Lang): string => t(lang, DETAIL[detail]);
export const statusWord = (status: RowStatus, lang: Lang): string => t(lang, STATUS[status]);
/** An action's status in the review report's words. */
export const actionWord = (status: ActionStatus | undefined, lang: Lang): string => (status === undefined ? '' : t(lang, STATUS_TEXT[status]));
