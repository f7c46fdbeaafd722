/**
 * Splits a built long-form page (a lesson, the report guide) into its sections for the search
 * index, so that a result lands on the section that matches and its excerpt stays small.
 * Only the element marked `data-pagefind-body` counts; `data-pagefind-ignore` parts are left out.
 * A section starts at each `<h2 id>`; text before the first one belongs to the page's top.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface PageSection {
  /** The h2's id, or null for the top of the page. */
  id: string | null;
  /** The h2's text, or the page's h1 for the top. */
  heading: string;
  text: string;
}

export interface PageSections {
  title: string;
  sections: PageSection[];
}

const BLOCK = /^(p|li|h[1-6]|dt|dd|td|th|caption|figcaption|summary|blockquote|div|section|article|ul|ol|dl|table|tr|details|figure)$/u;
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

export function pageSections(html: string, file: string): PageSections {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) throw new Error(`${file}: no element marked data-pagefind-body`);
  const title = squash(body.querySelector('h1')?.text ?? '');
  if (!title) throw new Error(`${file}: the indexed part has no h1`);
  const sections: PageSection[] = [{ id: null, heading: title, text: '' }];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      sections.at(-1)!.text += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (el.hasAttribute('data-pagefind-ignore') || /^(script|style|template)$/u.test(el.rawTagName ?? '')) return;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (tag === 'h2' && el.id) sections.push({ id: el.id, heading: squash(el.text), text: '' });
    const block = BLOCK.test(tag);
    if (block) sections.at(-1)!.text += ' ';
    el.childNodes.forEach(walk);
    if (block) sections.at(-1)!.text += ' ';
  };
  body.childNodes.forEach(walk);
  return { title, sections: sections.map((s) => ({ ...s, text: squash(s.text) })).filter((s) => s.text.length > 0) };
}
