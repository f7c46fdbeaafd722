import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEXT, TEXT_KEYS } from '../../src/i18n/text/index.ts';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';

/** Source files, data aside (interface text counts as data: it is one key per line). */
const source = globSync('src/**/*.{ts,astro,css}').filter((f) => !f.startsWith('src/content/') && !f.startsWith('src/i18n/text/'));
const read = (f: string) => readFileSync(f, 'utf8');
const code = source.filter((f) => !f.endsWith('.css')).map(read).join('\n');
const css = globSync('src/**/*.css');

describe('the shape of the code', () => {
  it('reads the deployment base in one module only', () => {
    expect(source.filter((f) => read(f).includes('import.meta.env.BASE_URL'))).toEqual(['src/context/base.ts']);
  });
  it('chooses no text by language in pages or components (they use t(), pick() and the page context)', () => {
    const views = source.filter((f) => /^src\/(pages|components|layouts)\//u.test(f));
    expect(views.filter((f) => /locale\s*[!=]==\s*'(zh|en)'|lang\s*[!=]==\s*'(zh|en)'/u.test(read(f)))).toEqual([]);
  });
  it('keeps source files under 300 lines and stylesheets under 400', () => {
    const long = source.map((f) => ({ f, n: read(f).split('\n').length })).filter(({ f, n }) => n > (f.endsWith('.css') ? 400 : 300));
    expect(long).toEqual([]);
  });
  it('lets the parser depend on nothing above it', () => {
    const imports = globSync('src/parser/*.ts').flatMap((f) => [...read(f).matchAll(/from '(\.\.\/[^']+)'/gu)].map((m) => `${f}: ${m[1]}`));
    expect(imports).toEqual([]);
  });
  it('uses only the breakpoints named in tokens.css', () => {
    const allowed = new Set(['40rem', '48rem', '64rem', '39.99rem', '47.99rem', '63.99rem']);
    const used = css.flatMap((f) => [...read(f).matchAll(/@media[^{]*\((?:min|max)-width:\s*([\d.]+rem)\)/gu)].map((m) => `${f}: ${m[1]}`));
    expect(used.filter((u) => !allowed.has(u.split(': ')[1]!))).toEqual([]);
  });
  it('sets font sizes and spacing through the tokens', () => {
    const raw = css.filter((f) => !f.endsWith('tokens.css')).flatMap((f) => [...read(f).matchAll(/font-size:\s*[\d.]+rem/gu)].map((m) => `${f}: ${m[0]}`));
    expect(raw).toEqual([]);
  });
});

describe('interface text', () => {
  it('has the same keys in every language (the type check enforces it; this guards the build output)', () => {
    for (const l of LOCALE_IDS) expect(Object.keys(TEXT[l]).sort(), l).toEqual([...TEXT_KEYS].sort());
  });
  it('uses every key somewhere in the code', () => {
    // Keys may be built from a prefix (`topic.${id}`, `dataset.${id}.field.${name}`): those prefixes count.
    const prefixes = [...code.matchAll(/[`'](\w[\w.-]*\.)\$\{/gu)].map((m) => m[1]!);
    const unused = TEXT_KEYS.filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
