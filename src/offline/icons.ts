import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { ICONS, THEME } from './manifest.ts';

/** How an icon is drawn: the mark alone on transparency, or full-bleed on the theme colour (maskable, Apple). */
function iconHtml(svg: string, size: number, fullBleed: boolean): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  // A maskable icon keeps its mark inside the central 80 % circle that every mask shape spares.
  const mark = fullBleed ? Math.round(size * 0.72) : size;
  const bg = fullBleed ? THEME.light : 'transparent';
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${bg}"><img src="${src}" width="${mark}" height="${mark}" alt=""></body></html>`;
}

/**
 * Draws the PNG icons of the web app manifest from the site's SVG mark in headless Chromium and
 * writes them to `outDir`. The result depends on the SVG and the sizes only, so it is kept in
 * `cacheDir` by their hash: a build whose mark has not changed does not start a browser.
 */
export async function writeIcons(svgFile: string, outDir: string, cacheDir: string): Promise<string[]> {
  const svg = readFileSync(svgFile, 'utf8');
  const key = createHash('sha256').update(svg).update(JSON.stringify(ICONS)).update(iconHtml('', 1, true)).digest('hex').slice(0, 16);
  const cached = join(cacheDir, key);
  const missing = ICONS.filter((i) => !existsSync(join(cached, i.file)));
  if (missing.length) {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`app icons: no Chromium at ${CHROMIUM_PATH} to draw them from ${svgFile}. Install Debian's chromium (or set CHROMIUM_PATH); see docs/offline-and-editions.md`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      for (const icon of missing) {
        const fullBleed = icon.maskable || icon.file.includes('apple');
        await page.setViewportSize({ width: icon.size, height: icon.size });
        await page.setContent(iconHtml(svg, icon.size, fullBleed));
        await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
        mkdirSync(dirname(join(cached, icon.file)), { recursive: true });
        await page.screenshot({ path: join(cached, icon.file), omitBackground: !fullBleed });
      }
    } finally {
      await browser.close();
    }
  }
  return ICONS.map((icon) => {
    mkdirSync(dirname(join(outDir, icon.file)), { recursive: true });
    copyFileSync(join(cached, icon.file), join(outDir, icon.file));
    return icon.file;
  });
}
