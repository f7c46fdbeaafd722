import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/search/dictionary.ts';
import { pageSections } from '../../src/search/page-sections.ts';
import { understandQuery, type QueryIntent, type QuerySlot } from '../../src/search/query.ts';
import { cardAnswers, intentWeight, rankResults, type SlotHits } from '../../src/search/rank.ts';
import { feature, featureFilters, placesAbout, recordFeatures } from '../../src/search/record-features.ts';
import { holdsPhrase, rerank, textWeight } from '../../src/search/rerank.ts';
import { bestSentence, planHighlight, sentences } from '../../src/search/sentences.ts';
import { content } from './helpers.ts';

const zh = buildDictionary(content.glossary, 'zh', content.places.list);
const en = buildDictionary(content.glossary, 'en', content.places.list);
const none: QueryIntent = { target: false, past: false, amount: false, units: [], definition: false, time: false, learn: false, report: false, places: [], terms: [], topics: [] };
const slot = (search: string, kind: QuerySlot['kind'] = 'word'): QuerySlot => ({ search, parts: [], forms: [search], kind, related: [] });
const hits = (s: QuerySlot, entries: Record<string, number>, partial: Record<string, [number, number]> = {}): SlotHits => ({
  slot: s,
  hits: new Map(Object.entries(entries)),
  partial: new Map(Object.entries(partial).map(([id, [score, share]]) => [id, { score, share }])),
});
const kinds: Record<string, string[]> = {};
const features = (id: string) => new Set(kinds[id] ?? ['k:plan']);
const order = (slots: SlotHits[], intent: QueryIntent = none) => rankResults(slots, features, intent, 900).map((r) => r.id);

describe('ranking on top of Pagefind’s scores', () => {
  it('puts a record that holds every word of the query before one that holds the rarest only', () => {
    const a = slot('夜间');
    const b = slot('施工');
    // "rare" holds only the rarer word, with a higher score; "both" holds both.
    expect(order([hits(a, { rare: 9, both: 3 }), hits(b, { both: 2, x1: 2, x2: 2, x3: 2 })])).toEqual(['both', 'rare', 'x1', 'x2', 'x3']);
  });

  it('counts a related term or some characters of an unknown word in part', () => {
    const t = slot('zztriverchiefq', 'term');
    const ranked = rankResults([hits(t, { own: 1 }, { lake: [2, 0.5] })], features, none, 900);
    expect(ranked.map((r) => [r.id, r.coverage])).toEqual([['own', 1], ['lake', 0.5]]);
  });

  it('a target prefers the 2025 indicators and commitments over 2016–2020 rows', () => {
    kinds.row2020 = ['k:plan', feature.past, feature.number];
    kinds.ind2025 = ['k:indicator', feature.target, feature.number];
    const s = slot('zztforestcoverageq', 'term');
    const slots = [hits(s, { row2020: 5, ind2025: 4 })];
    expect(order(slots)).toEqual(['row2020', 'ind2025']);
    expect(order(slots, { ...none, target: true })).toEqual(['ind2025', 'row2020']);
    expect(order(slots, { ...none, past: true })).toEqual(['row2020', 'ind2025']);
  });

  it('an amount prefers records that state a number, in the unit asked for', () => {
    kinds.words = ['k:plan'];
    kinds.number = ['k:plan', feature.number];
    kinds.area = ['k:plan', feature.number, feature.unit('area')];
    const slots = [hits(slot('湿地'), { words: 6, number: 5, area: 4 })];
    expect(order(slots, { ...none, amount: true, units: ['area'] })).toEqual(['area', 'number', 'words']);
  });

  it('a place prefers records about it, a definition the glossary, teaching the lessons; explainers come after the plan', () => {
    kinds.about = ['k:plan', feature.about('yulin-river')];
    kinds.passing = ['k:plan'];
    const s = slot('zzpyulinriverq', 'place');
    expect(order([hits(s, { passing: 5, about: 4 })], { ...none, places: ['yulin-river'] })).toEqual(['about', 'passing']);
    kinds.term = ['k:term'];
    kinds.lesson = ['k:learn'];
    const t = [hits(slot('分贝'), { lesson: 5, passing: 4.5, term: 4 })];
    expect(order(t)).toEqual(['passing', 'term', 'lesson']);
    expect(order(t, { ...none, definition: true })[0]).toBe('term');
    expect(order(t, { ...none, learn: true })[0]).toBe('lesson');
    expect(intentWeight(new Set(['k:guide']), none)).toBeLessThan(intentWeight(new Set(['k:plan']), none));
  });

  it('weighs the word that asks whom to tell double, so the number to call comes first', () => {
    kinds.hotline = ['k:guide', feature.channel];
    // Weights log(1 + 900 / (1 + hits)): report 6.111 (1 hit), doubled as the cue: 12.222; odorous and
    // river 5.421 each (3 hits); sum 23.064. hotline: coverage 0.5299, base 0.5299² × 0.75 + 0.5299 × 0.25
    // = 0.3431, × 1.2 (guide, report) × 2 (number to call) = 0.823; river: coverage 0.4701, base 0.2833.
    const slots = (cue: boolean) => [hits({ ...slot('report'), cue }, { hotline: 1 }), hits(slot('odorous'), { river: 1, a: 1, b: 1 }), hits(slot('river'), { river: 1, a: 1, b: 1 })];
    expect(order(slots(true), { ...none, report: true }).slice(0, 2)).toEqual(['hotline', 'river']);
    // Not doubled: hotline coverage 0.3605, base 0.1876 × 2.4 = 0.450; river, a and b coverage 0.6395, base 0.4666.
    expect(order(slots(false), { ...none, report: true })).toEqual(['river', 'a', 'b', 'hotline']);
  });
});

