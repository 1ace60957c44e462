// What a renderer is given besides the result: the scale, the language, and the privacy choices.
import type { Lang } from '../i18n/lang.js';
import type { Scale } from '../scale/model.js';
import type { Result } from '../result/schema.js';

export interface RenderContext {
  scale: Scale;
  lang: Lang;
  /**
   * Notes and individual raters' scores: true = include, false = leave out (--no-notes),
   * undefined = the format's default (included everywhere but the PDF).
   */
  notes: boolean | undefined;
  /** CSV only. */
  dialect: 'rfc4180' | 'excel';
  /** Seconds since 1970 for dates written into a file (SOURCE_DATE_EPOCH), or null for now. */
  sourceDateEpoch: number | null;
  /** The leaders' version (`--summary`): page one of each team's latest assessment, and a comparison; Markdown and PDF. */
  summary?: boolean;
  /** The moment of rendering, passed in (renderers read no clock). */
  now: Date;
}

/** A renderer turns a result into text or bytes; it reads no file, clock or environment. */
export type Renderer = (result: Result, ctx: RenderContext) => string | Uint8Array | Promise<string | Uint8Array>;

export const FORMATS = ['md', 'csv', 'pdf', 'json', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
