import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'yubei-base-'));
    // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env: keep them out.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u.test(k)));
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

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
