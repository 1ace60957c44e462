// Streaming a delimited text file (CSV, TSV, semicolon exports) into the row handler: encoding
// and delimiter sniffed, rows parsed as arrays (fast), memory flat however large the file.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { pipeline } from 'node:stream/promises';
import { HfError, problem, type Problem } from '../shared/errors.js';
import { asFileError, statInput } from '../files/read-input-file.js';
import { DELIMITERS, ENCODINGS, firstLine, normaliseEncoding, sniffDelimiter, sniffEncoding, wholeUtf8Length, type Encoding } from './sniff.js';
import type { RowHandler } from './row-handler.js';

// csv-parse is loaded on the first data file, so a run on assessment files or a result never pays for it.
let csvParse: typeof import('csv-parse') | undefined;

/** A record longer than this is refused: no real export has a 1 MB row. */
const MAX_RECORD_BYTES = 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

export interface CsvOptions {
  delimiter?: string;
  encoding?: string;
  /** Read again as Windows-1252 after UTF-8 failed further in (RestartAs1252): warn as for a guess. */
  restarted?: boolean;
}

class InvalidUtf8 extends Error {}

/**
 * UTF-8 bytes passed on as they are (csv-parse reads bytes fastest), each checked to be valid UTF-8
 * so a Windows-1252 file is caught; a character cut at a chunk's end is carried to the next chunk.
 */
function utf8Checker(): Transform {
  let carry: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback) {
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const end = wholeUtf8Length(bytes);
      const whole = bytes.subarray(0, end);
      carry = Buffer.from(bytes.subarray(end));
      if (!isUtf8(whole)) callback(new InvalidUtf8());
      else callback(null, whole);
    },
    flush(callback: TransformCallback) {
      if (carry.length > 0 && !isUtf8(carry)) callback(new InvalidUtf8());
      else callback(null, carry.length > 0 ? carry : undefined);
    },
  });
}

/** A UTF-16 file whose bytes are not UTF-16 (an odd byte at the end, a broken surrogate pair). */
class InvalidUtf16 extends Error {}

/**
 * Bytes to text, in a stream, for the encodings other than UTF-8. UTF-16 is decoded strictly, so a
 * damaged file is an error rather than a row of U+FFFD; Windows-1252 has a character for every byte.
 */
function decoder(encoding: Encoding): Transform {
  if (encoding === 'utf-8') return utf8Checker();
  const text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' });
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback) {
      try {
        callback(null, text.decode(chunk, { stream: true }));
      } catch {
        callback(new InvalidUtf16());
      }
    },
    flush(callback: TransformCallback) {
      try {
        callback(null, text.decode());
      } catch {
        callback(new InvalidUtf16());
      }
    },
  });
}

async function readHead(file: string): Promise<{ head: Buffer; truncated: boolean }> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw asFileError(error, file);
  });
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return { head: head.subarray(0, bytesRead), truncated: bytesRead === HEAD_BYTES };
  } finally {
    await handle.close();
  }
}

function errorFor(error: unknown, file: string): HfError {
  if (error instanceof HfError) return error;
  if (error instanceof InvalidUtf16) return new HfError(problem('data.badUtf16', {}, { file }));
  const e = error as { code?: string; lines?: number; message?: string };
  if (e.code === 'CSV_MAX_RECORD_SIZE') return new HfError(problem('data.recordTooLarge', { limit: '1 MB' }, { file, line: e.lines }));
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new HfError(problem('data.quoteNotClosed', {}, { file, line: e.lines }));
  if (['CSV_INVALID_CLOSING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE'].includes(e.code ?? '')) {
    return new HfError(problem('data.badQuote', {}, { file, line: e.lines }));
  }
  // Every csv-parse error is a syntax problem, not only those whose code starts with CSV_:
  // INVALID_OPENING_QUOTE (`A"b,3`, a stray quote inside an unquoted field) was reported as
  // "cannot read the file: INVALID_OPENING_QUOTE" before (found by tests/fuzz/csv-reader.test.ts).
  if ((csvParse && error instanceof csvParse.CsvError) || e.code?.startsWith('CSV_')) return new HfError(problem('data.csvSyntax', { detail: (e.message ?? e.code ?? '').replace(/^Invalid (Opening|Closing) Quote: /, '') }, { file, line: e.lines }));
  return asFileError(error, file);
}

/** A delimiter as people can read it in a message. */
function show(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}

