import type { PlaceEntry } from '../core/collections/places.ts';
import { placeMatcher } from '../core/collections/places.ts';
import type { TextLink } from './segments.ts';

/**
 * Places the plan names so often that a link at every paragraph would crowd the text (the
 * district itself): named in more than this share of the plan's paragraphs and box items.
 */
const TOO_COMMON = 0.12;

/**
 * Links a paragraph's place names to their place pages: each place at its first mention in
 * the paragraph, the longer name winning where names overlap. Chinese text is matched with the
 * gazetteer's names and variants (as the content core finds mentions); a translation with each
 * place's English name, as a whole word.
 */
export function placeLinks(
  texts: readonly { id: string; text: string }[],
  places: readonly PlaceEntry[],
  source: boolean,
  nodeCount: number,
  href: (placeId: string) => string,
): Map<string, TextLink[]> {
  const linked = places.filter((p) => p.nodes.length <= TOO_COMMON * nodeCount);
  const match = placeMatcher(linked);
  const english = [...linked].sort((a, b) => b.en.length - a.en.length);
  const out = new Map<string, TextLink[]>();
  for (const { id, text } of texts) {
    const links: TextLink[] = [];
    const add = (place: string, start: number, end: number) => {
      if (links.some((l) => l.href === href(place) || (start < l.end && l.start < end))) return;
      links.push({ start, end, href: href(place) });
    };
    if (source) for (const m of match(text)) add(m.place, m.start, m.end);
    else {
      for (const p of english) {
        const at = text.search(new RegExp(`(?<![\\p{L}\\p{N}])${p.en.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
        if (at >= 0) add(p.id, at, at + p.en.length);
      }
    }
    if (links.length) out.set(id, links.sort((a, b) => a.start - b.start));
  }
  return out;
}

/** Two sets of links over the same texts, the first winning where they overlap. */
export function mergeLinks(first: ReadonlyMap<string, TextLink[]>, second: ReadonlyMap<string, TextLink[]>): Map<string, TextLink[]> {
  const out = new Map(first);
  for (const [id, links] of second) {
    const kept = [...(out.get(id) ?? [])];
    for (const l of links) if (!kept.some((k) => l.start < k.end && k.start < l.end)) kept.push(l);
    out.set(id, kept.sort((a, b) => a.start - b.start));
  }
  return out;
}
