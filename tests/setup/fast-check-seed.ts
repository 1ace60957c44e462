// One seed for every property test (fast-check), so `npm test` checks the same inputs on every
// machine and every run: a failure in CI is the failure on your machine. The number of runs is
// fixed in each test (tests/helpers/fuzz-common.ts for the fuzz suite); nothing depends on time.
//
//   FUZZ_SEED=<n>       use another seed (a failure prints the seed and path that reproduce it)
//   FUZZ_SEED=random    draw a seed, printed at the start of each test file
import fc from 'fast-check';

/** The default seed: any fixed number does; this one is the date it was fixed. */
export const DEFAULT_SEED = 20_260_315;

const raw = process.env.FUZZ_SEED;
let seed = DEFAULT_SEED;
if (raw === 'random') {
  seed = Math.floor(Math.random() * 0x7fffffff);
  console.log(`fast-check seed ${seed} (replay with FUZZ_SEED=${seed})`);
} else if (raw !== undefined && raw !== '') {
  seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${JSON.stringify(raw)}`);
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
