import type { StudyDecks } from '../../lib/study-data.ts';
import { ankiText } from './anki.ts';
import { cardsOf, dueQueue, nextDue, type DeckCard } from './deck.ts';
import { GRADES, grade, type GradeValue } from './scheduler.ts';
import { download, loadState, parseState, saveState, type StudyState } from './store.ts';

/**
 * The study page: spaced repetition (FSRS) over the cards generated from the notes. Space (or the
 * button) shows the answer, 1-4 (or the buttons) grade it; reviews stay in this browser, survive
 * reloads, work offline, and can be exported and imported as a file.
 */
const base = import.meta.env.BASE_URL;
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const ui = {
  summary: byId<HTMLElement>('study-summary'),
  deck: byId<HTMLSelectElement>('study-deck'),
  card: byId<HTMLElement>('study-card'),
  topic: byId<HTMLElement>('card-topic'),
  context: byId<HTMLElement>('card-context'),
  front: byId<HTMLElement>('card-front'),
  choices: byId<HTMLUListElement>('card-choices'),
  back: byId<HTMLElement>('card-back'),
  answer: byId<HTMLElement>('card-answer'),
  source: byId<HTMLAnchorElement>('card-source'),
  reveal: byId<HTMLButtonElement>('card-reveal'),
  grades: byId<HTMLElement>('card-grades'),
  done: byId<HTMLElement>('study-done'),
  exportReviews: byId<HTMLButtonElement>('export-reviews'),
  importReviews: byId<HTMLInputElement>('import-reviews'),
  exportAnki: byId<HTMLButtonElement>('export-anki'),
  message: byId<HTMLElement>('study-message'),
};

let state: StudyState = loadState();
let decks: StudyDecks = { decks: [] };
let current: DeckCard | undefined;

async function start(): Promise<void> {
  const response = await fetch(`${base}study/cards.json`);
  decks = (await response.json()) as StudyDecks;
  const wanted = new URLSearchParams(location.search).get('deck') ?? '';
  if (decks.decks.some((deck) => deck.slug === wanted)) ui.deck.value = wanted;
  show();
}

function show(): void {
  const now = new Date();
  const cards = cardsOf(decks, ui.deck.value);
  const queue = dueQueue(cards, state.reviews, now);
  const deckName = ui.deck.selectedOptions[0]?.textContent ?? 'All topics';
  ui.summary.textContent = `${queue.length} ${queue.length === 1 ? 'card' : 'cards'} due in ${deckName} (${cards.length} in all).`;
  current = queue[0];
  ui.card.hidden = current === undefined;
  ui.done.hidden = current !== undefined;
  if (!current) {
    const next = nextDue(cards, state.reviews, now);
    ui.done.textContent = next
      ? `No cards due now. The next one is due ${next.toLocaleString()}.`
      : cards.length === 0
        ? 'This deck has no cards: the notes of this topic have no key terms, key points or grouped lists.'
        : 'No cards due now.';
    return;
  }
  ui.topic.textContent = current.topic;
  ui.context.textContent = current.context ?? '';
  ui.context.hidden = !current.context;
  ui.front.textContent = current.front;
  ui.choices.replaceChildren(
    ...(current.choices ?? []).map((choice) => {
      const item = document.createElement('li');
      item.textContent = choice;
      return item;
    }),
  );
  ui.choices.hidden = !current.choices;
  ui.answer.textContent = current.back;
  ui.source.href = `${base}${current.slug}/${current.anchor ? `#${current.anchor}` : ''}`;
  ui.back.hidden = true;
  ui.grades.hidden = true;
  ui.reveal.hidden = false;
}

function reveal(): void {
  if (!current || !ui.back.hidden) return;
  ui.back.hidden = false;
  ui.grades.hidden = false;
  ui.reveal.hidden = true;
  ui.grades.querySelector<HTMLButtonElement>('[data-grade="3"]')?.focus();
}

function rate(value: GradeValue): void {
  if (!current || ui.back.hidden) return;
  state.reviews[current.id] = grade(state.reviews[current.id], value, new Date());
  state.last = {
    href: `${base}study/${ui.deck.value ? `?deck=${ui.deck.value}` : ''}`,
    title: `Study ${ui.deck.selectedOptions[0]?.textContent ?? ''}`,
    at: new Date().toISOString(),
  };
  saveState(state);
  const focusInCard = ui.card.contains(document.activeElement);
  show();
  if (focusInCard && !ui.card.hidden) ui.reveal.focus();
}

ui.reveal.addEventListener('click', reveal);
ui.grades.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-grade]') : null;
  if (button) rate(Number(button.dataset['grade']) as GradeValue);
});
ui.deck.addEventListener('change', () => {
  history.replaceState(null, '', ui.deck.value ? `?deck=${encodeURIComponent(ui.deck.value)}` : location.pathname);
  show();
});
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (
    target instanceof HTMLElement &&
    (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable)
  )
    return;
  if (event.key === ' ' && !ui.card.hidden && ui.back.hidden) {
    event.preventDefault();
    reveal();
  } else if (GRADES.some((entry) => String(entry.value) === event.key) && !ui.back.hidden) {
    event.preventDefault();
    rate(Number(event.key) as GradeValue);
  }
});

ui.exportReviews.addEventListener('click', () => {
  download('study-notes-reviews.json', `${JSON.stringify(state, null, 2)}\n`, 'application/json');
});
ui.importReviews.addEventListener('change', async () => {
  const file = ui.importReviews.files?.[0];
  if (!file) return;
  try {
    state = parseState(await file.text());
    saveState(state);
    ui.message.textContent = `Imported ${Object.keys(state.reviews).length} reviews from ${file.name}.`;
    show();
  } catch (error) {
    ui.message.textContent = `Not imported: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    ui.importReviews.value = '';
  }
});
ui.exportAnki.addEventListener('click', () => {
  const slug = ui.deck.value;
  download(`study-notes-${slug || 'all-topics'}.txt`, ankiText(cardsOf(decks, slug)), 'text/plain');
});

start().catch(() => {
  ui.summary.textContent =
    'The cards could not be loaded. Open this page once while online to save it for offline study.';
});
