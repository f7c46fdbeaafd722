import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * In development, the content core reads the seed and the data files itself (not through Vite),
 * so Vite does not know them: this reloads the browser when one of them changes.
 */
export function contentWatch(): AstroIntegration {
  let root = '.';
  return {
    name: 'yubei-content-watch',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = [resolve(root, 'seeds'), resolve(root, 'src/content')];
        server.watcher.add(watched);
        server.watcher.on('change', (path) => {
          if (!watched.some((w) => path.startsWith(w)) || path.endsWith('.mdx')) return;
          logger.info(`${path.slice(root.length)} changed: reloading`);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
