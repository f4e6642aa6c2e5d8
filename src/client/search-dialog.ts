import { element } from './dom.ts';
import { excerptNodes } from './excerpt.ts';
import { retrying } from './lazy.ts';
import { createSearchEngine, type SearchEngine, type SearchOutcome } from './search-engine.ts';

/** Wait after the last keystroke before searching, so every keystroke does not fetch results. */
const TYPING_PAUSE_MS = 60;
const SUGGESTIONS = 8;

/** The filters the dialog offers, each a Pagefind filter of the pages (see src/pages/[...slug].astro). */
const FILTERS = [
  { name: 'course', label: 'Course', all: 'All courses' },
  { name: 'tag', label: 'Tag', all: 'All tags' },
  { name: 'topic', label: 'Topic', all: 'All topics' },
] as const;
type FilterName = (typeof FILTERS)[number]['name'];

interface Dialog {
  readonly root: HTMLDialogElement;
  readonly close: HTMLButtonElement;
  readonly input: HTMLInputElement;
  readonly filters: ReadonlyMap<FilterName, HTMLSelectElement>;
  readonly status: HTMLElement;
  readonly list: HTMLUListElement;
  readonly empty: HTMLElement;
}

/** The search dialog of a page. */
export interface SearchDialog {
  /**
   * Open the dialog; when it closes, focus goes back to `trigger` (or to what had it before). A
   * trigger with `data-search-query` searches for it.
   */
  open(trigger: Element | null): void;
}

/**
 * The search dialog: a modal dialog with a combobox and a listbox of results, keyboard first
 * (arrows move, Enter opens, Escape closes and gives focus back). Its state lives in this closure.
 */
export function createSearchDialog(base: string): SearchDialog {
  const ui = buildDialog();
  const engine = retrying(() => createSearchEngine(base));
  let returnFocus: Element | null = null;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const query = ui.input.value.trim();
    const current = ++sequence;
    try {
      const ready = await engine();
      if (current !== sequence) return;
      if (query === '') {
        render(ui, []);
        showSuggestions(ui, ready, '');
        return;
      }
      const chosen = chosenFilters(ui);
      const outcome = await ready.search(query, chosen);
      if (current !== sequence) return; // a newer search is on its way
      render(ui, outcome.hits.length > 0 ? optionsFor(outcome) : []);
      setStatus(ui, describe(outcome, Object.values(chosen).join(', ')));
      ui.status.dataset['query'] = query; // which query the results on show answer
      if (outcome.hits.length === 0) showSuggestions(ui, ready, query);
      else ui.empty.replaceChildren();
    } catch {
      if (current === sequence) setStatus(ui, 'Search is not available right now. Check the connection and try again.');
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };

  ui.input.addEventListener('input', schedule);
  for (const select of ui.filters.values()) select.addEventListener('change', schedule);
  ui.input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // Enter confirms the word being composed (Japanese, Chinese input)
    if (event.key === 'Enter') {
      event.preventDefault();
      // Open what the results show for the query as typed, even if its search had not started yet.
      const stale = timer !== undefined || ui.status.dataset['query'] !== ui.input.value.trim();
      void (stale ? run() : Promise.resolve()).then(() => choose(ui));
    } else onArrow(ui, event);
  });
  ui.close.addEventListener('click', () => ui.root.close());
  ui.root.addEventListener('click', (event) => {
    if (event.target === ui.root) ui.root.close(); // a click on the backdrop
  });
  ui.root.addEventListener('close', () => {
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  });
  ui.list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (option?.dataset['url']) location.assign(option.dataset['url']);
  });

  return {
    open(trigger) {
      if (!ui.root.open) {
        returnFocus = trigger;
        ui.root.showModal();
      }
      // A button that searches for something ("Search the notes for IAM") fills the query in.
      const query = trigger instanceof HTMLElement ? trigger.dataset['searchQuery'] : undefined;
      if (query) {
        ui.input.value = query;
        void run();
      }
      ui.input.focus();
      ui.input.select();
      engine().then(
        (ready) => {
          void fillFilters(ui, ready);
          if (ui.input.value.trim() === '') showSuggestions(ui, ready, '');
        },
        () => setStatus(ui, 'Search is not available right now. Check the connection and try again.'),
      );
    },
  };
}

