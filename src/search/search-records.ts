import type { Block, Chapter, Plan } from '../parser/types.ts';
import { buildDictionary, termTokens, type GlossarySource, type SearchDictionary } from './dictionary.ts';
import { aliases, TOKEN_SEPARATOR } from './normalize.ts';
import { SEARCH_TYPES } from './search-types.ts';
import type { PageSections } from './page-sections.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn' | 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A long-form page of the site, split into sections (see page-sections.ts). */
export interface SectionedPage {
  lang: 'zh' | 'en';
  kind: 'learn' | 'guide';
  /** The page's URL with the deployment base, e.g. /learn/noise/. */
  url: string;
  page: PageSections;
}

interface Inputs {
  plan: { zh: Plan; en: Plan };
  glossary: (GlossarySource & Record<string, string | number | null>)[];
  indicators: Record<string, string | number | null>[];
  commitments: Record<string, string | number | null>[];
  pages: readonly SectionedPage[];
  /** Deployment base, with a trailing slash. */
  base: string;
}

const LANGS = ['zh', 'en'] as const;
const prefix = (lang: 'zh' | 'en') => (lang === 'zh' ? '' : 'en/');
type RecordType = keyof (typeof SEARCH_TYPES)['zh'];

/** The chapter filter's value for a chapter. */
export const chapterFilterName = (lang: 'zh' | 'en', ch: Pick<Chapter, 'label' | 'title'>) => (lang === 'zh' ? `${ch.label} ${ch.title}` : `${ch.label}: ${ch.title}`);

/** Content plus the aliases of its numbers (PM2.5 → pm25, 55% → 55pct) and its terms' tokens. */
const withTokens = (dictionary: SearchDictionary, text: string) => {
  const extra = [...aliases(text), ...termTokens(dictionary, text)];
  return extra.length ? `${text} ${TOKEN_SEPARATOR} ${extra.join(' ')}` : text;
};

/** Makes the records of one language: its dictionary tags every record's content. */
const recorder =
  (dictionary: SearchDictionary) =>
  (url: string, title: string, crumb: string, content: string, type: RecordType, chapter: string): SearchRecord => ({
    url,
    content: withTokens(dictionary, content),
    // Pagefind files HTML pages with lang="zh-CN" under "zh-cn": records must use the same code to share their index.
    language: dictionary.lang === 'zh' ? 'zh-cn' : 'en',
    meta: { title, crumb },
    filters: { type: [SEARCH_TYPES[dictionary.lang][type]], ...(chapter ? { chapter: [chapter] } : {}) },
  });

/** Search records, in both languages: plan text at paragraph level, indicators, glossary entries, commitments, and lesson and guide sections. */
export function searchRecords({ plan, glossary, indicators, commitments, pages, base }: Inputs): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const lang of LANGS) {
    const record = recorder(buildDictionary(glossary, lang));
    const p = plan[lang];
    const page = (part: string) => `${base}${prefix(lang)}plan/${part}/`;
    const chapterName = (ch: Chapter) => chapterFilterName(lang, ch);
    const blocks = (blocks: readonly Block[], part: string, crumb: string, chapter: string) => {
      for (const b of blocks) {
        if (b.kind === 'paragraph') out.push(record(`${page(part)}#${b.id}`, b.lead ?? crumb, crumb, b.text, 'plan', chapter));
        else if (b.variant === 'list') {
          const cap = `${b.label} ${b.title}`;
          for (const e of b.entries) {
            const items = e.kind === 'group' ? e.items : [e];
            for (const i of items) out.push(record(`${page(part)}#${i.id}`, i.lead ?? cap, `${crumb} › ${cap}`, `${e.kind === 'group' ? `${e.title} ` : ''}${i.text}`, 'plan', chapter));
          }
        } else {
          const cap = `${b.label} ${b.title}`;
          for (const r of b.table.rows) {
            const name = r.sub ? `${r.name} ${r.sub}` : r.name;
            out.push(record(`${page(part)}#${r.id}`, `${cap}：${r.sub ?? r.name}`, `${crumb} › ${cap}`, [r.group, name, r.nature, ...r.values].join(' '), 'plan', chapter));
          }
        }
      }
    };
    blocks(p.preface.blocks, 'preface', p.preface.title, p.preface.title);
    for (const ch of p.chapters) {
      const name = chapterName(ch);
      out.push(record(`${page(ch.id)}#${ch.id}`, name, name, name, 'plan', name));
      blocks(ch.intro, ch.id, name, name);
      for (const s of ch.sections) {
        const crumb = `${name} › ${s.label} ${s.title}`;
        out.push(record(`${page(ch.id)}#${s.id}`, `${s.label} ${s.title}`, name, `${s.label} ${s.title}`, 'plan', name));
        blocks(s.blocks, ch.id, crumb, name);
      }
    }
    for (const cp of p.closing.parts) {
      for (const b of cp.blocks) {
        const text = b.kind === 'term' ? `${b.label} ${b.value}` : b.text;
        out.push(record(`${page('closing')}#${b.id}`, cp.title, cp.title, text, 'plan', ''));
      }
    }
    // Indicator data has one record per value: one search record per indicator.
    for (const id of new Set(indicators.map((i) => String(i.indicator_id)))) {
      const values = indicators.filter((i) => i.indicator_id === id);
      const i = values[0]!;
      const name = [i[`parent_${lang}`], i[`name_${lang}`]].filter(Boolean).join(' ');
      const content = `${name} ${values.map((v) => `${v[`value_label_${lang}`]} ${v[`printed_${lang}`]}`).join(' ')}`;
      out.push(record(`${base}${prefix(lang)}${i.box === 1 ? 'indicators/2016-2020/' : 'indicators/'}#${id}`, name, String(i[`category_${lang}`]), content, 'indicator', ''));
    }
    // Glossary entries as small records (the glossary page itself would be one large fragment).
    for (const g of glossary) {
      const term = String(lang === 'zh' ? g.zh : g.en);
      const definition = String(g[`definition_${lang}`] ?? '');
      out.push(record(`${base}${prefix(lang)}learn/glossary/#${g.id}`, term, SEARCH_TYPES[lang].term, `${g.zh} ${g.en} ${definition}`, 'term', ''));
    }
    for (const c of commitments) {
      const quote = String(lang === 'zh' ? c.quote_zh : c.quote_en);
      out.push(record(`${base}${prefix(lang)}commitments/#${c.id}`, String(c[`measure_${lang}`]), SEARCH_TYPES[lang].commitment, `${c[`measure_${lang}`]} ${quote}`, 'commitment', ''));
    }
    // Lessons and the report guide, a record per section.
    for (const pg of pages.filter((x) => x.lang === lang)) {
      for (const s of pg.page.sections) {
        const url = s.id ? `${pg.url}#${s.id}` : pg.url;
        out.push(record(url, s.heading, s.id ? pg.page.title : SEARCH_TYPES[lang][pg.kind], s.text, pg.kind, ''));
      }
    }
  }
  return out;
}
