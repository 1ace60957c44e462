#!/usr/bin/env node
// The executable: hand argv to the CLI and set the exit code in this one place.
import { run } from '../dist/cli/main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
