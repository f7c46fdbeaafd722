import type { Content } from '../core/assemble.ts';
import type { EditorialNote } from '../core/schemas/editorial.ts';
import { LOCALES, pick, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { translator, type Translator } from '../i18n/text/index.ts';
import type { PlanPart } from '../parser/parts.ts';
import type { BoxItem, Paragraph } from '../parser/types.ts';
import { firstMentionLinks } from './first-mention-links.ts';
import { mergeLinks, placeLinks } from './place-links.ts';
import type { TextLink } from './segments.ts';

/** A commitment as marked in the plan text: its label and link into the explorer. */
export interface CommitmentMark {
  id: string;
  label: string;
  href: string;
}

/** What the plan-rendering components need besides the nodes themselves. */
export interface RenderContext {
  /** The language of the nodes rendered (a side-by-side page renders two). */
  locale: Locale;
  /** Its BCP 47 code, for `lang` attributes. */
  lang: string;
  /** Interface text in that language (note marks, labels inside the text). */
  text: Translator;
  /** Where each endnote is shown: an in-page `#id` or another page's URL with anchor. */
  noteHref: (noteId: string) => string;
  /** Editorial notes attached to a node. */
  editorial: (nodeId: string) => readonly EditorialNote[];
  /** Commitments a node makes, to mark in the text and link to the explorer. */
  commitments: (nodeId: string) => readonly CommitmentMark[];
  /** Linked spans of a node's text (glossary terms at their first occurrence on the page). */
  textLinks: (nodeId: string) => readonly TextLink[];
  /** False on pages that show a node twice (side by side): no ids, so anchors stay unique. */
  anchors: boolean;
}

/** The paragraphs of a plan part, in reading order. */
export const partParagraphs = (part: PlanPart): Paragraph[] =>
  (part.kind === 'chapter' ? [...part.intro, ...part.sections.flatMap((s) => s.blocks)] : part.kind === 'preface' ? part.blocks : part.parts.flatMap((p) => p.blocks)).filter(
    (b): b is Paragraph => b.kind === 'paragraph',
  );

/** The box items of a plan part (list boxes), in reading order. */
export const partItems = (part: PlanPart): BoxItem[] =>
  (part.kind === 'chapter' ? [...part.intro, ...part.sections.flatMap((s) => s.blocks)] : []).flatMap((b) =>
    b.kind === 'box' && b.variant === 'list' ? b.entries.flatMap((e) => (e.kind === 'group' ? e.items : [e])) : [],
  );

interface Links {
  /** A page's path of a route in the rendered language. */
  path: (route: string) => string;
}

/**
 * The render context of one plan part in one language. With `anchors`, paragraphs get their ids,
 * commitment marks and glossary links (first mention on the page); without (side by side), the
 * bare text and editorial notes only.
 */
export function planRenderContext(content: Content, locale: Locale, part: PlanPart, links: Links, anchors: boolean): RenderContext {
  const base = {
    locale,
    lang: LOCALES[locale].lang,
    text: translator(locale),
    noteHref: (id: string) => `#${id}`,
    editorial: (id: string) => content.editorial.get(id) ?? [],
  };
  if (!anchors) return { ...base, commitments: () => [], textLinks: () => [], anchors };
  const page = links.path('commitments/');
  const marks = new Map<string, CommitmentMark[]>();
  for (const c of content.commitments) marks.set(c.source, [...(marks.get(c.source) ?? []), { id: c.id, label: c.measure[locale], href: `${page}#${c.id}` }]);
  const glossary = links.path('learn/glossary/');
  const termLinks = firstMentionLinks(
    partParagraphs(part),
    content.glossary.map((g) => ({ id: g.id, forms: pick(locale, { zh: [g.zh, ...g.variants], en: [g.en] }) })),
    (id) => `${glossary}#${id}`,
    // English (and any translation) matches whole words, ignoring case.
    locale !== SOURCE_LOCALE,
  );
  // Place names link to their place pages, in paragraphs and box items alike.
  const texts = [...partParagraphs(part), ...partItems(part)];
  const places = placeLinks(texts, content.places.list, locale === SOURCE_LOCALE, content.nodes.textIds().length, (id) => links.path(`places/${id}/`));
  const all = mergeLinks(termLinks, places);
  return { ...base, commitments: (id) => marks.get(id) ?? [], textLinks: (id) => all.get(id) ?? [], anchors };
}
