import type { Locale } from '../i18n/locales.ts';

/**
 * The downloadable editions of the whole plan: one PDF and one EPUB per language, made after the
 * site is built (scripts/editions/). Their names are stable, so a link to one keeps working.
 */
export const EDITION_FORMATS = ['pdf', 'epub'] as const;
export type EditionFormat = (typeof EDITION_FORMATS)[number];

export const EDITION_TYPES: Readonly<Record<EditionFormat, string>> = { pdf: 'application/pdf', epub: 'application/epub+zip' };

/** An edition's file, under the base. */
export const editionFile = (locale: Locale, format: EditionFormat) => `downloads/yubei-eco-plan-2021-2025.${locale}.${format}`;

/**
 * Whether this build makes the editions (`npm run build` sets YUBEI_EDITIONS=1; the
 * `editions()` integration makes them when the pages are built). A bare `astro build` links to no edition, so that
 * it has no link to a file it does not make.
 */
export const editionsBuilt = () => process.env.YUBEI_EDITIONS === '1';

/** Where a page shows an edition's size: empty at render, filled once the edition is made. */
export const EDITION_SIZE = /(<span class="editions__size" data-edition-size="([^"]+)">)[^<]*(<\/span>)/gu;
