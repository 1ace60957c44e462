// A message named by key with its parameters: what problems and errors carry, translated only when
// printed, so the core names what is wrong without knowing the language.

/**
 * Filled in by i18n/catalogue.ts (module augmentation) with the union of every catalogue key, so
 * shared/ names message keys without importing i18n/.
 */
export interface MessageKeyRegistry {}

/** A key of the message catalogue; a key no table has does not compile. */
export type MessageKey = MessageKeyRegistry extends { key: infer K extends string } ? K : never;

/** A parameter that is itself a message, translated in the same language (e.g. a type name). */
export interface Nested {
  key: MessageKey;
  params?: Params;
}

export type Params = Readonly<Record<string, string | number | Nested | undefined>>;

/** A nested message as a parameter value. */
export function msg(key: MessageKey, params?: Params): Nested {
  return { key, params };
}
