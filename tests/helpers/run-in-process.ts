// Running a command in this process, through `run(argv, options)` of src/cli/main.ts: what the
// binary does, less the process around it (bin/hf-fidelity.js only sets the exit code and ends
// quietly on EPIPE). For tests about a command's behaviour: its messages, exit code and output.
// Tests about the process itself (signals, pipes, a real terminal, the built dist/) spawn the binary
// with runCli (tests/helpers/run-cli.ts); see the README's Development section for which are which.
//
// It imports src/ (vitest compiles it), so it never runs a stale dist/. Same defaults as runCli:
// the repository as working folder, an environment of PATH, HOME, LANG=C.UTF-8 and NO_COLOR=1 plus
// `env`, stdin not a terminal, stdout and stderr pipes (not terminals).
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { REPO, type CliRun } from './run-cli.js';

export interface InProcessRun extends CliRun {
  status: number;
  /** stdout as bytes (a PDF written to stdout). */
  stdoutBytes: Buffer;
}

export interface InProcessOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Whether stdin is a terminal (default false, as under spawnSync). No command reads stdin otherwise. */
  stdinIsTTY?: boolean;
  /** The clock the command reads (default: the real time, as the binary would). */
  now?: Date;
}

/**
 * A pipe's end that keeps what is written: a real Writable, so `write` returns false past its
 * buffer and 'drain' follows, as on process.stdout when the reader is slower than the writer.
 */
export class CaptureStream extends Writable {
  readonly chunks: Buffer[] = [];
  readonly isTTY = false;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
    // Later, as a pipe would: the writer sees a full buffer and waits for 'drain'.
    setImmediate(callback);
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  text(): string {
    return this.bytes().toString('utf8');
  }
}

export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const stdout = new CaptureStream();
  const stderr = new CaptureStream();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env };
  const cwd = options.cwd ?? REPO;
  // `run` takes the folder for --out (ctx.cwd), but the inputs and scales named on the command
  // line are opened as given, relative to the process's folder, as in the binary: so the process
  // is in `cwd` while the command runs (tests in a file run one at a time; vitest's forks pool
  // allows chdir).
  const previous = process.cwd();
  if (cwd !== previous) process.chdir(cwd);
  let status: number;
  try {
    status = await run(args, {
      env,
      stdout,
      stderr,
      stdinIsTTY: options.stdinIsTTY ?? false,
      cwd,
      ...(options.now ? { now: options.now } : {}),
    });
  } finally {
    if (cwd !== previous) process.chdir(previous);
  }
  // Everything written is in the buffers once the writes queued so far have been taken.
  await Promise.all([finished(stdout), finished(stderr)]);
  const stdoutBytes = stdout.bytes();
  return { status, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: stderr.text() };
}

function finished(stream: CaptureStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
