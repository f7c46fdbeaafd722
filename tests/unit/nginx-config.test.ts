import { describe, expect, it } from 'vitest';
import { headerPolicy, nginxServerConfig, nginxSiteConfig, policyGroups, type SiteFacts } from '../../src/serve/nginx-config.ts';

const A = "default-src 'self'; script-src 'self' 'sha256-AAAA'";
const B = "default-src 'self'; script-src 'self' 'sha256-BBBB'";
const facts = (over: Partial<SiteFacts> = {}): SiteFacts => ({
  base: '/yubei-plan/',
  notFound: [{ prefix: '', page: '404.html' }, { prefix: 'en/', page: 'en/404/index.html' }],
  policies: { 'index.html': A, 'en/index.html': A, 'plan/index.html': B, '404.html': A },
  ...over,
});
const lines = (conf: string, re: RegExp) => conf.split('\n').map((l) => l.trim()).filter((l) => re.test(l));

describe('the header policy', () => {
  it("is the page's policy with frame-ancestors 'none' added, whether or not it ends in a semicolon", () => {
    expect(headerPolicy("default-src 'self';img-src 'self' data:;")).toBe("default-src 'self';img-src 'self' data:; frame-ancestors 'none'");
    expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'; frame-ancestors 'none'");
  });
  it('goes to the whole location for the policy most pages share, to its own exact location for a page that differs', () => {
    expect(policyGroups(facts().policies)).toEqual({ common: A, others: [['plan/index.html', B]] });
    const conf = nginxSiteConfig(facts());
    expect(conf).toContain(`location = /yubei-plan/plan/index.html {\n        add_header Cache-Control "no-cache" always;\n        add_header Content-Security-Policy "${B}; frame-ancestors 'none'" always;`);
    expect(lines(conf, /Content-Security-Policy/u).filter((l) => l.includes('BBBB'))).toHaveLength(1);
  });
  it('refuses a value nginx would read otherwise ($ starts a variable)', () => {
    expect(() => nginxSiteConfig(facts({ policies: { 'index.html': "script-src 'self' $x" } }))).toThrow(/cannot write/u);
  });
});

describe('the site configuration', () => {
  it('keeps every location under the base and redirects the base without its slash', () => {
    const conf = nginxSiteConfig(facts());
    const prefixes = lines(conf, /^location (?!~)/u).map((l) => l.replace(/^location (\^~ |= )?/u, ''));
    expect(prefixes.filter((p) => !p.startsWith('/yubei-plan'))).toEqual([]);
    expect(conf).toMatch(/location = \/yubei-plan \{\s+return 301 \/yubei-plan\/;/u);
  });
  it('sends a miss under /en/ to the English not-found page, any other to the root one', () => {
    const conf = nginxSiteConfig(facts());
    expect(lines(conf, /^error_page/u)).toEqual(['error_page 404 /yubei-plan/404.html;', 'error_page 404 /yubei-plan/en/404/index.html;']);
    expect(conf).toMatch(/location \/yubei-plan\/en\/ \{\s+error_page 404 \/yubei-plan\/en\/404\/index\.html;/u);
  });
  it('repeats the headers in every location that sets its own (nginx inherits none into those); documents’ headers only where pages are', () => {
    const conf = nginxSiteConfig(facts());
    const count = (name: string) => lines(conf, new RegExp(`^add_header ${name} `, 'u')).length;
    // The site, /_astro/, Pagefind's index files, the page with its own policy.
    expect([count('Cache-Control'), count('X-Content-Type-Options')]).toEqual([4, 4]);
    for (const h of ['Content-Security-Policy', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(count(h), h).toBe(2);
    const astro = conf.slice(conf.indexOf('location /yubei-plan/_astro/'), conf.indexOf('}', conf.indexOf('location /yubei-plan/_astro/')));
    expect(astro).toMatch(/immutable/u);
    expect(astro).not.toMatch(/Content-Security-Policy/u);
  });
  it('sends Strict-Transport-Security only when asked to, then with every response', () => {
    expect(nginxSiteConfig(facts())).not.toMatch(/Strict-Transport-Security/u);
    expect(lines(nginxSiteConfig(facts({ hstsMaxAge: 31536000 })), /Strict-Transport-Security "max-age=31536000" always;$/u)).toHaveLength(4);
  });
  it('at the root, takes the whole server and needs no redirect', () => {
    const conf = nginxSiteConfig(facts({ base: '/' }));
    expect(lines(conf, /^location /u)[0]).toBe('location ^~ / {');
    expect(conf).not.toMatch(/return 301/u);
  });
  it('gives a whole server block that includes the files where the guide installs them', () => {
    expect(nginxServerConfig(facts())).toMatch(/root \/var\/www\/portal;[\s\S]*include \/etc\/nginx\/yubei-plan\/site\.conf;/u);
  });
});
