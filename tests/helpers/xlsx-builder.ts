// Small .xlsx workbooks for tests, written as the XML Excel writes (with jszip, which exceljs brings):
// sheets (hidden or not) of rows of cells, shared texts, date styles, formulas, error values and
// merged cells; and a zip whose directory declares another size than its part unpacks to.
import JSZip from 'jszip';

/** One cell: a text (a shared string), a number, or the raw XML of a `<c>` element's inside. */
export type CellSpec = string | number | null | { xml: string; t?: string; s?: number };

export interface SheetSpec {
  name: string;
  state?: 'hidden' | 'veryHidden';
  rows: CellSpec[][];
  /** Rows given as raw XML after the rows above (e.g. many blank rows). */
  extraRowsXml?: string;
  merges?: string[];
}

/** Column letters of a 0-based index: 0 A, 25 Z, 26 AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The workbook's parts, as text: sheets of rows; style 1 is a date (numFmtId 14). */
export function workbookParts(sheets: SheetSpec[], options: { sharedStrings?: string[] } = {}): Record<string, string> {
  const strings: string[] = [...(options.sharedStrings ?? [])];
  const index = new Map<string, number>(strings.map((s, i) => [s, i]));
  const shared = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const parts: Record<string, string> = {};
  sheets.forEach((sheet, si) => {
    const rows = sheet.rows
      .map((cells, ri) => {
        const r = ri + 1;
        const xml = cells
          .map((cell, ci) => {
            const ref = `${columnLetters(ci)}${r}`;
            if (cell === null) return '';
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
            return `<c r="${ref}"${cell.t ? ` t="${cell.t}"` : ''}${cell.s !== undefined ? ` s="${cell.s}"` : ''}>${cell.xml}</c>`;
          })
          .join('');
        return `<row r="${r}">${xml}</row>`;
      })
      .join('');
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    parts[`xl/worksheets/sheet${si + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}${sheet.extraRowsXml ?? ''}</sheetData>${merges}</worksheet>`;
  });
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  parts['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`)
      .join('')}</sst>`;
  parts['xl/styles.xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  parts['_rels/.rels'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  return parts;
}

/** The parts zipped (deflated), as the bytes of an .xlsx file. */
export async function zipParts(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export async function buildWorkbook(sheets: SheetSpec[], options: { sharedStrings?: string[] } = {}): Promise<Buffer> {
  return zipParts(workbookParts(sheets, options));
}

/**
 * The zip with the size `part` is said to unpack to (in its local header and the central directory)
 * set to `size`: a zip that declares more than it holds, or less.
 */
export function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part, 'utf8');
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.readUInt16LE(i + 26) === name.length && out.subarray(i + 30, i + 30 + name.length).equals(name)) {
      out.writeUInt32LE(size, i + 22);
    } else if (sig === 0x02014b50 && out.readUInt16LE(i + 28) === name.length && out.subarray(i + 46, i + 46 + name.length).equals(name)) {
      out.writeUInt32LE(size, i + 24);
    }
  }
  return out;
}
