import { createSearchDialog } from './search-dialog.ts';

/**
 * The search dialog as a standalone module, loaded by boot.ts the first time the reader asks for
 * search. boot.ts announces each request with a `study-notes:search` event.
 */
const dialog = createSearchDialog(import.meta.env.BASE_URL);

document.addEventListener('study-notes:search', (event) => {
  dialog.open(event instanceof CustomEvent && event.detail instanceof Element ? event.detail : null);
});
