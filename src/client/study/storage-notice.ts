import { download } from '../download.ts';
import { askToKeep, isInstalled, persistence, type Persistence } from './persistence.ts';
import { keptAsideMessages, problemMessage, safetyMessage, unsavedMessage } from './storage-messages.ts';
import type { StudyStore } from './store.ts';

/** The study page's elements that tell the student how safe their reviews are. */
export interface StorageNoticeElements {
  /** Why reviews are not saved: the box, its text (a `role="alert"` region always in the page). */
  readonly alertBox: HTMLElement;
  readonly alertText: HTMLElement;
  /** The rest of the box: the changes at risk, and the buttons. */
  readonly alertMore: HTMLElement;
  readonly alertUnsaved: HTMLElement;
  readonly exportNow: HTMLButtonElement;
  readonly retry: HTMLButtonElement;
  /** What was kept aside (inside a `role="status"` region). */
  readonly keptBox: HTMLElement;
  readonly keptText: HTMLElement;
  readonly downloadKept: HTMLButtonElement;
  readonly hideKept: HTMLButtonElement;
  /** Where reviews live, whether the browser keeps them, the last export. */
  readonly safety: HTMLElement;
  /** "Install the app", shown when the browser offers installing. */
  readonly install: HTMLButtonElement;
}

/** The install prompt Chromium offers before showing its own (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/**
 * Keep the study page's storage notices true: render them now and after every change (touching
 * the page only where a text changed, so screen readers hear a notice once), ask the browser to
 * keep the site's storage once the student starts reviewing, and offer installing. Returns the
 * function to call when the student starts reviewing.
 */
export function showStorageSafety(
  store: StudyStore,
  ui: StorageNoticeElements,
  exportReviews: () => Promise<void>,
): () => void {
  let kept: Persistence = 'unknown';
  let answer: Persistence | undefined;
  let asking = false;

  function render(): void {
    const status = store.status();
    const problem = problemMessage(status.problem);
    setText(ui.alertText, problem ?? '');
    ui.alertBox.toggleAttribute('data-on', problem !== undefined);
    ui.alertMore.hidden = problem === undefined;
    setText(ui.alertUnsaved, unsavedMessage(status.unsaved));
    ui.retry.hidden = status.problem?.kind !== 'write-failed';
    const keptLines = keptAsideMessages(status);
    if (ui.keptText.textContent !== keptLines.join('')) {
      ui.keptText.replaceChildren(
        ...keptLines.map((text) => {
          const line = document.createElement('p');
          line.textContent = text;
          return line;
        }),
      );
    }
    ui.keptBox.hidden = keptLines.length === 0;
    setText(ui.safety, problem ? '' : safetyMessage(kept, answer, isInstalled(), status));
  }

  ui.exportNow.addEventListener('click', () => void exportReviews());
  ui.retry.addEventListener('click', () => void store.retry());
  ui.downloadKept.addEventListener('click', () => downloadKept(store));
  ui.hideKept.addEventListener('click', () => void store.hideAsideNotice());
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    ui.install.hidden = false;
    ui.install.onclick = () => {
      ui.install.hidden = true;
      void (event as InstallPromptEvent).prompt();
    };
  });
  // Leaving with changes that are not saved loses them: the browser asks first.
  addEventListener('beforeunload', (event) => {
    if (store.status().unsaved > 0) event.preventDefault();
  });

  store.subscribe(render);
  void persistence().then((answerNow) => {
    kept = answerNow;
    render();
  });
  render();

  return () => {
    if (asking || answer !== undefined || kept === 'persistent') return;
    asking = true;
    void askToKeep().then((given) => {
      answer = given;
      kept = given === 'unknown' ? kept : given;
      render();
    });
  };
}

/** Set an element's text only when it changes (a live region re-announces every change). */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * Download what was kept aside: a text localStorage held exactly as it was (a newer version of the
 * site can import it), and the unreadable records of cards together in one file.
 */
function downloadKept(store: StudyStore): void {
  const entries = store.status().aside;
  entries
    .filter((entry) => entry.source === 'localStorage' && typeof entry.found === 'string')
    .forEach((entry, index) => {
      download(`study-notes-kept-${index + 1}.json`, String(entry.found), 'application/json');
    });
  const records = entries.filter((entry) => entry.source === 'review');
  if (records.length > 0) {
    download('study-notes-kept-cards.json', `${JSON.stringify({ keptAside: records }, null, 2)}\n`, 'application/json');
  }
}
