import type { Content } from '../core/assemble.ts';
import { LOCALE_IDS, LOCALES, pick, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translator, type Translator } from '../i18n/text/index.ts';
import type { Block, Chapter } from '../parser/types.ts';
import { indicatorRoute } from '../render/indicator-links.ts';
import { buildDictionary, termTokens, type SearchDictionary } from './dictionary.ts';
import { aliases, TOKEN_SEPARATOR } from './normalize.ts';
import type { PageSections } from './page-sections.ts';
import type { SearchType } from './search-types.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** Pagefind's language code (it files `lang="zh-CN"` pages under `zh-cn`). */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A long-form page of the site, split into sections (see page-sections.ts). */
export interface SectionedPage {
  locale: Locale;
  kind: 'learn' | 'guide' | 'brief' | 'topic';
  /** The page's route inside its language, e.g. `learn/noise/`. */
  route: string;
  page: PageSections;
}

/** The chapter filter's value for a chapter. */
export const chapterFilterName = (text: Pick<Translator, 't'>, ch: Pick<Chapter, 'label' | 'title'>) => text.t('search.chapterFilter', { label: ch.label, title: ch.title });

/** Content plus the aliases of its numbers (PM2.5 → pm25, 55% → 55pct) and its terms' tokens. */
const withTokens = (dictionary: SearchDictionary, text: string) => {
  const extra = [...aliases(text), ...termTokens(dictionary, text)];
  return extra.length ? `${text} ${TOKEN_SEPARATOR} ${extra.join(' ')}` : text;
};

/**
 * Search records of one language, from the assembled content: plan text at paragraph level,
 * indicators, glossary entries, commitments, and the sections of the lessons and report guide.
 * Every URL is made by the same path function as the pages' links.
 */
function languageRecords(content: Content, locale: Locale, pages: readonly SectionedPage[], base: string): SearchRecord[] {
  const text = translator(locale);
  const dictionary = buildDictionary(content.glossary, locale);
  const path = (route: string) => localizedPath(base, locale, route);
  const typeName = (type: SearchType) => text.t(`search.type.${type}`);
  const out: SearchRecord[] = [];
  const record = (route: string, title: string, crumb: string, body: string, type: SearchType, chapter = '') =>
    out.push({
      url: path(route),
      content: withTokens(dictionary, body),
      language: LOCALES[locale].pagefind,
      meta: { title, crumb },
      filters: { type: [typeName(type)], ...(chapter ? { chapter: [chapter] } : {}) },
    });
  const plan = content.trees[locale];
  const node = (id: string) => content.nodes.route(id);
  const blocks = (list: readonly Block[], crumb: string, chapter: string) => {
    for (const b of list) {
      if (b.kind === 'paragraph') record(node(b.id), b.lead ?? crumb, crumb, b.text, 'plan', chapter);
      else if (b.variant === 'list') {
        const cap = `${b.label} ${b.title}`;
        for (const e of b.entries) {
          for (const i of e.kind === 'group' ? e.items : [e]) record(node(i.id), i.lead ?? cap, `${crumb} › ${cap}`, `${e.kind === 'group' ? `${e.title} ` : ''}${i.text}`, 'plan', chapter);
        }
      } else {
        const cap = `${b.label} ${b.title}`;
        for (const r of b.table.rows) {
          const name = r.sub ? `${r.name} ${r.sub}` : r.name;
          record(node(r.id), `${cap}${text.t('punct.colon')}${r.sub ?? r.name}`, `${crumb} › ${cap}`, [r.group, name, r.nature, ...r.values].join(' '), 'plan', chapter);
        }
      }
    }
  };
  blocks(plan.preface.blocks, plan.preface.title, plan.preface.title);
  for (const ch of plan.chapters) {
    const name = chapterFilterName(text, ch);
    record(node(ch.id), name, name, name, 'plan', name);
    blocks(ch.intro, name, name);
    for (const s of ch.sections) {
      record(node(s.id), `${s.label} ${s.title}`, name, `${s.label} ${s.title}`, 'plan', name);
      blocks(s.blocks, `${name} › ${s.label} ${s.title}`, name);
    }
  }
  for (const cp of plan.closing.parts) {
    for (const b of cp.blocks) record(node(b.id), cp.title, cp.title, b.kind === 'term' ? `${b.label} ${b.value}` : b.text, 'plan');
  }
  for (const i of content.indicators) {
    const name = [i.parent && pick(locale, i.parent), pick(locale, i.name)].filter(Boolean).join(' ');
    const values = i.values.map((v) => `${pick(locale, v.label)} ${pick(locale, v.printed)}`).join(' ');
    record(indicatorRoute(i), name, pick(locale, i.category), `${name} ${values}`, 'indicator');
  }
  // Glossary entries as small records (the glossary page itself would be one large fragment).
  for (const g of content.glossary) record(`learn/glossary/#${g.id}`, pick(locale, g), typeName('term'), `${g.zh} ${g.en} ${g.definition ? pick(locale, g.definition) : ''}`, 'term');
  // Places: a name (in either language, or a variant) finds the place's page.
  for (const p of content.places.list) {
    const kind = text.t(`placeType.${p.type}`);
    record(`places/${p.id}/`, pick(locale, p), kind, [p.zh, ...p.variants, p.en, kind].join(' '), 'place');
  }
  for (const c of content.commitments) record(`commitments/#${c.id}`, pick(locale, c.measure), typeName('commitment'), `${pick(locale, c.measure)} ${pick(locale, { zh: c.quote, en: c.quoteEn })}`, 'commitment');
  // Lessons and the report guide, a record per section.
  for (const pg of pages.filter((x) => x.locale === locale)) {
    for (const s of pg.page.sections) record(s.id ? `${pg.route}#${s.id}` : pg.route, s.heading, s.id ? pg.page.title : typeName(pg.kind), s.text, pg.kind);
  }
  return out;
}

/** Search records in every language. `base` is the deployment base path, with a trailing slash. */
export function searchRecords(content: Content, pages: readonly SectionedPage[], base: string): SearchRecord[] {
  return LOCALE_IDS.flatMap((locale) => languageRecords(content, locale, pages, base));
}
