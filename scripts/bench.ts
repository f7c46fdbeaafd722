/**
 * Performance budget: prints build times, bytes transferred per page kind (gzipped, by type),
 * the budget checks and Lighthouse scores. Figures only, never a pass/fail test.
 *
 *   npm run bench               (builds first)
 *   npm run bench -- --write    (also records the run in BENCHMARKS.md)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/offline/chromium.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { PAGE_KINDS, LIGHTHOUSE_PAGES } from '../tests/support/page-kinds.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { servingBench } from './bench/serving.ts';
import { searchBench } from './bench/search.ts';
import { editionsBench } from './bench/editions.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
const lines: string[] = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};

// 1. Build, timed: the whole `astro build`, and the search index the Pagefind integration reports.
// Built as a build to publish (smallest compressed files, the editions listed), at the local address the bench serves.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PRODUCTION: '1', YUBEI_EDITIONS: '1', SITE_URL: process.env.SITE_URL || 'http://127.0.0.1:4321' };
const t = performance.now();
const log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' });
const buildMs = performance.now() - t;
const pagefindMs = Number(/search index: .* in ([\d.]+) s/u.exec(log)?.[1] ?? 'NaN') * 1000;
const astroMs = buildMs - pagefindMs;
const chromium = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
out(`# Benchmark run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
out();
out(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${chromium}`);
out();
out('## Build');
out();
out('| step | seconds |');
out('|---|---|');
out(`| Astro build | ${(astroMs / 1000).toFixed(1)} |`);
out(`| Pagefind index | ${(pagefindMs / 1000).toFixed(1)} |`);
out();
for (const line of await editionsBench()) out(line);

// 2. Transfer per page kind, gzipped, by type, on first load (before any interaction).
const server = await serveStatic('dist');
const browser = await launchBrowser();
out('## Transfer per page kind (gzipped, first load, before interaction)');
out();
out('| page | HTML KB | CSS KB | JS KB | images KB | fonts KB | other KB | requests | budget |');
out('|---|---|---|---|---|---|---|---|---|');
for (const kind of PAGE_KINDS) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const bytes: Record<string, number> = { Document: 0, Stylesheet: 0, Script: 0, Image: 0, Font: 0, Other: 0 };
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    const key = type in bytes ? type : 'Other';
    bytes[key] = (bytes[key] ?? 0) + e.encodedDataLength;
    requests++;
  });
  await page.goto(`${server.origin}/${kind.path}`, { waitUntil: 'networkidle' });
  const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
  const textGz = gzipSync(Buffer.from(text.replace(/\s+/gu, ' '))).length;
  const checks: string[] = [];
  // The JavaScript budget is for text pages; search and chart pages load their engines on purpose.
  const appPage = /search|indicators|scorecard|figures/u.test(kind.kind);
  checks.push(appPage ? 'JS budget n/a (app page)' : bytes.Script! <= 10 * 1024 ? 'JS ≤ 10 KB ✓' : 'JS > 10 KB ✗');
  checks.push(bytes.Stylesheet! <= 15 * 1024 ? 'CSS ≤ 15 KB ✓' : 'CSS > 15 KB ✗');
  checks.push(bytes.Font === 0 ? 'no fonts ✓' : 'fonts ✗');
  if (kind.kind.startsWith('chapter')) {
    const limit = 1.5 * textGz + 10 * 1024;
    checks.push(bytes.Document! <= limit ? `HTML ≤ 1.5×text+10 KB (${kb(limit)}) ✓` : `HTML > 1.5×text+10 KB (${kb(limit)}) ✗`);
  }
  out(`| ${kind.kind} (${kind.lang}) | ${kb(bytes.Document!)} | ${kb(bytes.Stylesheet!)} | ${kb(bytes.Script!)} | ${kb(bytes.Image!)} | ${kb(bytes.Font!)} | ${kb(bytes.Other!)} | ${requests} | ${checks.join(', ')} |`);
  await context.close();
}
await browser.close();
out();
for (const l of await servingBench(log)) out(l);

// 3. Search: quality on both query sets, bytes for a first query, warm latency (scripts/bench/search.ts).
{
  const searchBrowser = await launchBrowser();
  for (const line of await searchBench(searchBrowser, server.origin)) out(line);
  await searchBrowser.close();
}
out();

// 4. The chart code, fetched only on pages with charts (gzipped).
const chartFile = readdirSync('dist/_astro').find((f) => /^charts\..*\.js$/u.test(f));
if (chartFile) out(`Chart code (Chart.js bar chart only: BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip): ${kb(gzipSync(readFileSync(`dist/_astro/${chartFile}`)).length)} KB gzipped, loaded when a chart comes near the screen.`);
out();

// 5. Lighthouse, mobile and desktop.
out('## Lighthouse');
out();
out('| page | form factor | performance | accessibility | best practices | SEO |');
out('|---|---|---|---|---|---|');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS] });
for (const target of LIGHTHOUSE_PAGES) {
  for (const [formFactor, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
    const result = await lighthouse(`${server.origin}/${target.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
    const c = result!.lhr.categories;
    const s = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100));
    out(`| ${target.kind} /${target.path} | ${formFactor} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} |`);
  }
}
await chrome.kill();
await server.close();
out();
out('Budgets: no web fonts; a text page ships ≤ 10 KB of JavaScript (gzipped) before the reader interacts; CSS ≤ 15 KB gzipped; a chapter page’s HTML ≤ 1.5 × its own text gzipped + 10 KB; Lighthouse accessibility, best practices and SEO 100, performance ≥ 95 on mobile for the longest chapter.');

if (process.argv.includes('--write')) {
  const head = readFileSync('BENCHMARKS.md', 'utf8').split('<!-- runs -->')[0]!;
  const previous = readFileSync('BENCHMARKS.md', 'utf8').split('<!-- runs -->')[1] ?? '';
  writeFileSync('BENCHMARKS.md', `${head}<!-- runs -->\n\n${lines.join('\n').replace(/^# /u, '## ').replace(/\n## /gu, '\n### ')}\n${previous}`);
  console.log('\nrecorded in BENCHMARKS.md');
}
