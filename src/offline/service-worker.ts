import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  precacheAndRoute,
  PrecacheFallbackPlugin,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { IMAGE_CACHE, SAVED_CACHE } from '../lib/offline-list.ts';
import { anySavedCopy, keepOldVersionFiles } from './kept-files.ts';

/**
 * The service worker, bundled by the build (src/integrations/offline.ts) with the list of files a
 * first visit saves put in place of `self.__WB_MANIFEST`. Workbox's own modules, set up as the
 * site needs them:
 * - the files of the first visit are served from the saved copy (an address with `?ts=`,
 *   `?pagefind-highlight=`, `?deck=` or `?file=` gets the same file);
 * - the images of the notes are kept as they are shown, search results' texts as they are read;
 * - as a new version installs, the styles and scripts of the version it replaces are kept, for the
 *   pages saved in the background until they are saved again (./kept-files.ts);
 * - the other data files are fresh when online and saved otherwise;
 * - `/iam` opens `/iam/` as static hosts do, also offline;
 * - any other page comes from the network (and is kept as read), else from the pages saved in the
 *   background (src/client/offline-saver.ts), else the page that says it is not saved.
 * A new version waits until the reader accepts "New notes available - Reload" (src/client/offline.ts).
 */

interface WorkerScope {
  readonly location: Location;
  __WB_MANIFEST: (PrecacheEntry | string)[];
  readonly registration: { readonly scope: string };
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  addEventListener(type: 'install', listener: (event: { waitUntil(done: Promise<unknown>): void }) => void): void;
  skipWaiting(): Promise<void>;
}
declare const self: WorkerScope;

const sameOrigin = (url: URL): boolean => url.origin === self.location.origin;
/** Workbox's plugins, as its strategies take them (its types disagree under exactOptionalPropertyTypes). */
const plugin = (value: object): WorkboxPlugin => value as WorkboxPlugin;

setCacheNameDetails({ prefix: 'study-notes' });
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first version takes control of the pages open when it activates, so the page of the first
// visit loads search (and every module it asks for later) from the saved files, also offline.
// Safe: claiming only reaches pages no worker controls, which are of the same version; an update
// activates only when the reader accepts it, and then every tab reloads.
clientsClaim();

const scope = self.registration.scope;
const listed = new Set(
  self.__WB_MANIFEST.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, scope).href),
);
self.addEventListener('install', (event) => event.waitUntil(keepOldVersionFiles(cacheNames.precache, listed, scope)));

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^pagefind-highlight$/, /^deck$/, /^file$/],
});
cleanupOutdatedCaches();

registerRoute(
  ({ url }) => sameOrigin(url) && /\/_astro\/[^/]+\.(?:webp|avif|png|jpe?g|gif|svg)$/i.test(url.pathname),
  new CacheFirst({
    cacheName: IMAGE_CACHE,
    plugins: [plugin(new ExpirationPlugin({ maxEntries: 5000, purgeOnQuotaError: true }))],
  }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && url.href.startsWith(`${scope}_astro/`),
  ({ request }) => anySavedCopy(request),
);
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.includes('/pagefind/fragment/'),
  new CacheFirst({ cacheName: SAVED_CACHE }),
);
registerRoute(
  ({ request, url }) => request.mode !== 'navigate' && sameOrigin(url) && url.pathname.endsWith('.json'),
  new NetworkFirst({ cacheName: SAVED_CACHE, networkTimeoutSeconds: 5 }),
);
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    sameOrigin(url) &&
    !url.pathname.endsWith('/') &&
    !/\.[a-z0-9]+$/i.test(url.pathname),
  async ({ url }) => Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301),
);
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: SAVED_CACHE,
    networkTimeoutSeconds: 5,
    plugins: [plugin(new PrecacheFallbackPlugin({ fallbackURL: 'offline/index.html' }))],
  }),
);
