// A scale as readable terminal text for `scales show`: levels, principles, domains, items, anchors.
import { localize, type Lang } from '../i18n/lang.js';
import { t } from '../i18n/catalogue.js';
import { formatExact } from '../i18n/format.js';
import type { Scale } from '../scale/model.js';
import { safeForTerminal, wrapText } from '../terminal/terminal-text.js';
import { aggregationText, percentRuleText } from '../report/phrases.js';

export function renderScaleText(scale: Scale, lang: Lang, columns: number): string {
  const width = Math.max(60, Math.min(columns, 110));
  const L = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const n = (value: number) => formatExact(value, lang);
  const out: string[] = [];
  out.push(`${L(scale.name)} (${scale.id} ${scale.version})`);
  if (scale.description) out.push(wrapText(L(scale.description), width, 0));
  if (scale.source) out.push(wrapText(`${t(lang, 'show.source')}: ${scale.source}`, width, 2, 0));
  if (scale.notice) out.push(wrapText(`${t(lang, 'show.notice')}: ${L(scale.notice)}`, width, 2, 0));
  out.push('');
  const review = scale.reviewEveryMonths ? `    ${t(lang, 'show.review', { months: scale.reviewEveryMonths })}` : '';
  out.push(`${t(lang, 'show.rating')}: ${n(scale.rating.min)}-${n(scale.rating.max)}${review}`);
  out.push(wrapText(`${t(lang, 'show.aggregation')}: ${aggregationText(scale, lang)}`, width, 2, 0));
  out.push(wrapText(`${t(lang, 'show.percent')}: ${percentRuleText(scale, lang)}`, width, 2, 0));
  if (scale.levelRounding !== null) out.push(wrapText(t(lang, 'show.levelRounding', { count: scale.levelRounding }), width, 2, 0));
  for (const [score, label] of Object.entries(scale.labels)) out.push(`  ${score} = ${L(label)}`);
  if (scale.levels.length > 0) {
    out.push('', `${t(lang, 'show.levels')}:`);
    for (const level of scale.levels) {
      const rule = [level.min !== null ? `>= ${n(level.min)}` : t(lang, 'show.otherwise'), level.minCritical !== null ? t(lang, 'show.minCritical', { min: n(level.minCritical) }) : '']
        .filter(Boolean)
        .join(', ');
      out.push(`  ${level.id}: ${L(level.label)} (${rule})`);
      if (level.description) out.push(wrapText(L(level.description), width, 4));
    }
  }
  if (scale.principles.length > 0) {
    out.push('', `${t(lang, 'show.principles')}:`);
    for (const p of scale.principles) {
      const count = scale.items.filter((i) => i.principles.includes(p.id)).length;
      out.push(`  ${p.id}: ${L(p.name)} (${t(lang, 'scales.items', { count })})`);
    }
  }
  scale.domains.forEach((domain, d) => {
    const range = domain.rating.min !== scale.rating.min || domain.rating.max !== scale.rating.max ? `, ${n(domain.rating.min)}-${n(domain.rating.max)}` : '';
    const weight = domain.weight !== 1 ? `, ${t(lang, 'show.weight')} ${n(domain.weight)}` : '';
    out.push('', `${d + 1}. ${L(domain.name)} [${domain.id}${range}${weight}]`);
    for (const item of domain.items) {
      const flags = [
        item.critical ? t(lang, 'show.critical') : '',
        item.na ? t(lang, 'show.naAllowed') : '',
        item.weight !== 1 ? `${t(lang, 'show.weight')} ${n(item.weight)}` : '',
      ].filter(Boolean);
      const mark = item.adapted ? ` ${t(lang, 'adapted.mark')}` : '';
      out.push(`  ${item.id}  ${L(item.title)}${mark}${flags.length ? ` (${flags.join(', ')})` : ''}`);
      if (item.question) out.push(wrapText(L(item.question), width, 6));
      for (const [score, anchor] of Object.entries(item.anchors)) out.push(wrapText(`${score}: ${L(anchor)}`, width, 9, 6));
      if (item.principles.length > 0) out.push(wrapText(`${t(lang, 'show.principles')}: ${item.principles.join(', ')}`, width, 6));
    }
  });
  if (scale.items.some((item) => item.adapted)) out.push('', wrapText(t(lang, 'adapted.legend'), width, 2, 0));
  return safeForTerminal(`${out.join('\n')}\n`);
}