/** The dialog's elements, built once (text nodes only, never HTML). */
function buildDialog(): Dialog {
  const input = element('input', {
    type: 'search',
    id: 'search-input',
    role: 'combobox',
    'aria-label': 'Search the notes',
    'aria-autocomplete': 'list',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: 'Search the notes',
    class: 'min-w-0 flex-1 bg-transparent py-2 text-lg text-ink outline-none placeholder:text-muted',
  });
  const close = element(
    'button',
    { type: 'button', class: 'rounded-md border border-line px-2 py-1 text-sm text-muted hover:bg-surface' },
    ['Close'],
  );
  const filters = new Map(
    FILTERS.map((filter) => [
      filter.name,
      element(
        'select',
        { id: `search-${filter.name}`, class: 'rounded-md border border-line bg-page px-2 py-1 text-ink' },
        [element('option', { value: '' }, [filter.all])],
      ),
    ]),
  );
  const status = element('p', { id: 'search-status', role: 'status', class: 'text-sm text-muted' });
  const list = element('ul', {
    id: 'search-results',
    role: 'listbox',
    'aria-label': 'Search results',
    hidden: true,
    class: 'max-h-[55vh] overflow-y-auto px-2 pb-2',
  });
  const empty = element('div', { class: 'px-4 pb-4 text-sm' });
  const root = element(
    'dialog',
    {
      'aria-labelledby': 'search-title',
      class:
        'search-dialog m-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] max-w-none rounded-lg border border-line bg-page p-0 text-ink shadow-2xl backdrop:bg-black/50',
    },
    [
      element('h2', { id: 'search-title', class: 'sr-only' }, ['Search the notes']),
      element('div', { class: 'flex items-center gap-2 border-b border-line px-4' }, [input, close]),
      element('div', { class: 'flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2' }, [
        ...FILTERS.map((filter) =>
          element('span', { class: 'flex items-center gap-x-2', hidden: true, 'data-filter': filter.name }, [
            element('label', { for: `search-${filter.name}`, class: 'text-sm text-muted' }, [filter.label]),
            filters.get(filter.name) as HTMLSelectElement,
          ]),
        ),
        status,
      ]),
      list,
      empty,
      element('p', { class: 'hidden border-t border-line px-4 py-2 text-xs text-muted sm:block' }, [
        '↑ ↓ to choose · Enter to open · Esc to close',
      ]),
    ],
  );
  document.body.append(root);
  return { root, input, filters, status, list, empty, close };
}

function optionsFor(outcome: SearchOutcome): HTMLLIElement[] {
  return outcome.hits.flatMap((hit, index) => [
    element(
      'li',
      {
        role: 'option',
        id: `search-option-${index}`,
        'aria-selected': 'false',
        'data-url': hit.url,
        'data-page': pageSlug(hit.url),
        class: OPTION,
      },
      [
        element('span', { class: 'block font-semibold' }, [hit.topic]),
        element('span', { class: 'block text-sm text-muted' }, excerptNodes(hit.excerpt)),
      ],
    ),
    ...hit.sections.map((section, sectionIndex) =>
      element(
        'li',
        {
          role: 'option',
          id: `search-option-${index}-${sectionIndex}`,
          'aria-selected': 'false',
          'data-url': section.url,
          class: `${OPTION} ml-5`,
        },
        [
          element('span', { class: 'block font-medium' }, [`${hit.topic} › ${section.title}`]),
          element('span', { class: 'block text-sm text-muted' }, excerptNodes(section.excerpt)),
        ],
      ),
    ),
  ]);
}

const OPTION =
  'cursor-pointer rounded-md border border-transparent px-3 py-2 hover:bg-surface aria-selected:border-accent aria-selected:bg-accent-soft';

/** The page a result URL opens, relative to the site: `/notes/iam/?pagefind-highlight=x` → `iam`. */
function pageSlug(url: string): string {
  const path = decodeURIComponent(new URL(url, location.href).pathname);
  return path.slice(import.meta.env.BASE_URL.length).replace(/\/+$/, '');
}

function render(ui: Dialog, options: HTMLLIElement[]): void {
  ui.list.replaceChildren(...options);
  ui.list.hidden = options.length === 0;
  ui.input.setAttribute('aria-expanded', String(options.length > 0));
  ui.input.removeAttribute('aria-activedescendant');
}

