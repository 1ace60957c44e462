// The item totals in words (item-totals.ts), for Markdown and the PDF: "131 av 152", "74 % (28 av 38)",
// and a line per item that moved ("hcs2 Tid til egen bolig: 2 → 3").
import { t } from '../i18n/catalogue.js';
import { formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { ItemChanges, ItemMove, ItemTotal, TopShare } from './item-totals.js';
import { formatBound, itemTitle } from './phrases.js';

export function totalText(total: ItemTotal, lang: Lang): string {
  const params = { total: formatBound(total.total, lang), max: formatBound(total.max, lang), rated: total.rated };
  return t(lang, total.complete ? 'report.total' : 'report.totalOfRated', params);
}

export function topShareLabel(share: TopShare, lang: Lang): string {
  return t(lang, 'report.label.topShare', { point: formatBound(share.point, lang) });
}

export function topShareText(share: TopShare, lang: Lang): string {
  return t(lang, 'report.topShare', { percent: formatPercent(share.percent, lang), count: share.count, rated: share.rated });
}

export function itemChangeSummary(changes: ItemChanges, lang: Lang): string {
  return t(lang, 'report.itemChange.summary', { up: changes.up.length, down: changes.down.length, same: changes.same });
}

export function itemMoveText(scale: Scale, move: ItemMove, lang: Lang): string {
  return `${move.id} ${itemTitle(scale, move.id, lang)}: ${formatBound(move.before, lang)} → ${formatBound(move.now, lang)}`;
}
