import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the site under `base` (e.g. `/yubei-plan/`) into a fresh temporary folder: the site in
 * `<tmp>/site`, its nginx configuration beside it in `<tmp>/site-nginx`. `remove()` deletes both.
 */
export function buildUnderBase(base: string, env: Record<string, string> = {}): { dir: string; remove: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'yubei-base-'));
  const dir = join(tmp, 'site');
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env: keep them out.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u.test(k)));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir], {
    env: { ...clean, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'pipe',
  });
  return { dir, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
