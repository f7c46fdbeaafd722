import type { Locale } from '../../i18n/locales.ts';
import { routeOf } from '../../i18n/paths.ts';

/** The language of the page being rendered, for components used inside MDX (which get no props for it). */
export const pageLocale = (url: URL): Locale => routeOf(import.meta.env.BASE_URL, url.pathname).locale;
