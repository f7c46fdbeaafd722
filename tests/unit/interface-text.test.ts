import { describe, expect, it } from 'vitest';
import { missingRenderings } from '../../src/core/translation/check-translations.ts';
import { TEXT } from '../../src/i18n/text/index.ts';
import { content } from './helpers.ts';

// Texts shown in the source language only: translations never show their English.
const SOURCE_ONLY = new Set([
  'amount.yiYuan', // a translation converts 亿元 to CNY (render/commitment-text.ts yiYuan)
]);

describe('interface text', () => {
  it('uses the glossary’s one rendering of every official term it names', () => {
    const missing = Object.entries(TEXT.zh).filter(([key]) => !SOURCE_ONLY.has(key)).flatMap(([key, zh]) => {
      const en = TEXT.en[key as keyof typeof TEXT.en];
      const zhs = Array.isArray(zh) ? zh : [zh];
      const ens = Array.isArray(en) ? en : [en];
      return zhs.flatMap((z, i) => missingRenderings(String(z), String(ens[i] ?? ''), content.glossary).map((m) => `${key}: the Chinese ${m}`));
    });
    expect(missing).toEqual([]);
  });
});
