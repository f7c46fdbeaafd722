import type { TextLink } from './segments.ts';

export interface TermForms {
  id: string;
  /** The forms to look for in this language (Chinese term and variants, or the English rendering). */
  forms: readonly string[];
}

/**
 * Links each glossary term once per page, at its first occurrence in reading order, without
 * overlapping another link (longer terms win where two start together).
 */
export function firstMentionLinks(
  nodes: readonly { id: string; text: string }[],
  terms: readonly TermForms[],
  href: (termId: string) => string,
  caseless: boolean,
): Map<string, TextLink[]> {
  const norm = (s: string) => (caseless ? s.toLowerCase() : s);
  const out = new Map<string, TextLink[]>();
  const byLength = [...terms].sort((a, b) => Math.max(...b.forms.map((f) => f.length)) - Math.max(...a.forms.map((f) => f.length)));
  for (const term of byLength) {
    search: for (const node of nodes) {
      const text = norm(node.text);
      for (const form of term.forms) {
        const f = norm(form);
        for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
          const links = out.get(node.id) ?? [];
          const end = at + f.length;
          if (links.some((l) => at < l.end && l.start < end)) continue;
          // In English, only whole words.
          if (caseless && (/\w/u.test(text[at - 1] ?? '') || /\w/u.test(text[end] ?? ''))) continue;
          links.push({ start: at, end, href: href(term.id) });
          out.set(node.id, links.sort((a, b) => a.start - b.start));
          break search;
        }
      }
    }
  }
  return out;
}
