// Registers the service worker (sw.js at the site's root, under the base) once the page has
// loaded. When a new build's worker takes over a page, the page says so once per build, in its
// status region, with a reload button. Where service workers are missing or blocked, nothing
// happens and the site works as without them.
import { Workbox } from 'workbox-window';
import { BASE } from '../context/base.ts';
import { BUILD_FILE, SW_FILE } from '../offline/caches.ts';

const NOTICED = 'yubei-update-noticed';

async function noticeOnce(region: HTMLElement): Promise<void> {
  try {
    const { build } = (await (await fetch(`${BASE}${BUILD_FILE}`, { cache: 'no-store' })).json()) as { build: string };
    if (localStorage.getItem(NOTICED) === build) return;
    localStorage.setItem(NOTICED, build);
  } catch {
    // Offline or storage refused: a reload could not fetch the new version anyway.
    return;
  }
  const template = document.querySelector<HTMLTemplateElement>('template[data-update-template]');
  if (!template) return;
  region.append(template.content.cloneNode(true));
  region.querySelector('[data-update-reload]')?.addEventListener('click', () => location.reload());
}

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  void start();
}

async function start(): Promise<void> {
  // On a first visit, a worker that an earlier page of the visit registered may still be
  // installing when this page loads. When it takes over here it is "external" to this page, but it
  // is the build this page came from: nothing to announce.
  const sameVisit = navigator.serviceWorker.controller
    ? null
    : await navigator.serviceWorker
        .getRegistration(BASE)
        .then((r) => r?.installing ?? r?.waiting ?? null)
        .catch(() => null);
  const wb = new Workbox(`${BASE}${SW_FILE}`, { scope: BASE });
  // A worker takes over: on the first visit the one just registered (nothing to say); later a
  // new build's, in a page that an earlier worker controlled or that registered the earlier one.
  wb.addEventListener('controlling', (event) => {
    const region = document.querySelector<HTMLElement>('[data-update-notice]');
    if (!(event.isUpdate || event.isExternal) || !region) return;
    if (sameVisit && navigator.serviceWorker.controller === sameVisit) return;
    void noticeOnce(region);
  });
  wb.register().catch(() => undefined);
}