describe('the first results reordered by the sentence that answers', () => {
  const q = understandQuery('湿地面积不低于多少公顷', zh);

  it('prefers the words together in one sentence, with a number when one is asked for', () => {
    const together = '确保全区湿地总面积不低于3619.76公顷。';
    const scattered = '加强湿地保护。完善面积统计。提高公顷产量，不低于往年。';
    expect(textWeight(together, q)).toBeGreaterThan(textWeight(scattered, q));
    expect(rerank([{ id: 'scattered', score: 1, text: scattered, url: '/a/#1', kind: 'plan' as const }, { id: 'together', score: 0.9, text: together, url: '/a/#2', kind: 'plan' as const }], q).map((c) => c.id)).toEqual(['together', 'scattered']);
  });

  it('prefers a record that holds a run of the query word for word', () => {
    const run = understandQuery('饮用水源地', zh);
    expect(textWeight('建制镇饮用水源地保护。', run)).toBeGreaterThan(textWeight('饮用水源是为人们提供饮用水的河流。', run));
  });

  it('holds a Chinese run with a short qualifier inside it, within one clause; an English run only as typed', () => {
    // 玉峰山|森林|公园: 市级 (two characters) stands between 玉峰山 and 森林.
    expect(holdsPhrase('加强玉峰山市级森林公园建设', '玉峰山森林公园')).toBe(true);
    // 中|小学|环境|教育: 生态 before 环境, 保护 before 教育.
    expect(holdsPhrase('加强中小学生态环境保护教育', '中小学环境教育')).toBe(true);
    // 环境 is missing; 国家级 is three characters; a comma ends the clause.
    expect(holdsPhrase('中小学接受生态文明教育比例', '中小学环境教育')).toBe(false);
    expect(holdsPhrase('玉峰山国家级森林公园', '玉峰山森林公园')).toBe(false);
    expect(holdsPhrase('玉峰山，森林公园', '玉峰山森林公园')).toBe(false);
    expect(holdsPhrase('implement the river chief system', 'river chief')).toBe(true);
    expect(holdsPhrase('a joint river and lake chief system', 'river chief')).toBe(false);
    // Both hold the park (by one of its names) and 保护 in one sentence (0.7 + 0.4 = 1.1) and the run
    // (× 1.25): 1 × 1.375 = 1.375 before 0.9 × 1.375 = 1.2375. Without the qualifier allowed, 1.1 after 1.2375.
    const park = understandQuery('玉峰山森林公园怎么保护', zh);
    const candidates = [
      { id: 'review', score: 0.9, text: '建成玉峰山森林公园，加强保护。', url: '/a/#1', kind: 'plan' as const },
      { id: 'plan', score: 1, text: '加强玉峰山市级森林公园保护。', url: '/a/#2', kind: 'plan' as const },
    ];
    expect(textWeight(candidates[1]!.text, park)).toBeCloseTo(1.375, 5);
    expect(rerank(candidates, park).map((c) => c.id)).toEqual(['plan', 'review']);
  });

  it('counts a word the budget left unsearched where the text holds it', () => {
    const q = understandQuery('second central inspection complaints resolved', en);
    // One sentence holds central and inspection: 2 of 4 searched words, 0.7 + 0.4 × 0.5 = 0.9; holding
    // the unsearched "second" too: 0.9 × (1 + 0.25) = 1.125.
    expect(textWeight('The first round of central inspection is under way.', q)).toBeCloseTo(0.9, 5);
    expect(textWeight('The second round of central inspection is under way.', q)).toBeCloseTo(1.125, 5);
  });

  it('finds an English word of the query in its plural with -ies (balcony, balconies)', () => {
    const q = understandQuery('washing machine on balcony', en);
    // Both hold "washing"; only the first holds the balcony, as "balconies".
    expect(textWeight('Waste water from washing on residential balconies will be separated.', q)).toBeGreaterThan(textWeight('Waste water from washing in residential buildings will be separated.', q));
  });
});

