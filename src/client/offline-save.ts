// "Save for offline reading": downloads every file of the reader's language (and the other
// languages, if asked) into the caches the service worker reads, with a progress bar, and
// records what it saved. Once saved, a new build of the site updates the saved copy (only the
// files that changed). The buttons show only where a service worker runs this site; elsewhere
// the box says what saving needs.
import { fill } from '../i18n/format.ts';
import { BASE } from '../context/base.ts';
import { BUILD_FILE, CACHES, cacheFor, type Bundle, type BundleEntry } from '../offline/caches.ts';
import { filesToDrop, filesToFetch, megabytes, unionOf } from '../offline/save-plan.ts';

/** The header that records which revision of a file a save stored. */
const REVISION = 'x-yubei-revision';
const PARALLEL = 4;

const url = (path: string) => `${BASE}${path}`;
const cacheOf = (path: string) => caches.open(CACHES[cacheFor(path)]);

async function savedBundles(bundleUrls: Record<string, string>): Promise<Bundle[]> {
  const saved = await caches.open(CACHES.saved);
  const found = await Promise.all(Object.values(bundleUrls).map(async (u) => (await saved.match(u))?.json() as Promise<Bundle> | undefined));
  return found.filter((b): b is Bundle => b !== undefined);
}

async function revisionsOnDevice(entries: readonly BundleEntry[]): Promise<Map<string, string | undefined>> {
  const found = new Map<string, string | undefined>();
  for (const [path] of entries) {
    const hit = await (await cacheOf(path)).match(url(path), { ignoreVary: true, ignoreSearch: true });
    found.set(path, hit?.headers.get(REVISION) ?? undefined);
  }
  return found;
}

/** Downloads one file into its cache, marked with its revision. */
async function store([path, revision]: BundleEntry): Promise<void> {
  const response = await fetch(url(path), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  // The body is stored decoded: it must not claim an encoding or its transferred length.
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set(REVISION, revision);
  await (await cacheOf(path)).put(url(path), new Response(body, { status: 200, headers }));
}

interface Progress {
  (done: number, total: number): void;
}

/** Saves the bundles; resolves with the number of files that could not be downloaded. */
async function save(bundles: readonly Bundle[], bundleUrls: Record<string, string>, progress: Progress): Promise<number> {
  const previous = await savedBundles(bundleUrls);
  const wanted = unionOf(bundles);
  const todo = filesToFetch(wanted, await revisionsOnDevice(wanted));
  const total = todo.reduce((s, [, , b]) => s + b, 0);
  let done = 0;
  let failed = 0;
  const queue = [...todo];
  progress(0, total);
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        try {
          await store(e);
        } catch {
          failed++;
        }
        done += e[2];
        progress(done, total);
      }
    }),
  );
  if (failed) return failed;
  const saved = await caches.open(CACHES.saved);
  for (const b of bundles) await saved.put(bundleUrls[b.locale]!, new Response(JSON.stringify(b), { headers: { 'content-type': 'application/json' } }));
  const kept = [...bundles, ...previous.filter((p) => !bundles.some((b) => b.locale === p.locale))];
  for (const path of filesToDrop(previous, kept)) await (await cacheOf(path)).delete(url(path), { ignoreSearch: true });
  return 0;
}

async function remove(bundleUrls: Record<string, string>): Promise<void> {
  const previous = await savedBundles(bundleUrls);
  for (const path of filesToDrop(previous, [])) await (await cacheOf(path)).delete(url(path), { ignoreSearch: true });
  const saved = await caches.open(CACHES.saved);
  for (const u of Object.values(bundleUrls)) await saved.delete(u);
}

/** The build the running worker came with (it precaches the build's id). */
async function currentBuild(): Promise<string | undefined> {
  const hit = await caches.match(url(BUILD_FILE), { ignoreSearch: true });
  return hit ? ((await hit.json()) as { build: string }).build : undefined;
}

export function startSaveControl(): void {
  // The offline page stands in for a page that was neither saved nor visited: it says so first.
  const missing = document.querySelector<HTMLElement>('[data-offline-missing]');
  if (missing && location.pathname !== missing.dataset.offlineMissing) missing.hidden = false;
  const root = document.querySelector<HTMLElement>('[data-offline-save]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const d = root.dataset;
  const locale = d.locale!;
  const bundleUrls = JSON.parse(d.bundles!) as Record<string, string>;
  const others = JSON.parse(d.others ?? '[]') as { locale: string; label: string }[];
  const bytes = (key: string) => Number(root.getAttribute(`data-offline-bytes-${key}`) ?? 0);
  const size = (n: number) => fill(d.mb!, { mb: megabytes(n) });
  const start = root.querySelector<HTMLButtonElement>('[data-offline-start]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const actions = root.querySelector<HTMLElement>('[data-offline-actions]')!;
  const also = root.querySelector<HTMLInputElement>('[data-offline-also]');
  const bar = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const alsoLabel = root.querySelector<HTMLElement>('[data-offline-also-label]');
  if (alsoLabel) alsoLabel.textContent = fill(d.also!, { language: others.map((o) => o.label).join(' '), size: size(bytes('all') - bytes(locale)) });
  const chosen = () => (also?.checked ? [locale, ...others.map((o) => o.locale)] : [locale]);
  // What is on the device now; the button offers what is not, with its size.
  let saved: readonly Bundle[] = [];
  const show = () => {
    const has = saved.some((b) => b.locale === locale);
    const all = saved.length > others.length;
    const more = also?.checked ? bytes('all') - (has ? bytes(locale) : 0) : bytes(locale);
    start.hidden = all || (has && !also?.checked);
    also?.closest('p')?.toggleAttribute('hidden', all);
    actions.hidden = false;
    start.textContent = fill(d.save!, { size: size(more) });
    removeButton.hidden = saved.length === 0;
    if (has) status.textContent = d.saved!;
  };
  also?.addEventListener('change', show);

  const run = async (locales: readonly string[], quiet = false) => {
    start.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    if (!quiet) status.textContent = d.saving!;
    void navigator.storage?.persist?.();
    let failed = 0;
    try {
      const bundles = await Promise.all(locales.map(async (l) => (await fetch(bundleUrls[l]!, { cache: 'no-store' })).json() as Promise<Bundle>));
      failed = await save(bundles, bundleUrls, (done, total) => {
        bar.value = total ? Math.round((done / total) * 100) : 100;
      });
    } catch {
      failed = 1;
    }
    bar.hidden = true;
    start.disabled = false;
    if (failed) {
      status.textContent = fill(d.failed!, { count: failed });
      start.textContent = d.retry!;
      start.hidden = false;
      return;
    }
    saved = await savedBundles(bundleUrls);
    show();
  };

  start.addEventListener('click', () => void run(chosen()));
  removeButton.addEventListener('click', async () => {
    await remove(bundleUrls);
    saved = [];
    show();
    status.textContent = d.removed!;
  });

  // The buttons replace the sentence on what saving needs once a worker runs the site: saved
  // files are useless without one (blocked or missing, the sentence stays).
  void navigator.serviceWorker.ready.then(async () => {
    saved = await savedBundles(bundleUrls);
    show();
    root.querySelector<HTMLElement>('[data-offline-unsupported]')!.hidden = true;
    const build = await currentBuild();
    // A copy saved from an earlier build is brought up to date (only changed files are fetched).
    if (build && navigator.onLine && saved.some((b) => b.build !== build)) {
      status.textContent = d.outdated!;
      await run(saved.map((b) => b.locale), true);
    }
  });
}
