import type { Bundle, BundleEntry } from './caches.ts';

/** Every file of some bundles, each once (the languages share scripts, styles and icons). */
export function unionOf(bundles: readonly Bundle[]): BundleEntry[] {
  const byPath = new Map<string, BundleEntry>();
  for (const b of bundles) for (const e of b.files) byPath.set(e[0], e);
  return [...byPath.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * What saving `wanted` must download, given the revision each file has on the device now
 * (undefined: not there): the files missing or changed. Saving again after a new build fetches
 * only what the build changed; a save that failed half-way resumes where it stopped.
 */
export function filesToFetch(wanted: readonly BundleEntry[], onDevice: ReadonlyMap<string, string | undefined>): BundleEntry[] {
  return wanted.filter(([path, revision]) => onDevice.get(path) !== revision);
}

/**
 * Files to delete once `saved` (every language now saved) replaced `previous` (what was saved
 * before): files of an earlier build that no saved language needs any more.
 */
export function filesToDrop(previous: readonly Bundle[], saved: readonly Bundle[]): string[] {
  const keep = new Set(unionOf(saved).map(([path]) => path));
  return unionOf(previous).map(([path]) => path).filter((p) => !keep.has(p));
}

/** Sizes as the interface writes them: megabytes with one decimal, at least 0.1. */
export const megabytes = (bytes: number) => Math.max(0.1, Math.round(bytes / 1e5) / 10).toFixed(1);
