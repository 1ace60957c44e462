// The PDF report (SPEC section 9): page one for leaders, then the details, for one assessment; a
// comparison of teams and their trends first when there are several. A4, embedded DejaVu fonts,
// tagged headings and paragraphs, page numbers, and the same bytes for the same input under
// SOURCE_DATE_EPOCH.
import { t } from '../../i18n/catalogue.js';
import { formatDate, locale } from '../../i18n/format.js';
import type { Result } from '../../result/schema.js';
import { latestPerTeam, teamsOf } from '../../result/queries.js';
import type { RenderContext, Renderer } from '../render-context.js';
import '../../i18n/messages/report.js';
import { scaleName } from '../phrases.js';
import { drawOverviewPage, drawTeamHistoryPage, drawTrendPages } from './comparison-pages.js';
import { drawDetailPages } from './detail-pages.js';
import { registerFonts } from './fonts.js';
import { drawMethod, madeOn } from './method-section.js';
import { cutText, Layout, NAME_LIMIT, TEXT_LIMIT } from './pdf-layout.js';
import { loadPdfkit } from './load-pdfkit.js';
import { COLOR, PAGE, TEXT } from './pdf-theme.js';
import '../../i18n/messages/pdf.js';
import { drawSummaryPage } from './summary-page.js';

const PDFDocument = loadPdfkit();

function documentTitle(result: Result, ctx: RenderContext): string {
  const { lang } = ctx;
  const [only] = result.assessments;
  if (result.assessments.length === 1 && only) return t(lang, 'pdf.docTitle', { team: cutText(only.team, NAME_LIMIT), date: formatDate(only.date, lang) });
  if (result.assessments.length === 0) return t(lang, 'pdf.reportTitle');
  const teams = teamsOf(result);
  if (teams.length === 1) return t(lang, 'pdf.docTitleTeam', { team: cutText(teams[0] ?? '', NAME_LIMIT), assessments: result.assessments.length });
  return t(lang, 'pdf.docTitleMany', { teams: teams.length, assessments: result.assessments.length });
}

function createDocument(result: Result, ctx: RenderContext): PDFKit.PDFDocument {
  const moment = madeOn(ctx);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    autoFirstPage: false,
    // No default font: pdfkit would otherwise load Helvetica's metrics, which this document never uses.
    font: null as unknown as string,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: locale(ctx.lang),
    displayTitle: true,
    info: {
      Title: documentTitle(result, ctx),
      Author: 'hf-fidelity',
      Subject: result.scale.name,
      Keywords: 'Housing First, fidelity',
      Creator: `hf-fidelity ${result.tool.version}`,
      CreationDate: moment,
      ModDate: moment,
    },
  });
  registerFonts(doc);
  return doc;
}

function footer(layout: Layout, ctx: RenderContext): (index: number, count: number, label: string) => void {
  return (index, count, label) => {
    const { doc } = layout;
    const y = PAGE.height - PAGE.bottom + 22;
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(layout.left, y - 6).lineTo(layout.right, y - 6).stroke().restore();
    const page = t(ctx.lang, 'pdf.page', { page: index + 1, pages: count });
    const pageWidth = layout.widthOf(page, TEXT.tiny) + 2;
    layout.put(page, TEXT.tiny, layout.right - pageWidth, y, pageWidth, { align: 'right' });
    layout.put(label, TEXT.tiny, layout.left, y, layout.width - pageWidth - 20, { maxHeight: layout.lineHeight(TEXT.tiny) });
  };
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

function sectionLabel(team: string, date: string | null, ctx: RenderContext): string {
  return date ? `${team}  ·  ${formatDate(date, ctx.lang)}` : team;
}

/**
 * The result with team, rater and owner names as drawn: cut past NAME_LIMIT characters (the result
 * itself, and so the JSON, keeps them whole). The same result when no name is that long.
 */
function withNamesCut(result: Result, layout: Layout): Result {
  const long = (name: string): boolean => name.length > NAME_LIMIT;
  const any = result.assessments.some(
    (a) => long(a.team) || a.raters.some(long) || a.comments.some((c) => long(c.rater)) || a.actions.some((x) => long(x.owner ?? '')),
  );
  if (!any) return result;
  const name = (text: string): string => layout.name(text);
  return {
    ...result,
    assessments: result.assessments.map((a) => ({
      ...a,
      team: name(a.team),
      raters: a.raters.map(name),
      items: a.items.map((item) => ({ ...item, raters: Object.fromEntries(Object.entries(item.raters).map(([rater, answer]) => [name(rater), answer])) })),
      comments: a.comments.map((c) => ({ ...c, rater: name(c.rater) })),
      actions: a.actions.map((x) => (x.owner === undefined ? x : { ...x, owner: name(x.owner) })),
    })),
  };
}

export const renderPdf: Renderer = async (whole, ctx) => {
  const doc = createDocument(whole, ctx);
  const bytes = collect(doc);
  const layout = new Layout(doc);
  const result = withNamesCut(whole, layout);
  const reportLabel = `${t(ctx.lang, 'pdf.reportTitle')}  ·  ${scaleName(ctx.scale, result, ctx.lang)}`;
  const many = result.assessments.length > 1;

  if (ctx.summary && result.assessments.length > 0) {
    // The leaders' version: one comparison page where there are several teams, then page one of each
    // team's latest round; nothing else.
    if (teamsOf(result).length > 1) {
      layout.label = reportLabel;
      layout.newPage();
      drawOverviewPage(layout, result, ctx);
    }
    for (const assessment of latestPerTeam(result)) {
      layout.label = sectionLabel(assessment.team, assessment.date, ctx);
      layout.newPage();
      drawSummaryPage(layout, result, assessment, ctx);
    }
    layout.finish(footer(layout, ctx));
    doc.end();
    return bytes;
  }
  if (result.assessments.length === 0) {
    layout.label = reportLabel;
    layout.newPage();
    layout.text(t(ctx.lang, 'pdf.reportTitle'), TEXT.title, { tag: 'H1', after: 8 });
    layout.text(t(ctx.lang, 'pdf.noAssessments'), TEXT.body);
  }
  if (many) {
    layout.label = reportLabel;
    layout.newPage();
    if (teamsOf(result).length === 1) {
      if (!drawTeamHistoryPage(layout, result, ctx)) drawMethod(layout, result, ctx, []);
    } else {
      drawOverviewPage(layout, result, ctx);
      layout.newPage();
      drawTrendPages(layout, result, ctx);
      drawMethod(layout, result, ctx, []);
    }
  }
  for (const assessment of result.assessments) {
    layout.label = sectionLabel(assessment.team, assessment.date, ctx);
    layout.newPage();
    drawSummaryPage(layout, result, assessment, ctx);
    layout.newPage();
    drawDetailPages(layout, result, assessment, ctx, !many);
  }
  if (layout.shortened) {
    layout.gap(10);
    layout.text(t(ctx.lang, 'pdf.limits.shortened', { names: NAME_LIMIT, texts: TEXT_LIMIT.toLocaleString(locale(ctx.lang)) }), TEXT.small);
  }
  layout.finish(footer(layout, ctx));
  doc.end();
  return bytes;
};
