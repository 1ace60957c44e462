// Reading an input file's bytes with a size limit, turning file-system failures into clear problems.
import { open, stat } from 'node:fs/promises';
import { HfError, problem } from '../shared/errors.js';

/** A YAML file name (.yaml or .yml, any case): scales and assessment files. */
export const YAML_FILE = /\.ya?ml$/i;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

/**
 * Size, or a clear error when the path is missing, a folder, or unreadable. Devices and pipes
 * (`/dev/zero`, a FIFO, `<(...)`) are refused: they have no size to check, may never end, and cannot
 * be read twice (a data file's head is sniffed first, and read again as Windows-1252 if need be).
 */
export async function statInput(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new HfError(problem('file.isDirectory', {}, { file }));
    if (!info.isFile()) throw new HfError(problem('file.notRegular', {}, { file }));
    return info.size;
  } catch (error) {
    throw asFileError(error, file);
  }
}

/** The file's size, refused (before anything reads it) when it is larger than `limit` bytes. */
export async function statWithin(file: string, limit: number): Promise<number> {
  const size = await statInput(file);
  if (size > limit) {
    throw new HfError(problem('file.tooLarge', { size: formatBytes(size), limit: formatBytes(limit) }, { file }));
  }
  return size;
}

/**
 * The whole file, refused before reading when it is larger than `limit` bytes, and never more than
 * `limit` bytes read (a file that grows, or says it is empty as /proc files do, is stopped there).
 */
export async function readInputFile(file: string, limit: number): Promise<Buffer> {
  await statWithin(file, limit);
  try {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new HfError(problem('file.notRegular', {}, { file }));
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.alloc(Math.min(Math.max(info.size - total, 0) + 1, limit + 1 - total, 1024 * 1024) || 1);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) throw new HfError(problem('file.tooLarge', { size: `> ${formatBytes(limit)}`, limit: formatBytes(limit) }, { file }));
      }
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileError(error, file);
  }
}

export function asFileError(error: unknown, file: string): HfError {
  if (error instanceof HfError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new HfError(problem('file.notFound', {}, { file }));
  if (code === 'EISDIR') return new HfError(problem('file.isDirectory', {}, { file }));
  return new HfError(problem('file.unreadable', { reason: code ?? String(error) }, { file }));
}

/** Text of a UTF-8 file, without a byte-order mark. */
export function decodeUtf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The first 4 KB of a file as text, where a scale or an assessment file names its id, team and scale,
 * to pass files over without parsing them; null when it cannot be read.
 */
export async function readHead(file: string): Promise<string | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