function onArrow(ui: Dialog, event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const options = [...ui.list.querySelectorAll<HTMLElement>('[role="option"]')];
  if (options.length === 0) return;
  const selected = options.findIndex((option) => option.getAttribute('aria-selected') === 'true');
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const next =
    selected === -1 ? (step === 1 ? 0 : options.length - 1) : (selected + step + options.length) % options.length;
  select(ui, options, next);
}

/** Open the chosen result, or the first one when none is chosen. */
function choose(ui: Dialog): void {
  const options = [...ui.list.querySelectorAll<HTMLElement>('[role="option"]')];
  const selected = options.find((option) => option.getAttribute('aria-selected') === 'true') ?? options[0];
  if (selected?.dataset['url']) location.assign(selected.dataset['url']);
}

function select(ui: Dialog, options: HTMLElement[], index: number): void {
  options.forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
  const chosen = options[index];
  if (!chosen) return;
  ui.input.setAttribute('aria-activedescendant', chosen.id);
  chosen.scrollIntoView({ block: 'nearest' });
}

/** The filters chosen, by name. */
function chosenFilters(ui: Dialog): Record<string, string> {
  return Object.fromEntries(
    [...ui.filters].filter(([, select]) => select.value !== '').map(([name, select]) => [name, select.value]),
  );
}

/**
 * Offer the filters the notes have: the course (folder) and tag filters when pages have them, and
 * the topic filter when there are no courses and few enough topics to choose from.
 */
async function fillFilters(ui: Dialog, ready: SearchEngine): Promise<void> {
  const values = await ready.filterValues();
  const choices: Record<FilterName, readonly string[]> = {
    course: values['course'] ?? [],
    tag: values['tag'] ?? [],
    topic: (values['course'] ?? []).length === 0 ? ready.topics : [],
  };
  for (const [name, select] of ui.filters) {
    const list = choices[name];
    const box = select.closest<HTMLElement>('[data-filter]');
    if (box) box.hidden = list.length === 0;
    if (select.options.length > 1 || list.length === 0) continue;
    select.append(...list.map((value) => element('option', { value }, [value])));
  }
}

function showSuggestions(ui: Dialog, ready: SearchEngine, query: string): void {
  const buttons = ready.terms.slice(0, SUGGESTIONS).map((term) => {
    const button = element(
      'button',
      { type: 'button', class: 'rounded-full border border-line px-3 py-1 hover:bg-surface' },
      [term.name],
    );
    button.addEventListener('click', () => {
      ui.input.value = term.name;
      ui.input.dispatchEvent(new Event('input'));
      ui.input.focus();
    });
    return button;
  });
  if (query === '') setStatus(ui, '');
  ui.empty.replaceChildren(
    element('p', { class: 'mb-2 text-muted' }, [
      query === '' ? 'Search every topic of the notes. Try:' : 'Try one of the terms of the notes:',
    ]),
    element('div', { class: 'flex flex-wrap gap-2' }, buttons),
  );
}

function describe(outcome: SearchOutcome, within: string): string {
  const count = outcome.hits.length;
  const pages = `${count} ${count === 1 ? 'page' : 'pages'}`;
  const scope = within ? ` in ${within}` : '';
  if (count === 0) return `Nothing found for “${outcome.query}”${scope}.`;
  const corrected = outcome.corrected ? `Not in the notes as typed: showing “${outcome.corrected}”. ` : '';
  // "image for “picture”; explode for “blow up”": the notes' words searched for the student's.
  const related = (outcome.related ?? []).map((slot) => `${slot.related.join(', ')} for “${slot.words}”`).join('; ');
  if (outcome.partial && related) {
    return `${corrected}No page has “${outcome.corrected ?? outcome.query}” as typed; ${pages} with the notes’ words for it${scope}: ${related}.`;
  }
  return outcome.partial
    ? `${corrected}No page has every word; ${pages} with some of them${scope}.`
    : `${corrected}${pages} for “${outcome.corrected ?? outcome.query}”${scope}.`;
}

function setStatus(ui: Dialog, text: string): void {
  ui.status.textContent = text;
}
