import type { StudyDeck, StudyIndex } from '../../lib/study-data.ts';
import { ankiHtml } from './anki-html.ts';
import { ankiText } from './anki.ts';
import { cardFiles } from './card-files.ts';
import { needMath, showCard } from './card-view.ts';
import { GeneratedCardsSwitch } from './deck-preferences.ts';
import { cardsOf, deckChoice, dueQueue, filesOf, nextDue, type DeckCard } from './deck.ts';
import { GRADES, type GradeValue } from './scheduler.ts';
import { statisticsOf } from './statistics.ts';
import { showStatistics } from './stats-view.ts';
import { fetchJson } from '../fetch-json.ts';
import { isTyping } from '../typing.ts';
import { download } from '../download.ts';
import { parseState } from './state.ts';
import { showStorageSafety } from './storage-notice.ts';
import { StudyStore, type ImportOutcome } from './store.ts';

/**
 * The study page: spaced repetition (FSRS) over the cards the student wrote in the notes (Spaced
 * Repetition syntax, their saved schedules carried over) and the cards made from the notes, with
 * statistics of the deck chosen. Space (or the
 * button) shows the answer, 1-4 (or the buttons) grade it; reviews stay in this browser (IndexedDB),
 * survive reloads, work offline, show in every open tab, and can be exported and imported as a file.
 * The page says when they are not being saved, and how safe they are where they are.
 */
