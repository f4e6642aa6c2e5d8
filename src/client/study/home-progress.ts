import type { StudyDecks } from '../../lib/study-data.ts';
import { cardsOf, dueQueue } from './deck.ts';
import { loadState, saveState } from './store.ts';

/**
 * The home page's progress: per topic, the cards due and whether it is marked as studied (a toggle),
 * and a "Continue where you left off" link to the last topic opened from here or the last deck
 * studied. Everything is read from and kept in this browser.
 */
const base = import.meta.env.BASE_URL;
const state = loadState();

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-studied]')) {
  const slug = button.dataset['studied'] ?? '';
  const render = (): void => {
    const studied = slug in state.studied;
    button.setAttribute('aria-pressed', String(studied));
    button.textContent = studied ? 'Studied ✓' : 'Mark as studied';
  };
  render();
  button.addEventListener('click', () => {
    if (slug in state.studied) delete state.studied[slug];
    else state.studied[slug] = new Date().toISOString();
    saveState(state);
    render();
  });
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-topic-link]') : null;
  if (!link) return;
  state.last = {
    href: link.getAttribute('href') ?? base,
    title: link.textContent?.trim() ?? '',
    at: new Date().toISOString(),
  };
  saveState(state);
});

const resume = document.getElementById('continue');
if (resume && state.last) {
  const link = resume.querySelector('a');
  if (link) {
    link.href = state.last.href;
    link.textContent = state.last.title;
  }
  resume.hidden = false;
}

void fetch(`${base}study/cards.json`)
  .then((response) => response.json() as Promise<StudyDecks>)
  .then((decks) => {
    const now = new Date();
    for (const slot of document.querySelectorAll<HTMLElement>('[data-due]')) {
      const due = dueQueue(cardsOf(decks, slot.dataset['due'] ?? ''), state.reviews, now).length;
      slot.textContent = `${due} ${due === 1 ? 'card' : 'cards'} due`;
    }
  })
  .catch(() => undefined);
