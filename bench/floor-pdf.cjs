// A floor for a one-assessment PDF, not a product: pdfkit with the same embedded DejaVu fonts sets
// the same text, page by page, as plain paragraphs (a heading in bold), and writes the file. No
// reading, scoring, charts or tables. Usage: node floor-pdf.cjs pages.txt out.pdf, where pages.txt
// is `pdftotext` of the real report (pages separated by form feeds).
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const pages = fs.readFileSync(process.argv[2], 'utf8').split('\f').filter((p) => p.trim() !== '');
const doc = new PDFDocument({ size: 'A4', margin: 50, font: null, autoFirstPage: false });
doc.registerFont('regular', fs.readFileSync(path.join(fonts, 'DejaVuSans.ttf')));
doc.registerFont('bold', fs.readFileSync(path.join(fonts, 'DejaVuSans-Bold.ttf')));
doc.pipe(fs.createWriteStream(process.argv[3]));
for (const page of pages) {
  doc.addPage();
  const [heading, ...paragraphs] = page.split(/\n\s*\n/);
  doc.font('bold').fontSize(16).text(heading ?? '');
  doc.font('regular').fontSize(8.5);
  for (const paragraph of paragraphs) doc.text(paragraph.replace(/\s*\n\s*/g, ' '), { height: 700 });
}
doc.end();
