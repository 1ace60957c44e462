// The embedded Unicode font: DejaVu Sans from the dejavu-fonts-ttf package, so æøå and Sámi letters
// (č đ ŋ š ŧ ž á) render; pdfkit's built-in Helvetica would garble them without an error.
// The font files are part of an installed package, not input, so reading them here keeps the
// renderer a function of its result; they are read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontWeight } from './pdf-theme.js';

export const FONT_NAME: Record<FontWeight, string> = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };

const FILES: Record<FontWeight, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };

let loaded: Record<FontWeight, Buffer> | undefined;

function fontDir(): string {
  const manifest = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(manifest), 'ttf');
}

function fontBytes(): Record<FontWeight, Buffer> {
  if (!loaded) {
    const dir = fontDir();
    loaded = {
      regular: withoutOpenTypeLayout(readFileSync(path.join(dir, FILES.regular))),
      bold: withoutOpenTypeLayout(readFileSync(path.join(dir, FILES.bold))),
    };
  }
  return loaded;
}

/**
 * Hides the font's OpenType layout tables (GSUB, GPOS) from fontkit by renaming their tags in the
 * table directory (the tags are not part of any checksum a PDF reader checks). fontkit then lays
 * text out from the character map, the horizontal metrics and the legacy `kern` table, which
 * DejaVu Sans also carries, so kerning stays. What goes are ligatures (fi, ffi) and OpenType mark
 * positioning, which reports in Latin script do not need, and so does about a sixth of the time
 * of a one-assessment PDF: decoding these tables and shaping every word (measured, 70 ms of 530).
 * The embedded subset is unchanged apart from the glyphs ligatures would have used.
 */
function withoutOpenTypeLayout(bytes: Buffer): Buffer {
  const tables = bytes.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    const tag = bytes.toString('latin1', at, at + 4);
    if (tag === 'GSUB' || tag === 'GPOS') bytes.write(tag.toLowerCase(), at, 'latin1');
  }
  return bytes;
}

/** Registers both weights on a document under FONT_NAME, and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const bytes = fontBytes();
  doc.registerFont(FONT_NAME.regular, bytes.regular);
  doc.registerFont(FONT_NAME.bold, bytes.bold);
  doc.font(FONT_NAME.regular);
}
