// The one writer: a result goes to stdout, or atomically to --out (temporary file, fsync, rename),
// never replacing a file without --force and never leaving a half-written file behind.
import { open, rename, unlink, mkdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { HfError, problem } from '../shared/errors.js';
import type { CliContext, OutStream } from './context.js';

export interface OutputTarget {
  out?: string;
  force?: boolean;
}

function writeError(error: unknown, file: string): HfError {
  if (error instanceof HfError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new HfError(problem('output.diskFull', {}, { file }));
  if (code === 'EROFS') return new HfError(problem('output.readOnly', {}, { file }));
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HfError(problem('output.noFolder', {}, { file }));
  if (code === 'EISDIR') return new HfError(problem('output.isDirectory', { example: path.join(file, 'report') }, { file }));
  return new HfError(problem('output.notWritable', { reason: code }, { file }));
}

/**
 * Refuse early (before any work) when --out cannot be written without --force, or when binary
 * output (a PDF) would go to a terminal.
 */
export async function checkOutputTarget(target: OutputTarget, ctx: CliContext, example = 'report', options: { binary?: boolean } = {}): Promise<void> {
  if (!target.out) {
    if (options.binary && ctx.stdout.isTTY) throw new HfError(problem('output.binaryToTerminal'));
    return;
  }
  const file = path.resolve(ctx.cwd, target.out);
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new HfError(problem('output.isDirectory', { example: path.join(target.out, example) }, { file: target.out }));
    // Renaming over a device or a pipe (e.g. --out /dev/null) would replace it: refuse even with --force.
    if (!info.isFile()) throw new HfError(problem('output.notRegular', { file: target.out }, { file: target.out }));
    if (!target.force) throw new HfError(problem('output.exists', {}, { file: target.out }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw writeError(error, target.out);
  }
}

/**
 * Write a file atomically: a temporary file beside it, fsync, then rename over the target; on any
 * failure the temporary file is removed, so a failed or killed run leaves the old file whole.
 */
async function atomically(file: string, fill: (handle: FileHandle) => Promise<void>): Promise<void> {
  const dir = path.dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw writeError(error, file);
  }
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o644);
    await fill(handle);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw writeError(error, file);
  }
}

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await atomically(file, (handle) => handle.writeFile(content));
}

/**
 * Deliver a command's output. Text goes to stdout unless --out is given; binary output (PDF)
 * goes to stdout only when stdout is not a terminal.
 */
export async function writeOutput(
  content: string | Uint8Array,
  target: OutputTarget,
  ctx: CliContext,
  options: { binary?: boolean } = {},
): Promise<void> {
  await checkOutputTarget(target, ctx, 'report', options);
  if (!target.out) {
    ctx.stdout.write(content);
    return;
  }
  const file = path.resolve(ctx.cwd, target.out);
  await writeFileAtomic(file, content);
}

/** Pieces joined into chunks of about 256 KB: few writes, little memory. */
async function* batched(pieces: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** Resolves when `stream` can take more; rejects if it fails first; resolves if it closes. */
function drained(stream: OutStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      stream.off?.('drain', done);
      stream.off?.('error', done);
      stream.off?.('close', done);
      if (error instanceof Error) reject(error);
      else resolve();
    };
    stream.once?.('drain', done);
    stream.once?.('error', done);
    stream.once?.('close', done);
  });
}

/**
 * Write text pieces to --out atomically, or to stdout, never more than a chunk ahead of a slow
 * reader. A failure while the pieces are made (bad input found late) leaves nothing written.
 */
export async function writeChunks(pieces: AsyncIterable<string> | Iterable<string>, target: OutputTarget, ctx: CliContext): Promise<void> {
  if (!target.out) {
    const { stdout } = ctx;
    for await (const chunk of batched(pieces)) {
      if (!stdout.write(chunk) && stdout.once) await drained(stdout);
    }
    return;
  }
  await checkOutputTarget(target, ctx);
  await atomically(path.resolve(ctx.cwd, target.out), async (handle) => {
    for await (const chunk of batched(pieces)) await handle.write(chunk);
  });
}
