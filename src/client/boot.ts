import { retrying } from './lazy.ts';
import { setUpOffline } from './offline.ts';
import { setUpThemeToggle } from './theme-toggle.ts';
import { isTyping } from './typing.ts';

/**
 * The one script module every page loads (deferred, so it never delays the first paint). It sets
 * up the theme toggle and offline reading (the service worker), lets Escape close a glossary term's
 * card, and waits for the reader to ask for search (the header button, `/`, Ctrl+K or Cmd+K); only
 * then is the search module loaded, and with it the engine and the index. A page opened from a
 * search result loads the highlighter.
 *
 * The lazy modules, and a page's own script, are standalone bundles whose URLs the page names on
 * <body> (see Base.astro): loading them by URL keeps Vite's module-preload helper out of this
 * script, and no chunk is shared with it, so a page costs at most three requests.
 */
const modules = document.body.dataset;
const loadSearch = retrying(() => import(/* @vite-ignore */ modules['searchModule'] ?? ''));

setUpThemeToggle();
setUpOffline(import.meta.env.BASE_URL, modules['offlineModule']);

function openSearch(trigger: Element | null): void {
  void loadSearch().then(() => document.dispatchEvent(new CustomEvent('study-notes:search', { detail: trigger })));
}

document.addEventListener('click', (event) => {
  const trigger = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
  if (!trigger) return;
  event.preventDefault();
  openSearch(trigger);
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    // A glossary term's card closes with Escape, without moving the pointer or the focus (WCAG 1.4.13).
    for (const term of document.querySelectorAll('.term:hover, .term:focus-within'))
      term.setAttribute('data-dismissed', '');
    return;
  }
  const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  openSearch(document.activeElement);
});

// A dismissed card opens again the next time the term is pointed at or focused.
for (const type of ['mouseleave', 'focusout'] as const) {
  document.addEventListener(
    type,
    (event) => (event.target as Element | null)?.closest?.('.term')?.removeAttribute('data-dismissed'),
    true,
  );
}

// The page's own script (the home page's progress, the study page), a standalone bundle.
if (modules['pageModule']) void import(/* @vite-ignore */ modules['pageModule']);

if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  void import(/* @vite-ignore */ modules['highlightModule'] ?? '');
}
