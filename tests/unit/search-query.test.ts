import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/search/dictionary.ts';
import { dictionaryTopics } from '../../src/search/search-records.ts';
import { MAX_WORDS, understandQuery } from '../../src/search/query.ts';
import { markWords, WORD_MARK, words } from '../../src/search/segment.ts';
import { toSimplified } from '../../src/search/traditional.ts';
import { content } from './helpers.ts';

const zh = buildDictionary(content.glossary, 'zh', content.places.list, dictionaryTopics(content));
const en = buildDictionary(content.glossary, 'en', content.places.list, dictionaryTopics(content));
/** What the query searches: words as written, terms and places in brackets. */
const searched = (q: string, dict = zh) => understandQuery(q, dict).slots.map((s) => (s.kind === 'word' ? s.forms[0] : `[${s.forms[0]}]`));
const intent = (q: string, dict = zh) => understandQuery(q, dict).intent;

describe('query understanding: what is searched', () => {
  it('keeps the words the budget leaves unsearched, for the second look at the first results', () => {
    // Five words, four searched, the shortest left: second (6 letters) after central (7), inspection, complaints, resolved (8).
    const q = understandQuery('second central inspection complaints resolved', en);
    expect(q.slots.map((s) => s.forms[0])).toEqual(['central', 'inspection', 'complaints', 'resolved']);
    expect(q.unsearched).toEqual(['second']);
    expect(understandQuery('夜里工地施工太吵怎么办', zh).unsearched).toEqual([]);
  });

  it('marks the word that asks whom to tell (report, 举报, 投诉), and only in such a question', () => {
    const cues = (q: string, dict = zh) => understandQuery(q, dict).slots.filter((s) => s.cue).map((s) => s.forms[0]);
    expect(cues('can I report a smelly river', en)).toEqual(['report']);
    expect(cues('reward for reporting pollution', en)).toEqual(['reporting']);
    expect(cues('举报环境违法有没有奖励')).toEqual(['举报']);
    expect(cues('晚上11点了隔壁工地还在打桩能投诉吗')).toEqual(['投诉']);
    // "complaints" names the cases, not whom to tell: no report question.
    expect(cues('second central inspection complaints resolved', en)).toEqual([]);
    expect(cues('夜里工地施工太吵怎么办')).toEqual([]);
  });

  it('drops question words, particles and A-not-A questions (怎么办, 多少, 吗, 有没有, 能不能)', () => {
    expect(searched('夜里工地施工太吵怎么办')).toEqual(['夜间', '工地', '施工', '吵']);
    expect(searched('能不能在家门口烧落叶')).toEqual(['焚烧', '树叶']);
    expect(searched('有没有禁止鸣笛的规定')).toEqual(['禁止', '鸣笛']);
    expect(searched('天然林能不能砍')).toEqual(['天然林', '采伐']);
    expect(searched('规划什么时候中期评估')).toEqual(['中期', '评估']);
    for (const q of ['多少', '吗', '怎么办', '有没有']) expect(searched(`噪声${q}`)).toEqual(['噪声']);
  });

  it('reads traditional characters as simplified (分類, 噪聲, 長江禁漁)', () => {
    expect(toSimplified('垃圾分類回收率目標')).toBe('垃圾分类回收率目标');
    expect(toSimplified('區域環境噪聲平均值要低於多少分貝')).toBe('区域环境噪声平均值要低于多少分贝');
    expect(toSimplified('PM2.5 渝北')).toBe('PM2.5 渝北');
    expect(searched('垃圾分類')).toEqual(['[垃圾分类]']);
    expect(searched('市區有沒有禁止鳴喇叭')).toEqual(['市区', '禁止', '鸣笛']);
  });

  it('reads full-width forms and numbers as the index holds them (１２３４５, ＰＭ２．５, 55%)', () => {
    expect(understandQuery('１２３４５', zh).slots.map((s) => s.search)).toEqual(['12345']);
    expect(searched('ＰＭ２．５')).toEqual(['[细颗粒物]']);
    expect(understandQuery('55%', zh).slots.map((s) => s.search)).toEqual(['55pct']);
    expect(understandQuery('3,619.76 hectares', en).slots.map((s) => s.search)).toEqual(['3619p76', 'hectares']);
  });

  it('finds terms and places as their tokens, and the places a partial name begins', () => {
    const river = understandQuery('御临河要怎么治理', zh);
    expect(river.slots.map((s) => [s.kind, s.search])).toEqual([['place', 'zzpyulinriverq'], ['word', '治理']]);
    expect(river.intent.places).toEqual(['yulin-river']);
    const partial = understandQuery('铜锣 储气库', zh);
    expect(partial.slots[0]).toMatchObject({ kind: 'place', search: '铜锣' });
    expect(partial.intent.places).toEqual(expect.arrayContaining(['tongluo-mountain', 'tongluo-gorge']));
    // An English word is taken for a name only when it is spelt in pinyin.
    expect(understandQuery('tongluo mine park', en).intent.places).toContain('tongluo-mountain');
    expect(understandQuery('noise limit near main roads', en).intent.places).toEqual([]);
  });

  it('finds 河湖长制 for 河长制 (a related term) and the other way round', () => {
    const [chief] = understandQuery('河长制', zh).slots;
    expect(chief).toMatchObject({ kind: 'term', search: 'zztriverchiefq', related: ['zztriverlakechiefq'] });
    expect(understandQuery('河湖长制', zh).slots[0]!.related).toEqual(['zztriverchiefq']);
  });

  it('searches a word the segmenter does not know as a phrase of its characters', () => {
    const [slot] = understandQuery('鸣笛', zh).slots;
    expect(slot).toMatchObject({ search: '"鸣 笛"', parts: ['鸣', '笛'], forms: ['鸣笛'] });
  });

  it('leaves out words the plan uses everywhere when there is anything else, and keeps them alone', () => {
    expect(searched('渝北空气好的天数有多少')).toEqual(['优良', '天数']);
    expect(searched('渝北')).toEqual(['[渝北区]']);
  });

  it('searches at most MAX_WORDS index words, the longest first, the tokens counting as one', () => {
    const q = understandQuery('晚上11点了隔壁工地还在打桩能投诉吗 噪声 夜间 飙车 施工队', zh);
    const indexWords = q.slots.filter((s) => s.kind === 'word').reduce((n, s) => n + Math.max(1, s.parts.length), 0);
    expect(indexWords).toBeLessThanOrEqual(MAX_WORDS);
    expect(q.slots.map((s) => s.forms[0])).not.toContain('11');
  });

  it('makes English questions their content words, and everyday words the translation’s', () => {
    expect(searched('how many EV chargers will be built', en)).toEqual(['[new energy vehicles]', '[charging points]', 'built']);
    expect(searched('can I report a smelly river', en)).toEqual(['report', 'odorous', 'river']);
    expect(searched('what is the river chief system', en)).toEqual(['[river chief system]']);
    expect(searched('ecological protection red line', en)).toEqual(['[ecological conservation redline]']);
  });

  it('keeps runs of the query as typed, to prefer records that hold them word for word', () => {
    expect(understandQuery('饮用水源地', zh).phrases).toEqual(['饮用水源地']);
    expect(understandQuery('泰山电缆搬迁吗', zh).phrases).toEqual(['泰山电缆搬迁']);
  });
});

