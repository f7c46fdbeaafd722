import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundlePages, languageBundle, referencedFiles, type BuiltFile } from '../../src/offline/bundles.ts';
import { cacheFor, type Bundle, type BundleEntry } from '../../src/offline/caches.ts';
import { THEME, webManifest } from '../../src/offline/manifest.ts';
import { filesToDrop, filesToFetch, megabytes, unionOf } from '../../src/offline/save-plan.ts';
import { SIZE_SLOT, sizeSlot } from '../../src/offline/size-slot.ts';

describe('which cache holds a file', () => {
  it('pages, assets and the search index each have theirs', () => {
    expect(['', 'plan/ch01/', 'en/learn/air/', 'offline/index.html'].map(cacheFor)).toEqual(['pages', 'pages', 'pages', 'pages']);
    expect(['_astro/Layout.x.css', 'icons/icon-192.png', 'en/manifest.webmanifest', 'favicon.svg'].map(cacheFor)).toEqual(['assets', 'assets', 'assets', 'assets']);
    expect(['pagefind/pagefind.js', 'pagefind/fragment/en_1.pf_fragment'].map(cacheFor)).toEqual(['search', 'search']);
  });
});

describe('a language’s offline bundle', () => {
  const html = (body: string) => `<html><head><link rel="stylesheet" href="/yubei/_astro/Layout.a.css"><link rel="manifest" href="/yubei/${body.startsWith('en') ? 'en/' : ''}manifest.webmanifest"></head><body>${body}<script type="module" src="/yubei/_astro/page.b.js"></script></body></html>`;
  const text: Record<string, string> = {
    'index.html': html('home'),
    'plan/index.html': html('contents'),
    'plan/ch01/index.html': html('ch01'),
    'plan/ch01/bilingual/index.html': html('side by side'),
    'plan/print/index.html': html('print'),
    'learn/air/index.html': html('lesson'),
    'learn/air/worksheet/index.html': html('worksheet'),
    'topics/water/index.html': html('topic'),
    'search/index.html': `${html('search')}<script>import("/yubei/_astro/search.c.js")</script>`,
    'en/plan/ch01/index.html': html('en ch01'),
    '_astro/Layout.a.css': 'body{}',
    '_astro/page.b.js': 'import{x}from"./shared.d.js";',
    '_astro/search.c.js': 'import"./shared.d.js";',
    '_astro/shared.d.js': 'export const x=1;',
    '_astro/unused.e.js': '',
    'manifest.webmanifest': JSON.stringify({ icons: [{ src: '/yubei/icons/icon-192.png' }] }),
    'en/manifest.webmanifest': JSON.stringify({ icons: [{ src: '/yubei/icons/icon-192.png' }] }),
    'icons/icon-192.png': 'png',
    'pagefind/pagefind.js': '',
    'pagefind/pagefind-worker.js': '',
    'pagefind/pagefind-entry.json': '',
    'pagefind/wasm.unknown.pagefind': '',
    'pagefind/wasm.en.pagefind': '',
    'pagefind/pagefind.zh-cn_1.pf_meta': '',
    'pagefind/pagefind.en_2.pf_meta': '',
    'pagefind/index/zh-cn_a.pf_index': '',
    'pagefind/fragment/zh-cn_b.pf_fragment': '',
    'pagefind/fragment/en_c.pf_fragment': '',
  };
  const files = new Map<string, BuiltFile>(Object.entries(text).map(([f, t]) => [f, { revision: `r-${f.length}`, bytes: t.length + 1 }]));
  const entry = { languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null }, en: { hash: 'en_2', wasm: 'en' } } };
  const input = { files, read: (f: string) => text[f]!, base: '/yubei/', build: 'b1', pagefindEntry: entry };

  it('keeps the home page, the plan’s chapters, lessons with their worksheets and search, in its language only', () => {
    expect(bundlePages(files.keys(), 'zh')).toEqual(['', 'learn/air/', 'learn/air/worksheet/', 'plan/', 'plan/ch01/', 'search/']);
    expect(bundlePages(files.keys(), 'en')).toEqual(['en/plan/ch01/']);
  });

  it('follows stylesheets, scripts and their imports, the manifest and its icons, and adds the language’s search index', () => {
    const b = languageBundle('zh', input);
    const paths = b.files.map(([p]) => p);
    expect(paths).toEqual(expect.arrayContaining(['_astro/Layout.a.css', '_astro/page.b.js', '_astro/search.c.js', '_astro/shared.d.js', 'manifest.webmanifest', 'icons/icon-192.png']));
    expect(paths).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.zh-cn_1.pf_meta', 'pagefind/index/zh-cn_a.pf_index', 'pagefind/fragment/zh-cn_b.pf_fragment']));
    expect(paths.filter((p) => /unused|en_|wasm\.en|bilingual|print|topics/u.test(p))).toEqual([]);
    expect(b.bytes).toBe(b.files.reduce((s, [, , n]) => s + n, 0));
    expect(b.build).toBe('b1');
  });

  it('fails the build when a page names a file that was not built', () => {
    const broken = { ...input, read: (f: string) => (f === 'plan/ch01/index.html' ? html('<link rel="icon" href="/yubei/missing.svg">') : text[f]!) };
    expect(() => languageBundle('zh', broken)).toThrow(/missing\.svg is referenced but was not built/u);
  });

  it('reads chunk names from minified imports', () => {
    expect(referencedFiles('_astro/a.js', 'import{a as b}from"./c.D9x-_.js";const d=()=>import("./e.js"),f=["_astro/g.css"]', '/')).toEqual(['_astro/c.D9x-_.js', '_astro/e.js', '_astro/g.css']);
  });
});

