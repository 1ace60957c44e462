// The single-file executable's main script (bundled by scripts/exe/package.mjs into one CommonJS
// file, as SEA on Node 20 runs): bin/hf-fidelity.js without its top-level await, which CommonJS
// lacks. The executable's argv is [exe, exe, ...args], like `node bin/hf-fidelity.js ...args`.
import { run } from '../../dist/cli/main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
