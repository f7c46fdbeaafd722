import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALE_IDS } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { filesNeeded, languageBundle, type BuiltFile } from './bundles.ts';
import { BUILD_FILE, bundleFile, fileOfPage, SW_FILE, type Bundle } from './caches.ts';
import { writeServiceWorker } from './service-worker.ts';
import { SIZE_SLOT, sizeSlot } from './size-slot.ts';

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** Files this step writes itself: left out of the hashes it computes. */
const OWN = new Set([SW_FILE, BUILD_FILE, ...LOCALE_IDS.map(bundleFile)]);

function* walk(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full, root);
    else yield relative(root, full).split(sep).join('/');
  }
}

function builtFiles(dist: string): Map<string, BuiltFile> {
  const files = new Map<string, BuiltFile>();
  for (const f of walk(dist)) {
    if (OWN.has(f)) continue;
    const data = readFileSync(join(dist, f));
    files.set(f, { revision: hash(data), bytes: data.length });
  }
  return files;
}

/** Each language's bundle size, and `all`: every language's files together (shared files once). */
function bundleSizes(bundles: readonly Bundle[]): Record<string, number> {
  const all = new Map(bundles.flatMap((b) => b.files.map(([path, , bytes]) => [path, bytes] as const)));
  return { ...Object.fromEntries(bundles.map((b) => [b.locale, b.bytes])), all: [...all.values()].reduce((a, b) => a + b, 0) };
}

function fillSizes(dist: string, files: Map<string, BuiltFile>, bundles: readonly Bundle[]): number {
  const sizes = bundleSizes(bundles);
  let patched = 0;
  for (const f of files.keys()) {
    if (!f.endsWith('.html')) continue;
    const html = readFileSync(join(dist, f), 'utf8');
    if (!html.includes('data-offline-bytes-')) continue;
    const filled = html.replace(SIZE_SLOT, (_, l: string) => `data-offline-bytes-${l}="${sizeSlot(sizes[l] ?? 0)}"`);
    if (filled !== html) {
      writeFileSync(join(dist, f), filled);
      files.set(f, { revision: hash(filled), bytes: Buffer.byteLength(filled) });
      patched++;
    }
  }
  return patched;
}

export interface OfflineResult {
  build: string;
  bundles: Bundle[];
  /** The worker's size, and how many files it installs with itself. */
  worker: { bytes: number; precached: number };
}

/**
 * Writes what offline reading needs into a built site: each language's bundle list
 * (`offline/bundle.<locale>.json`: every file its saved pages need, with hashes and sizes), the
 * sizes into the pages that offer to save, the build id (`offline/build.json`) and the service
 * worker. Runs after every step that changes a built file (Pagefind's index, the editions).
 */
export async function writeOffline(dist: string, base: string): Promise<OfflineResult> {
  const files = builtFiles(dist);
  const read = (f: string) => readFileSync(join(dist, f), 'utf8');
  const pagefindEntry = JSON.parse(read('pagefind/pagefind-entry.json'));
  const make = (build: string) => LOCALE_IDS.map((l) => languageBundle(l, { files, read, base, build, pagefindEntry }));
  fillSizes(dist, files, make(''));
  const build = hash([...files].map(([f, { revision }]) => `${f} ${revision}`).join('\n'));
  const bundles = make(build);
  mkdirSync(join(dist, 'offline'), { recursive: true });
  for (const b of bundles) writeFileSync(join(dist, bundleFile(b.locale)), `${JSON.stringify(b)}\n`);
  writeFileSync(join(dist, BUILD_FILE), `${JSON.stringify({ build })}\n`);
  // The worker installs the offline pages and what they show with: the page served when nothing else can be.
  const offlinePages = LOCALE_IDS.map((l) => localizedPath(base, l, 'offline/').slice(base.length));
  // Icons and manifests stay out: every first visit installs this, so it holds only what the page shows with.
  const shell = [...filesNeeded(offlinePages.map(fileOfPage), { files, read, base })].filter((f) => !/\.(png|webmanifest)$/u.test(f));
  const precache = shell.sort().map((f) => ({ url: f.replace(/index\.html$/u, ''), revision: files.get(f)!.revision }));
  await writeServiceWorker({ dist, base, build, precache });
  return { build, bundles, worker: { bytes: statSync(join(dist, SW_FILE)).size, precached: precache.length + 1 } };
}
