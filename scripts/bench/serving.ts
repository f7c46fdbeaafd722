/**
 * Bytes nginx sends per page kind, as production serves them (the build's generated
 * configuration, precompressed files): each page's first load, fetched once with Brotli, once
 * with gzip only and once uncompressed, status line and headers included.
 */
import { request } from 'node:http';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveNginx } from '../../tests/support/nginx-server.ts';
import { PAGE_KINDS } from '../../tests/support/page-kinds.ts';

/** Bytes of one response as sent: status line, headers, body (not decompressed). */
const sent = (url: string, acceptEncoding: string): Promise<{ bytes: number; headers: number }> =>
  new Promise((ok, fail) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let body = 0;
      const headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + 2; // `name: value\r\n` each, a blank line
      res.on('data', (c: Buffer) => (body += c.length)).on('end', () => ok({ bytes: headers + body, headers }));
    }).on('error', fail).end();
  });

const kb = (n: number) => (n / 1024).toFixed(1);

/** Markdown lines: the precompression step of the build (from its log) and the bytes per page kind. */
export async function servingBench(buildLog: string, dist = 'dist'): Promise<string[]> {
  const server = await serveNginx(dist);
  const browser = await launchBrowser();
  const step = /yubei-precompress\] (\d+) files, ([\d.]+) MB → brotli ([\d.]+) MB, gzip ([\d.]+) MB in ([\d.]+) s/u.exec(buildLog);
  const lines = [
    ...(step ? [`Precompression at build (Brotli 11, gzip 9): ${step[1]} files, ${step[2]} MB → Brotli ${step[3]} MB, gzip ${step[4]} MB, ${step[5]} s (part of the Astro build time above).`, ''] : []),
    `## Transfer per page kind as nginx serves it (first load; ${server.brotli ? 'Brotli module loaded' : 'no Brotli module'})`,
    '',
    'Every response of the first load (page, styles, scripts, search index for the search page), fetched again from nginx with each `Accept-Encoding`; status line and headers included.',
    '',
    '| page | requests | Brotli KB | gzip KB | uncompressed KB | Brotli saves vs gzip | headers KB |',
    '|---|---|---|---|---|---|---|',
  ];
  const totals = { br: 0, gz: 0, none: 0 };
  for (const kind of PAGE_KINDS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(server.origin)) urls.push(r.url());
    });
    await page.goto(`${server.origin}${server.base}${kind.path}`, { waitUntil: 'networkidle' });
    await context.close();
    const sum = async (enc: string) => (await Promise.all(urls.map((u) => sent(u, enc)))).reduce((a, r) => ({ bytes: a.bytes + r.bytes, headers: a.headers + r.headers }), { bytes: 0, headers: 0 });
    const [br, gz, none] = [await sum('br, gzip'), await sum('gzip'), await sum('')];
    totals.br += br.bytes;
    totals.gz += gz.bytes;
    totals.none += none.bytes;
    lines.push(`| ${kind.kind} (${kind.lang}) | ${urls.length} | ${kb(br.bytes)} | ${kb(gz.bytes)} | ${kb(none.bytes)} | ${(100 * (1 - br.bytes / gz.bytes)).toFixed(0)} % | ${kb(br.headers)} |`);
  }
  lines.push(`| all ${PAGE_KINDS.length} pages | | ${kb(totals.br)} | ${kb(totals.gz)} | ${kb(totals.none)} | ${(100 * (1 - totals.br / totals.gz)).toFixed(0)} % | |`, '');
  await browser.close();
  await server.close();
  return lines;
}
