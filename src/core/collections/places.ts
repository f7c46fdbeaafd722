import type { NodeIndex } from '../nodes/node-index.ts';
import type { Problems } from '../problems.ts';
import type { Place } from '../schemas/place.ts';
import type { Located } from '../sources.ts';

/** A place with the plan nodes that name it, and the commitments, projects and lessons that do. */
export interface PlaceEntry extends Place {
  /** Places named after this one or lying in it, by their name (盘溪河山城步道 for 盘溪河) or by the plan's `within`. */
  related: string[];
  /** Ids of the nodes whose Chinese text names the place, in reading order. */
  nodes: string[];
  /** How many times the plan names it. */
  mentions: number;
  commitments: string[];
  projects: string[];
  /** Indicators whose table row names the place. */
  indicators: string[];
  /** Lesson slugs whose Chinese text names the place. */
  lessons: string[];
}

/** The gazetteer, with the places each thing names. */
export interface PlaceIndex {
  list: PlaceEntry[];
  node: (id: string) => readonly string[];
  commitment: (id: string) => readonly string[];
  project: (id: string) => readonly string[];
}

/** What else may name a place, by id: its Chinese text. */
export interface PlaceTexts {
  commitments: readonly { id: string; text: string }[];
  projects: readonly { id: string; text: string }[];
  indicators: readonly { id: string; node: string }[];
  lessons: readonly { id: string; text: string }[];
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

/**
 * The gazetteer with each place's mentions found over the plan, the commitments, the key
 * projects, the indicators and the lessons; a place the plan never names is a problem.
 */
export function buildPlaces(list: readonly Located<Place>[], texts: PlaceTexts, nodes: NodeIndex, problems: Problems): PlaceIndex {
  const match = placeMatcher(list.map((r) => r.record));
  const empty = () => ({ nodes: [] as string[], mentions: 0, commitments: [] as string[], projects: [] as string[], indicators: [] as string[], lessons: [] as string[] });
  const found = new Map(list.map((r) => [r.record.id, empty()]));
  const byNode = new Map<string, string[]>();
  for (const id of nodes.textIds()) {
    for (const m of match(nodes.text(id, 'zh')!)) {
      const f = found.get(m.place)!;
      f.mentions++;
      if (f.nodes.at(-1) !== id) f.nodes.push(id);
      if (!byNode.get(id)?.includes(m.place)) byNode.set(id, [...(byNode.get(id) ?? []), m.place]);
    }
  }
  const named = (kind: 'commitments' | 'projects' | 'lessons', items: readonly { id: string; text: string }[]) => {
    const out = new Map<string, string[]>();
    for (const item of items) {
      const places = [...new Set(match(item.text).map((m) => m.place))];
      out.set(item.id, places);
      for (const p of places) found.get(p)![kind].push(item.id);
    }
    return out;
  };
  const ofCommitment = named('commitments', texts.commitments);
  const ofProject = named('projects', texts.projects);
  named('lessons', texts.lessons);
  for (const i of texts.indicators) for (const p of byNode.get(i.node) ?? []) found.get(p)!.indicators.push(i.id);
  const ids = new Set(list.map((r) => r.record.id));
  const everything = nodes.textIds().map((id) => nodes.text(id, 'zh')).join('\n');
  for (const r of list) {
    const p = r.record;
    if (found.get(p.id)!.mentions === 0) problems.at(r, `${p.id}: the plan never names ${p.zh}`);
    for (const form of [...p.variants, ...p.notMentions]) if (!everything.includes(form)) problems.at(r, `${p.id}: “${form}” does not occur in the plan`);
    if (p.within) {
      if (!ids.has(p.within.place)) problems.at(r, `${p.id}: within ${p.within.place}, which is not in the gazetteer`);
      const text = nodes.text(p.within.source, 'zh');
      if (text === undefined) problems.at(r, `${p.id}: within: no plan node ${p.within.source}`);
      else if (![p.zh, ...p.variants].some((f) => text.includes(f))) problems.at(r, `${p.id}: within: ${p.within.source} does not name ${p.zh}`);
    }
  }
  // A longer name wins in matching, so a river's page lists the sites named after it separately.
  const related = (p: Place) =>
    list.map((r) => r.record).filter((q) => q.id !== p.id && ([q.zh, ...q.variants].some((f) => [p.zh, ...p.variants].some((g) => f !== g && f.includes(g))) || q.within?.place === p.id)).map((q) => q.id);
  return {
    list: list.map((r) => ({ ...r.record, related: related(r.record), ...found.get(r.record.id)! })),
    node: (id) => byNode.get(id) ?? [],
    commitment: (id) => ofCommitment.get(id) ?? [],
    project: (id) => ofProject.get(id) ?? [],
  };
}
