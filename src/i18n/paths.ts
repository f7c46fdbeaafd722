import { LOCALES, type Locale } from './locales.ts';

/**
 * Site paths, kept in one place so that every link respects the deployment base and the
 * language prefix. `route` is a path inside one language, such as `plan/ch04/`.
 */
export function localizedPath(base: string, locale: Locale, route = ''): string {
  const prefix = LOCALES[locale].prefix;
  const parts = [base.replace(/\/+$/u, ''), prefix, route.replace(/^\/+/u, '')].filter(Boolean);
  const path = '/' + parts.map((p) => p.replace(/^\/+|\/+$/gu, '')).filter(Boolean).join('/');
  // Directories end in a slash; files (with an extension) and #anchors do not.
  return /\.[a-z0-9]+$/iu.test(path) || path.includes('#') ? path : path.replace(/\/?$/u, '/');
}

/** The route (path inside a language) of a full pathname, e.g. `/yubei-plan/en/plan/ch04/` → `plan/ch04/`. */
export function routeOf(base: string, pathname: string): { locale: Locale; route: string } {
  const b = base.replace(/\/+$/u, '');
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
  rest = rest.replace(/^\/+/u, '');
  for (const [locale, { prefix }] of Object.entries(LOCALES) as [Locale, (typeof LOCALES)[Locale]][]) {
    if (prefix && (rest === prefix || rest.startsWith(`${prefix}/`))) return { locale, route: rest.slice(prefix.length).replace(/^\/+/u, '') };
  }
  return { locale: 'zh', route: rest };
}

