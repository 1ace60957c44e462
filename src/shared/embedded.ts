// The files the program reads at run time (its version, the built-in scales, the PDF font), when it
// runs as a single-file executable (`npm run package`, SPEC section 16): there they are SEA assets
// inside the executable, under the names sea-config.json gives them, because no installed package
// lies beside it. Run by Node (`node bin/hf-fidelity.js`, `npx`), the program reads the files
// themselves, as before; each reader asks `EMBEDDED` which way applies.
import { getAsset, isSea } from 'node:sea';

/** True in the single-file executable, false under Node. */
export const EMBEDDED: boolean = isSea();

/** The asset's bytes (a fresh copy: the caller may change it). */
export function embeddedBytes(name: string): Buffer {
  return Buffer.from(getAsset(name));
}

export function embeddedText(name: string): string {
  return getAsset(name, 'utf8');
}