describe('saving, updating and removing a saved copy', () => {
  const bundle = (locale: 'zh' | 'en', files: BundleEntry[]): Bundle => ({ locale, build: 'b', bytes: 0, files });
  const zh = bundle('zh', [['plan/', 'r1', 10], ['_astro/a.css', 'r2', 5]]);
  const en = bundle('en', [['en/plan/', 'r3', 12], ['_astro/a.css', 'r2', 5]]);

  it('counts shared files once', () => {
    expect(unionOf([zh, en]).map(([p]) => p)).toEqual(['_astro/a.css', 'en/plan/', 'plan/']);
  });
  it('downloads only files missing or changed on the device', () => {
    const device = new Map([['plan/', 'r1'], ['_astro/a.css', 'old']]);
    expect(filesToFetch(zh.files, device).map(([p]) => p)).toEqual(['_astro/a.css']);
    expect(filesToFetch(zh.files, new Map())).toHaveLength(2);
  });
  it('drops files of an earlier build that no saved language needs', () => {
    const before = bundle('zh', [['plan/', 'r0', 9], ['_astro/old.css', 'r9', 5], ['_astro/a.css', 'r2', 5]]);
    expect(filesToDrop([before], [zh])).toEqual(['_astro/old.css']);
    expect(filesToDrop([zh, en], [en])).toEqual(['plan/']);
    expect(filesToDrop([zh], [])).toEqual(['_astro/a.css', 'plan/']);
  });
  it('writes sizes in megabytes with one decimal, never 0.0', () => {
    expect([2_288_905, 50_000, 1].map(megabytes)).toEqual(['2.3', '0.1', '0.1']);
  });
  it('fills a size slot without changing its width', () => {
    const html = '<div data-offline-bytes-zh="0000000000" data-offline-bytes-all="0000000000">';
    const filled = html.replace(SIZE_SLOT, (_, l: string) => `data-offline-bytes-${l}="${sizeSlot(l === 'zh' ? 2288905 : 4300000)}"`);
    expect(filled).toBe('<div data-offline-bytes-zh="0002288905" data-offline-bytes-all="0004300000">');
    expect(filled.length).toBe(html.length);
  });
});

describe('web app manifest', () => {
  it('uses the header colours of tokens.css, light and dark', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const headers = [...tokens.matchAll(/--c-header: (#[0-9a-f]{6});/gu)].map((m) => m[1]);
    expect(headers.slice(0, 2)).toEqual([THEME.light, THEME.dark]);
  });
  it('opens on the language’s home page, within the whole site, with any-purpose and maskable icons', () => {
    const m = webManifest({ name: 'N', shortName: 'S', description: 'D', lang: 'en', start: '/b/en/', scope: '/b/', file: (p) => `/b/${p}` });
    expect(m).toMatchObject({ id: '/b/en/', start_url: '/b/en/', scope: '/b/', display: 'standalone', lang: 'en' });
    expect(m.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual(['/b/icons/icon-192.png 192x192 any', '/b/icons/icon-512.png 512x512 any', '/b/icons/maskable-512.png 512x512 maskable']);
  });
});
