// The answer card above the search results: an indicator's values, a commitment's words, a term's
// definition or a place, with links to where the plan says it. A labelled region with a heading,
// filled once per search (not a live region: the status line announces the search).
import type { AnswerCard } from '../search/cards.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/**
 * Fills `box` with the card (or empties and hides it). `source` is the label before the links;
 * `put` writes text into an element (marking Chinese inside English text with its language).
 */
export function showCard(box: HTMLElement, card: AnswerCard | undefined, source: string, put: (e: HTMLElement, text: string) => void): void {
  box.replaceChildren();
  box.hidden = !card;
  if (!card) return;
  box.dataset.kind = card.kind;
  const kicker = el('p', 'answer-card__kicker');
  put(kicker, card.kicker);
  const title = el('h2', 'answer-card__title');
  title.id = 'answer-card-title';
  put(title, card.title);
  box.append(kicker, title);
  if (card.facts.length) {
    const facts = el('dl', 'answer-card__facts');
    for (const f of card.facts) {
      const row = el('div', 'answer-card__fact');
      row.append(el('dt', '', f.label), el('dd', '', f.value));
      facts.append(row);
    }
    box.append(facts);
  }
  if (card.text) {
    const p = el('p', 'answer-card__text');
    put(p, card.text);
    box.append(p);
  }
  const links = el('p', 'answer-card__links', `${source} `);
  card.links.forEach((l, i) => {
    if (i > 0) links.append(' · ');
    const a = el('a', '');
    a.href = l.href;
    put(a, l.label);
    links.append(a);
  });
  box.append(links);
}
