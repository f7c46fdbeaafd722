import type { APIRoute } from 'astro';
import { localePaths } from '../../context/static-paths.ts';
import { webManifest } from '../../offline/manifest.ts';

export const getStaticPaths = localePaths;

// The web app manifest of each language (`/manifest.webmanifest`, `/en/manifest.webmanifest`):
// installing the site from a page in a language opens it on that language's home page.
export const GET: APIRoute = ({ locals }) => {
  const page = locals.page;
  const manifest = webManifest({
    name: page.t('site.name'),
    shortName: page.t('site.shortName'),
    description: page.t('offline.appDescription'),
    lang: page.lang,
    start: page.path(''),
    scope: page.file(''),
    file: page.file,
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
