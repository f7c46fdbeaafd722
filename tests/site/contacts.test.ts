import { describe, expect, it } from 'vitest';
import { CONTACT_ALLOWLIST } from '../../src/core/schemas/report-guide.ts';
import { builtPages, pageText } from '../support/built-site.ts';

// No invented contacts: the site may show only the phone numbers and URLs on the allowlist
// (each with its source). Phone-like: mobile numbers, numbers with an area code, 7–8 digit
// local numbers, and 5-digit service numbers (123xx, 95xxx, 96xxx).
const PHONE = /(?<![\d.,])(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}|\d{7,8}|12[0-9]{3}|9[56]\d{3})(?![\d.])/gu;
// Short emergency numbers are caught where the text asks to call them.
const CALL = /(?:拨打|致电|call|dial)\s*“?(\d{3,})/giu;
const allowed = new Set<string>(CONTACT_ALLOWLIST.map((c) => c.value));

describe('contacts on the built site', () => {
  const pages = builtPages('dist');
  it('shows no phone-like number that is not on the allowlist', () => {
    const found = pages.flatMap((p) => [...[...pageText(p).matchAll(PHONE)].map((m) => m[0]), ...[...pageText(p).matchAll(CALL)].map((m) => m[1]!)].filter((n) => !allowed.has(n)).map((n) => `${p.file}: ${n}`));
    expect([...new Set(found)]).toEqual([]);
  });
  it('links to no external site and names no external URL', () => {
    // The site's own origin, from a page's canonical address (the 404 page has none).
    const canonical = new URL(pages.find((p) => p.url === '/')!.doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    const found = pages.flatMap((p) => {
      const hrefs = p.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!).filter((h) => /^(https?:)?\/\//u.test(h) && !h.startsWith(canonical));
      const inText = [...pageText(p).matchAll(/(?:https?:\/\/|www\.)[^\s“”"'<>）)]+/gu)].map((m) => m[0]).filter((u) => !u.startsWith(canonical));
      return [...hrefs, ...inText].map((u) => `${p.file}: ${u}`);
    });
    expect([...new Set(found)]).toEqual([]);
  });
  it('shows the two allowed hotlines on the report guide, with the national one labelled as national', () => {
    const guide = pages.find((p) => p.url === '/report/')!;
    const text = pageText(guide);
    expect(text).toContain('12345');
    expect(text).toMatch(/12369[\s\S]*全国服务，非本规划所列|全国服务，非本规划所列[\s\S]*12369/u);
  });
  it('the pattern catches phone numbers', () => {
    const sample = '请拨打023-67891234或13812345678，或12315，或8位号码67891234；不是电话：2021-2025年、10000辆、3619.76、114.7';
    expect([...sample.matchAll(PHONE)].map((m) => m[0])).toEqual(['023-67891234', '13812345678', '12315', '67891234']);
  });
});
