import type { Content } from '../core/assemble.ts';
import { placeMatcher } from '../core/collections/places.ts';
import { LOCALE_IDS, LOCALES, pick, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translator, type Translator } from '../i18n/text/index.ts';
import type { Block, Chapter } from '../parser/types.ts';
import { indicatorRoute } from '../render/indicator-links.ts';
import { commitmentCard, indicatorCard, placeCard, termCard, type AnswerCard, type CardContext } from './cards.ts';
import { buildDictionary, occurrences, termTokens, type SearchDictionary } from './dictionary.ts';
import { aliases, normalizeText, TOKEN_SEPARATOR } from './normalize.ts';
import type { PageSections } from './page-sections.ts';
import { featureFilters, placesAbout, recordFeatures, type PlaceMention, type RecordPlace } from './record-features.ts';
import { markWords } from './segment.ts';
import { SHOW_FILTER, type SearchType, type ShownRecord } from './search-types.ts';

export interface SearchRecord {
  url: string;
  /** What is indexed: the record's text (Chinese cut into words), then its search tokens. */
  content: string;
  /** Pagefind's language code (it files `lang="zh-CN"` pages under `zh-cn`). */
  language: string;
  /** Empty: Pagefind indexes every meta value as words; what the page shows rides in a filter. */
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

/**
 * Sections of a topic page that list records indexed on their own (its indicators, commitments,
 * projects and plan paragraphs): indexing them twice would make the index larger and put the
 * topic page's list beside the record itself in the results.
 */
const TOPIC_REPEATS = new Set(['indicators', 'commitments', 'projects', 'paragraphs']);

/** The topics for the search dictionary: their names, and the topics of each glossary term. */
export const dictionaryTopics = (content: Content) => ({ list: content.topics.topics, of: (id: string) => content.topics.of('glossary', id) });

/** The chapter filter's value for a chapter. */
export const chapterFilterName = (text: Pick<Translator, 't'>, ch: Pick<Chapter, 'label' | 'title'>) => text.t('search.chapterFilter', { label: ch.label, title: ch.title });

/** English compounds are indexed by their parts too (no-honking → honking). */
const compoundParts = (text: string) => [...text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].flatMap((m) => m[0].split('-')).filter((p) => p.length > 2);

/**
 * Search records of one language, from the assembled content: plan text at paragraph level,
 * indicators, glossary entries, places, commitments, and the sections of the long-form pages.
 * Every URL is made by the same path function as the pages' links.
 */
function languageRecords(content: Content, locale: Locale, pages: readonly SectionedPage[], base: string): SearchRecord[] {
  const text = translator(locale);
  const dictionary: SearchDictionary = buildDictionary(content.glossary, locale, content.places.list, dictionaryTopics(content));
  const path = (route: string) => localizedPath(base, locale, route);
  const nodeHref = (id: string) => path(content.nodes.route(id));
  const cards: CardContext = { locale, text, nodeHref, path, where: (id) => content.nodes.where(id, locale) };
  const typeName = (type: SearchType) => text.t(`search.type.${type}`);
  const zhPlaces = placeMatcher(content.places.list);
  const placeTerms = dictionary.terms.filter((t) => t.kind === 'place');
  const mentions = (body: string): PlaceMention[] => {
    if (locale === 'zh') return zhPlaces(body).map((m) => ({ place: m.place, start: m.start }));
    const lower = normalizeText(body);
    return placeTerms.flatMap((p) => p.forms.flatMap((f) => occurrences(lower, f).map((start) => ({ place: p.id, start }))));
  };
  const placeToken = new Map(placeTerms.map((p) => [p.id, p.token]));
  const out: SearchRecord[] = [];
  const topicsOf = content.topics.of;
  const rowIndicator = new Map(content.indicators.map((i) => [i.row, i.id]));
  const nodeTopics = (id: string) => (rowIndicator.has(id) ? topicsOf('indicators', rowIndicator.get(id)!) : topicsOf('paragraphs', id));
  const pageTopics = (pg: SectionedPage, id: string | null) => {
    const slug = /^(?:learn|topics)\/([\w-]+)\//u.exec(pg.route)?.[1] ?? '';
    if (pg.kind === 'learn') return topicsOf('lessons', slug);
    if (pg.kind === 'topic') return slug ? [slug] : [];
    return pg.kind === 'guide' && id ? topicsOf('guide', id) : [];
  };
  const record = (route: string, title: string, crumb: string, body: string, where: RecordPlace, options: { chapter?: string; card?: AnswerCard; place?: string; topics?: readonly string[] } = {}) => {
    const found = mentions(body);
    const indexed = locale === 'zh' ? markWords(body) : body;
    const tokens = [...aliases(body), ...termTokens(dictionary, body), ...found.map((m) => placeToken.get(m.place)!), ...(locale === 'en' ? compoundParts(body) : [])];
    const shown: ShownRecord = { title, crumb, ...(options.card ? { card: options.card } : {}) };
    out.push({
      url: path(route),
      content: tokens.length ? `${indexed} ${TOKEN_SEPARATOR} ${tokens.join(' ')}` : indexed,
      language: LOCALES[locale].pagefind,
      meta: {},
      filters: {
        type: [typeName(where.type)],
        ...(options.chapter ? { chapter: [options.chapter] } : {}),
        ...featureFilters(recordFeatures(body, locale, where, placesAbout(found, body.length, options.place), options.topics ?? (where.node ? nodeTopics(where.node) : []))),
        [SHOW_FILTER]: [JSON.stringify(shown)],
      },
    });
  };
  const plan = content.trees[locale];
  const node = (id: string) => content.nodes.route(id);
  const blocks = (list: readonly Block[], crumb: string, chapter: string) => {
    for (const b of list) {
      if (b.kind === 'paragraph') record(node(b.id), b.lead ?? crumb, crumb, b.text, { type: 'plan', node: b.id }, { chapter });
      else if (b.variant === 'list') {
        const cap = `${b.label} ${b.title}`;
        for (const e of b.entries) {
          for (const i of e.kind === 'group' ? e.items : [e]) record(node(i.id), i.lead ?? cap, `${crumb} › ${cap}`, `${e.kind === 'group' ? `${e.title} ` : ''}${i.text}`, { type: 'plan', node: i.id }, { chapter });
        }
      } else {
        const cap = `${b.label} ${b.title}`;
        for (const r of b.table.rows) {
          const name = r.sub ? `${r.name} ${r.sub}` : r.name;
          record(node(r.id), `${cap}${text.t('punct.colon')}${r.sub ?? r.name}`, `${crumb} › ${cap}`, [r.group, name, r.nature, ...r.values].join(' '), { type: 'plan', node: r.id }, { chapter });
        }
      }
    }
  };
  blocks(plan.preface.blocks, plan.preface.title, plan.preface.title);
  for (const ch of plan.chapters) {
    const name = chapterFilterName(text, ch);
    record(node(ch.id), name, name, name, { type: 'plan', node: ch.id }, { chapter: name });
    blocks(ch.intro, name, name);
    for (const s of ch.sections) {
      record(node(s.id), `${s.label} ${s.title}`, name, `${s.label} ${s.title}`, { type: 'plan', node: s.id }, { chapter: name });
      blocks(s.blocks, `${name} › ${s.label} ${s.title}`, name);
    }
  }
  for (const cp of plan.closing.parts) {
    for (const b of cp.blocks) record(node(b.id), cp.title, cp.title, b.kind === 'term' ? `${b.label} ${b.value}` : b.text, { type: 'plan', node: b.id });
  }
  for (const i of content.indicators) {
    const name = [i.parent && pick(locale, i.parent), pick(locale, i.name)].filter(Boolean).join(' ');
    const values = i.values.map((v) => `${pick(locale, v.label)} ${pick(locale, v.printed)}`).join(' ');
    record(indicatorRoute(i), name, pick(locale, i.category), `${name} ${text.t(`indicator.${i.nature}`)} ${values}`, { type: 'indicator', box: i.box }, { card: indicatorCard(i, cards), topics: topicsOf('indicators', i.id) });
  }
  // Glossary entries as small records (the glossary page itself would be one large fragment).
  for (const g of content.glossary) {
    record(`learn/glossary/#${g.id}`, pick(locale, g), typeName('term'), `${g.zh} ${g.en} ${g.definition ? pick(locale, g.definition) : ''}`, { type: 'term' }, { card: termCard(g, cards), topics: topicsOf('glossary', g.id) });
  }
  // Places: a name (in either language, or a variant) finds the place's page.
  for (const p of content.places.list) {
    const kind = text.t(`placeType.${p.type}`);
    record(`places/${p.id}/`, pick(locale, p), kind, [p.zh, ...p.variants, p.en].join(' '), { type: 'place' }, { card: placeCard(p, cards), place: p.id });
  }
  for (const c of content.commitments) {
    record(`commitments/#${c.id}`, pick(locale, c.measure), typeName('commitment'), `${pick(locale, c.measure)} ${pick(locale, { zh: c.quote, en: c.quoteEn })}`, { type: 'commitment' }, { card: commitmentCard(c, cards), topics: topicsOf('commitments', c.id) });
  }
  // The long-form pages, a record per section.
  for (const pg of pages.filter((x) => x.locale === locale)) {
    for (const s of pg.page.sections) {
      if (pg.kind === 'topic' && s.id && TOPIC_REPEATS.has(s.id)) continue;
      record(s.id ? `${pg.route}#${s.id}` : pg.route, s.heading, s.id ? pg.page.title : typeName(pg.kind), s.text, { type: pg.kind }, { topics: pageTopics(pg, s.id) });
    }
  }
  return out;
}

/** Search records in every language. `base` is the deployment base path, with a trailing slash. */
export function searchRecords(content: Content, pages: readonly SectionedPage[], base: string): SearchRecord[] {
  return LOCALE_IDS.flatMap((locale) => languageRecords(content, locale, pages, base));
}
