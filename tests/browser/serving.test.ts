import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNginxConfig } from '../../src/integrations/nginx.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { buildUnderBase } from '../support/build-site.ts';
import { serveNginx, type NginxServer } from '../support/nginx-server.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as a browser sends it, the body as it travelled (no decompression). */
const get = (url: string, acceptEncoding = ''): Promise<Raw> =>
  new Promise((ok, fail) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });

const decoded = (r: Raw) => (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body);
const directives = (policy: string) => policy.split(';').map((d) => d.trim().replace(/\s+/gu, ' ')).filter(Boolean);
const metaOf = (html: string) => parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(['/', '/yubei-plan/'])('the build served by nginx under %s', (base) => {
  let server: NginxServer;
  let dir = 'dist';
  let remove = () => {};
  const url = (path: string) => `${server.origin}${base}${path}`;
  beforeAll(async () => {
    if (base !== '/') ({ dir, remove } = buildUnderBase(base));
    server = await serveNginx(dir);
    expect(server.base).toBe(base);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    remove();
  });

  it('sends the security headers with every page, the 404 pages too', async () => {
    for (const path of ['', 'en/plan/ch04/', 'data/', 'no-such-page/', 'en/no-such-page/']) {
      const { headers } = await get(url(path));
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/u);
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  it("sends each page's own policy, plus frame-ancestors 'none', as its CSP header", async () => {
    for (const { path } of PAGE_KINDS) {
      const r = await get(url(path), 'br');
      const meta = metaOf(decoded(r).toString('utf8'));
      expect(meta, path).toMatch(/script-src/u);
      expect(directives(String(r.headers['content-security-policy'])), path).toEqual([...directives(meta), "frame-ancestors 'none'"]);
    }
  });

  it('sends HTML, CSS and JavaScript compressed: Brotli to a client that accepts it, else gzip, the same bytes unpacked', async () => {
    const home = decoded(await get(url(''))).toString('utf8');
    const search = decoded(await get(url('search/'))).toString('utf8');
    const css = /href="([^"]+\.css)"/u.exec(home)![1]!;
    const js = /<script type="module" src="([^"]+\.js)"/u.exec(search)![1]!;
    for (const target of [url(''), url('plan/ch04/'), `${server.origin}${css}`, `${server.origin}${js}`, url('data/indicators.csv')]) {
      const plain = await get(target);
      expect(plain.headers['content-encoding'], target).toBeUndefined();
      const br = await get(target, 'gzip, deflate, br');
      expect(br.headers['content-encoding'], target).toBe(server.brotli ? 'br' : 'gzip');
      expect(br.headers.vary, target).toMatch(/accept-encoding/iu);
      expect(br.body.length, target).toBeLessThan(plain.body.length / 2);
      expect(decoded(br).equals(plain.body), target).toBe(true);
      const gz = await get(target, 'gzip');
      expect(gz.headers['content-encoding'], target).toBe('gzip');
      expect(decoded(gz).equals(plain.body), target).toBe(true);
    }
  });

  it('caches content-named files for a year as immutable, and revalidates pages, data and Pagefind’s entry files', async () => {
    const home = decoded(await get(url(''))).toString('utf8');
    const css = /href="([^"]+\.css)"/u.exec(home)![1]!;
    const fragment = `${server.origin}${base}pagefind/fragment/${readdirSync(join(dir, 'pagefind/fragment'))[0]}`;
    for (const hashed of [`${server.origin}${css}`, fragment]) {
      const r = await get(hashed);
      expect(r.status, hashed).toBe(200);
      expect(r.headers['cache-control'], hashed).toBe('public, max-age=31536000, immutable');
      expect(r.headers['x-content-type-options'], hashed).toBe('nosniff');
    }
    for (const path of ['', 'en/', 'no-such-page/', 'data/indicators.json', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'sitemap-index.xml']) {
      expect((await get(url(path))).headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('types every kind of file: text in UTF-8, Pagefind’s index as bytes', async () => {
    const expected: Record<string, RegExp> = {
      '': /^text\/html; charset=utf-8$/u,
      'data/indicators.csv': /^text\/csv; charset=utf-8$/u,
      'data/indicators.json': /^application\/json; charset=utf-8$/u,
      'pagefind/pagefind.js': /^text\/javascript; charset=utf-8$/u,
      'pagefind/wasm.en.pagefind': /^application\/octet-stream$/u,
      'sitemap-index.xml': /^application\/xml; charset=utf-8$/u,
      'robots.txt': /^text\/plain; charset=utf-8$/u,
      'favicon.svg': /^image\/svg\+xml; charset=utf-8$/u,
    };
    for (const [path, type] of Object.entries(expected)) expect((await get(url(path))).headers['content-type'], path).toMatch(type);
    const meta = readdirSync(join(dir, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    expect((await get(url(`pagefind/${meta}`))).headers['content-type']).toBe('application/octet-stream');
  });

  it('answers a miss with status 404 and the not-found page in the language of its path', async () => {
    for (const [path, lang] of [['no-such-page/', 'zh-CN'], ['plan/ch99/', 'zh-CN'], ['en/no-such-page/', 'en'], ['en/plan/ch99/', 'en']] as const) {
      const r = await get(url(path));
      expect(r.status, path).toBe(404);
      const doc = parse(r.body.toString('utf8'));
      expect(doc.querySelector('html')!.getAttribute('lang'), path).toBe(lang);
      expect(doc.querySelector('h1')!.textContent, path).toBe(lang === 'en' ? 'Page not found' : '找不到该页面');
    }
  });

  it('redirects a folder asked for without its slash, to a path on the same host', async () => {
    const r = await get(url('plan'));
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`${base}plan/`);
  });

  it('serves the service worker revalidated, never immutable, and the web manifests with their type', async () => {
    const sw = await get(url('sw.js'));
    expect([sw.status, sw.headers['cache-control'], sw.headers['content-type']]).toEqual([200, 'no-cache', 'text/javascript; charset=utf-8']);
    for (const manifest of ['manifest.webmanifest', 'en/manifest.webmanifest']) {
      const r = await get(url(manifest));
      expect([r.status, r.headers['content-type']], manifest).toEqual([200, 'application/manifest+json; charset=utf-8']);
    }
  });

  it('searches with Pagefind in the browser under the header policy, results keeping the base', async () => {
    for (const [path, q] of [['search/', '御临河'], ['en/search/', 'noise']] as const) {
      const { page, watch, close } = await watchedPage(browser, server.origin);
      await page.goto(`${url(path)}?q=${encodeURIComponent(q)}`);
      await page.locator('.search-result a').first().waitFor();
      const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, q).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !h.startsWith(`${base}${path.startsWith('en/') ? 'en/' : ''}`)), q).toEqual([]);
      expect(watch, q).toEqual({ errors: [], failed: [], thirdParty: [] });
      await close();
    }
  }, 60_000);
});

