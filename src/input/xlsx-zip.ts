// The parts of an .xlsx workbook (a zip of XML files), each read as a stream of XML events with a
// bound on how much it unpacks to: the size the zip declares is checked before a byte is inflated,
// and the bytes actually inflated are counted, so a part that lies about its size stops at the limit.
import { StringDecoder } from 'node:string_decoder';
import { createRequire } from 'node:module';
import { HfError, problem } from '../shared/errors.js';
import { formatBytes } from '../files/read-input-file.js';

/** What unzipper's Open.file gives for one entry of the central directory. */
interface ZipEntry {
  path: string;
  uncompressedSize: number;
  type: string;
  stream(): NodeJS.ReadableStream & { destroy?: (error?: Error) => void };
}

interface ZipDirectory {
  files: ZipEntry[];
}

/** A workbook of data has some 10-30 parts; a zip of thousands is not one. */
export const MAX_ZIP_ENTRIES = 10_000;

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** An XML name without its namespace prefix (`x:row` is `row`). */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export class XlsxZip {
  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(file: string): Promise<XlsxZip> {
    const require = createRequire(import.meta.url);
    const unzipper = require('unzipper') as { Open: { file(path: string): Promise<ZipDirectory> } };
    let directory: ZipDirectory;
    try {
      directory = await unzipper.Open.file(file);
    } catch (error) {
      throw new HfError(problem('data.badWorkbook', { detail: (error as Error).message }, { file }));
    }
    if (directory.files.length > MAX_ZIP_ENTRIES) {
      throw new HfError(problem('xlsx.tooManyParts', { count: directory.files.length, limit: MAX_ZIP_ENTRIES }, { file }));
    }
    const entries = new Map<string, ZipEntry>();
    for (const entry of directory.files) entries.set(entry.path.replace(/^\/+/, '').toLowerCase(), entry);
    return new XlsxZip(file, entries);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /**
   * Stream the part `part` through a SAX parser into `handlers`, unpacking at most `limit` bytes.
   * A missing part is nothing (false), unless `required`.
   */
  async readXml(part: string, limit: number, handlers: XmlHandlers, required = false): Promise<boolean> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) {
      if (required) throw new HfError(problem('data.badWorkbook', { detail: `no ${part}` }, { file: this.file }));
      return false;
    }
    const tooLarge = () => new HfError(problem('xlsx.partTooLarge', { part, limit: formatBytes(limit) }, { file: this.file }));
    if (entry.uncompressedSize > limit) throw tooLarge();
    const { SaxesParser } = await import('saxes');
    const parser = new SaxesParser({ xmlns: false, position: false });
    let failure: unknown;
    parser.on('opentag', (node) => {
      if (failure === undefined) handlers.open(local(node.name), node.attributes as Record<string, string>);
    });
    if (handlers.text) {
      const onText = handlers.text;
      parser.on('text', (text) => {
        if (failure === undefined) onText(text);
      });
      parser.on('cdata', (text) => {
        if (failure === undefined) onText(text);
      });
    }
    if (handlers.close) {
      const onClose = handlers.close;
      parser.on('closetag', (node) => {
        if (failure === undefined) onClose(local(node.name));
      });
    }
    parser.on('error', (error) => {
      failure ??= error;
    });
    const stream = entry.stream();
    const decoder = new StringDecoder('utf8');
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) throw tooLarge();
        // A handler's HfError (a bad cell, a limit) stops the read at once.
        parser.write(decoder.write(chunk));
        if (failure !== undefined) throw failure;
      }
      parser.write(decoder.end());
      parser.close();
      if (failure !== undefined) throw failure;
    } catch (error) {
      stream.destroy?.();
      if (error instanceof HfError) throw error;
      throw new HfError(problem('data.badWorkbook', { detail: `${part}: ${(error as Error).message}` }, { file: this.file }));
    }
    return true;
  }
}
