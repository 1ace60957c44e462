// One session per assessment file: a lock file beside it (`moss.yaml.lock`) holding the process id
// and host of the session that writes it. A second session on the same file is refused, naming the
// holder; a lock whose process has ended (a crash, a closed terminal) is stale and taken over. And
// before each save the file must be as this session left it, so an answer is never reported saved
// over someone else's work.
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { hostname } from 'node:os';
import { HfError, problem } from '../shared/errors.js';

interface Holder {
  pid: number;
  host: string;
}

function readHolder(lock: string): Holder | null {
  try {
    const data = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Holder>;
    return typeof data.pid === 'number' && Number.isInteger(data.pid) && data.pid > 0 ? { pid: data.pid, host: String(data.host ?? '') } : null;
  } catch {
    return null;
  }
}

/** Whether the process holding a lock may still be running (another host's cannot be checked). */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The file's identity on disk: replaced (a rename), rewritten or removed, it changes. */
function identity(file: string): string | null {
  try {
    const info = statSync(file, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch {
    return null;
  }
}

export interface FileLock {
  /** Throws when the file is not as this session last saw it (another program wrote it). */
  checkUnchanged(): void;
  /** After a save: the file as it is now is this session's. */
  saved(): void;
  release(): void;
}

/**
 * Take the lock of `file` (absolute path), shown to the user as `shown`. Throws assess.locked
 * (exit 2) when another running session holds it.
 */
export function lockAssessment(file: string, shown: string): FileLock {
  const lock = `${file}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      try {
        writeSync(fd, `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && attempt === 0) {
        // A new file in a folder still to be made (the save makes it too).
        mkdirSync(path.dirname(file), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw new HfError(problem('output.notWritable', { reason: code ?? String(error) }, { file: shown }));
      if (attempt > 3) throw error;
      const holder = readHolder(lock);
      // A lock being written this instant has no holder yet: look again.
      if (holder && alive(holder)) throw new HfError(problem('assess.locked', { pid: holder.host === hostname() ? String(holder.pid) : `${holder.pid}@${holder.host}` }, { file: shown }));
      if (holder || attempt > 0) {
        try {
          unlinkSync(lock);
        } catch {
          // Taken over by another session already: the next attempt sees its lock.
        }
      }
    }
  }
  let seen = identity(file);
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    if (readHolder(lock)?.pid === process.pid) {
      try {
        unlinkSync(lock);
      } catch {
        // Already gone.
      }
    }
  };
  // Ended by process.exit (a signal while writing): the lock goes too.
  process.on('exit', release);
  return {
    checkUnchanged() {
      if (identity(file) !== seen) throw new HfError(problem('assess.changedOnDisk', {}, { file: shown }));
    },
    saved() {
      seen = identity(file);
    },
    release,
  };
}
