import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeIcons } from '../offline/icons.ts';
import { configBase } from './config-base.ts';
import { writeOffline } from '../offline/write-offline.ts';

/**
 * Offline reading, when `astro build` finishes and after the search index (the worker must know
 * Pagefind's files): the app icons drawn from the site's mark, each language's offline bundle
 * list and the service worker (`sw.js`). Listed after `pagefindIndex()` in astro.config.ts.
 */
export function offlineReading(): AstroIntegration {
  let base = '/';
  let root = '.';
  return {
    name: 'yubei-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        await writeIcons(join(root, 'public/favicon.svg'), dist, join(root, 'node_modules/.cache/yubei-icons'));
        const { bundles, worker } = await writeOffline(dist, base);
        const sizes = bundles.map((b) => `${b.locale} ${(b.bytes / 1e6).toFixed(1)} MB in ${b.files.length} files`).join(', ');
        logger.info(`offline: ${sizes}; sw.js ${(worker.bytes / 1024).toFixed(0)} KB installing ${worker.precached} files; in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
