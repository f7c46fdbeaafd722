import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

// What the build writes for offline reading and installing, checked against the files themselves.
const pages = builtPages('dist');
const json = <T>(path: string) => JSON.parse(readFileSync(join('dist', path), 'utf8')) as T;
interface Bundle {
  locale: string;
  build: string;
  bytes: number;
  files: [string, string, number][];
}
const fileOf = (path: string) => join('dist', path.endsWith('/') || path === '' ? `${path}index.html` : path);

describe('web app manifests', () => {
  it.each([
    ['manifest.webmanifest', 'zh-CN', '/'],
    ['en/manifest.webmanifest', 'en', '/en/'],
  ])('%s opens its language’s home page, standalone, with PNG icons made from the mark', (path, lang, start) => {
    const m = json<{ lang: string; start_url: string; scope: string; display: string; theme_color: string; name: string; icons: { src: string; sizes: string; purpose: string }[] }>(path);
    expect(m).toMatchObject({ lang, start_url: start, scope: '/', display: 'standalone' });
    expect(m.name.length).toBeGreaterThan(5);
    // The header's colour in tokens.css.
    expect(readFileSync('src/styles/tokens.css', 'utf8')).toContain(`--c-header: ${m.theme_color};`);
    expect(m.icons.map((i) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
    for (const icon of m.icons) {
      const png = readFileSync(join('dist', icon.src));
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      // Width and height from the PNG header match what the manifest says.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });

  it('every page links its language’s manifest, an Apple touch icon and theme colours', () => {
    for (const p of pages.filter((x) => x.file !== '404.html')) {
      const manifest = p.doc.querySelector('link[rel="manifest"]')?.getAttribute('href');
      expect(manifest, p.file).toBe(p.url.startsWith('/en/') ? '/en/manifest.webmanifest' : '/manifest.webmanifest');
      expect(existsSync(join('dist', p.doc.querySelector('link[rel="apple-touch-icon"]')!.getAttribute('href')!)), p.file).toBe(true);
      expect(p.doc.querySelectorAll('meta[name="theme-color"]').length, p.file).toBe(2);
    }
  });
});

describe('offline bundles', () => {
  const bundles = ['zh', 'en'].map((l) => json<Bundle>(`offline/bundle.${l}.json`));

  it.each(bundles.map((b) => [b.locale, b] as const))('%s: every file is there with the size and hash listed', (_, bundle) => {
    let sum = 0;
    for (const [path, revision, bytes] of bundle.files) {
      const data = readFileSync(fileOf(path));
      expect(data.length, path).toBe(bytes);
      expect(createHash('sha256').update(data).digest('hex').startsWith(revision), path).toBe(true);
      sum += bytes;
    }
    expect(bundle.bytes).toBe(sum);
    expect(bundle.build).toBe(json<{ build: string }>('offline/build.json').build);
  });

  it.each([
    ['zh', ''],
    ['en', 'en/'],
  ])('%s: the whole plan, the lessons, the glossary, the report guide and composer, search, in one language', (locale, prefix) => {
    const bundle = bundles.find((b) => b.locale === locale)!;
    const paths = new Set(bundle.files.map(([p]) => p));
    const pagefindLang = locale === 'zh' ? 'zh-cn' : 'en';
    const wanted = [
      'plan/', ...['preface', 'ch01', 'ch04', 'ch10', 'closing'].map((id) => `plan/${id}/`),
      'learn/', 'learn/air/', 'learn/air/worksheet/', 'learn/glossary/', 'report/', 'report/compose/', 'search/', 'offline/',
    ].map((r) => `${prefix}${r}`);
    expect(wanted.filter((p) => !paths.has(p))).toEqual([]);
    // Every chapter of the plan.
    expect([...paths].filter((p) => new RegExp(`^${prefix}plan/ch\\d\\d/$`, 'u').test(p))).toHaveLength(10);
    // Every stylesheet and script those pages load.
    for (const p of pages.filter((x) => paths.has(x.url.slice(1)))) {
      for (const el of p.doc.querySelectorAll('link[rel="stylesheet"], script[src]')) {
        const src = (el.getAttribute('href') ?? el.getAttribute('src'))!.slice(1);
        expect(paths.has(src), `${p.file}: ${src}`).toBe(true);
      }
    }
    // Its language's search index, and no other language's pages or index.
    const index = [...paths].filter((p) => p.startsWith('pagefind/fragment/'));
    expect(index.length).toBeGreaterThan(500);
    expect(index.every((p) => p.startsWith(`pagefind/fragment/${pagefindLang}_`))).toBe(true);
    const other = locale === 'zh' ? /^en\// : /^(?!en\/)[a-z-]+\/.*\/$|^$/;
    expect([...paths].filter((p) => p.endsWith('/') && other.test(p))).toEqual([]);
  });

  it('pages that offer to save show each bundle’s size, both languages’ and each one’s', () => {
    const page = pages.find((p) => p.url === '/plan/ch04/')!;
    const control = page.doc.querySelector('[data-offline-save]')!;
    for (const b of bundles) expect(Number(control.getAttribute(`data-offline-bytes-${b.locale}`))).toBe(b.bytes);
    const union = new Map(bundles.flatMap((b) => b.files.map(([p, , n]) => [p, n] as const)));
    expect(Number(control.getAttribute('data-offline-bytes-all'))).toBe([...union.values()].reduce((a, n) => a + n, 0));
  });
});

describe('the service worker', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  it('is one file at the root with Workbox inlined: it loads no script and installs only files of the site', () => {
    expect(sw).toContain('workbox');
    expect(sw).not.toMatch(/importScripts|workbox-sw|workbox-v\d/u);
    const urls = [...sw.matchAll(/\{url:"([^"]*)",revision:"[0-9a-f]{16}"\}/gu)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(existsSync(fileOf(u)), u).toBe(true);
  });
  it('installs the offline pages and the build id, and the pages register it under a strict CSP', () => {
    for (const url of ['"offline/"', '"en/offline/"', '"offline/build.json"']) expect(sw).toContain(`url:${url}`);
    const csp = pages.find((p) => p.url === '/')!.doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/worker-src 'self'/u);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
  });
});
