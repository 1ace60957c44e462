// The words a spreadsheet shows for the result's codes (SPEC 14): kinds, levels of detail, statuses of
// an assessment and of an item, and an action's status, shared by the people's CSV and the workbooks.
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import '../i18n/messages/excel.js';

export type Detail = 'overall' | 'domain' | 'principle' | 'item';
export type RowStatus = 'complete' | 'in-progress' | 'rated' | 'na' | 'missing';
export type ActionStatus = 'planned' | 'started' | 'done' | 'dropped';
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
const ACTION: Record<ActionStatus, MessageKey> = {
  planned: 'excel.action.planned',
  started: 'excel.action.started',
  done: 'excel.action.done',
  dropped: 'excel.action.dropped',
};

export const kindWord = (kind: Kind | null, lang: Lang): string => (kind === null ? '' : t(lang, KIND[kind]));
export const detailWord = (detail: Detail, lang: Lang): string => t(lang, DETAIL[detail]);
export const statusWord = (status: RowStatus, lang: Lang): string => t(lang, STATUS[status]);
export const actionWord = (status: ActionStatus | undefined, lang: Lang): string => (status === undefined ? '' : t(lang, ACTION[status]));
