import type { AstroConfig } from 'astro';

/** The site's base as the build-done steps use it: always ending in a slash (`/`, `/yubei-plan/`). */
export const configBase = (config: Pick<AstroConfig, 'base'>): string => config.base.replace(/\/?$/u, '/');
