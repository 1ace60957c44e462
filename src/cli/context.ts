// What a command may touch of the process, passed in so commands stay testable.
import type { ScaleCache } from '../input/scale-cache.js';
import type { Lang } from '../i18n/lang.js';

export interface OutStream {
  /** False when the stream's buffer is full: wait for 'drain' (if the stream can say it) before writing more. */
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  once?(event: 'drain' | 'error' | 'close', listener: (error?: unknown) => void): unknown;
  off?(event: 'drain' | 'error' | 'close', listener: (error?: unknown) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliContext {
  lang: Lang;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  stdinIsTTY: boolean;
  color: boolean;
  quiet: boolean;
  debug: boolean;
  cwd: string;
  /** The clock, read once, here at the edge. */
  now: Date;
  toolVersion: string;
  scalesDir?: string;
  /** Where checked scale files are kept by content (HF_FIDELITY_CACHE=off: nowhere). */
  scaleCache: ScaleCache | null;
}
