import type { Locale } from '../locales.ts';
import { fill, type TextVars } from '../format.ts';
import { en } from './en.ts';
import type { ListKey, StringKey, TextDict, TextKey } from './types.ts';
import { zh } from './zh.ts';

export type { ListKey, StringKey, TextDict, TextKey } from './types.ts';

/** The interface text of every language. */
export const TEXT: Readonly<Record<Locale, TextDict>> = { zh, en };

export interface Translator {
  /** A text with its `{placeholders}` filled. */
  t: (key: StringKey, vars?: TextVars) => string;
  /** A text as written, placeholders kept (for browser scripts, which fill them later). */
  template: (key: StringKey) => string;
  /** A list text. */
  list: (key: ListKey) => readonly string[];
}

export function translator(locale: Locale): Translator {
  const dict = TEXT[locale];
  return {
    t: (key, vars = {}) => {
      const text = dict[key];
      if (typeof text !== 'string') throw new Error(`no interface text ${key} (${locale})`);
      return fill(text, vars, `text ${key} (${locale})`);
    },
    template: (key) => dict[key] as string,
    list: (key) => dict[key] as readonly string[],
  };
}

/** Every key, for the tests that check that each one is used. */
export const TEXT_KEYS = Object.keys(zh) as TextKey[];
