import type { Block, Chapter, Plan } from '../plan/types.ts';
import { aliases } from './normalize.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn' | 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Inputs {
  plan: { zh: Plan; en: Plan };
  glossary: Record<string, string | number | null>[];
  indicators: Record<string, string | number | null>[];
  commitments: Record<string, string | number | null>[];
  /** Deployment base, with a trailing slash. */
  base: string;
}

const LANGS = ['zh', 'en'] as const;
const prefix = (lang: 'zh' | 'en') => (lang === 'zh' ? '' : 'en/');
const TYPE = {
  zh: { plan: '规划原文', indicator: '指标', commitment: '承诺', term: '术语' },
  en: { plan: 'Plan text', indicator: 'Indicator', commitment: 'Commitment', term: 'Glossary' },
};

/** Content plus the aliases of its numbers (PM2.5 → pm25, 55% → 55pct), so number queries match. */
const withAliases = (text: string) => {
  const extra = aliases(text);
  return extra.length ? `${text} ${extra.join(' ')}` : text;
};

function record(lang: 'zh' | 'en', url: string, title: string, crumb: string, content: string, type: 'plan' | 'indicator' | 'commitment' | 'term', chapter: string): SearchRecord {
  return {
    url,
    content: withAliases(content),
    // Pagefind files HTML pages with lang="zh-CN" under "zh-cn": records must use the same code to share their index.
    language: lang === 'zh' ? 'zh-cn' : 'en',
    meta: { title, crumb },
    filters: { type: [TYPE[lang][type]], ...(chapter ? { chapter: [chapter] } : {}) },
  };
}

/** Search records: plan text at paragraph level, indicators and commitments, in both languages. */
export function searchRecords({ plan, glossary, indicators, commitments, base }: Inputs): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const lang of LANGS) {
    const p = plan[lang];
    const page = (part: string) => `${base}${prefix(lang)}plan/${part}/`;
    const chapterName = (ch: Chapter) => (lang === 'zh' ? `${ch.label} ${ch.title}` : `${ch.label}: ${ch.title}`);
    const blocks = (blocks: readonly Block[], part: string, crumb: string, chapter: string) => {
      for (const b of blocks) {
        if (b.kind === 'paragraph') out.push(record(lang, `${page(part)}#${b.id}`, b.lead ?? crumb, crumb, b.text, 'plan', chapter));
        else if (b.variant === 'list') {
          const cap = `${b.label} ${b.title}`;
          for (const e of b.entries) {
            const items = e.kind === 'group' ? e.items : [e];
            for (const i of items) out.push(record(lang, `${page(part)}#${i.id}`, i.lead ?? cap, `${crumb} › ${cap}`, `${e.kind === 'group' ? `${e.title} ` : ''}${i.text}`, 'plan', chapter));
          }
        } else {
          const cap = `${b.label} ${b.title}`;
          for (const r of b.table.rows) {
            const name = r.sub ? `${r.name} ${r.sub}` : r.name;
            out.push(record(lang, `${page(part)}#${r.id}`, `${cap}：${r.sub ?? r.name}`, `${crumb} › ${cap}`, [r.group, name, r.nature, ...r.values].join(' '), 'plan', chapter));
          }
        }
      }
    };
    blocks(p.preface.blocks, 'preface', p.preface.title, p.preface.title);
    for (const ch of p.chapters) {
      const name = chapterName(ch);
      out.push(record(lang, `${page(ch.id)}#${ch.id}`, name, name, name, 'plan', name));
      blocks(ch.intro, ch.id, name, name);
      for (const s of ch.sections) {
        const crumb = `${name} › ${s.label} ${s.title}`;
        out.push(record(lang, `${page(ch.id)}#${s.id}`, `${s.label} ${s.title}`, name, `${s.label} ${s.title}`, 'plan', name));
        blocks(s.blocks, ch.id, crumb, name);
      }
    }
    for (const cp of p.closing.parts) {
      for (const b of cp.blocks) {
        const text = b.kind === 'term' ? `${b.label} ${b.value}` : b.text;
        out.push(record(lang, `${page('closing')}#${b.id}`, cp.title, cp.title, text, 'plan', ''));
      }
    }
    // Indicator data has one record per value: one search record per indicator.
    for (const id of new Set(indicators.map((i) => String(i.indicator_id)))) {
      const values = indicators.filter((i) => i.indicator_id === id);
      const i = values[0]!;
      const name = [i[`parent_${lang}`], i[`name_${lang}`]].filter(Boolean).join(' ');
      const content = `${name} ${values.map((v) => `${v[`value_label_${lang}`]} ${v[`printed_${lang}`]}`).join(' ')}`;
      out.push(record(lang, `${base}${prefix(lang)}${i.box === 1 ? 'indicators/2016-2020/' : 'indicators/'}#${id}`, name, String(i[`category_${lang}`]), content, 'indicator', ''));
    }
    // Glossary entries as small records (the glossary page itself would be one large fragment).
    for (const g of glossary) {
      const term = String(lang === 'zh' ? g.zh : g.en);
      const definition = String(g[`definition_${lang}`] ?? '');
      out.push(record(lang, `${base}${prefix(lang)}learn/glossary/#${g.id}`, term, TYPE[lang].term, `${g.zh} ${g.en} ${definition}`, 'term', ''));
    }
    for (const c of commitments) {
      const quote = String(lang === 'zh' ? c.quote_zh : c.quote_en);
      out.push(record(lang, `${base}${prefix(lang)}commitments/#${c.id}`, String(c[`measure_${lang}`]), TYPE[lang].commitment, `${c[`measure_${lang}`]} ${quote}`, 'commitment', ''));
    }
  }
  return out;
}