describe('answer cards', () => {
  const river = understandQuery('河长制', zh);
  const question = understandQuery('河长制是什么', zh);
  const more = understandQuery('河长制考核', zh);

  it('a term answers when the query names it alone or asks what it means; a place when it names it alone', () => {
    expect(cardAnswers({ kind: 'term', title: '河长制' }, 0, river.slots, river.intent)).toBe(true);
    expect(cardAnswers({ kind: 'term', title: '河长制' }, 1, question.slots, question.intent)).toBe(true);
    expect(cardAnswers({ kind: 'term', title: '河长制' }, 0, more.slots, more.intent)).toBe(false);
    expect(cardAnswers({ kind: 'term', title: '河湖长制' }, 0, river.slots, river.intent)).toBe(false);
    const place = understandQuery('御临河', zh);
    expect(cardAnswers({ kind: 'place', title: '御临河' }, 0, place.slots, place.intent)).toBe(true);
  });

  it('an indicator or a commitment answers first, or lower when the query asks for a number', () => {
    const plain = understandQuery('森林覆盖率 森林', zh);
    const target = understandQuery('2025年森林覆盖率目标', zh);
    expect(cardAnswers({ kind: 'indicator', title: '森林覆盖率（%）' }, 0, plain.slots, plain.intent)).toBe(true);
    expect(cardAnswers({ kind: 'indicator', title: '森林覆盖率（%）' }, 2, plain.slots, plain.intent)).toBe(false);
    expect(cardAnswers({ kind: 'indicator', title: '森林覆盖率（%）' }, 2, target.slots, target.intent)).toBe(true);
  });
});

describe('record features', () => {
  it('numbers and their units, the period, a number to call', () => {
    const f = recordFeatures('到2025年，全区湿地总面积不低于3619.76公顷，拨打12345热线。', 'zh', { type: 'plan', node: 'ch05-s02-p02' }, []);
    expect(f).toEqual(expect.arrayContaining(['k:plan', feature.number, feature.unit('area'), feature.target, feature.channel]));
    expect(f).not.toContain(feature.past);
    expect(recordFeatures('Forest coverage 42', 'en', { type: 'indicator', box: 1 }, [])).toEqual(expect.arrayContaining([feature.past]));
    expect(recordFeatures('Recycling rate of 40% by 2025', 'en', { type: 'plan' }, [])).toEqual(expect.arrayContaining([feature.unit('percent'), feature.target]));
    expect(featureFilters(['k:plan', 'num', 'u:area', 'p2025', 'about:x', 'tell'])).toEqual({ n: ['num', 'u:area'], p: ['p2025'], a: ['about:x'], t: ['tell'] });
  });

  it('a record is about a place it names twice or near its beginning, not one it names in passing', () => {
    expect(placesAbout([{ place: 'a', start: 2 }, { place: 'b', start: 400 }], 500)).toEqual(['a']);
    expect(placesAbout([{ place: 'b', start: 300 }, { place: 'b', start: 400 }], 500)).toEqual(['b']);
    expect(placesAbout([], 10, 'own')).toEqual(['own']);
  });
});

describe('sentences and highlights', () => {
  it('cuts sentences after Chinese and Latin full stops and at line breaks', () => {
    const text = '第一句。第二句！Third one. Fourth\n第五';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['第一句。', '第二句！', 'Third one.', 'Fourth\n', '第五']);
  });

  it('marks, in a long text, the sentence that holds most of the words, and every word', () => {
    const text = '夜间施工噪声\n常见情形：深夜还在打桩、切割，机器轰鸣，吵得人睡不着。规划怎么说：完善夜间施工许可证制度和夜间施工公告制度，严格控制夜间施工噪声。噪声敏感区域禁止夜间施工作业，落实建筑施工环保公告制度，合理安排施工方式和时间。';
    const h = planHighlight(text, ['夜间', '施工']);
    expect(text.slice(h.sentence!.start, h.sentence!.end)).toBe('规划怎么说：完善夜间施工许可证制度和夜间施工公告制度，严格控制夜间施工噪声。');
    expect(h.words.map((w) => text.slice(w.start, w.end)).every((w) => w === '夜间' || w === '施工')).toBe(true);
    expect(planHighlight('夜间施工噪声管理。', ['夜间']).sentence).toBeNull();
    expect(bestSentence('甲乙。丙丁。', ['戊'])).toBeNull();
  });
});

describe('page sections: one per reportable problem', () => {
  it('gives an element marked data-search-section its own section, headed by its summary', () => {
    const html = `<main data-pagefind-body><h1>指南</h1><h2 id="problems">可以反映哪些问题</h2>
      <details id="noise" data-search-section><summary>夜间施工噪声</summary><p>深夜打桩。</p></details>
      <details id="fumes" data-search-section><summary>餐饮油烟</summary><p>油烟熏人。</p></details>
      <p>以上问题都可以反映。</p><h2 id="after">反映之后</h2><p>会有答复。</p></main>`;
    const { sections } = pageSections(html, 'x.html');
    expect(sections.map((s) => [s.id, s.heading])).toEqual([[null, '指南'], ['problems', '可以反映哪些问题'], ['noise', '夜间施工噪声'], ['fumes', '餐饮油烟'], ['after', '反映之后']]);
    expect(sections.find((s) => s.id === 'problems')!.text).toBe('可以反映哪些问题 以上问题都可以反映。');
    expect(sections.find((s) => s.id === 'noise')!.text).toBe('夜间施工噪声 深夜打桩。');
  });
});
