// Keeping peak memory near what is live on big jobs. V8 lets garbage pile up while the heap has
// room to grow, so a national data set peaked at about 1.5x its live memory. Between teams the
// scoring calls `releaseGarbage()`, which runs a full collection only when the process has grown
// large, and at most once per `every` calls, and only once the heap has grown by half past what was
// live after the last collection: a full collection walks the whole live heap, so collecting at a
// fixed rhythm made a million assessments (a large live heap of gathered rows) spend most of its
// time collecting (over 6 minutes); growth-based, the collections are few and memory stays within
// 1.5x of live. The collector is reached through a V8 flag set at run time (the same as
// `node --expose-gc`), and only the first time it is needed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Resident memory above which a collection is worth its pause (a few tens of ms). */
const LARGE_BYTES = 192 * 1024 * 1024;

/** Collect again once the heap holds this much more than was live after the last collection. */
const GROWTH = 1.5;

let collect: (() => void) | null = null;
let calls = 0;
/** Heap in use after the last collection: what was live then. */
let live = 0;

export function releaseGarbage(every = 2000): void {
  calls++;
  if (calls % every !== 0 || process.memoryUsage.rss() < LARGE_BYTES) return;
  if (process.memoryUsage().heapUsed < live * GROWTH) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  live = process.memoryUsage().heapUsed;
}
