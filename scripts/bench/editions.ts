/**
 * Offline reading and editions in figures, for `npm run bench` (scripts/bench.ts) or on their
 * own (`node scripts/bench/editions.ts`, over an existing dist/): the time to make the editions
 * and their sizes, each language's offline bundle (stored and gzipped, the transfer from a
 * compressing host) and the service worker.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';
import { bundleFile, fileOfPage, type Bundle } from '../../src/offline/caches.ts';
import { unionOf } from '../../src/offline/save-plan.ts';
import { buildEditions } from '../editions/build.ts';

const mb = (n: number) => (n / 1e6).toFixed(2);
const kb = (n: number) => (n / 1024).toFixed(1);

export async function editionsBench(dist = 'dist'): Promise<string[]> {
  const lines: string[] = [];
  const started = performance.now();
  const made = await buildEditions('.', dist, (process.env.BASE_PATH || '/').replace(/\/?$/u, '/'), process.env.SITE_URL || 'http://127.0.0.1:4321');
  const total = (performance.now() - started) / 1000;
  lines.push('## Editions and offline reading', '');
  lines.push(`Making the editions from the built site (the build’s editions step, run again over dist/; two Chromium passes per PDF): ${total.toFixed(1)} s in all.`, '');
  lines.push('| edition | MB | pages | seconds |', '|---|---|---|---|');
  for (const m of made) {
    const pages = m.format === 'pdf' ? /^Pages:\s+(\d+)/mu.exec(execFileSync('pdfinfo', [join(dist, m.file)], { encoding: 'utf8' }))?.[1] ?? '' : '';
    lines.push(`| ${m.file.split('/').pop()} | ${mb(statSync(join(dist, m.file)).size)} | ${pages} | ${m.seconds.toFixed(1)} |`);
  }
  lines.push('', 'Offline bundles ("Save for offline", per language): stored on the device, and transferred from a host that gzips text (Pagefind’s files are compressed already).', '');
  lines.push('| bundle | files | stored MB | transfer MB (gzip) | of which search index MB |', '|---|---|---|---|---|');
  const bundles = LOCALE_IDS.map((l) => JSON.parse(readFileSync(join(dist, bundleFile(l)), 'utf8')) as Bundle);
  const row = (name: string, files: Bundle['files']) => {
    const transfer = files.reduce((s, [p]) => {
      const data = readFileSync(join(dist, fileOfPage(p)));
      return s + (p.startsWith('pagefind/') || p.endsWith('.png') ? data.length : gzipSync(data, { level: 9 }).length);
    }, 0);
    const stored = files.reduce((s, [, , n]) => s + n, 0);
    const search = files.filter(([p]) => p.startsWith('pagefind/')).reduce((s, [, , n]) => s + n, 0);
    lines.push(`| ${name} | ${files.length} | ${mb(stored)} | ${mb(transfer)} | ${mb(search)} |`);
  };
  for (const b of bundles) row(b.locale, b.files);
  row('both', unionOf(bundles));
  const sw = readFileSync(join(dist, 'sw.js'));
  const precache = [...sw.toString('utf8').matchAll(/\{url:"([^"]*)",revision:"[0-9a-f]+"\}/gu)].map((m) => m[1]!);
  const precached = precache.reduce((s, p) => s + gzipSync(readFileSync(join(dist, fileOfPage(p)))).length, 0);
  lines.push('', `Service worker: sw.js ${kb(sw.length)} KB (${kb(gzipSync(sw).length)} KB gzipped, Workbox inlined); it installs ${precache.length} files with itself (the offline pages and what they need), ${kb(precached)} KB gzipped.`, '');
  return lines;
}

if (import.meta.main) console.log((await editionsBench()).join('\n'));
