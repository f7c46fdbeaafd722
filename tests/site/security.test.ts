import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, isNotFoundPage } from '../support/built-site.ts';

const pages = builtPages('dist');

describe('content security policy', () => {
  it('every page carries a strict CSP: no unsafe-inline or unsafe-eval for scripts, nothing from other hosts', () => {
    for (const p of pages) {
      const csp = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const script = /script-src ([^;]*)/u.exec(csp)?.[1] ?? '';
      expect(csp, p.file).toMatch(/default-src 'self'/u);
      expect(script, p.file).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/u);
      expect(csp, p.file).not.toMatch(/https?:\/\//u);
    }
  });
  it('no page has inline event handlers or javascript: URLs', () => {
    const found = pages.flatMap((p) =>
      p.doc.querySelectorAll('*').flatMap((el) =>
        Object.keys(el.attributes).filter((a) => /^on/iu.test(a)).map((a) => `${p.file}: <${el.tagName.toLowerCase()} ${a}>`),
      ).concat([...p.html.matchAll(/href="javascript:/giu)].map(() => `${p.file}: javascript: URL`)),
    );
    expect(found).toEqual([]);
  });
  it('no page loads a script, style, font or image from another host', () => {
    const external = pages.flatMap((p) =>
      p.doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], img[src], source[src], iframe')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((u) => /^(https?:)?\/\//u.test(u))
        .map((u) => `${p.file}: ${u}`),
    );
    expect(external).toEqual([]);
  });
});

describe('crawler files', () => {
  it('robots.txt names the sitemap', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/mu);
  });
  it('the sitemap lists every page but the not-found pages, in both languages', () => {
    const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(pages.filter((p) => !isNotFoundPage(p)).map((p) => p.url).sort());
  });
  it('has a favicon', () => {
    expect(readFileSync('dist/favicon.svg', 'utf8')).toMatch(/^<svg/u);
  });
});
