import { cardFiles } from './card-files.ts';
import { cardsOf, dueQueue } from './deck.ts';
import { loadState, updateState } from './store.ts';

/**
 * The home page's progress: per topic, the cards due and a "Studied" toggle, and a "Continue where
 * you left off" link to the last topic opened from here or the last deck studied. Everything is
 * read from and kept in this browser; each change re-reads the saved state first, so a review made
 * in another tab is never overwritten.
 */
const base = import.meta.env.BASE_URL;

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-studied]')) {
  const slug = button.dataset['studied'] ?? '';
  button.setAttribute('aria-pressed', String(Object.hasOwn(loadState().studied, slug)));
  button.addEventListener('click', () => {
    const state = updateState((draft) => {
      if (Object.hasOwn(draft.studied, slug)) delete draft.studied[slug];
      else draft.studied[slug] = new Date().toISOString();
    });
    button.setAttribute('aria-pressed', String(Object.hasOwn(state.studied, slug)));
  });
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-topic-link]') : null;
  if (!link) return;
  updateState((draft) => {
    draft.last = {
      href: link.getAttribute('href') ?? base,
      title: link.textContent?.trim() ?? '',
      at: new Date().toISOString(),
    };
  });
});

const last = loadState().last;
const resume = document.getElementById('continue');
const resumeLink = resume?.querySelector('a');
if (resume && resumeLink && last) {
  resumeLink.href = last.href;
  resumeLink.textContent = last.title;
  resume.hidden = false;
}

// The cards due of the pages shown, from the card files that hold them (and no other).
const slots = [...document.querySelectorAll<HTMLElement>('[data-due]')];
cardFiles(base)(slots.map((slot) => slot.dataset['cardFile'] ?? ''))
  .then((decks) => {
    const now = new Date();
    const { reviews } = loadState();
    for (const slot of slots) {
      const due = dueQueue(cardsOf(decks, { kind: 'page', slug: slot.dataset['due'] ?? '' }), reviews, now).length;
      slot.textContent = `${due} ${due === 1 ? 'card' : 'cards'} due`;
    }
  })
  .catch(() => undefined);
