import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
  it('shows a quoted paragraph’s editorial note where a lesson quotes it', () => {
    const notes = parse(readFileSync('src/content/editorial/notes.yaml', 'utf8')) as { node: string; printed: string }[];
    const quotes = pages.flatMap((p) => p.doc.querySelectorAll('.plan-quote').map((q) => ({
      url: p.url,
      id: q.querySelector('figcaption a')!.getAttribute('href')!.split('#')[1]!,
      text: q.querySelector('blockquote')!.textContent,
      notes: q.querySelectorAll('.editorial-note').length,
    })));
    // A Chinese quote that holds a slip shows the note; its English counterpart shows it too.
    const slips = quotes.filter((q) => !q.url.startsWith('/en/') && notes.some((n) => n.node === q.id && q.text.includes(n.printed)));
    expect(slips.map((q) => q.url)).toContain('/learn/water/');
    for (const q of slips) {
      expect(q.notes, `${q.url} ${q.id}`).toBeGreaterThan(0);
      expect(quotes.find((e) => e.url === `/en${q.url}` && e.id === q.id)?.notes, `/en${q.url} ${q.id}`).toBe(q.notes);
    }
  });
});

describe('page metadata', () => {
  it('keeps the 404 page out of search engines, with no canonical or Open Graph address', () => {
    const notFound = builtPages('dist').find((p) => p.file === '404.html')!;
    expect(notFound.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.doc.querySelector('meta[property="og:url"]')).toBeNull();
  });
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

describe('key facts in the lessons', () => {
  const facts = pages.flatMap((p) => p.doc.querySelectorAll('a.fact').map((a) => ({ url: p.url, text: a.textContent.trim(), id: a.getAttribute('href')!.split('#')[1]! })));
  // Indicators whose row the plan prints without a unit: their values stay bare.
  const unitless = new Set((JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as { indicator_id: string; unit_zh: string | null }[]).filter((i) => !i.unit_zh).map((i) => i.indicator_id));
  it('carry no table-note marks and, in English, no space before a per cent sign', () => {
    expect(facts.length).toBeGreaterThan(80);
    expect(facts.filter((f) => /【\d+】|\[\d+\]/u.test(f.text))).toEqual([]);
    expect(facts.filter((f) => / %/u.test(f.text))).toEqual([]);
  });
  it('give a count its unit', () => {
    // A bare number followed by a bracket or the end is a count whose unit was lost.
    const bare = facts.filter((f) => /^\d[\d,.]*(（|\s\(|$)/u.test(f.text));
    expect(bare.filter((f) => !unitless.has(f.id))).toEqual([]);
    expect(bare.length).toBeGreaterThan(0); // the unitless ones (public satisfaction, 94)
  });
});
