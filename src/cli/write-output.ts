// The one writer: a result goes to stdout, or atomically to --out (temporary file, fsync, rename),
// never replacing a file without --force and never leaving a half-written file behind.
import { open, rename, unlink, mkdir, stat, type FileHandle } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { HfError, problem } from '../shared/errors.js';
import type { CliContext, OutStream } from './context.js';
import { safeDocumentForTerminal } from '../terminal/terminal-text.js';

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

/** Temporary files being written now: removed if a signal ends the process before they are renamed. */
const temporaries = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: (typeof SIGNALS)[number]): void {
  for (const temp of temporaries) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  // As shells report a program ended by a signal: 128 + its number (130 for Ctrl-C).
  process.exit(128 + constants.signals[signal]);
}

function track(temp: string): void {
  if (temporaries.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  temporaries.add(temp);
}

function untrack(temp: string): void {
  temporaries.delete(temp);
  if (temporaries.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** The permission bits of the file being replaced (a private 0600 file stays private), or undefined. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write a file atomically: a temporary file beside it, fsync, then rename over the target; on any
 * failure, or a signal (Ctrl-C, SIGTERM, SIGHUP), the temporary file is removed, so a failed or
 * killed run leaves the old file whole. A replaced file keeps its permissions.
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
  const mode = await modeOf(file);
  track(temp);
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    if (mode !== undefined) await handle.chmod(mode);
    await fill(handle);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw writeError(error, file);
  } finally {
    untrack(temp);
  }
}

/** Streams whose reader has gone (a closed pipe, `| head`): what follows is not written, quietly. */
const closedStreams = new WeakSet<OutStream>();
/** The first failure of each stream seen by its 'error' listener (writes not awaited, e.g. help text). */
const failures = new WeakMap<OutStream, Error>();

function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/** A failure writing stdout (a redirect to a full disk, an I/O error): what reached it is incomplete. */
function stdoutError(error: unknown): HfError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new HfError(problem('output.diskFull'));
  if (code === 'EROFS') return new HfError(problem('output.readOnly'));
  return new HfError(problem('output.stdoutFailed', { reason: code }));
}

/** Watch `stream` for failures of writes nobody waits on; a closed pipe marks it closed. */
export function watchStdout(stream: OutStream): void {
  stream.on?.('error', (error) => {
    if (isClosedPipe(error)) closedStreams.add(stream);
    else if (!failures.has(stream)) failures.set(stream, error);
  });
}

/**
 * Write to stdout and wait until the chunk is taken (so a slow reader holds the writer back, and a
 * short write is seen): a closed pipe ends the output quietly, any other failure is an error.
 */
export function writeStdout(stream: OutStream, chunk: string | Uint8Array): Promise<void> {
  if (closedStreams.has(stream)) return Promise.resolve();
  const failed = failures.get(stream);
  if (failed) return Promise.reject(stdoutError(failed));
  // A plain sink that is no stream (it cannot say when a write is taken): written, nothing to wait for.
  if (!stream.once) {
    stream.write(chunk);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => {
      if (!error) return resolve();
      if (isClosedPipe(error) || closedStreams.has(stream)) {
        closedStreams.add(stream);
        return resolve();
      }
      const first = failures.get(stream) ?? error;
      failures.set(stream, first);
      reject(stdoutError(first));
    });
  });
}

/**
 * Text shown on a terminal has the control characters of its data escaped (an OSC 52 clipboard
 * write, `ESC c`, would otherwise act on the terminal); files and pipes get the bytes as they are.
 */
function forTerminal<T extends string | Uint8Array>(stream: OutStream, content: T): T | string {
  return stream.isTTY && typeof content === 'string' ? safeDocumentForTerminal(content) : content;
}

/** Wait for every write to `stream` so far; throws the clear error if one of them failed. */
export async function settleStdout(stream: OutStream): Promise<void> {
  await writeStdout(stream, '');
  const failed = failures.get(stream);
  if (failed) throw stdoutError(failed);
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
    await writeStdout(ctx.stdout, forTerminal(ctx.stdout, content));
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

/**
 * Write text pieces to --out atomically, or to stdout, never more than a chunk ahead of a slow
 * reader (each chunk is waited for). A failure while the pieces are made (bad input found late) leaves nothing written.
 */
export async function writeChunks(
  pieces: AsyncIterable<string> | Iterable<string>,
  target: OutputTarget,
  ctx: CliContext,
  options: { drainAfterClose?: boolean } = {},
): Promise<void> {
  if (!target.out) {
    const { stdout } = ctx;
    for await (const chunk of batched(pieces)) {
      // A closed pipe ends the output; the pieces are still made when the exit code depends on them.
      if (closedStreams.has(stdout) && !options.drainAfterClose) return;
      await writeStdout(stdout, forTerminal(stdout, chunk));
    }
    return;
  }
  await checkOutputTarget(target, ctx);
  await atomically(path.resolve(ctx.cwd, target.out), async (handle) => {
    for await (const chunk of batched(pieces)) await handle.write(chunk);
  });
}
