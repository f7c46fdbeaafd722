/**
 * The words the query module reads or removes, per language. Lists, not logic: query.ts uses them.
 * Every list is in normalised form (simplified Chinese, lower case).
 */

/** Question forms and fillers removed from Chinese queries, longest first where one contains another. */
export const ZH_QUESTION = [
  '可不可以', '怎么回事', '怎么样', '怎么办', '咋个办', '咋个', '咋办', '咋样', '怎么', '怎样', '如何', '为什么', '为啥',
  '什么时候', '啥时候', '什么意思', '啥意思', '什么', '啥子', '啥', '哪些', '哪里', '哪儿', '哪个', '多少', '多大', '多宽',
  '多长', '多高', '多远', '多久', '是否', '能否', '可否', '请问', '有人管', '谁管', '找谁', '吗', '呢', '吧', '呀', '嘛',
] as const;

/** Chinese words that carry no search meaning of their own (after segmentation). */
export const ZH_STOP = new Set([
  '的', '了', '啊', '我', '我们', '你', '你们', '他', '她', '它', '他们', '咱', '咱们', '家', '自己', '还', '都', '要', '想',
  '能', '会', '可以', '让', '在', '是', '有', '就', '也', '太', '很', '这', '那', '这个', '那个', '这些', '那些', '个', '给',
  '被', '把', '对', '和', '与', '及', '或', '等', '从', '到', '了', '过', '着', '得', '地', '之', '其', '该', '一下', '一些',
  '现在', '目前', '以前', '以后', '之后', '一共', '总共', '共', '还是', '还在', '人', '管', '里', '上面', '下面', '几',
  '时候', '有没有', '算', '做到', '程度', '规定', '关', '了吗', '是不是', '后', '前', '一', '大', '用', '啥', '么',
  '怎么', '所以', '以及', '但是', '如果', '为', '将', '都是', '直接', '搞', '弄', '办', '样', '处', '项', '件', '条',
  '座', '辆', '次', '呢', '哪', '吧',
  // Where the asker is, not what the plan says: 在家门口, 楼下, 隔壁.
  '在家', '家门口', '门口', '家里', '楼下', '楼上', '隔壁', '旁边', '附近', '周围', '周边', '住在', '地方', '有人', '发现', '新买', '买',
]);

/**
 * Words so common in the plan that they narrow nothing (渝北 is in most records); left out of a
 * query that has other words.
 */
export const ZH_COMMON = new Set(['渝北', '渝北区', '规划', '本规划', '重庆', '重庆市', '生态环境', '环境', '降到', '达到', '提高到', '年']);

/** Places the plan names almost everywhere (the district itself): left out like ZH_COMMON. */
export const COMMON_PLACES = new Set(['yubei-district', 'chongqing']);

/** Everyday words → the plan's word for the same thing (the plan never uses the everyday word). */
export const ZH_PLAIN: readonly (readonly [string, string])[] = [
  ['噪音', '噪声'], ['半夜', '夜间'], ['夜里', '夜间'], ['晚上', '夜间'], ['夜晚', '夜间'], ['灰尘', '扬尘'],
  ['放鞭炮', '烟花爆竹'], ['鞭炮', '烟花爆竹'], ['化工厂', '化工企业'], ['电动车', '新能源汽车'], ['电动汽车', '新能源汽车'],
  ['电动', '新能源'], ['鸣喇叭', '鸣笛'], ['按喇叭', '鸣笛'], ['空气好', '优良'], ['电话', '热线'], ['多少钱', '投资'],
  ['砍', '采伐'], ['落叶', '树叶'], ['火锅店', '餐饮'], ['饭店', '餐饮'], ['广场舞', '健身'], ['打桩', '施工'],
  ['矿坑', '矿山'], ['炸街', '飙车'], ['烧', '焚烧'], ['黑臭水体', '黑臭河段'], ['黑臭河', '黑臭河段'],
];

/** Particles trimmed from the ends of a run of the query before it is matched word for word. */
export const ZH_EDGE = new Set(['的', '了', '是', '有', '要', '能', '会', '在', '还', '都', '就', '也', '太', '很', '我', '你', '他']);

/** Question forms removed from English queries (whole phrases, before the stop words). */
export const EN_QUESTION = [
  'how many', 'how much', 'how big', 'how wide', 'how long', 'how large', 'how high', 'how far', 'what is', 'what are',
  'what does', 'who to complain to', 'who do i', 'is there', 'are there', 'can i', 'can we', 'do i', 'should i',
] as const;

/** English words that carry no search meaning of their own. */
export const EN_STOP = new Set(
  ('a an the of in on at by for to with from into about and or but is are was were be been being will would shall should ' +
    'can could may might must do does did done have has had i me my mine we us our you your he she it its they them their ' +
    'this that these those there here what which who whom whose when where why how many much any some all each every no not ' +
    'if then than so such as also just only very too there’s what’s i’m get got go going still anything something someone ' +
    'mean means meaning explained explain definition define vs versus difference between plan plans yubei district ' +
    'allowed permitted ok okay legal near around next up')
    .split(' '),
);