/** Read one delimited file into `handler`; returns the warnings about how it was read. */
export async function readCsv(file: string, handler: RowHandler, options: CsvOptions): Promise<Problem[]> {
  await statInput(file);
  const warnings: Problem[] = [];
  const { head, truncated } = await readHead(file);
  const sniffed = sniffEncoding(head, truncated);
  let encoding = sniffed.encoding;
  if (options.encoding) {
    const chosen = normaliseEncoding(options.encoding);
    if (!chosen) throw new HfError(problem('cli.badChoice', { option: '--encoding', value: options.encoding, allowed: ENCODINGS.join(', ') }));
    encoding = chosen;
  }
  if (options.restarted || (!options.encoding && sniffed.guessed)) {
    warnings.push(problem('data.windows1252', {}, { file }, 'warning'));
  }
  const start = sniffed.encoding === encoding ? sniffed.bomLength : 0;
  const headLine = firstLine(new TextDecoder(encoding).decode(head.subarray(start)));
  // Excel's "sep=;" first line names the delimiter, and is not the header.
  const sepLine = /^sep=(.)\s*$/i.exec(headLine);
  const delimiter =
    options.delimiter === '\\t' || options.delimiter === 'tab' ? '\t' : options.delimiter ?? sepLine?.[1] ?? sniffDelimiter(headLine);
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new HfError(problem('data.badDelimiter', { value: delimiter }));
  }

  const { parse } = (csvParse ??= await import('csv-parse'));
  // Lines are counted here rather than with csv-parse's `info` (which costs an object per record):
  // a record starts on the line after the previous one ended; a quoted field may span lines.
  let line = 1;
  const run = async () => {
    let first = true;
    // Every line end, even mixed in one file (a CRLF sheet with rows added by an editor that writes LF).
    const parser = parse({ delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, max_record_size: MAX_RECORD_BYTES });
    const sink = new Transform({
      objectMode: true,
      transform(record: string[], _enc, callback) {
        try {
          const at = line;
          line++;
          for (const field of record) {
            for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) line++;
          }
          if ((record.length === 1 && record[0] === '') || (sepLine && at === 1)) {
            callback();
            return;
          }
          if (first) {
            first = false;
            // A header read as one column that holds another delimiter: the delimiter is wrong.
            const other = DELIMITERS.find((d) => d !== delimiter && record.length === 1 && (record[0] ?? '').includes(d));
            if (other) throw new HfError(problem('data.wrongDelimiter', { used: show(delimiter), likely: show(other) }, { file, line: at }));
            handler.header(record.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, '') : h)), at);
          } else handler.row(record, at);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      },
    });
    await pipeline(createReadStream(file, { start, highWaterMark: 256 * 1024 }), decoder(encoding), parser, sink);
    if (first) throw new HfError(problem('data.empty', {}, { file }));
  };
  try {
    await run();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') {
      // A quote opened on line 2 and never closed makes the rest of the file one record, which passes
      // 1 MB long before the file ends: said as "a row longer than 1 MB" at line 36,543, where the
      // parser gave up. Name the quote and the line it opened on; a row that is really too long, the
      // line it starts on.
      const opened = await openingQuoteLine(file, encoding, start).catch(() => undefined);
      if (opened !== undefined) throw new HfError(problem('data.quoteNotClosed', {}, { file, line: opened }));
      if (code === 'CSV_MAX_RECORD_SIZE') (error as { lines?: number }).lines = line;
    }
    if (!(error instanceof InvalidUtf8)) throw errorFor(error, file);
    // Valid UTF-8 at the start, not further on: a Windows-1252 file. Caller restarts collection.
    throw new RestartAs1252(file);
  }
  return warnings;
}

/**
 * The line on which the quote that is never closed was opened (what data.quoteNotClosed says). csv-parse
 * gives the line where the file ended instead, and counts a CRLF inside quotes as two lines: "line 14"
 * for a quote opened on line 2 of an 8-line file (found by tests/fuzz/csv-reader.test.ts). The file is
 * read again only on this error, so reading a good file costs nothing more.
 */
async function openingQuoteLine(file: string, encoding: Encoding, start: number): Promise<number | undefined> {
  const text = new TextDecoder(encoding);
  let line = 1;
  let opened: number | undefined;
  let quoted = false;
  let justClosed = false;
  let afterCr = false;
  const scan = (chunk: string) => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x22) {
        // `""` inside a quoted value closes and at once reopens: the same value, opened where it was.
        if (quoted) quoted = false;
        else {
          quoted = true;
          if (!justClosed) opened = line;
        }
        justClosed = !quoted;
      } else {
        justClosed = false;
        if (c === 0x0a) {
          if (!afterCr) line++;
        } else if (c === 0x0d) line++;
      }
      afterCr = c === 0x0d;
    }
  };
  for await (const chunk of createReadStream(file, { start, highWaterMark: 256 * 1024 })) scan(text.decode(chunk as Buffer, { stream: true }));
  scan(text.decode());
  return quoted ? opened : undefined;
}

/** Thrown when a file turned out not to be UTF-8 after its first 64 KB; read it again as Windows-1252. */
export class RestartAs1252 extends Error {
  constructor(readonly file: string) {
    super('restart as windows-1252');
  }
}
