import type { AstroIntegration } from 'astro';

/**
 * Where the site will be served, from the environment, so the same build serves any host:
 *   SITE_URL    absolute origin for canonical URLs, Open Graph, citations and the sitemap
 *   BASE_PATH   sub-path the site is served under, e.g. /yubei-plan/
 *   PRODUCTION  set to 1 for a build that will be published (`npm run build:prod`): it then
 *               refuses to build without SITE_URL instead of writing the local test address
 *               into every page.
 *   HSTS_MAX_AGE  opt-in, seconds: the generated nginx configuration sends
 *               Strict-Transport-Security (only for a host served over HTTPS; docs/serving.md).
 */
export interface DeploySettings {
  site: string;
  base: string;
  /** True when SITE_URL was not given and the local address stands in. */
  localSite: boolean;
  /** A build to publish (PRODUCTION=1): strictest checks, smallest compressed files. */
  production: boolean;
  /** Strict-Transport-Security max-age for the nginx configuration, when opted in. */
  hstsMaxAge?: number | undefined;
}

export const LOCAL_SITE = 'http://127.0.0.1:4321';

export function deploySettings(env: Readonly<Record<string, string | undefined>>): DeploySettings {
  const base = env.BASE_PATH || '/';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`BASE_PATH must start and end with “/” (got “${base}”)`);
  const production = env.PRODUCTION === '1';
  const hsts = env.HSTS_MAX_AGE?.trim();
  if (hsts && !/^[1-9]\d*$/u.test(hsts)) throw new Error(`HSTS_MAX_AGE must be a whole number of seconds (got “${hsts}”)`);
  const hstsMaxAge = hsts ? Number(hsts) : undefined;
  const given = env.SITE_URL?.trim();
  if (!given) {
    if (production) throw new Error('PRODUCTION=1 but SITE_URL is not set: a published build needs its real origin (e.g. SITE_URL=https://example.gov.cn) for canonical links, Open Graph and the sitemap.');
    return { site: LOCAL_SITE, base, localSite: true, production, hstsMaxAge };
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: “${given}”`);
  }
  if (!/^https?:$/u.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL must be an origin such as https://example.gov.cn, without a path (put the path in BASE_PATH): “${given}”`);
  return { site: url.origin, base, localSite: false, production, hstsMaxAge };
}

/** Warns, on every build without SITE_URL, that its pages carry the local address. */
export function deployWarning(settings: DeploySettings): AstroIntegration {
  return {
    name: 'yubei-deploy-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (settings.localSite) logger.warn(`SITE_URL is not set: canonical links, Open Graph and the sitemap point to ${LOCAL_SITE}. Fine for tests; never publish this build (use npm run build:prod with SITE_URL).`);
      },
    },
  };
}
