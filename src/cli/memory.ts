// Keeping peak memory near what is live on big jobs. V8 lets garbage pile up while the heap has
// room to grow, so a national data set peaked at about 1.5x its live memory. Between teams the
// scoring calls `releaseGarbage()`, which runs a full collection only when the process has grown
// large, and at most once per `every` calls. The collector is reached through a V8 flag set at
// run time (the same as `node --expose-gc`), and only the first time it is needed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Resident memory above which a collection is worth its pause (a few tens of ms). */
const LARGE_BYTES = 192 * 1024 * 1024;

let collect: (() => void) | null = null;
let calls = 0;

export function releaseGarbage(every = 2000): void {
  calls++;
  if (calls % every !== 0 || process.memoryUsage.rss() < LARGE_BYTES) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
