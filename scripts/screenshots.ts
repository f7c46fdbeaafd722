/**
 * Screenshots of built pages, for looking at what we build: each path at a phone width (390 px)
 * and a desktop width (1,440 px), with and without JavaScript. With --before <dist>, also shoots
 * that build and reports, per page, the share of pixels that differ (for refactoring styles).
 * --full shoots whole pages; --tiles also cuts each whole page into screen-high tiles (-t1, -t2 …),
 * small enough to read.
 *   node scripts/screenshots.ts [--dist dist] [--out shots] [--before ../old-dist] [--full] [--tiles] path …
 *   e.g. node scripts/screenshots.ts --out shots / en/ plan/ch04/ en/brief/
 * Chinese needs a CJK font in headless Chromium (Debian: fonts-noto-cjk).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const dist = opt('--dist', 'dist');
const out = opt('--out', 'shots');
const before = args.includes('--before') ? opt('--before', '') : '';
const tiles = args.includes('--tiles');
const full = tiles || args.includes('--full');
const paths = args.filter((a, i) => !a.startsWith('--') && !['--dist', '--out', '--before'].includes(args[i - 1] ?? ''));
mkdirSync(out, { recursive: true });

const browser = await launchBrowser();
const servers = { after: await serveStatic(dist), ...(before ? { before: await serveStatic(before) } : {}) };
const name = (p: string, width: number, js: boolean, which: string) => `${out}/${(p.replace(/\/$/u, '').replace(/\//gu, '_') || 'home')}-${width}${js ? '' : '-nojs'}${which === 'after' ? '' : '-before'}.png`;

/** Share of pixels that differ between two screenshots of the same size, measured in the browser. */
async function difference(a: string, b: string): Promise<number> {
  const page = await browser.newPage();
  const ratio = await page.evaluate(async ([x, y]) => {
    const load = (src: string) =>
      new Promise<HTMLImageElement>((ok) => {
        const img = new Image();
        img.onload = () => ok(img);
        img.src = src;
      });
    const [i, j] = await Promise.all([load(x!), load(y!)]);
    const w = Math.max(i.width, j.width);
    const h = Math.max(i.height, j.height);
    const pixels = (img: HTMLImageElement) => {
      const c = Object.assign(document.createElement('canvas'), { width: w, height: h });
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const [p, q] = [pixels(i), pixels(j)];
    let diff = 0;
    for (let k = 0; k < p.length; k += 4) if (Math.abs(p[k]! - q[k]!) + Math.abs(p[k + 1]! - q[k + 1]!) + Math.abs(p[k + 2]! - q[k + 2]!) > 30) diff++;
    return diff / (w * h);
  }, [a, b].map((f) => `data:image/png;base64,${readFileSync(f).toString('base64')}`));
  await page.close();
  return ratio;
}

for (const path of paths) {
  for (const width of [390, 1440]) {
    for (const js of [true, false]) {
      const files: Record<string, string> = {};
      for (const [which, server] of Object.entries(servers)) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js, colorScheme: 'light' });
        const page = await context.newPage();
        await page.goto(`${server.origin}/${path.replace(/^\/+/u, '')}`, { waitUntil: 'networkidle' });
        files[which] = name(path, width, js, which);
        await page.screenshot({ path: files[which], fullPage: full });
        if (tiles && which === 'after') {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, k = 1; y < height; y += 900, k++) {
            await page.screenshot({ path: files[which].replace(/\.png$/u, `-t${k}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
          }
        }
        await context.close();
      }
      const note = files.before ? ` · differs from before: ${(100 * (await difference(files.before, files.after!))).toFixed(2)}%` : '';
      console.log(`${files.after}${note}`);
    }
  }
}
await browser.close();
for (const s of Object.values(servers)) await s.close();
