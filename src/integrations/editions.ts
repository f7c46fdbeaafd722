import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEditions } from '../../scripts/editions/build.ts';
import { configBase } from './config-base.ts';
import { editionsBuilt } from '../offline/editions.ts';

/**
 * The downloadable editions (PDF and EPUB per language), when `astro build` finishes and the
 * search index is written: headless Chromium prints each language's print page, the EPUB is cut
 * from the same page, and their sizes are written into the pages that list them. Only when
 * YUBEI_EDITIONS=1 (`npm run build`, `npm run build:prod`); a bare `astro build` lists none.
 * Listed before `offlineReading()`, which hashes the pages as they end up.
 */
export function editions(): AstroIntegration {
  let base = '/';
  let root = '.';
  let site = 'http://127.0.0.1:4321';
  return {
    name: 'yubei-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
        root = fileURLToPath(config.root);
        if (config.site) site = config.site.replace(/\/$/u, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!editionsBuilt()) return;
        const started = performance.now();
        const made = await buildEditions(root, fileURLToPath(dir), base, site);
        for (const m of made) logger.info(`${m.file} ${(m.bytes / 1e6).toFixed(2)} MB in ${m.seconds.toFixed(1)} s${m.note ? ` (${m.note})` : ''}`);
        logger.info(`editions made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
