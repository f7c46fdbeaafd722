/**
 * Answer cards: the facts a search page can show above the results when the query asks for an
 * indicator, a commitment, a glossary term or a place. Built at build time into the record
 * they belong to (search-records.ts), so showing a card costs no extra request: the record is
 * fetched for its result anyway. Plain data in the page's language; the page renders it.
 */
import type { Content } from '../core/assemble.ts';
import type { Commitment } from '../core/schemas/commitment.ts';
import type { Indicator } from '../core/schemas/indicator.ts';
import { pick, type Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/text/index.ts';

export interface CardLink {
  href: string;
  label: string;
}

export interface AnswerCard {
  kind: 'indicator' | 'commitment' | 'term' | 'place';
  /** What the card is about: the indicator, the measure, the term, the place. */
  title: string;
  /** A short line above the title: the kind and how it binds (指标 · 约束性). */
  kicker: string;
  /** Label and value pairs (2020 result, 2025 target; deadline) in the plan's order. */
  facts: { label: string; value: string }[];
  /** The plan's words (a commitment's quote) or a definition. */
  text?: string;
  /** Where the answer stands: the plan paragraph or table row, the glossary entry, the place page. */
  links: CardLink[];
}

/** What a card builder needs of a page context, without Astro. */
export interface CardContext {
  locale: Locale;
  text: Pick<Translator, 't'>;
  /** The href of a plan node (`/plan/ch02/#box-2-r12`). */
  nodeHref: (id: string) => string;
  /** A route in this language (`learn/glossary/#mu` → `/en/learn/glossary/#mu`). */
  path: (route: string) => string;
  /** Where a node stands, in words (第二章专栏2). */
  where: (id: string) => string;
}

export function indicatorCard(i: Indicator, c: CardContext): AnswerCard {
  const name = [i.parent && pick(c.locale, i.parent), pick(c.locale, i.name)].filter(Boolean).join(' ');
  return {
    kind: 'indicator',
    title: name,
    kicker: `${c.text.t('search.type.indicator')} · ${c.text.t(`indicator.${i.nature}`)}`,
    facts: i.values.map((v) => ({ label: pick(c.locale, v.label), value: pick(c.locale, v.printed) })),
    links: [{ href: c.nodeHref(i.row), label: c.where(i.row) }],
  };
}

const deadline = (cm: Commitment, c: CardContext) =>
  cm.deadline === 'annual' || cm.deadline === 'plan-period'
    ? c.text.t(`deadline.${cm.deadline}`)
    : c.text.t(cm.beforeDeadline ? 'deadline.before' : 'deadline.year', { year: cm.deadline });

export function commitmentCard(cm: Commitment, c: CardContext): AnswerCard {
  return {
    kind: 'commitment',
    title: pick(c.locale, cm.measure),
    kicker: `${c.text.t('search.type.commitment')} · ${c.text.t(`strength.${cm.strength}`)}`,
    facts: [{ label: c.text.t('commitments.deadline'), value: deadline(cm, c) }],
    text: pick(c.locale, { zh: cm.quote, en: cm.quoteEn }),
    links: [{ href: c.nodeHref(cm.source), label: c.where(cm.source) }],
  };
}

export function termCard(g: Content['glossary'][number], c: CardContext): AnswerCard {
  const other = c.locale === 'zh' ? g.en : g.zh;
  return {
    kind: 'term',
    title: pick(c.locale, g),
    kicker: `${c.text.t('search.type.term')} · ${other}`,
    facts: [],
    ...(g.definition ? { text: pick(c.locale, g.definition) } : {}),
    links: [{ href: c.path(`learn/glossary/#${g.id}`), label: c.text.t('search.card.glossary') }, ...g.occurrences.slice(0, 1).map((id) => ({ href: c.nodeHref(id), label: c.where(id) }))],
  };
}

export function placeCard(p: Content['places']['list'][number], c: CardContext): AnswerCard {
  const other = c.locale === 'zh' ? p.en : p.zh;
  return {
    kind: 'place',
    title: pick(c.locale, p),
    kicker: `${c.text.t(`placeType.${p.type}`)} · ${other}`,
    facts: [{ label: c.text.t('search.card.mentions'), value: String(p.mentions) }],
    links: [{ href: c.path(`places/${p.id}/`), label: c.text.t('search.card.place') }, ...p.nodes.slice(0, 1).map((id) => ({ href: c.nodeHref(id), label: c.where(id) }))],
  };
}
