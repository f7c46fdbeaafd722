import { execFile, execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assembleContent } from '../../src/core/assemble.ts';
import { readSources } from '../../src/core/read-sources.ts';
import { translator } from '../../src/i18n/text/index.ts';
import { partHeading } from '../../src/render/part-heading.ts';
import { buildEditions } from '../../scripts/editions/build.ts';
import { readZip, unzipEntry } from '../../scripts/editions/zip.ts';
import { builtPages } from '../support/built-site.ts';

// The editions `npm run build` makes (src/integrations/editions.ts, scripts/editions/), read with the tools a reader's would:
// poppler's pdftotext and pdfinfo, the W3C's EPUBCheck.
const file = (locale: string, format: string) => `dist/downloads/yubei-eco-plan-2021-2025.${locale}.${format}`;
const content = assembleContent(readSources('.'));
/** Whitespace and the broken note mark (shown as a proper note) aside, as the site text test does. */
const norm = (s: string) => s.replace(/[\s\uFFFD]+/gu, '');
/** Paragraph ids printed in the margin, which pdftotext reads as text. */
const MARGIN_IDS = /(?:preface|ch\d\d|closing|box-\d+|note-\d+)(?:-[a-z]+\d+)*/gu;
/** The text of a PDF in content order, the running heads and page numbers cropped off (A4 in points). */
const pdfText = (pdf: string, ...pages: string[]) =>
  execFileSync('pdftotext', ['-raw', '-x', '0', '-y', '40', '-W', '595', '-H', '750', ...pages, pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 27 });

