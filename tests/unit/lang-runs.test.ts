import { describe, expect, it } from 'vitest';
import { langRuns } from '../../src/render/lang-runs.ts';

describe('langRuns: Chinese quoted in a translation', () => {
  it('separates Chinese runs, with their Chinese punctuation, from the rest', () => {
    expect(langRuns('renders 稳中有降 as “stabilise”')).toEqual([
      { text: 'renders ', zh: false },
      { text: '稳中有降', zh: true },
      { text: ' as “stabilise”', zh: false },
    ]);
    expect(langRuns('(雨, 污 or none)').filter((r) => r.zh).map((r) => r.text)).toEqual(['雨', '污']);
    expect(langRuns('see 《环境保护法》, then')).toEqual([
      { text: 'see ', zh: false },
      { text: '《环境保护法》', zh: true },
      { text: ', then', zh: false },
    ]);
  });
  it('keeps every character, in order', () => {
    const text = 'A 河长 B，C 湖长。D';
    expect(langRuns(text).map((r) => r.text).join('')).toBe(text);
    expect(langRuns('no Chinese')).toEqual([{ text: 'no Chinese', zh: false }]);
  });
});
