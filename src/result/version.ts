// The result's schema version: 2 since the second edition (levels withheld, the score's own level,
// picked highlights, principle counts). Version 1 results still read: see read-result.ts.
export const RESULT_SCHEMA_VERSION = 2;
