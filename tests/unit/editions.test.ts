import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bookTitle } from '../../scripts/editions/build.ts';
import { editionDate, pdfDate } from '../../scripts/editions/edition-date.ts';
import { fixPdf } from '../../scripts/editions/pdf-fix.ts';
import { pdfDestinations } from '../../scripts/editions/pdf.ts';
import { readZip, storedEntry, unzipEntry, writeZip, type ZipEntry } from '../../scripts/editions/zip.ts';

describe('reproducible PDFs', () => {
  const pdf = (date: string, nodes: number[]) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (${date})\n/ModDate (${date})>>\nendobj\n` +
        `2 0 obj\n<</S /TD /A [<</O /Table /Headers [(node${String(nodes[0]).padStart(8, '0')})]>>] /ID (node${String(nodes[1]).padStart(8, '0')})>>\nendobj\n` +
        `trailer\n<</Size 3>>\nstartxref\n123\n%%EOF\n`,
      'latin1',
    );

  it('replaces the time of printing with the edition date, keeping every byte offset', () => {
    const printed = pdf("D:20261129081610+00'00'", [349, 426]);
    const fixed = fixPdf(printed, pdfDate(new Date('2022-02-01T00:00:00Z')));
    expect(fixed.length).toBe(printed.length);
    expect(fixed.indexOf('startxref')).toBe(printed.indexOf('startxref'));
    expect(fixed.toString('latin1')).toContain("/CreationDate (D:20220201000000+00'00')");
    expect(fixed.toString('latin1')).toContain("/ModDate (D:20220201000000+00'00')");
  });

  it('makes two prints whose structure ids were numbered differently identical', () => {
    const date = pdfDate(new Date(0));
    const a = fixPdf(pdf("D:20261129081610+00'00'", [349, 426]), date);
    const b = fixPdf(pdf("D:20261130120000+00'00'", [350, 427]), date);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(node00000001)');
    expect(a.toString('latin1')).toContain('(node00000002)');
  });

  it('reads the page of each named destination from pdfinfo', () => {
    const dests = pdfDestinations('Page  Destination                 Name\n   2 [ XYZ    6  826 null      ] "ch04"\n  13 [ XYZ   90  769 null      ] "ch04-s02"\n');
    expect([...dests]).toEqual([['ch04', 2], ['ch04-s02', 13]]);
  });
});

describe('the edition date', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });
  it('is SOURCE_DATE_EPOCH when set, else the last commit, else the plan’s date; never the clock', () => {
    process.env.SOURCE_DATE_EPOCH = '1643673600';
    expect(editionDate('.').toISOString()).toBe('2022-02-01T00:00:00.000Z');
    delete process.env.SOURCE_DATE_EPOCH;
    expect(editionDate('.').getTime()).toBeLessThan(Date.now());
    expect(editionDate('/').toISOString()).toBe('2022-02-01T00:00:00.000Z');
  });
  it('is written the way PDF dates are', () => {
    expect(pdfDate(new Date('2026-11-29T08:07:31Z'))).toBe("D:20261129080731+00'00'");
  });
});

describe('ZIP archives for EPUB', () => {
  const deflated = (name: string, text: string): ZipEntry => {
    const content = Buffer.from(text);
    return { name, method: 8, crc: crc32(content), size: content.length, data: deflateRawSync(content) };
  };

  it('writes what it reads: names, methods and contents', () => {
    const entries = [storedEntry('mimetype', Buffer.from('application/epub+zip')), deflated('OEBPS/中文.xhtml', '<p>内容</p>'.repeat(50))];
    const back = readZip(writeZip(entries, new Date('2022-02-01T00:00:00Z')));
    expect(back.map((e) => [e.name, e.method])).toEqual([['mimetype', 0], ['OEBPS/中文.xhtml', 8]]);
    expect(unzipEntry(back[1]!).toString()).toBe('<p>内容</p>'.repeat(50));
    expect(inflateRawSync(back[1]!.data).length).toBe(back[1]!.size);
  });

  it('puts mimetype first, uncompressed, at the offset EPUB readers look for it', () => {
    const zip = writeZip([storedEntry('mimetype', Buffer.from('application/epub+zip'))], new Date(0));
    expect(zip.toString('latin1', 30, 38)).toBe('mimetype');
    expect(zip.toString('latin1', 38, 58)).toBe('application/epub+zip');
  });

  it('gives the same bytes for the same entries, whatever the time', () => {
    const entries = [deflated('a.txt', 'a')];
    expect(writeZip(entries, new Date('2022-02-01T00:00:00Z')).equals(writeZip(entries, new Date('2022-02-01T00:00:00Z')))).toBe(true);
    expect(writeZip(entries, new Date('2022-02-01T00:00:00Z')).equals(writeZip(entries, new Date('2023-02-01T00:00:00Z')))).toBe(false);
  });
});

describe('the book title', () => {
  it('joins title and period, with a space after a Latin letter only', () => {
    const cover = (t: string, p: string) => `<h1 class="print-cover__title">${t}<span class="print-cover__period">${p}</span></h1>`;
    expect(bookTitle(cover('重庆市渝北区生态环境保护“十四五”规划', '（2021—2025年）'))).toBe('重庆市渝北区生态环境保护“十四五”规划（2021—2025年）');
    expect(bookTitle(cover('Plan for the 14th Five-Year Plan Period', '(2021–2025)'))).toBe('Plan for the 14th Five-Year Plan Period (2021–2025)');
    expect(bookTitle('<h1>no cover</h1>')).toBeUndefined();
  });
});
