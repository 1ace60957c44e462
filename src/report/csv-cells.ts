// Writing CSV cells by hand, for two dialects: numbers at full precision (a decimal comma for
// Excel), text guarded against formula injection, and RFC 4180 quoting.

export type CsvDialect = 'rfc4180' | 'excel';

/** A cell is text, or a number (null = empty). Numbers are never formula-escaped: -0.5 stays a number. */
export type CsvCell = { text: string } | { number: number | null };

export interface DialectRules {
  delimiter: string;
  decimal: '.' | ',';
  bom: string;
  /**
   * CRLF in both dialects: RFC 4180 section 2 ends every record with CRLF, and Excel expects it.
   * Parsers that expect LF (csv-parse, pandas, R) read CRLF as well.
   */
  eol: string;
}

export const DIALECTS: Record<CsvDialect, DialectRules> = {
  rfc4180: { delimiter: ',', decimal: '.', bom: '', eol: '\r\n' },
  // A Nordic Excel reads ; as the list separator and , as the decimal mark, and needs the BOM to
  // take the file as UTF-8 (otherwise æøå come out as Windows-1252 mojibake).
  excel: { delimiter: ';', decimal: ',', bom: '\uFEFF', eol: '\r\n' },
};

/**
 * The shortest decimal that reads back as the same double, without exponent notation
 * (String(1e-7) is "1e-7", which not every spreadsheet reads as a number).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + out;
}

// A cell that starts like this is run as a formula by Excel, LibreOffice and Google Sheets
// (OWASP "CSV injection"); a leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatCell(cell: CsvCell, rules: DialectRules): string {
  if ('number' in cell) {
    if (cell.number === null) return '';
    const text = plainNumber(cell.number);
    return rules.decimal === ',' ? text.replace('.', ',') : text;
  }
  return quote(escapeFormula(cell.text), rules.delimiter);
}

/** The start of the file: the BOM where the dialect wants one, and the header record. */
export function csvHead(header: readonly string[], dialect: CsvDialect): string {
  const rules = DIALECTS[dialect];
  return rules.bom + header.map((name) => quote(name, rules.delimiter)).join(rules.delimiter) + rules.eol;
}

/** Records, each ended by the dialect's line end (so pieces can be written one after another). */
export function csvRecords(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const rules = DIALECTS[dialect];
  return rows.map((row) => row.map((cell) => formatCell(cell, rules)).join(rules.delimiter) + rules.eol).join('');
}
