import type { Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/text/index.ts';
import type { Block, Chapter, Plan } from '../../parser/types.ts';

/** What a node is, for the questions pages ask of it. */
export type NodeKind = 'part' | 'section' | 'paragraph' | 'box' | 'group' | 'item' | 'row' | 'footnote' | 'term' | 'endnote' | 'title';

interface NodeInfo {
  kind: NodeKind;
  /** The plan part (page) that shows the node: `preface`, `ch01` … `ch10`, `closing`. */
  part: string;
  /** The section holding it, if any (`ch04-s02`). */
  section?: string;
  /** The box holding it, if any (`box-4`). */
  box?: string;
}

/**
 * One answer, for any node id, to the questions every page, citation, search record and data
 * file asks: which part shows it, where it stands in words (第四章第一节 / Chapter 4, Section 1),
 * its text in a language, and its route. Built once from the plan in every language.
 */
export interface NodeIndex {
  has(id: string): boolean;
  kind(id: string): NodeKind | undefined;
  /** The part that shows the node (throws for an unknown id). */
  part(id: string): string;
  /** The route of the node's anchor inside a language: `plan/ch04/#ch04-s02-p03`. */
  route(id: string): string;
  /** Where the node stands, in words, in a language (the closing block goes by its page title). */
  where(id: string, locale: Locale): string;
  /** The node's readable text (paragraph, box item, table row, footnote, term, endnote). */
  text(id: string, locale: Locale): string | undefined;
  /** Ids of the nodes that have a text, in reading order. */
  textIds(): readonly string[];
  /** Paragraphs and box items: what a commitment, figure or project may quote. */
  isQuotable(id: string): boolean;
}

function blockTexts(blocks: readonly Block[], put: (id: string, text: string) => void): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') put(b.id, b.text);
    else if (b.variant === 'list') for (const e of b.entries) for (const i of e.kind === 'group' ? e.items : [e]) put(i.id, i.text);
    else {
      for (const r of b.table.rows) put(r.id, [r.group, r.name, r.sub, r.nature, ...r.values].filter(Boolean).join(' '));
      for (const f of b.footnotes) put(f.id, f.text);
    }
  }
}

/** The readable text of every node of one language's tree, by id, in reading order. */
export function nodeTexts(plan: Plan): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (id: string, text: string) => texts.set(id, text);
  blockTexts(plan.preface.blocks, put);
  for (const ch of plan.chapters) {
    blockTexts(ch.intro, put);
    for (const s of ch.sections) blockTexts(s.blocks, put);
  }
  for (const cp of plan.closing.parts) for (const b of cp.blocks) put(b.id, b.kind === 'term' ? `${b.label} ${b.value}` : b.text);
  for (const n of plan.endnotes) put(n.id, n.text);
  return texts;
}

function structure(plan: Plan): Map<string, NodeInfo> {
  const info = new Map<string, NodeInfo>();
  const blocks = (list: readonly Block[], part: string, section?: string) => {
    for (const b of list) {
      const at = { part, ...(section ? { section } : {}) };
      if (b.kind === 'paragraph') {
        info.set(b.id, { kind: 'paragraph', ...at });
        continue;
      }
      const inBox = { ...at, box: b.id };
      info.set(b.id, { kind: 'box', ...inBox });
      if (b.variant === 'list') {
        for (const e of b.entries) {
          info.set(e.id, { kind: e.kind, ...inBox });
          if (e.kind === 'group') for (const i of e.items) info.set(i.id, { kind: 'item', ...inBox });
        }
      } else {
        for (const r of b.table.rows) info.set(r.id, { kind: 'row', ...inBox });
        for (const f of b.footnotes) info.set(f.id, { kind: 'footnote', ...inBox });
      }
    }
  };
  info.set('title', { kind: 'title', part: 'preface' });
  info.set('preface', { kind: 'part', part: 'preface' });
  blocks(plan.preface.blocks, 'preface');
  for (const ch of plan.chapters) {
    info.set(ch.id, { kind: 'part', part: ch.id });
    blocks(ch.intro, ch.id);
    for (const s of ch.sections) {
      info.set(s.id, { kind: 'section', part: ch.id, section: s.id });
      blocks(s.blocks, ch.id, s.id);
    }
  }
  info.set('closing', { kind: 'part', part: 'closing' });
  for (const cp of plan.closing.parts) {
    info.set(cp.id, { kind: 'section', part: 'closing', section: cp.id });
    for (const b of cp.blocks) info.set(b.id, { kind: b.kind === 'term' ? 'term' : 'paragraph', part: 'closing', section: cp.id });
  }
  for (const n of plan.endnotes) info.set(n.id, { kind: 'endnote', part: 'closing' });
  return info;
}

/** The index over the plan in every language (the trees share their ids). */
export function buildNodeIndex(trees: Readonly<Record<Locale, Plan>>): NodeIndex {
  const locales = Object.keys(trees) as Locale[];
  const source = trees[locales[0]!];
  const info = structure(source);
  const texts = Object.fromEntries(locales.map((l) => [l, nodeTexts(trees[l])])) as Record<Locale, Map<string, string>>;
  const chapters = Object.fromEntries(locales.map((l) => [l, new Map(trees[l].chapters.map((c) => [c.id, c]))])) as Record<Locale, Map<string, Chapter>>;
  const get = (id: string) => {
    const found = info.get(id);
    if (!found) throw new Error(`no plan node ${id}`);
    return found;
  };
  const whereCache = new Map<string, string>();
  return {
    has: (id) => info.has(id),
    kind: (id) => info.get(id)?.kind,
    part: (id) => get(id).part,
    route: (id) => `plan/${get(id).part}/#${id}`,
    text: (id, locale) => texts[locale].get(id),
    textIds: () => [...texts[locales[0]!].keys()],
    isQuotable: (id) => ['paragraph', 'item'].includes(info.get(id)?.kind ?? ''),
    where(id, locale) {
      const key = `${locale}:${id}`;
      const cached = whereCache.get(key);
      if (cached !== undefined) return cached;
      const n = get(id);
      const { t } = translator(locale);
      let out = '';
      if (n.part === 'preface') out = trees[locale].preface.title;
      else if (n.part === 'closing') out = t('closing.title');
      const chapter = chapters[locale].get(n.part);
      if (chapter) {
        const box = n.box ? /^box-(\d+)$/u.exec(n.box)?.[1] : undefined;
        const section = n.section ? chapter.sections.find((s) => s.id === n.section) : undefined;
        if (box) out = t('where.inChapter', { chapter: chapter.label, place: t('plan.boxLabel', { number: box }) });
        else if (section) out = t('where.inChapter', { chapter: chapter.label, place: section.label });
        else out = chapter.label;
      }
      whereCache.set(key, out);
      return out;
    },
  };
}
