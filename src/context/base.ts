/**
 * The deployment base path (`/`, or `/yubei-plan/` under a sub-path), read here and nowhere else:
 * every page gets its paths through the page context (page-context.ts).
 */
export const BASE: string = import.meta.env.BASE_URL;
