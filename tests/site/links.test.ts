import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnderBase } from '../support/build-site.ts';
import { builtPages } from '../support/built-site.ts';
import { checkLinks } from '../support/check-links.ts';

describe('internal links in the normal build', () => {
  it('all resolve, anchors included', () => {
    expect(checkLinks('dist', '/')).toEqual([]);
  });
});

describe('a build under BASE_PATH=/yubei-plan/', () => {
  const base = '/yubei-plan/';
  let out = '';
  let remove = () => {};
  beforeAll(() => {
    ({ dir: out, remove } = buildUnderBase(base));
  }, 300_000);
  afterAll(() => remove());

  it('keeps every internal link, asset and anchor inside the base', () => {
    expect(checkLinks(out, base)).toEqual([]);
  });
  it('writes root-relative links only with the base in front', () => {
    const escaping = builtPages(out, base).flatMap((p) =>
      [...p.html.matchAll(/(?:href|src)="(\/[^"]*)"/gu)].map((m) => m[1]!).filter((u) => !u.startsWith(base)).map((u) => `${p.file}: ${u}`),
    );
    expect(escaping).toEqual([]);
  });
});
