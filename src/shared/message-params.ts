// A message named by key with its parameters: what problems and errors carry, translated only when
// printed, so the core names what is wrong without knowing the language.

/** A parameter that is itself a message, translated in the same language (e.g. a type name). */
export interface Nested {
  key: string;
  params?: Params;
}

export type Params = Readonly<Record<string, string | number | Nested | undefined>>;

/** A nested message as a parameter value. */
export function msg(key: string, params?: Params): Nested {
  return { key, params };
}
