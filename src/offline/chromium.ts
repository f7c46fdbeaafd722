/**
 * The Chromium the build (app icons, PDF editions) and the tests drive: Debian's, or the one
 * CHROMIUM_PATH names, always headless and with nothing phoning home.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
