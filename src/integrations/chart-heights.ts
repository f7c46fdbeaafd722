import type { AstroIntegration } from 'astro';
import { chartHeightCss } from '../render/chart-layout.ts';

const ID = 'virtual:chart-heights.css';

/**
 * Serves the chart box height classes as a stylesheet generated from the same numbers the build
 * uses to pick a box's class (no inline styles under the CSP, and no class listed by hand).
 */
export function chartHeights(): AstroIntegration {
  return {
    name: 'yubei-chart-heights',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'yubei-chart-heights',
                resolveId: (id: string) => (id === ID ? ID : undefined),
                load: (id: string) => (id === ID ? chartHeightCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