async function setUpStudyPage(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const ui = {
    summary: byId<HTMLElement>('study-summary'),
    deck: byId<HTMLSelectElement>('study-deck'),
    generated: byId<HTMLInputElement>('study-generated'),
    card: byId<HTMLElement>('study-card'),
    shown: {
      where: byId<HTMLAnchorElement>('card-where'),
      context: byId<HTMLElement>('card-context'),
      front: byId<HTMLElement>('card-front'),
      choices: byId<HTMLUListElement>('card-choices'),
      answer: byId<HTMLElement>('card-answer'),
    },
    back: byId<HTMLElement>('card-back'),
    stats: byId<HTMLElement>('study-stats'),
    reveal: byId<HTMLButtonElement>('card-reveal'),
    grades: byId<HTMLElement>('card-grades'),
    done: byId<HTMLElement>('study-done'),
    exportReviews: byId<HTMLButtonElement>('export-reviews'),
    importReviews: byId<HTMLInputElement>('import-reviews'),
    exportAnki: byId<HTMLButtonElement>('export-anki'),
    message: byId<HTMLElement>('study-message'),
    undo: byId<HTMLButtonElement>('undo-import'),
  };
  // The deck list loads while the store opens (reading thousands of reviews takes a moment).
  const deckIndex = fetchJson<StudyIndex>(`${base}study/decks.json`);
  deckIndex.catch(() => undefined);
  const store = await StudyStore.open();
  const startReviewing = showStorageSafety(
    store,
    {
      alertBox: byId<HTMLElement>('storage-alert-box'),
      alertText: byId<HTMLElement>('storage-alert-text'),
      alertMore: byId<HTMLElement>('storage-alert-more'),
      alertUnsaved: byId<HTMLElement>('storage-alert-unsaved'),
      exportNow: byId<HTMLButtonElement>('storage-export'),
      retry: byId<HTMLButtonElement>('storage-retry'),
      keptBox: byId<HTMLElement>('storage-kept-box'),
      keptText: byId<HTMLElement>('storage-kept-text'),
      downloadKept: byId<HTMLButtonElement>('storage-download-aside'),
      hideKept: byId<HTMLButtonElement>('storage-hide-aside'),
      safety: byId<HTMLElement>('storage-safety'),
      install: byId<HTMLButtonElement>('storage-install'),
    },
    exportReviews,
  );
  const load = cardFiles(base);
  const generated = new GeneratedCardsSwitch();
  /** What the page shows now: the courses, the cards of the chosen deck, and the card on screen. */
  const session: { index: StudyIndex; decks: StudyDeck[]; current: DeckCard | undefined; ready: boolean } = {
    index: { courses: [], decks: [] },
    decks: [],
    current: undefined,
    ready: false,
  };
  // A change made in another tab: show it, unless the student is looking at an answer to grade.
  store.subscribe(() => {
    if (session.ready && ui.back.hidden) show();
  });

  async function start(): Promise<void> {
    session.index = await deckIndex;
    fillDecks(ui.deck, session.index);
    const params = new URLSearchParams(location.search);
    const wanted = params.get('deck') ?? '';
    if (wanted !== '' && ![...ui.deck.options].some((option) => option.value === wanted)) {
      // A page of a large course, opened from its card: its deck is offered once its cards are known.
      const file = params.get('file') ?? undefined;
      const deck = (await load(filesOf(session.index, deckChoice(wanted), file))).find(
        (entry) => entry.slug === wanted,
      );
      if (deck) ui.deck.append(new Option(deck.title, deck.slug));
    }
    if ([...ui.deck.options].some((option) => option.value === wanted)) ui.deck.value = wanted;
    await choose();
  }

  /** Load the cards of the chosen deck, then show its first due card. */
  async function choose(): Promise<void> {
    const choice = deckChoice(ui.deck.value);
    ui.generated.checked = generated.shows(ui.deck.value);
    session.decks = await load(
      filesOf(session.index, choice, new URLSearchParams(location.search).get('file') ?? undefined),
    );
    session.ready = true;
    show();
  }

  /** The deck chosen, in words (a deck of the student's by its path, without its count). */
  function chosenName(): string {
    const option = ui.deck.selectedOptions[0];
    return option?.dataset['name'] ?? option?.textContent ?? 'All topics';
  }

  /** The cards of the deck chosen, with or without the site's own as the student chose for it. */
  function deckCards(): DeckCard[] {
    return cardsOf(session.decks, deckChoice(ui.deck.value), { generated: generated.shows(ui.deck.value) });
  }

  function show(): void {
    const now = new Date();
    const { reviews } = store.snapshot();
    const cards = deckCards();
    const queue = dueQueue(cards, reviews, now);
    const deckName = chosenName();
    scheduleStatistics(cards, deckName);
    ui.summary.textContent = `${queue.length} ${queue.length === 1 ? 'card' : 'cards'} due in ${deckName} (${cards.length} in all).`;
    const current = queue[0];
    session.current = current;
    ui.card.hidden = current === undefined;
    ui.done.hidden = current !== undefined;
    if (!current) {
      const next = nextDue(cards, reviews, now);
      ui.done.textContent = next
        ? `No cards due now. The next one is due ${next.toLocaleString()}.`
        : cards.length === 0
          ? 'This deck has no cards: its notes have no cards written in them, key terms, key points or grouped lists.'
          : 'No cards due now.';
      return;
    }
    needMath(current, base);
    showCard(current, ui.shown, base);
    ui.back.hidden = true;
    ui.grades.hidden = true;
    ui.reveal.hidden = false;
  }

  function reveal(): void {
    if (!session.current || !ui.back.hidden) return;
    ui.back.hidden = false;
    ui.grades.hidden = false;
    ui.reveal.hidden = true;
    startReviewing();
    ui.grades.querySelector<HTMLButtonElement>('[data-grade="3"]')?.focus();
  }

  async function rate(value: GradeValue): Promise<void> {
    const card = session.current;
    if (!card || ui.back.hidden || ui.grades.hidden) return;
    ui.grades.hidden = true; // one grade per card, even while it is being saved
    const focusInCard = ui.card.contains(document.activeElement);
    // The store reads the card's saved review in the transaction that writes the new one.
    await store.review(card, value, {
      href: `${base}study/${ui.deck.value ? `?deck=${ui.deck.value}` : ''}`,
      title: `Study ${chosenName()}`,
      at: new Date().toISOString(),
    });
    ui.back.hidden = true;
    show();
    if (focusInCard && !ui.card.hidden) ui.reveal.focus();
  }

  /** Draw the deck's statistics once the browser is idle (a grade shows the next card first). */
  let drawing: number | undefined;
  function scheduleStatistics(cards: readonly DeckCard[], deckName: string): void {
    if (drawing !== undefined) cancelIdleCallback(drawing);
    drawing = requestIdleCallback(
      () => {
        drawing = undefined;
        const { reviews, log } = store.snapshot();
        showStatistics(ui.stats, statisticsOf(cards, reviews, log, new Date()), deckName);
      },
      { timeout: 1000 },
    );
  }

  ui.reveal.addEventListener('click', reveal);
  ui.generated.addEventListener('change', () => {
    generated.set(ui.deck.value, ui.generated.checked);
    show();
  });
  ui.grades.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-grade]') : null;
    if (button) void rate(Number(button.dataset['grade']) as GradeValue);
  });
  ui.deck.addEventListener('change', () => {
    history.replaceState(null, '', ui.deck.value ? `?deck=${encodeURIComponent(ui.deck.value)}` : location.pathname);
    ui.summary.textContent = 'Loading the cards…';
    void choose().catch(() => {
      ui.summary.textContent =
        'The cards could not be loaded. Open this page once while online to save it for offline study.';
    });
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    // Space on a button or link presses it (the "Show answer" button reveals by itself).
    if (event.key === ' ' && !ui.card.hidden && ui.back.hidden && !isTyping(event.target, true)) {
      event.preventDefault();
      reveal();
    } else if (GRADES.some((entry) => String(entry.value) === event.key) && !ui.back.hidden) {
      event.preventDefault();
      void rate(Number(event.key) as GradeValue);
    }
  });

  /** Download every review this tab knows (unsaved ones included), in the format files have always had. */
  async function exportReviews(): Promise<void> {
    const state = { ...(await store.exportState()), exportedAt: new Date().toISOString() };
    download('study-notes-reviews.json', `${JSON.stringify(state, null, 2)}\n`, 'application/json');
    await store.exported();
  }
  ui.exportReviews.addEventListener('click', () => void exportReviews());
  /** The last import, for "Undo". */
  let lastImport: ImportOutcome | undefined;
  ui.importReviews.addEventListener('change', async () => {
    const file = ui.importReviews.files?.[0];
    if (!file) return;
    try {
      const outcome = await store.importState(parseState(await file.text()));
      const { added, updated, kept } = outcome;
      lastImport = outcome;
      ui.message.textContent = `Imported ${file.name}: ${count(added, 'new review')}, ${count(updated, 'newer review')}; ${count(kept, 'review')} of this browser kept (as new or newer).`;
      ui.undo.hidden = false;
      show();
    } catch (error) {
      ui.message.textContent = `Not imported: ${error instanceof Error ? error.message : String(error)}`;
      ui.undo.hidden = true;
    } finally {
      ui.importReviews.value = '';
    }
  });
  ui.undo.addEventListener('click', async () => {
    const undo = lastImport?.undo;
    if (!undo) return;
    ui.undo.hidden = true;
    try {
      await undo();
      lastImport = undefined;
      ui.message.textContent = 'Import undone: the reviews are as they were before it.';
    } catch (error) {
      ui.undo.hidden = false;
      ui.message.textContent = `Not undone: ${error instanceof Error ? error.message : String(error)}`;
    }
    show();
  });
  ui.exportAnki.addEventListener('click', () => {
    const value = ui.deck.value;
    const name = value.replace(/^(?:course|deck):/, '').replace(/[^\p{L}\p{N}]+/gu, '-') || 'all-topics';
    const text = ankiText(deckCards(), (html) => ankiHtml(html, location.origin));
    download(`study-notes-${name}.txt`, text, 'text/plain');
  });

  start().catch(() => {
    ui.summary.textContent =
      'The cards could not be loaded. Open this page once while online to save it for offline study.';
  });
}

