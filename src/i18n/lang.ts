// Languages the tool speaks, choosing one from the environment, and picking text in a language.

export const LANGS = ['nb', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in a scale or assessment: a plain string, or a map of language code -> string. */
export type Text = string | Readonly<Record<string, string>>;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** LANG=nb_NO.UTF-8, nn or no -> nb; da -> da; anything else -> en (SPEC section 2). */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = raw.toLowerCase().slice(0, 2);
  if (code === 'nb' || code === 'nn' || code === 'no') return 'nb';
  if (code === 'da') return 'da';
  return 'en';
}

/** The text in `lang`, else English, else the first language given. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
