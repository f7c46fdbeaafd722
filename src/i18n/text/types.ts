import type { zh } from './zh.ts';

/** A key of the interface text. */
export type TextKey = keyof typeof zh;

/** One language's interface text: every key of the Chinese, a string or a list as there. */
export type TextDict = { readonly [K in TextKey]: (typeof zh)[K] extends readonly string[] ? readonly string[] : string };

/** Keys whose text is one string (filled by `t()`), and keys whose text is a list (`list()`). */
export type StringKey = { [K in TextKey]: TextDict[K] extends string ? K : never }[TextKey];
export type ListKey = Exclude<TextKey, StringKey>;
