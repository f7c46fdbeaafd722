// Arriving from a search result (`?hl=words#anchor`): mark the words inside the target
// paragraph, so the reader sees at once why it matched.
export function highlightFromSearch(): void {
  const words = new URLSearchParams(location.search).get('hl')?.normalize('NFKC').trim();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!words || !target) return;
  const terms = words.split(/\s+/u).filter((w) => w.length > 0);
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    const hits: [number, number][] = [];
    for (const term of terms) {
      const t = term.toLowerCase();
      for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) hits.push([i, i + t.length]);
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => a[0] - b[0]);
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const [start, end] of hits) {
      if (start < pos) continue;
      frag.append(text.slice(pos, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      frag.append(mark);
      pos = end;
    }
    frag.append(text.slice(pos));
    node.replaceWith(frag);
  }
  target.scrollIntoView();
}
