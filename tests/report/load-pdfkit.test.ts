// pdfkit loaded with two dependencies deferred (src/report/pdf/load-pdfkit.ts): what they are for
// must still work when it is asked for, through the stand-ins.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { loadPdfkit } from '../../src/report/pdf/load-pdfkit.js';
import { tempDir } from '../helpers/run-cli.js';

const PDFDocument = loadPdfkit();

function render(options: PDFKit.PDFDocumentOptions): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Housing First');
  doc.end();
  return done;
}

describe('loadPdfkit', () => {
  it('still encrypts a PDF (the AES stand-in loads the real cipher)', async () => {
    const bytes = await render({ userPassword: 'hemmelig', pdfVersion: '1.7ext3' });
    const file = path.join(tempDir(), 'locked.pdf');
    writeFileSync(file, bytes);
    const info = spawnSync('pdfinfo', ['-upw', 'hemmelig', file], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Encrypted:\s+yes \(.*AES/);
    expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stderr).toMatch(/Incorrect password/);
  });

  it('still decodes Brotli for fontkit (WOFF2 fonts), through the stand-in, loading the decoder once', () => {
    const fontkit = createRequire(createRequire(createRequire(import.meta.url).resolve('pdfkit')).resolve('fontkit'));
    const file = fontkit.resolve('brotli/decompress.js');
    const decompress = fontkit('brotli/decompress.js') as (input: Uint8Array) => Uint8Array;
    // The stand-in (rest parameters) rather than the decoder itself (input, outputSize).
    expect(decompress.length).toBe(0);
    const text = 'Bolig først, så oppfølging. '.repeat(20);
    expect(Buffer.from(decompress(brotliCompressSync(Buffer.from(text)))).toString()).toBe(text);
    const real = fontkit.cache[file];
    expect(real?.exports).not.toBe(decompress);
    // A second use reuses the decoder: the module is not loaded again (a new load is a new cache entry).
    expect(Buffer.from(decompress(brotliCompressSync(Buffer.from('Rana')))).toString()).toBe('Rana');
    expect(fontkit.cache[file]).toBe(real);
  });
});
