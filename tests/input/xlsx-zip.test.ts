// The bound on what a workbook's part unpacks to holds for the bytes actually inflated, not only for
// the size the zip declares: a part that says it is small and is not stops at the limit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HfError } from '../../src/shared/errors.js';
import { XlsxZip } from '../../src/input/xlsx-zip.js';
import { tempDir } from '../helpers/run-cli.js';
import { declareSize, zipParts } from '../helpers/xlsx-builder.js';

describe('XlsxZip.readXml', () => {
  it('stops a part that unpacks to more than the limit though it declares less', async () => {
    const xml = `<a>${'<b/>'.repeat(5000)}</a>`;
    const file = path.join(tempDir(), 'lying.xlsx');
    writeFileSync(file, declareSize(await zipParts({ 'x.xml': xml }), 'x.xml', 10));
    const zip = await XlsxZip.open(file);
    let opened = 0;
    const read = zip.readXml('x.xml', 1000, { open: () => void opened++ });
    await expect(read).rejects.toBeInstanceOf(HfError);
    await expect(zip.readXml('x.xml', 1000, { open: () => undefined })).rejects.toMatchObject({ problems: [{ code: 'xlsx.partTooLarge' }] });
    // Stopped early: far fewer elements than the part holds were handed on.
    expect(opened).toBeLessThan(5000);
  });

  it('reads a part within the limit whole', async () => {
    const file = path.join(tempDir(), 'fine.xlsx');
    writeFileSync(file, await zipParts({ 'x.xml': `<a>${'<b/>'.repeat(50)}</a>` }));
    let opened = 0;
    expect(await (await XlsxZip.open(file)).readXml('x.xml', 1000, { open: () => void opened++ })).toBe(true);
    expect(opened).toBe(51);
  });
});
