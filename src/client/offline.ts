import { PROGRESS_EVENT, UPDATE_CHANNEL, type SavingProgress } from '../lib/offline-list.ts';

/**
 * Offline reading: registers the service worker (production builds only), has the rest of the site
 * saved in the background once the worker has saved the app, shows "Saving for offline: 340 of
 * 1,006 pages" meanwhile (then "Saving search and study cards for offline: 120 files left"),
 * "Available offline" once every page and the search index are saved and "Offline" while the
 * network is gone, and offers "New notes available - Reload" when a new version has been saved;
 * accepting activates it and every open tab reloads into it, so no page mixes files of two versions.
 */
export function setUpOffline(base: string, saverModule: string | undefined): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  const status = document.getElementById('connection-status');
  let progress: SavingProgress | undefined;
  const show = (): void => {
    if (!status) return;
    const state = !navigator.onLine ? 'offline' : !progress ? '' : progress.done ? 'saved' : 'saving';
    const text =
      state === 'offline'
        ? 'Offline'
        : state === 'saved'
          ? 'Available offline'
          : state === 'saving' && progress
            ? savingText(progress)
            : '';
    // Only changes are written: the page is not redrawn for nothing (its first frame least of all).
    if (status.dataset['state'] === state && status.textContent === text) return;
    status.dataset['state'] = state;
    // Screen readers hear the end of the saving, not every step of it.
    status.setAttribute('aria-busy', String(state === 'saving'));
    status.textContent = text;
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();

  // The first worker taking control of a first visit's tab changes nothing (the same version); any
  // later change of worker is a new version the reader accepted: reload into it, this tab included.
  let controlled = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });
  // The app and the first pages are saved; the rest is saved in the background (src/client/offline-saver.ts).
  document.addEventListener(PROGRESS_EVENT, (event) => {
    progress = (event as CustomEvent<SavingProgress>).detail;
    show();
  });
  void workers.ready.then(() => import(/* @vite-ignore */ saverModule ?? '')).catch(() => undefined);
  // Once the page is up: a first visit's worker (its script, and the files it saves) must not compete
  // with the page's first paint for the network and the processor.
  whenSettled(() => register(workers, base));
}

/** What is being saved: the pages of notes, then the rest (search results' texts, study cards, folder pages). */
function savingText({ saved, pages, othersLeft }: SavingProgress): string {
  if (saved < pages) return `Saving for offline: ${saved.toLocaleString('en')} of ${pages.toLocaleString('en')} pages`;
  return `Saving search and study cards for offline: ${othersLeft.toLocaleString('en')} files left`;
}

/** Run once the page has loaded and the browser is idle (it has painted), or after 2 s at the latest. */
function whenSettled(run: () => void): void {
  const idle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 300);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Register the service worker, and offer each new version once it is saved. */
function register(workers: ServiceWorkerContainer, base: string): void {
  workers
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      const offerWhenSaved = (worker: ServiceWorker | null): void => {
        if (!worker || !workers.controller) return;
        if (worker.state === 'installed') offerUpdate(registration);
        else worker.addEventListener('statechange', () => worker.state === 'installed' && offerUpdate(registration));
      };
      // A new version may already be saved, or on its way, before this script ran.
      offerWhenSaved(registration.waiting ?? registration.installing);
      registration.addEventListener('updatefound', () => offerWhenSaved(registration.installing));
      // A tab left open for hours still hears of new notes; offline, the check simply waits for the next hour.
      setInterval(() => registration.update().catch(() => undefined), 60 * 60 * 1000);
    })
    // Offline on a first visit, or a browser that refuses service workers (private mode): the page
    // still reads; it is just not saved for offline yet.
    .catch(() => undefined);
}

/**
 * Offer the saved new version. The button activates whichever version is waiting when it is
 * clicked: a newer one may have replaced the one that was waiting when the prompt appeared.
 */
function offerUpdate(registration: ServiceWorkerRegistration): void {
  if (document.getElementById('update-prompt')) return;
  const prompt = document.createElement('div');
  prompt.id = 'update-prompt';
  prompt.setAttribute('role', 'status');
  prompt.className =
    'fixed right-4 bottom-4 left-4 z-50 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-line bg-surface p-3 text-ink shadow-lg';
  const text = document.createElement('p');
  text.className = 'flex-1';
  text.textContent = 'New notes available';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rounded-md bg-accent px-3 py-1.5 font-semibold text-page';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    // The new version takes over once the old worker has no request in flight, and every tab then
    // reloads into it (the 'controllerchange' listener above): the tabs' background saving stops
    // first, or its stream of requests would hold the new version back for as long as it lasts.
    if ('BroadcastChannel' in globalThis) {
      const channel = new BroadcastChannel(UPDATE_CHANNEL);
      channel.postMessage('accepted');
      channel.close();
    }
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  prompt.append(text, ' - ', button);
  document.body.append(prompt);
}
