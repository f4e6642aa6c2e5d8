import { setUpOffline } from './offline.ts';
import { setUpThemeToggle } from './theme-toggle.ts';

/**
 * The one script module every page loads (deferred, so it never delays the first paint). It sets
 * up the theme toggle and offline reading (the service worker), and waits for the reader to ask for search (the header button, `/`, Ctrl+K
 * or Cmd+K); only then is the search module loaded, and with it the engine and the index. A page
 * opened from a search result loads the highlighter.
 *
 * The lazy modules are standalone bundles whose URLs the page names on <body> (see Base.astro):
 * loading them by URL keeps Vite's module-preload helper out of this script.
 */
const modules = document.body.dataset;
let search: Promise<unknown> | undefined;

setUpThemeToggle();
setUpOffline(import.meta.env.BASE_URL);

function openSearch(trigger: Element | null): void {
  search ??= import(/* @vite-ignore */ modules['searchModule'] ?? '');
  void search.then(() => document.dispatchEvent(new CustomEvent('study-notes:search', { detail: trigger })));
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('click', (event) => {
  const trigger = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
  if (!trigger) return;
  event.preventDefault();
  openSearch(trigger);
});

document.addEventListener('keydown', (event) => {
  const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  openSearch(document.activeElement);
});

if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  void import(/* @vite-ignore */ modules['highlightModule'] ?? '');
}
