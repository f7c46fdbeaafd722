/**
 * Splits a built long-form page (a lesson, the report guide) into its sections for the search
 * index, so that a result lands on the section that matches and its excerpt stays small.
 * Only the element marked `data-pagefind-body` counts; `data-pagefind-ignore` parts are left out.
 * A section starts at each `<h2 id>`; text before the first one belongs to the page's top.
 * An element with an id marked `data-search-section` (one reportable problem of the report
 * guide, a `<details>`) is a section of its own, headed by its summary or first heading; the
 * text after it belongs to the section it stands in.
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
  let current = sections[0]!;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current.text += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (el.hasAttribute('data-pagefind-ignore') || /^(script|style|template)$/u.test(el.rawTagName ?? '')) return;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (tag === 'h2' && el.id) sections.push((current = { id: el.id, heading: squash(el.text), text: '' }));
    const own = el.hasAttribute('data-search-section') && el.id ? { id: el.id, heading: squash(el.querySelector('summary, h2, h3, h4')?.text ?? ''), text: '' } : null;
    const outer = current;
    if (own) sections.push((current = own));
    const block = BLOCK.test(tag);
    if (block) current.text += ' ';
    el.childNodes.forEach(walk);
    if (block) current.text += ' ';
    if (own) current = outer;
  };
  body.childNodes.forEach(walk);
  return { title, sections: sections.map((s) => ({ ...s, text: squash(s.text) })).filter((s) => s.text.length > 0) };
}
