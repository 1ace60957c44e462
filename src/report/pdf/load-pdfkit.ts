// Loading pdfkit for a report. Its CommonJS build is used: Node loads it in about two thirds of
// the time of its ES module build (70 ms against 110 ms here: fewer, larger files, no ESM linking).
//
// Two of its dependencies do work at load that a report never needs: fontkit's Brotli decoder (for
// WOFF2 fonts only; ours is a TTF) builds its dictionary, and pdfkit's AES cipher (for encrypted
// PDFs only) builds its tables, together about 20 ms of every PDF. Each is put in Node's module
// cache as a stand-in that loads the real module on first use (once), so a WOFF2 font or an
// encrypted PDF would still work, only without the head start.
import Module, { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';

type Load = () => Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

/** Puts `make(load)` in the module cache where `from` would find `request`; `load` gives the real module. */
function deferModule(from: NodeJS.Require, request: string, make: (load: Load) => unknown): void {
  let file: string;
  try {
    file = from.resolve(request);
  } catch {
    return; // A dependency that moved its files: nothing to defer, it simply loads as usual.
  }
  if (from.cache[file]) return;
  let real: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (!real) {
      // The stand-in leaves the cache, so the real module is loaded (once) under the same name.
      delete from.cache[file];
      real = from(file) as Record<string, unknown>;
    }
    return real;
  };
  const stand = new Module(file);
  stand.filename = file;
  stand.loaded = true;
  stand.exports = make(load);
  from.cache[file] = stand;
}

export function loadPdfkit(): typeof PDFKitDocument {
  const ours = createRequire(import.meta.url);
  const pdfkit = createRequire(ours.resolve('pdfkit'));
  const fontkit = createRequire(pdfkit.resolve('fontkit'));
  // fontkit keeps `require("brotli/decompress.js")`, a function, and calls it for WOFF2 only.
  deferModule(fontkit, 'brotli/decompress.js', (load) => (...args: unknown[]) => (load() as unknown as Fn)(...args));
  // pdfkit keeps `require('@noble/ciphers/aes')` and calls its cbc and ecb when encrypting only.
  deferModule(pdfkit, '@noble/ciphers/aes', (load) => ({
    cbc: (...args: unknown[]) => (load().cbc as Fn)(...args),
    ecb: (...args: unknown[]) => (load().ecb as Fn)(...args),
  }));
  return ours('pdfkit') as typeof PDFKitDocument;
}
