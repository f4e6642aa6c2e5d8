import { cardFiles } from './card-files.ts';
import { cardsOf, dueQueue } from './deck.ts';
import { StudyStore } from './store.ts';

/**
 * The home page's progress: per topic, the cards due and a "Studied" toggle, and a "Continue where
 * you left off" link to the last topic opened from here or the last deck studied. Everything is
 * read from and kept in this browser (IndexedDB, through the study store), and follows changes
 * made in other tabs.
 */
const base = import.meta.env.BASE_URL;
/** How long following a topic link may wait for "continue" to be saved. */
const SAVE_BEFORE_LEAVING_MS = 400;

const opening = StudyStore.open();
const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-studied]')];
const slots = [...document.querySelectorAll<HTMLElement>('[data-due]')];
const load = cardFiles(base);

// Remember the topic opened, before leaving the page (a write still in flight may be lost on leaving).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-topic-link]') : null;
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || (link.target && link.target !== '_self'))
    return;
  event.preventDefault();
  const last = {
    href: link.getAttribute('href') ?? base,
    title: link.textContent?.trim() ?? '',
    at: new Date().toISOString(),
  };
  const leave = (): void => location.assign(link.href);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SAVE_BEFORE_LEAVING_MS));
  void Promise.race([opening.then((store) => store.setLast(last)), timeout]).then(leave, leave);
});

void opening.then((store) => {
  for (const button of toggles) {
    const slug = button.dataset['studied'] ?? '';
    button.addEventListener('click', () => {
      // From the button's own state, so that a second click before the first is saved undoes it.
      const studied = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(studied));
      void store.markStudied(slug, studied);
    });
  }
  // Leaving with a change that could not be saved loses it: the browser asks first.
  addEventListener('beforeunload', (event) => {
    if (store.status().unsaved > 0) event.preventDefault();
  });
  store.subscribe(() => show(store));
  show(store);
});

/** Show the saved progress: studied toggles, "continue", and the cards due of the pages shown. */
function show(store: StudyStore): void {
  const { studied, last, reviews } = store.snapshot();
  for (const button of toggles) {
    button.setAttribute('aria-pressed', String(Object.hasOwn(studied, button.dataset['studied'] ?? '')));
  }
  const resume = document.getElementById('continue');
  const resumeLink = resume?.querySelector('a');
  if (resume && resumeLink && last) {
    resumeLink.href = last.href;
    resumeLink.textContent = last.title;
    resume.hidden = false;
  }
  // The card files that hold the pages shown (and no other).
  load(slots.map((slot) => slot.dataset['cardFile'] ?? ''))
    .then((decks) => {
      const now = new Date();
      for (const slot of slots) {
        const due = dueQueue(cardsOf(decks, { kind: 'page', slug: slot.dataset['due'] ?? '' }), reviews, now).length;
        slot.textContent = `${due} ${due === 1 ? 'card' : 'cards'} due`;
      }
    })
    .catch(() => undefined);
}