/**
 * The decks to choose from: every card; the decks the student named with flashcard tags; each
 * course (when there are several); and the pages of every course small enough to list them (their
 * decks are one page each).
 */
function fillDecks(select: HTMLSelectElement, index: StudyIndex): void {
  if (index.decks.length > 0) {
    const own = document.createElement('optgroup');
    own.label = 'Your decks';
    for (const deck of index.decks) {
      const name = `${'\u2003'.repeat(deck.path.length - 1)}${deck.path.at(-1) ?? ''} (${count(deck.cards, 'card')})`;
      const option = new Option(name, `deck:${deck.path.join('/')}`);
      option.dataset['name'] = deck.path.join(' › ');
      own.append(option);
    }
    select.append(own);
  }
  const several = index.courses.length > 1;
  for (const course of index.courses) {
    const parent: HTMLSelectElement | HTMLOptGroupElement = several ? document.createElement('optgroup') : select;
    if (parent instanceof HTMLOptGroupElement) parent.label = course.title;
    if (several) parent.append(new Option(`All of ${course.title} (${course.pages} pages)`, `course:${course.id}`));
    for (const page of course.list ?? []) parent.append(new Option(page.title, page.slug));
    if (parent !== select) select.append(parent);
  }
}

/** "1 review", "3 reviews". */
function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

void setUpStudyPage();
