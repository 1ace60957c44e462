// The embedded Unicode font: DejaVu Sans from the dejavu-fonts-ttf package, so æøå and Sámi letters
// (č đ ŋ š ŧ ž á) render; pdfkit's built-in Helvetica would garble them without an error.
// The font files are part of an installed package, not input, so reading them here keeps the
// renderer a function of its result; they are read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EMBEDDED, embeddedBytes } from '../../shared/embedded.js';
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
    // In the single-file executable the fonts are its assets, named as in sea-config.json.
    const read = EMBEDDED ? (file: string) => embeddedBytes(`fonts/${file}`) : (file: string) => readFileSync(path.join(fontDir(), file));
    loaded = { regular: forLayout(read(FILES.regular)), bold: forLayout(read(FILES.bold)) };
  }
  return loaded;
}

/**
 * Two changes to the font as read, so fontkit does less work for the same pages (together about a
 * fifth of a one-assessment PDF's time, measured). Both touch only the table directory and one
 * header field; the font subset pdfkit embeds is built from other tables and is unchanged.
 *
 * - The OpenType layout tables (GSUB, GPOS) are hidden by renaming their tags. fontkit then lays
 *   text out from the character map, the horizontal metrics and the legacy `kern` table, which
 *   DejaVu Sans also carries, so kerning stays. What goes are ligatures (fi, ffi) and OpenType mark
 *   positioning, which reports in Latin script do not need, and decoding those tables and shaping
 *   every word with them (70 ms of 530).
 * - The `post` table is marked as version 3, which carries no glyph names: pdfkit reads only its
 *   italic angle, but fontkit decoded all 6,000 glyph names to give it (14 ms per font).
 */
function forLayout(bytes: Buffer): Buffer {
  const tables = bytes.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    const tag = bytes.toString('latin1', at, at + 4);
    if (tag === 'GSUB' || tag === 'GPOS') bytes.write(tag.toLowerCase(), at, 'latin1');
    if (tag === 'post') bytes.writeUInt32BE(0x00030000, bytes.readUInt32BE(at + 8));
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
