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
      regular: readFileSync(path.join(dir, FILES.regular)),
      bold: readFileSync(path.join(dir, FILES.bold)),
    };
  }
  return loaded;
}

/** Registers both weights on a document under FONT_NAME, and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const bytes = fontBytes();
  doc.registerFont(FONT_NAME.regular, bytes.regular);
  doc.registerFont(FONT_NAME.bold, bytes.bold);
  doc.font(FONT_NAME.regular);
}
