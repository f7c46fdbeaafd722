import { describe, expect, it } from 'vitest';
import { buildDictionary, findTerms, packDictionary, termToken, termTokens, unpackDictionary } from '../../src/search/dictionary.ts';
import { dictionaryTopics } from '../../src/search/search-records.ts';
import { makeExcerpt, recordText } from '../../src/search/excerpt.ts';
import { aliases, TOKEN_SEPARATOR } from '../../src/search/normalize.ts';
import { pageSections } from '../../src/search/page-sections.ts';
import { content } from './helpers.ts';

const glossary = content.glossary;
const zh = buildDictionary(glossary, 'zh', content.places.list);
const en = buildDictionary(glossary, 'en', content.places.list);
const tokenOf = (id: string) => termToken(id);

describe('search dictionary (the glossary as index tokens)', () => {
  it('gives every term a token of Latin letters that no other token starts with', () => {
    const tokens = zh.terms.map((t) => t.token);
    expect(tokens).toHaveLength(glossary.length + content.places.list.length);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const t of tokens) {
      expect(t).toMatch(/^zz[tp][a-z]+q$/u);
      expect(tokens.filter((o) => o !== t && o.startsWith(t))).toEqual([]);
    }
    expect(termToken('five-year-plan-14')).toBe('zztfiveyearplanbeq');
  });

  it('refuses two ids that would share a token', () => {
    expect(() => buildDictionary([{ id: 'a-b', zh: '甲', en: 'a' }, { id: 'ab', zh: '乙', en: 'b' }], 'zh')).toThrow(/same token zztabq/u);
    // Terms and places have tokens of their own: a place may share a term's id.
    expect(buildDictionary([{ id: 'wetland', zh: '湿地', en: 'wetland' }], 'zh', [{ id: 'wetland', zh: '某湿地', en: 'A Wetland', variants: [] }]).terms.map((t) => t.token)).toEqual(['zztwetlandq', 'zzpwetlandq']);
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

  it('finds the terms and places a query names, longest first and without overlaps', () => {
    const ids = (dict: typeof zh, q: string) => findTerms(dict, q).map((f) => f.term.id);
    expect(ids(zh, '生态保护红线')).toEqual(['eco-red-line']);
    expect(ids(zh, ' 碳达峰 碳中和 ')).toEqual(['carbon-peak', 'carbon-neutrality']);
    expect(ids(zh, '河长制考核')).toEqual(['river-chief']);
    expect(ids(zh, '御临河流域水污染')).toEqual(['yulin-river']);
    expect(ids(zh, '御临 跨界')).toEqual(['yulin-area']);
    expect(ids(zh, '御临河要怎么治理')).toEqual(['yulin-river']);
    expect(ids(zh, '长制')).toEqual([]);
    expect(findTerms(zh, '河(湖)长制')[0]).toMatchObject({ start: 0, end: 6 });
    expect(ids(en, 'what is carbon neutrality')).toEqual(['carbon-neutrality']);
    expect(ids(en, 'carbon neutralityx')).toEqual([]);
    expect(ids(en, 'Yulin River pollution'.toLowerCase())).toEqual(['yulin-river']);
  });

  it('packs for the search page and unpacks to the same dictionary', () => {
    for (const lang of ['zh', 'en'] as const) {
      const full = buildDictionary(glossary, lang, content.places.list, dictionaryTopics(content));
      const packed = packDictionary(full);
      expect(unpackDictionary(packed, lang)).toEqual(full);
      expect(packed.length).toBeLessThan(JSON.stringify(full).length * 0.7);
    }
  });

  it('relates 河长制 and 河湖长制 (the same characters with others between), in both languages', () => {
    const token = (dict: typeof zh, id: string) => dict.terms.find((t) => t.kind === 'term' && t.id === id)!;
    for (const dict of [zh, en]) {
      expect(token(dict, 'river-chief').related).toContain(tokenOf('river-lake-chief'));
      expect(token(dict, 'river-lake-chief').related).toContain(tokenOf('river-chief'));
      expect(token(dict, 'forest-chief').related ?? []).not.toContain(tokenOf('river-chief'));
    }
  });
});

describe('number aliases (index and query alike)', () => {
  it('joins what Pagefind would break apart, and leaves plain integers alone', () => {
    expect(aliases('ＰＭ２．５达到55%，湿地3,619.76公顷，热线12345')).toEqual(['pm25', '55pct', '3619p76']);
    expect(aliases('no numbers here')).toEqual([]);
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