/** Everyday English → the translation's word for the same thing. */
export const EN_PLAIN: readonly (readonly [string, string])[] = [
  ['rubbish', 'waste'], ['trash', 'waste'], ['garbage', 'waste'], ['ev', 'new energy vehicles'], ['evs', 'new energy vehicles'],
  ['electric cars', 'new energy vehicles'], ['chargers', 'charging points'], ['charger', 'charging point'], ['honking', 'honking'],
  ['phone mast', 'base station'], ['phone masts', 'base stations'], ['smog', 'heavy pollution'], ['cloud seeding', 'artificial rain'],
  ['smelly', 'odorous'], ['scrapped', 'retired'], ['kids', 'students'], ['pupils', 'students'],
  ['protection red line', 'conservation redline'], ['red line', 'redline'], ['red lines', 'redlines'],
];

/**
 * Units of amounts, by class, as the records write them after a number (the index tags each
 * record with the classes it holds; a query that asks for an area prefers records with one).
 */
export const UNITS: Readonly<Record<string, { zh: RegExp; en: RegExp }>> = {
  area: { zh: /\d\s*(?:平方公里|平方千米|平方米|公顷|万亩|亩)/u, en: /\d\s*(?:square kilomet|square met|hectare|mu\b|km²|m²)/u },
  length: { zh: /\d\s*(?:公里|千米|米)/u, en: /\d\s*(?:kilomet|met(?:re|er)s?\b|km\b)/u },
  mass: { zh: /\d\s*万?吨/u, en: /\d\s*(?:tonnes?|tons?)\b/u },
  money: { zh: /\d\s*(?:亿元|万元|元)/u, en: /(?:cny\s*[\d.]+|\d\s*(?:yuan|billion|million))/u },
  percent: { zh: /\d\s*%/u, en: /\d\s*(?:%|per ?cent)/u },
  decibel: { zh: /\d\s*分贝/u, en: /\d\s*(?:decibels?|db)\b/u },
  days: { zh: /\d\s*天/u, en: /\d\s*days?\b/u },
  count: { zh: /\d\s*(?:个|处|件|辆|座|项|家|所|条|台|万辆)/u, en: /\d\s+(?:[a-z-]+\s+)?(?:points?|sites?|vehicles?|projects?|parks?|stations?|sources?|plants?|items?|cases?|firms?|enterprises?)\b/u },
};

/** What a query asks for, by cue words (tested on the normalised, simplified query). */
export const CUES = {
  zh: {
    target: /目标|程度|做到|要达到|达到多少|要降到|降到|提高到|提升到|到20\d\d|20\d\d年?(?:前|要|将|的目标)/u,
    past: /现在|目前|以前|过去|十三五|2020年?(?:前|底|末)?(?!年?后)|已经/u,
    amount: /多少|几|多大|多宽|多长|多高|多远|面积|比例|比重|一共|总共|数量|多少钱|投资/u,
    definition: /是什么|什么意思|啥意思|什么是|含义|定义|指什么|区别|是啥/u,
    time: /什么时候|啥时候|何时|哪年|几时|多久/u,
    learn: /学生|课堂|老师|教学|讲课|上课|教案|课程/u,
    report: /投诉|举报|反映|打什么电话|找谁|有人管|谁管|咋办|怎么办|咋个办/u,
  },
  en: {
    target: /\btarget|\bgoal|\bby 20\d\d|\baim\b|\b2025\b|\bwill\b/u,
    past: /\bnow\b|\bcurrent|\bso far\b|\balready\b|\b2020\b|\blast five years\b/u,
    amount: /how (?:many|much|big|wide|long|large|high|far)|number of|\bsize\b|\barea\b|\brate\b|\bshare\b|percentage|\btotal\b|\blimits?\b|\bthreshold/u,
    definition: /what (?:is|are|does)|\bmean(?:s|ing)?\b|definition|explain|difference between|\bvs\b/u,
    time: /\bwhen\b/u,
    learn: /student|pupil|class(?:room)?\b|lesson|school|teach|\bkids\b|children/u,
    report: /\bcomplain(?!ts)|\breport(?:ing)?\b|who to|hotline|phone number|\bcall\b/u,
  },
} as const;

/** Unit classes a query asks for by its question words (多大 → area), beyond the units it names. */
export const UNIT_CUES: Readonly<Record<'zh' | 'en', readonly (readonly [RegExp, string])[]>> = {
  zh: [
    [/多大|面积|平方公里|平方米|公顷|亩/u, 'area'], [/多宽|多长|多远|(?<!平方)公里|(?<!平方)米/u, 'length'], [/多少钱|投资|亿元|万元/u, 'money'],
    [/比例|比重|率|百分之/u, 'percent'], [/分贝/u, 'decibel'], [/(?:多少|几)天/u, 'days'], [/吨/u, 'mass'],
    [/(?:多少|几)(?:个|处|项|件|辆|座|家|条)/u, 'count'],
  ],
  en: [
    [/how big|how large|\bsize\b|\barea\b|square|hectare/u, 'area'], [/how wide|how long|how far|metre|kilomet/u, 'length'],
    [/how much money|investment|\bcost/u, 'money'], [/\brate\b|\bshare\b|percent/u, 'percent'], [/decibel/u, 'decibel'],
    [/how many days|\bdays\b/u, 'days'], [/tonne/u, 'mass'], [/how many/u, 'count'],
  ],
};
