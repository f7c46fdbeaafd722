import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { builtPages, isNotFoundPage } from '../support/built-site.ts';

const pages = builtPages('dist').filter((p) => !isNotFoundPage(p));
const zh = pages.filter((p) => !p.url.startsWith('/en/'));
const en = pages.filter((p) => p.url.startsWith('/en/'));

/** Text outside any element whose lang is Chinese. */
function textOutsideChinese(node: Node, inChinese = false): string {
  if (node.nodeType === 3) return inChinese ? '' : node.rawText;
  const el = node as HTMLElement;
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return '';
  const lang = el.getAttribute?.('lang');
  const chinese = lang ? lang.startsWith('zh') : inChinese;
  return el.childNodes.map((c) => textOutsideChinese(c, chinese)).join(' ');
}

describe('two languages, page for page', () => {
  it('every Chinese page has an English twin and vice versa', () => {
    expect(en.map((p) => p.url.replace(/^\/en/u, '')).sort()).toEqual(zh.map((p) => p.url).sort());
    expect(en.length).toBeGreaterThanOrEqual(20);
  });
  it('English pages say lang="en", Chinese pages lang="zh-CN"', () => {
    expect(en.filter((p) => p.doc.querySelector('html')!.getAttribute('lang') !== 'en').map((p) => p.file)).toEqual([]);
    expect(zh.filter((p) => p.doc.querySelector('html')!.getAttribute('lang') !== 'zh-CN').map((p) => p.file)).toEqual([]);
  });
  it('link each page to its twin with hreflang alternates and x-default', () => {
    for (const p of pages) {
      const alt = Object.fromEntries(p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      const zhUrl = p.url.replace(/^\/en\//u, '/');
      expect(alt, p.file).toEqual({ 'zh-CN': zhUrl, en: `/en${zhUrl}`, 'x-default': zhUrl });
    }
  });
  it('has a language switch on every page that is a plain link to the twin', () => {
    for (const p of pages) {
      const a = p.doc.querySelector('a[data-lang-switch]');
      const twin = p.url.startsWith('/en/') ? p.url.replace(/^\/en\//u, '/') : `/en${p.url}`;
      expect(a?.getAttribute('href'), p.file).toBe(twin);
    }
  });
  it('shows no Chinese characters on English pages except in elements marked lang="zh-CN"', () => {
    const leaks = en.flatMap((p) => {
      const text = textOutsideChinese(p.doc.querySelector('body')!);
      return [...text.matchAll(/[\p{Script=Han}【】（）：，。]+/gu)].map((m) => `${p.file}: ${m[0]}`);
    });
    expect(leaks).toEqual([]);
  });
  it('gives the side-by-side view both languages, each marked with its lang', () => {
    const page = pages.find((p) => p.url === '/plan/ch04/bilingual/')!;
    const pair = page.doc.querySelector('#ch04-s02-p03')!;
    expect(pair.querySelectorAll('[lang="zh-CN"]').length).toBe(1);
    expect(pair.querySelectorAll('[lang="en"]').length).toBe(1);
    expect(pair.querySelector('[lang="zh-CN"]')!.textContent).toMatch(/\p{Script=Han}/u);
    expect(pair.querySelector('[lang="en"]')!.textContent).not.toMatch(/\p{Script=Han}/u);
  });
  it('keeps the same anchors in both languages', () => {
    const ids = (url: string) => pages.find((p) => p.url === url)!.doc.querySelectorAll('main [id]').map((e) => e.id).sort();
    for (const part of ['preface', 'ch01', 'ch04', 'ch10', 'closing']) {
      expect(ids(`/en/plan/${part}/`)).toEqual(ids(`/plan/${part}/`));
    }
  });
  it('shows editorial notes on both language versions', () => {
    const note = (url: string) => pages.find((p) => p.url === url)!.doc.querySelectorAll('.editorial-note').map((e) => e.textContent);
    expect(note('/plan/ch04/').join()).toContain('上诉区域');
    expect(note('/en/plan/ch04/').join()).toContain('上诉区域');
    expect(note('/en/plan/ch02/').join()).toContain('29..3');
  });
});

describe('page metadata', () => {
  it('gives every page a unique title, a description and a canonical URL', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')!.textContent);
    expect(new Set(titles).size).toBe(titles.length);
    for (const p of pages) {
      expect(p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, p.file).toBeGreaterThan(20);
      expect(new URL(p.doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(p.url);
      expect(p.doc.querySelector('meta[property="og:title"]'), p.file).not.toBeNull();
    }
  });
});
