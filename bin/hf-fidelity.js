#!/usr/bin/env node
// The executable: hand argv to the CLI and set the exit code in this one place.
import { run } from '../dist/cli/main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error, and
// the exit code stays what the run decides (exit 1 below --fail-under, 2 for bad input). run() sees
// every failure of stdout itself (a full disk is exit 2 with a clear message); stderr has nowhere
// else to report to. So neither stream's error may end the process here.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

process.exitCode = await run(process.argv.slice(2));
