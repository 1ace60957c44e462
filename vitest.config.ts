import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where the tests
    // then run one file at a time while the spawned binaries and tmux leave a core idle. Test files
    // keep to their own temporary folders (and tmux socket), so they run side by side.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
