import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchedPage } from '../support/browser.ts';
import { checkLinks } from '../support/check-links.ts';
import { vnuErrors } from '../support/validate-html.ts';

// A deliberately broken fixture (an <img> without alt, a dangling #anchor, a link to a missing
// page, an external script) proves that each gate can fail.
const FIXTURE = 'tests/fixtures/broken-site';

// The fixture has no generated nginx configuration: the Node server serves it.
const site = useSiteInBrowser(FIXTURE, 'node');

describe('the quality gates fail on a broken page', () => {
  it('axe reports the image without alt text', async () => {
    const { page, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(site.server().origin + '/');
    expect(await axeViolations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt: /u)]));
    await close();
  });
  it('the request watch reports the third-party script, and the CSP refuses it', async () => {
    const { page, watch, close } = await watchedPage(site.browser(), site.server().origin);
    await page.goto(site.server().origin + '/');
    expect(watch.thirdParty).toEqual(['https://third-party.invalid/tracker.js']);
    expect(watch.errors.join('\n')).toMatch(/Content Security Policy/u);
    await close();
  });
  it('the link check reports the dangling anchor and the missing page', () => {
    expect(checkLinks(FIXTURE, '/')).toEqual([
      'index.html: #no-such-anchor → no element with id "no-such-anchor"',
      'page/index.html: ../missing/ → /missing/ does not exist',
    ]);
  });
  it('the HTML validator reports the image without alt', () => {
    expect(vnuErrors([FIXTURE]).join('\n')).toMatch(/img.*alt/u);
  }, 120_000);
});
