import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, pageText } from '../support/built-site.ts';

// Nothing lost: every non-blank line of the seed must be readable on the Chinese pages.
// Whitespace is ignored (Chinese wraps anywhere; table cells were split over lines), and the
// broken note mark U+FFFD is left out: the site shows it as a proper note link instead.
const norm = (s: string) => s.replace(/[\s\uFFFD]+/gu, '');

describe('the Chinese pages publish the whole seed', () => {
  const pages = builtPages('dist').filter((p) => /<html lang="zh-CN"/u.test(p.html));
  const corpus = pages.map((p) => norm(pageText(p))).join('\n');
  const seedLines = readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt', 'utf8').split('\n');

  it('has Chinese pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
  });

  it('shows every non-blank seed line', () => {
    const missing = seedLines
      .map((line, i) => ({ n: i + 1, text: norm(line) }))
      .filter((l) => l.text !== '' && !corpus.includes(l.text))
      .map((l) => `line ${l.n}: ${l.text.slice(0, 50)}`);
    expect(missing).toEqual([]);
  });

  it('shows each chapter on its own page, in full', () => {
    const ch04 = pages.find((p) => p.url === '/plan/ch04/')!;
    const text = norm(pageText(ch04));
    for (const n of [585, 587, 591, 631, 658]) expect(text).toContain(norm(seedLines[n - 1]!));
  });
});
