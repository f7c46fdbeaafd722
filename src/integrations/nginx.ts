import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NGINX_BROTLI, nginxServerConfig, nginxSiteConfig } from '../serve/nginx-config.ts';
import { configBase } from './config-base.ts';
import { readSiteFacts } from '../serve/site-facts.ts';

/** The folder the configuration of a build in `outDir` goes to: beside it, `dist` → `dist-nginx`. */
export const nginxDirFor = (outDir: string) => `${outDir.replace(/\/+$/u, '')}-nginx`;

/**
 * Writes the production nginx configuration of the site built in `site`, served under `base`,
 * beside it (`<site>-nginx/`: site.conf, brotli.conf, server.conf, site.json). Returns the folder.
 */
export function writeNginxConfig(site: string, base: string, hstsMaxAge?: number): string {
  const facts = readSiteFacts(site, base, hstsMaxAge);
  const out = nginxDirFor(site);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'site.conf'), nginxSiteConfig(facts));
  writeFileSync(join(out, 'brotli.conf'), NGINX_BROTLI);
  writeFileSync(join(out, 'server.conf'), nginxServerConfig(facts));
  writeFileSync(join(out, 'site.json'), `${JSON.stringify({ base, notFound: facts.notFound }, null, 2)}\n`);
  return out;
}

/**
 * Writes the nginx configuration when `astro build` finishes, from the built pages, so that the
 * headers it sends match what the pages say. `hstsMaxAge` (from HSTS_MAX_AGE) opts in to
 * Strict-Transport-Security, for hosts that serve HTTPS only.
 */
export function nginxConfig(options: { hstsMaxAge?: number | undefined } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'yubei-nginx',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`nginx configuration for ${base} in ${writeNginxConfig(fileURLToPath(dir), base, options.hstsMaxAge)}`);
      },
    },
  };
}
