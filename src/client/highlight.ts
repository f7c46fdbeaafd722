// Arriving from a search result (`?hl=words#anchor`): open the target if it is a closed
// <details> (a problem of the report guide), mark the words inside it and, in a long paragraph
// or section, the sentence that answers, so the reader sees at once why it matched.
import { planHighlight, type Span } from '../search/sentences.ts';

const BLOCKS = 'p, li, dt, dd, td, th, summary, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, div, section, details';

const mark = (className: string, text: string | Node) => {
  const m = document.createElement('mark');
  m.className = className;
  m.append(text);
  return m;
};

/** Replaces a text node by its pieces: the sentence's part in one mark, the words in marks of their own. */
function markNode(node: Text, from: number, sentence: Span | null, words: readonly Span[]): void {
  const to = from + node.data.length;
  const cuts = new Set([from, to]);
  for (const s of [...words, ...(sentence ? [sentence] : [])]) for (const x of [s.start, s.end]) if (x > from && x < to) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const inSentence = (a: number) => sentence !== null && a >= sentence.start && a < sentence.end;
  const frag = document.createDocumentFragment();
  let group: DocumentFragment | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const text = node.data.slice(a - from, b - from);
    const piece = words.some((w) => a >= w.start && b <= w.end) ? mark('search-word', text) : document.createTextNode(text);
    if (inSentence(a)) (group ??= document.createDocumentFragment()).append(piece);
    else {
      if (group) frag.append(mark('search-sentence', group));
      group = null;
      frag.append(piece);
    }
  }
  if (group) frag.append(mark('search-sentence', group));
  node.replaceWith(frag);
}

export function highlightFromSearch(): void {
  const words = new URLSearchParams(location.search).get('hl')?.normalize('NFKC').trim();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!words || !target) return;
  const details = target.closest('details');
  if (details) details.open = true;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; from: number }[] = [];
  let text = '';
  let block: Element | null = null;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    // A new block (a summary, a paragraph, a list item) starts a new sentence.
    const inBlock = node.parentElement?.closest(BLOCKS) ?? null;
    if (block && inBlock !== block) text += '\n';
    block = inBlock;
    nodes.push({ node, from: text.length });
    text += node.data;
  }
  const { sentence, words: spans } = planHighlight(text, words.split(/\s+/u));
  for (const { node, from } of nodes) {
    const to = from + node.data.length;
    if (spans.some((w) => w.start < to && w.end > from) || (sentence && sentence.start < to && sentence.end > from)) markNode(node, from, sentence, spans);
  }
  const first = target.querySelector('mark.search-sentence') ?? target;
  first.scrollIntoView({ block: first === target ? 'start' : 'center' });
}
