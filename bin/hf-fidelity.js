#!/usr/bin/env node
// The executable: hand argv to the CLI and set the exit code in this one place.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
