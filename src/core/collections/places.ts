import type { NodeIndex } from '../nodes/node-index.ts';
import type { Problems } from '../problems.ts';
import type { Place } from '../schemas/place.ts';
import type { Located } from '../sources.ts';

/** A place with the plan nodes that name it. */
export interface PlaceEntry extends Place {
  /** Ids of the nodes whose Chinese text names the place, in reading order. */
  nodes: string[];
  /** How many times the plan names it. */
  mentions: number;
}

export interface Mention {
  place: string;
  start: number;
  end: number;
}

/**
 * Finds place names in Chinese text: every name and variant of every place, the longer name
 * winning where two overlap (御临河流域 over 御临河), and no mention inside a string the
 * gazetteer lists as not a mention (a programme named after a river).
 */
export function placeMatcher(places: readonly Place[]): (text: string) => Mention[] {
  const forms = places
    .flatMap((p) => [p.zh, ...p.variants].map((form) => ({ form, place: p.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const excluded = places.flatMap((p) => p.notMentions.map((s) => ({ s, place: p.id })));
  return (text) => {
    const blocked = excluded.flatMap(({ s, place }) => {
      const spans: { start: number; end: number; place: string }[] = [];
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) spans.push({ start: i, end: i + s.length, place });
      return spans;
    });
    const found: Mention[] = [];
    for (const { form, place } of forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const end = i + form.length;
        if (found.some((m) => i < m.end && m.start < end)) continue;
        if (blocked.some((b) => b.place === place && b.start <= i && end <= b.end)) continue;
        found.push({ place, start: i, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** The gazetteer with each place's mentions found over the plan; a place the plan never names is a problem. */
export function buildPlaces(list: readonly Located<Place>[], nodes: NodeIndex, problems: Problems): PlaceEntry[] {
  const match = placeMatcher(list.map((r) => r.record));
  const found = new Map<string, { nodes: string[]; mentions: number }>(list.map((r) => [r.record.id, { nodes: [], mentions: 0 }]));
  for (const id of nodes.textIds()) {
    for (const m of match(nodes.text(id, 'zh')!)) {
      const f = found.get(m.place)!;
      f.mentions++;
      if (f.nodes.at(-1) !== id) f.nodes.push(id);
    }
  }
  const ids = new Set(list.map((r) => r.record.id));
  for (const r of list) {
    const p = r.record;
    if (found.get(p.id)!.mentions === 0) problems.at(r, `${p.id}: the plan never names ${p.zh}`);
    if (p.within) {
      if (!ids.has(p.within.place)) problems.at(r, `${p.id}: within ${p.within.place}, which is not in the gazetteer`);
      const text = nodes.text(p.within.source, 'zh');
      if (text === undefined) problems.at(r, `${p.id}: within: no plan node ${p.within.source}`);
      else if (![p.zh, ...p.variants].some((f) => text.includes(f))) problems.at(r, `${p.id}: within: ${p.within.source} does not name ${p.zh}`);
    }
  }
  return list.map((r) => ({ ...r.record, ...found.get(r.record.id)! }));
}
