/**
 * The web app manifest of a language and the icons it names. The colours are the site header's
 * (`--c-header` in src/styles/tokens.css, light and dark); a unit test holds them equal.
 */
export const THEME = { light: '#1d5c3a', dark: '#173d29', background: '#ffffff' } as const;

/** Icons made at build from the site's SVG mark (src/offline/icons.ts), by file name under the base. */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: false },
] as const;

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  /** The language's home page (start URL, and the app's identity). */
  start: string;
  /** The site's root under the base: every language is in scope. */
  scope: string;
  /** Path of a file under the base (`icons/icon-192.png` → `/yubei-plan/icons/icon-192.png`). */
  file: (path: string) => string;
}

/** A language's web app manifest: opens on that language's home page, standalone, in the site's colours. */
export function webManifest(m: ManifestInput) {
  return {
    id: m.start,
    name: m.name,
    short_name: m.shortName,
    description: m.description,
    lang: m.lang,
    dir: 'ltr',
    start_url: m.start,
    scope: m.scope,
    display: 'standalone',
    theme_color: THEME.light,
    background_color: THEME.background,
    icons: ICONS.filter((i) => i.file !== 'icons/apple-touch-icon.png').map((i) => ({
      src: m.file(i.file),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.maskable ? 'maskable' : 'any',
    })),
  };
}