describe('a page whose policy differs from the rest', () => {
  let tmp = '';
  let server: NginxServer;
  const page = (policy: string) => `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head><body><h1>t</h1></body></html>`;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'yubei-policy-'));
    const site = join(tmp, 'site');
    for (const [file, policy] of [['index.html', "default-src 'self';"], ['a/index.html', "default-src 'self';"], ['odd/index.html', "default-src 'none'; img-src 'self'"], ['404.html', "default-src 'self';"]] as const) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), page(policy));
    }
    writeNginxConfig(site, '/');
    server = await serveNginx(site);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('gets its own policy in its header; the others the common one', async () => {
    expect((await get(`${server.origin}/odd/`)).headers['content-security-policy']).toBe("default-src 'none'; img-src 'self'; frame-ancestors 'none'");
    for (const path of ['/', '/a/', '/missing/']) expect((await get(`${server.origin}${path}`)).headers['content-security-policy'], path).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});

describe('the build', () => {
  it('has a MIME type for every kind of file it writes (nginx sends no file as unknown bytes by mistake)', async () => {
    const server = await serveNginx('dist');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const byExt = new Map(walk('dist').map((f) => [extname(f), f] as const));
    const untyped: string[] = [];
    for (const [ext, file] of byExt) {
      if (/^\.(br|gz|pagefind|pf_\w+)$/u.test(ext)) continue;
      const type = (await get(`${server.origin}/${file.slice('dist/'.length)}`)).headers['content-type'];
      if (!type || /octet-stream/u.test(type)) untyped.push(`${ext}: ${type}`);
    }
    await server.close();
    expect(untyped).toEqual([]);
  });
});
