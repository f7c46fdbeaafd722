import type { APIRoute } from 'astro';

// robots.txt names the sitemap, whose absolute URL depends on SITE_URL and BASE_PATH.
export const GET: APIRoute = ({ locals }) => {
  const page = locals.page;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${page.absoluteUrl(page.file('sitemap-index.xml'))}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
