// The key facts on page one, side by side: how complete the assessment is (with the sum of the item
// scores and the share in the top two points), the change since last
// time, and when the next assessment is due.
import { msg, t } from '../../i18n/catalogue.js';
import { formatDate } from '../../i18n/format.js';
import type { AssessmentResult, Result } from '../../result/schema.js';
import type { RenderContext } from '../render-context.js';
import { shownChangeText } from '../level-judgement.js';
import { itemTotal, topShare } from '../item-totals.js';
import { topShareLabel, topShareText, totalText } from '../item-totals-text.js';
import type { Layout } from './pdf-layout.js';
import { COLOR, TEXT } from './pdf-theme.js';

interface Fact {
  label: string;
  value: string;
  sub: string;
}

/** Completeness gets the widest cell: it carries the most words. */
const FACT_SHARES = [0.38, 0.31, 0.31];

function factRow(layout: Layout, facts: Fact[]): void {
  const gap = 14;
  const widths = facts.map((_, i) => (layout.width - gap * (facts.length - 1)) * (FACT_SHARES[i] ?? 1 / facts.length));
  const valueStyle = { ...TEXT.bodyBold, size: 10.5 };
  const heights = facts.map((f, i) => {
    const width = widths[i] ?? 0;
    return 11 + layout.heightOf(f.value, valueStyle, width) + (f.sub ? 2 + layout.heightOf(f.sub, TEXT.small, width) : 0);
  });
  const height = Math.max(...heights);
  layout.ensure(height);
  const y = layout.y;
  let x = layout.left;
  facts.forEach((fact, index) => {
    const width = widths[index] ?? 0;
    if (index > 0) {
      layout.artifact(() =>
        layout.doc.save().lineWidth(0.6).strokeColor(COLOR.hairline).moveTo(x - gap / 2, y).lineTo(x - gap / 2, y + height).stroke().restore(),
      );
    }
    let fy = y;
    layout.tagged('P', () => {
      fy += layout.put(fact.label.toUpperCase(), TEXT.label, x, fy, width) + 2;
    });
    layout.tagged('P', () => {
      fy += layout.put(fact.value, valueStyle, x, fy, width);
    });
    const fx = x;
    if (fact.sub) layout.tagged('P', () => layout.put(fact.sub, TEXT.small, fx, fy + 2, width));
    x += width + gap;
  });
  layout.y = y + height + 4;
}

export function drawKeyFacts(layout: Layout, result: Result, a: AssessmentResult, ctx: RenderContext): void {
  const { lang, scale } = ctx;
  const { rated, na, missing } = a.overall;
  const total = rated + na + missing;
  const sum = itemTotal(scale, a);
  const share = topShare(scale, a);
  const completeSub = [
    sum ? `${t(lang, 'report.label.total')}: ${totalText(sum, lang)}.` : '',
    share ? `${topShareLabel(share, lang)}: ${topShareText(share, lang)}.` : '',
    na + missing > 0 ? t(lang, 'pdf.completeRest', { na: msg('report.naCount', { count: na }), missing }) + '.' : '',
    missing > 0 && rated > 0 ? t(lang, 'pdf.restsOnRated', { rated }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  let change: Fact;
  if (a.change === null) change = { label: t(lang, 'report.change'), value: t(lang, 'pdf.changeFirst'), sub: '' };
  else if (a.change.overall === null)
    change = { label: t(lang, 'report.change'), value: t(lang, 'pdf.changeUnknown'), sub: t(lang, 'pdf.changeSince', { date: formatDate(a.change.from, lang) }) };
  else
    change = {
      label: t(lang, 'report.change'),
      value: shownChangeText(scale, a.overall.score, a.change.overall, lang),
      sub: t(lang, 'pdf.changeSince', { date: formatDate(a.change.from, lang) }),
    };
  const months = scale.reviewEveryMonths;
  // Scoring sets nextDue on a team's latest dated assessment only; say why an earlier one has none.
  const later = a.date !== null && result.assessments.some((b) => b.team === a.team && b.date !== null && b.date > (a.date ?? ''));
  const next: Fact = {
    label: t(lang, 'report.nextDue'),
    value: a.nextDue
      ? t(lang, 'pdf.nextDueBy', { date: formatDate(a.nextDue, lang) })
      : later
        ? t(lang, 'pdf.nextDueLater')
        : t(lang, 'pdf.nextDueNone'),
    sub: months === null ? '' : t(lang, 'pdf.nextDueEvery', { months }),
  };
  factRow(
    layout,
    [
      { label: t(lang, 'pdf.complete'), value: t(lang, 'pdf.completeShort', { rated, total }), sub: completeSub },
      change,
      next,
    ],
  );
}

