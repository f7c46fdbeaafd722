import { describe, expect, it } from 'vitest';
import { buildDictionary, queryTerms, termToken, termTokens } from '../../src/search/dictionary.ts';
import { makeExcerpt, recordText } from '../../src/search/excerpt.ts';
import { TOKEN_SEPARATOR } from '../../src/search/normalize.ts';
import { pageSections } from '../../src/search/page-sections.ts';
import { content } from './helpers.ts';

const glossary = content.glossary;
const zh = buildDictionary(glossary, 'zh');
const en = buildDictionary(glossary, 'en');
const tokenOf = (id: string) => termToken(id);

describe('search dictionary (the glossary as index tokens)', () => {
  it('gives every term a token of Latin letters that no other token starts with', () => {
    const tokens = zh.terms.map((t) => t.token);
    expect(tokens).toHaveLength(glossary.length);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const t of tokens) {
      expect(t).toMatch(/^zzt[a-z]+q$/u);
      expect(tokens.filter((o) => o !== t && o.startsWith(t))).toEqual([]);
    }
    expect(termToken('five-year-plan-14')).toBe('zztfiveyearplanbeq');
  });

  it('refuses two ids that would share a token', () => {
    expect(() => buildDictionary([{ id: 'a-b', zh: '甲', en: 'a' }, { id: 'ab', zh: '乙', en: 'b' }], 'zh')).toThrow(/same token zztabq/u);
  });

  it('tags a text with one token per occurrence of a term, variants included and not counted twice', () => {
    const lakes = tokenOf('river-lake-chief');
    expect(termTokens(zh, '全面推行河湖长制，落实河（湖）长制。').filter((t) => t === lakes)).toHaveLength(2);
    expect(termTokens(zh, '全面落实河（湖）长制').filter((t) => t === lakes)).toHaveLength(1);
    expect(termTokens(zh, '全面推行河长制')).not.toContain(lakes);
    expect(termTokens(zh, '河流水质持续改善')).not.toContain(tokenOf('river-chief'));
  });

  it('matches English terms as whole words, ignoring case', () => {
    const sponge = tokenOf('sponge-city');
    expect(termTokens(en, 'Building a Sponge City in Yubei')).toContain(sponge);
    expect(termTokens(en, 'sponge cityscape')).not.toContain(sponge);
  });

  it('reads a query made of terms as their tokens, and any other query as null', () => {
    expect(queryTerms(zh, '生态保护红线')?.tokens).toEqual([tokenOf('eco-red-line')]);
    expect(queryTerms(zh, ' 碳达峰 碳中和 ')?.tokens).toEqual([tokenOf('carbon-peak'), tokenOf('carbon-neutrality')]);
    expect(queryTerms(zh, '河湖长制')?.tokens).toEqual([tokenOf('river-lake-chief')]);
    expect(queryTerms(zh, '河（湖）长制')?.forms).toEqual(expect.arrayContaining(['河湖长制', '河(湖)长制']));
    expect(queryTerms(zh, '河长制考核')).toBeNull();
    expect(queryTerms(zh, '长制')).toBeNull();
    expect(queryTerms(en, 'Carbon Neutrality')?.tokens).toEqual([tokenOf('carbon-neutrality')]);
    expect(queryTerms(en, 'carbon neutralityx')).toBeNull();
    expect(queryTerms(en, '')).toBeNull();
  });
});

describe('search excerpts', () => {
  it('cut the appended tokens and Pagefind’s segment marks from the stored text', () => {
    expect(recordText(`森林\u200B覆盖率\u200B达到\u200B55% ${TOKEN_SEPARATOR} 55pct zztforestcoverq`)).toBe('森林覆盖率达到55%');
    expect(recordText('no tokens here')).toBe('no tokens here');
  });

  it('centre on the longest needle found and mark every needle in the window', () => {
    const text = `${'甲'.repeat(100)}森林覆盖率达到55%，森林蓄积量增加${'乙'.repeat(100)}`;
    const pieces = makeExcerpt(text, ['森林覆盖率', '森林'], 40);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['森林覆盖率', '森林']);
    expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('match full-width text with the normalised needles (河（湖）长制 for 河(湖)长制)', () => {
    const pieces = makeExcerpt('探索实施联合河（湖）长制、林长制', ['河(湖)长制'], 40);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['河（湖）长制']);
  });

  it('do not cut English words and start at the text’s beginning when nothing matches', () => {
    const text = 'The district will raise its forest coverage to 55 per cent by 2025 and protect its wetlands.';
    const hit = makeExcerpt(text, ['Wetlands'], 40).map((p) => p.text).join('');
    expect(hit).toMatch(/^…\S/u);
    expect(text).toContain(hit.replace(/^…|…$/gu, ''));
    const none = makeExcerpt(text, ['ozone'], 30);
    expect(none[0]!.text.startsWith('The district')).toBe(true);
    expect(none.some((p) => p.mark)).toBe(false);
  });
});

describe('page sections for the search index', () => {
  const html = `<html><body><header>site header</header><article data-pagefind-body>
    <h1>给城市降降音量</h1><p>认识分贝。</p><h2>学习目标</h2><ul><li>解释分贝</li></ul>
    <h2 id="noise">讲一讲</h2><p>噪声来自<b>施工</b>和交通。</p><p data-pagefind-ignore>打印提示</p>
    <section><h2 id="quiz">小测验</h2><details><summary>第一题</summary><p>答案</p></details></section>
  </article><footer>footer</footer></body></html>`;

  it('splits the indexed part at each h2 with an id and leaves out ignored parts', () => {
    const { title, sections } = pageSections(html, 'x.html');
    expect(title).toBe('给城市降降音量');
    expect(sections.map((s) => [s.id, s.heading])).toEqual([[null, '给城市降降音量'], ['noise', '讲一讲'], ['quiz', '小测验']]);
    expect(sections[0]!.text).toBe('给城市降降音量 认识分贝。 学习目标 解释分贝');
    expect(sections[1]!.text).toBe('讲一讲 噪声来自施工和交通。');
    expect(sections[2]!.text).toBe('小测验 第一题 答案');
    expect(sections.map((s) => s.text).join(' ')).not.toMatch(/header|footer|打印提示/u);
  });

  it('fails with the file name when the page has nothing marked for indexing', () => {
    expect(() => pageSections('<html><body><h1>x</h1></body></html>', 'dist/learn/x/index.html')).toThrow(/dist\/learn\/x\/index.html: no element marked data-pagefind-body/u);
  });
});