describe('query understanding: what is asked', () => {
  it('a target or a year (目标, 到2025年, target, by 2025, will)', () => {
    expect(intent('2025年森林覆盖率目标是多少')).toMatchObject({ target: true, amount: true, terms: ['forest-coverage'] });
    expect(intent('forest cover target 2025', en).target).toBe(true);
    // What the plan will do (the translation's future): its targets, not the 2016–2020 results.
    expect(intent('how many drinking water sources will be upgraded', en)).toMatchObject({ target: true, amount: true, past: false });
    expect(intent('when will city lakes be cleaned up', en)).toMatchObject({ target: true, time: true });
    expect(intent('how many drinking water sources were upgraded', en).target).toBe(false);
    expect(intent('willow trees along the river', en).target).toBe(false);
    expect(intent('渝北森林覆蓋率現在多少')).toMatchObject({ target: false, past: true });
    expect(intent('御临河要怎么治理').target).toBe(false);
  });

  it('an amount, and in which unit (多少公顷 → area, 多宽 → length, how many → count)', () => {
    expect(intent('湿地面积不低于多少公顷')).toMatchObject({ amount: true, units: ['area'] });
    expect(intent('长江边绿化缓冲带多宽').units).toEqual(['length']);
    expect(intent('生态红线划了多少平方公里').units).toEqual(['area']);
    expect(intent('马路边噪音标准多少分贝').units).toEqual(['decibel']);
    expect(intent('how many EV chargers will be built', en)).toMatchObject({ amount: true, units: ['count'] });
    expect(intent('冬天还让不让熏腊肉')).toMatchObject({ amount: false, units: [] });
  });

  it('the topics it is about: by a word of a topic’s name, or by a term of the topic', () => {
    expect(intent('住在机场附近飞机噪音大').topics).toEqual(['noise']);
    expect(intent('drinking water sources', en).topics).toEqual(['water']);
    expect(intent('垃圾分类').topics).toContain('waste');
    expect(intent('泰山电缆搬迁').topics).toEqual([]);
  });

  it('a definition, a time, teaching material, whom to tell', () => {
    expect(intent('碳中和什么意思').definition).toBe(true);
    expect(intent('what does NIMBY mean', en).definition).toBe(true);
    expect(intent('城市湖库什么时候治理完').time).toBe(true);
    expect(intent('分贝是什么 给学生讲噪声').learn).toBe(true);
    expect(intent('中小学环境教育').learn).toBe(false);
    expect(intent('发现偷排污水打什么电话').report).toBe(true);
    expect(intent('碳中和').definition).toBe(false);
  });
});

describe('Chinese word segmentation for index and query', () => {
  it('marks word boundaries between Chinese words only, and the marks leave the text as it was', () => {
    const marked = markWords('森林覆盖率达到55%，PM2.5 下降');
    expect(marked.replaceAll(WORD_MARK, '')).toBe('森林覆盖率达到55%，PM2.5 下降');
    expect(marked.split(WORD_MARK).length).toBeGreaterThan(2);
    expect(marked).not.toMatch(new RegExp(`${WORD_MARK}[，\\d]|[\\d，]${WORD_MARK}`, 'u'));
    expect(words('禁止鸣笛')).toEqual(['禁止', '鸣', '笛']);
  });
});
