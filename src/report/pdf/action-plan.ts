// The action plan: what the team will do, who is responsible, by when, and (where the plan says) how
// far it has come. It closes the report.
import { t } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { AssessmentResult } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import { itemTitle } from '../phrases.js';
import { STATUS_TEXT } from '../review-text.js';
import type { Layout } from './pdf-layout.js';
import { TEXT } from './pdf-theme.js';
import { drawTable, tableStartHeight, type TableSpec } from './table.js';

export function drawActionPlan(layout: Layout, a: AssessmentResult, ctx: RenderContext): void {
  if (a.actions.length === 0) return;
  const { lang, scale } = ctx;
  // The status column only where the plan has one (a review file, or a plan followed up).
  const withStatus = a.actions.some((action) => action.status !== undefined);
  const spec: TableSpec = {
    keepTogether: true,
    columns: [
      { header: t(lang, 'report.col.item'), width: 130 },
      { header: t(lang, 'pdf.col.action') },
      { header: t(lang, 'report.col.owner'), width: 90 },
      { header: t(lang, 'report.col.due'), width: 62 },
      ...(withStatus ? [{ header: t(lang, 'review.col.status'), width: 62 }] : []),
    ],
    rows: a.actions.map((action) => ({
      cells: [
        action.item
          ? { text: itemTitle(scale, action.item, lang), sub: { text: action.item, style: TEXT.tiny } }
          : { text: '–', style: TEXT.cellMuted },
        { text: action.action },
        { text: action.owner ?? '–' },
        { text: formatDate(action.due ?? null, lang) },
        ...(withStatus ? [{ text: action.status === undefined ? '–' : t(lang, STATUS_TEXT[action.status]) }] : []),
      ],
    })),
  };
  layout.leadSection(t(lang, 'pdf.actions'), t(lang, 'pdf.actionsLead'), 4, tableStartHeight(layout, spec));
  drawTable(layout, spec);
}
