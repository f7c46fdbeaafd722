import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { LOCALES, LOCALE_IDS, SOURCE_LOCALE } from './src/i18n/locales.ts';
import { chartHeights } from './src/integrations/chart-heights.ts';
import { contentWatch } from './src/integrations/content-watch.ts';
import { offlineReading } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deployment settings come from the environment so the same build serves any host:
//   SITE_URL   absolute origin used for canonical URLs and the sitemap
//   BASE_PATH  sub-path the site is served under, e.g. /yubei-plan/
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';
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
  integrations: [mdx(), chartHeights(), sitemap({ i18n: { defaultLocale: LOCALES[SOURCE_LOCALE].lang, locales: langs } }), contentWatch(), pagefindIndex(), offlineReading()],
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
