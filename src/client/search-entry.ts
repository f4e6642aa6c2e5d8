import { openSearch } from './search-dialog.ts';

/**
 * The search dialog as a standalone module, loaded by boot.ts the first time the reader asks for
 * search. boot.ts announces each request with a `study-notes:search` event.
 */
document.addEventListener('study-notes:search', (event) => {
  const trigger = event instanceof CustomEvent && event.detail instanceof Element ? event.detail : null;
  openSearch(import.meta.env.BASE_URL, trigger);
});
