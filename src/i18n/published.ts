import type { Locale } from './locales.ts';

/**
 * Languages the site publishes. A language joins when its translation is complete; until
 * then no page, link or hreflang points to it.
 */
export const PUBLISHED_LOCALES: readonly Locale[] = ['zh', 'en'];
