import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploySettings, LOCAL_SITE } from '../../src/integrations/deploy-settings.ts';

describe('deploy settings from the environment', () => {
  it('falls back to the local address for tests and development, and says so', () => {
    expect(deploySettings({})).toEqual({ site: LOCAL_SITE, base: '/', localSite: true, production: false, hstsMaxAge: undefined });
  });
  it('refuses a production build without SITE_URL', () => {
    expect(() => deploySettings({ PRODUCTION: '1' })).toThrow(/SITE_URL is not set/u);
    expect(deploySettings({ PRODUCTION: '1', SITE_URL: 'https://example.gov.cn', BASE_PATH: '/yubei-plan/' })).toEqual({ site: 'https://example.gov.cn', base: '/yubei-plan/', localSite: false, production: true, hstsMaxAge: undefined });
  });
  it('rejects a SITE_URL that is not an origin, and a BASE_PATH without its slashes', () => {
    expect(() => deploySettings({ SITE_URL: 'example.gov.cn' })).toThrow(/not an absolute URL/u);
    expect(() => deploySettings({ SITE_URL: 'https://example.gov.cn/yubei/' })).toThrow(/without a path/u);
    expect(() => deploySettings({ SITE_URL: 'ftp://example.gov.cn' })).toThrow(/must be an origin/u);
    expect(() => deploySettings({ BASE_PATH: 'yubei-plan' })).toThrow(/BASE_PATH/u);
    expect(() => deploySettings({ HSTS_MAX_AGE: '1 year' })).toThrow(/HSTS_MAX_AGE/u);
    expect(deploySettings({ HSTS_MAX_AGE: '31536000' }).hstsMaxAge).toBe(31536000);
  });
});

describe('npm run build:prod', () => {
  it('stops before building when SITE_URL is missing', () => {
    const env = { ...process.env, PRODUCTION: '1', SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1' };
    const out = mkdtempSync(join(tmpdir(), 'yubei-prod-refused-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toMatch(/SITE_URL is not set/u);
      expect(existsSync(join(out, 'index.html'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
