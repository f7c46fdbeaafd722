import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { LOCALES, LOCALE_IDS, SOURCE_LOCALE } from './src/i18n/locales.ts';
import { chartHeights } from './src/integrations/chart-heights.ts';
import { contentWatch } from './src/integrations/content-watch.ts';
import { deploySettings, deployWarning } from './src/integrations/deploy-settings.ts';
import { nginxConfig } from './src/integrations/nginx.ts';
import { editions } from './src/integrations/editions.ts';
import { offlineReading } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompressSite } from './src/integrations/precompress.ts';

// Deployment settings (SITE_URL, BASE_PATH, PRODUCTION, HSTS_MAX_AGE) come from the environment so the same
// build serves any host; see src/integrations/deploy-settings.ts.
const deploy = deploySettings(process.env);
const { site, base } = deploy;
const langs = Object.fromEntries(LOCALE_IDS.map((l) => [LOCALES[l].lang, LOCALES[l].lang]));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets stay files (cached across pages), never inlined.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Chinese is the source language and lives at the root; other languages under their prefix.
  i18n: {
    defaultLocale: LOCALES[SOURCE_LOCALE].lang,
    locales: LOCALE_IDS.map((l) => LOCALES[l].lang),
    routing: { prefixDefaultLocale: false },
  },
  integrations: [deployWarning(deploy), mdx(), chartHeights(), sitemap({ i18n: { defaultLocale: LOCALES[SOURCE_LOCALE].lang, locales: langs } }), contentWatch(), pagefindIndex(),
    // The editions print the finished pages and write their sizes into them; the offline files
    // hash the pages after that; precompression and the nginx configuration read the final files.
    editions(), offlineReading(), precompressSite({ production: deploy.production }), nginxConfig({ hstsMaxAge: deploy.hstsMaxAge })],
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Strict Content Security Policy as a <meta> tag on every page: scripts and styles only
  // from this site or by hash (no 'unsafe-inline'); Pagefind's WebAssembly is the one
  // exception, allowed by 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
