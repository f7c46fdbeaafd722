import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeMatcher } from '../../src/core/collections/places.ts';
import { content, sources } from './helpers.ts';

const places = content.places.list;
const match = placeMatcher(places);
const text = (id: string) => content.nodes.text(id, 'zh')!;

describe('gazetteer', () => {
  it('names at least 60 places, each with a unique id, Chinese and English name', () => {
    expect(places.length).toBeGreaterThanOrEqual(60);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    expect(new Set(places.map((p) => p.zh)).size).toBe(places.length);
  });

  it('keeps every published place URL: ids are only ever added (tests/fixtures/place-ids.txt)', () => {
    const published = readFileSync('tests/fixtures/place-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const ids = new Set(places.map((p) => p.id));
    expect(published.filter((id) => !ids.has(id))).toEqual([]);
    expect(places.filter((p) => !published.includes(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('lets a longer name win over a shorter one inside it, and skips strings that are not mentions', () => {
    const only = (s: string) => match(s).map((m) => places.find((p) => p.id === m.place)!.zh);
    expect(only('御临河流域')).toEqual(['御临河']); // 御临河流域 is a variant of the river, one mention
    expect(only('长江经济带')).toEqual(['长江经济带']);
    expect(only('重庆川庆化工')).toEqual([]);
  });

  it('lists for each place exactly the nodes whose text names it', () => {
    for (const p of places) {
      const forms = [p.zh, ...p.variants];
      // Every listed node holds the name or a variant.
      expect(p.nodes.filter((id) => !forms.some((f) => text(id).includes(f))), p.id).toEqual([]);
      // Every node the matcher finds the place in is listed, and no other.
      const found = content.nodes.textIds().filter((id) => match(text(id)).some((m) => m.place === p.id));
      expect(p.nodes, p.id).toEqual(found);
    }
  });

  it('has every place a key project is located at (the location, or the longer name it is short for)', () => {
    const forms = places.flatMap((p) => [p.zh, ...p.variants]);
    // Locations that are not a named place: “the agricultural park” of box 4 names none.
    const GENERIC = new Set(['农业园区']);
    const missing = sources.projects
      .map((r) => r.record.location?.zh)
      .filter((l): l is string => !!l && !GENERIC.has(l))
      .filter((l) => match(l).length === 0 && !forms.some((f) => f.includes(l)));
    expect(missing).toEqual([]);
  });
});