describe('PDF editions', () => {
  it('the Chinese PDF holds at least 99.5 % of the seed’s non-blank lines', () => {
    const text = norm(pdfText(file('zh', 'pdf')).replace(MARGIN_IDS, ''));
    const lines = readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt', 'utf8').split('\n').map(norm).filter(Boolean);
    const missing = lines.filter((l) => !text.includes(l));
    expect(lines.length).toBeGreaterThan(500);
    expect(missing.length / lines.length, missing.slice(0, 5).join(' | ')).toBeLessThanOrEqual(0.005);
  });

  it('the English PDF holds every chapter heading, and its contents give the page each part starts on', () => {
    const pdf = file('en', 'pdf');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    const { t } = translator('en');
    const parts = content.views.en.parts;
    expect(parts.length).toBe(12);
    for (const part of parts) {
      const { full } = partHeading(part, { t });
      expect(text, full).toContain(full);
    }
    // Chapter 4 as the contents lists it: its heading opens the page the contents names.
    const ch04 = partHeading(parts.find((p) => p.id === 'ch04')!, { t });
    const contents = execFileSync('pdftotext', ['-raw', '-f', '2', '-l', '5', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    const listed = new RegExp(`${ch04.title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} (\\d+)`, 'u').exec(contents);
    expect(listed, 'contents entry of chapter 4').not.toBeNull();
    const page = listed![1]!;
    expect(norm(pdfText(pdf, '-f', page, '-l', page).replace(MARGIN_IDS, ''))).toMatch(new RegExp(`^${norm(ch04.full).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
  });

  it('carries the plan’s title, tags, page size and a fixed date (not the time of printing)', () => {
    const info = execFileSync('pdfinfo', [file('zh', 'pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+重庆市渝北区生态环境保护“十四五”规划/mu);
    expect(info).toMatch(/^Tagged:\s+yes/mu);
    expect(info).toMatch(/^Page size:\s+594\.96 x 841\.92 pts \(A4\)/mu);
    // The edition date: SOURCE_DATE_EPOCH if the build had one, else the last commit's time.
    const committed = Number(process.env.SOURCE_DATE_EPOCH || execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
    const created = /^CreationDate:\s+(.+)$/mu.exec(info)![1]!;
    expect(Math.abs(new Date(created).getTime() / 1000 - committed)).toBeLessThan(2);
  });

  it('the English edition carries the translation notice after its cover', () => {
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '3', file('en', 'pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    expect(first).toContain('unofficial translation');
    expect(first).toContain('About the English translation');
    expect(first).toContain('the Chinese prevails');
  });
});

describe('EPUB editions', () => {
  it('EPUBCheck reports no error for either EPUB', async () => {
    const run = promisify(execFile);
    const results = await Promise.all(
      ['zh', 'en'].map((l) => run('java', ['-jar', '/usr/share/java/epubcheck.jar', file(l, 'epub')]).then((r) => r.stdout, (e: { stdout: string }) => e.stdout)),
    );
    for (const out of results) expect(out).toMatch(/Messages: 0 fatals \/ 0 errors/u);
  }, 120_000);

  it('has navigation, its language on every file, and boxes 1–2 as tables', () => {
    const entries = readZip(readFileSync(file('en', 'epub')));
    expect(entries[0]!.name).toBe('mimetype');
    expect(entries[0]!.method).toBe(0);
    const text = (name: string) => unzipEntry(entries.find((e) => e.name === name)!).toString('utf8');
    expect(text('OEBPS/toc.xhtml')).toMatch(/<nav[^>]*epub:type="toc"/u);
    for (const e of entries.filter((x) => x.name.endsWith('.xhtml'))) expect(unzipEntry(e).toString('utf8'), e.name).toMatch(/<html [^>]*lang="en"/u);
    const tables = entries.filter((e) => /<table/u.test(unzipEntry(e).toString('utf8'))).map((e) => e.name);
    expect(tables).toEqual(expect.arrayContaining(['OEBPS/ch01.xhtml', 'OEBPS/ch02.xhtml']));
    expect(text('OEBPS/ch02.xhtml')).toMatch(/<th scope="rowgroup" colspan="\d+"/u);
    // Chinese inside the English keeps its language.
    expect(text('OEBPS/ch01.xhtml')).toMatch(/lang="zh-CN"/u);
    expect(text('OEBPS/content.opf')).toMatch(/<dc:language>en<\/dc:language>/u);
  });
});

describe('the editions are listed with their sizes', () => {
  const pages = builtPages('dist');
  const mb = (path: string) => (statSync(path).size / 1e6).toFixed(1);
  it.each(['data/', 'plan/', 'plan/ch04/', 'en/data/', 'en/plan/', 'en/plan/closing/', 'offline/'])('/%s', (route) => {
    const page = pages.find((p) => p.url === `/${route}`)!;
    const links = page.doc.querySelectorAll('.editions a[href^="/downloads/"]');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(['en.epub', 'en.pdf', 'zh.epub', 'zh.pdf'].map((f) => `/downloads/yubei-eco-plan-2021-2025.${f}`));
    for (const a of links) {
      const size = a.parentNode!.querySelector('.editions__size')!.text;
      expect(size, a.getAttribute('href')!).toContain(`${mb(`dist${a.getAttribute('href')}`)} MB`);
    }
  });
});

describe('reproducible editions', () => {
  it('making the editions again from the same build gives the same bytes', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'yubei-editions-'));
    try {
      cpSync('dist', copy, { recursive: true });
      const made = await buildEditions('.', copy, '/', process.env.SITE_URL || 'http://127.0.0.1:4321');
      expect(made).toHaveLength(4);
      for (const m of made) expect(readFileSync(join(copy, m.file)).equals(readFileSync(join('dist', m.file))), m.file).toBe(true);
      // The sizes written into the pages are the same too (so the offline files' hashes hold).
      const listing = globSync('**/*.html', { cwd: 'dist' }).filter((f) => readFileSync(join('dist', f), 'utf8').includes('data-edition-size='));
      expect(listing.length).toBeGreaterThan(20);
      for (const f of listing) expect(readFileSync(join(copy, f), 'utf8'), f).toBe(readFileSync(join('dist', f), 'utf8'));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
