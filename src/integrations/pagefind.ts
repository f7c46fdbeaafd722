import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';

/** Indexes the built site with Pagefind when `astro build` finishes, so that a build alone is searchable. */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let root = '.';
  return {
    name: 'yubei-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { records, pages } = await buildSearchIndex(fileURLToPath(dir), base, root);
        logger.info(`search index: ${records} records (${pages} pages in sections) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
