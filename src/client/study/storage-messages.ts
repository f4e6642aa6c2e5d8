import type { Persistence } from './persistence.ts';
import type { StoreStatus } from './store.ts';

/** Reviews made since the last export after which a browser that may clear them reminds to export. */
const EXPORT_REMINDER_REVIEWS = 50;

/**
 * Why the student's changes are not being saved, and what to do, when they are not (the count of
 * unsaved changes is said apart, by {@link unsavedMessage}, so that the alert is not repeated at
 * each review).
 *
 * @example
 *   problemMessage({ kind: 'write-failed', reason: 'storage is full' })
 *   // 'Your last change could not be saved: storage is full. The site tries again …'
 */
export function problemMessage(problem: StoreStatus['problem']): string | undefined {
  switch (problem?.kind) {
    case undefined:
      return undefined;
    case 'write-failed':
      return `Your last change could not be saved: ${problem.reason}. The site tries again with your next change and every half minute; export your reviews now to keep them in a file.`;
    case 'unavailable':
      return `Your reviews cannot be saved in this browser: ${problem.reason}. Export your reviews to keep them in a file.`;
    case 'newer-version':
      return 'Your reviews were saved by a newer version of this site. This tab runs an older version, so it leaves them exactly as they are and saves nothing: reload the page to use the newer version. Export your reviews to keep the ones made here.';
  }
}

/**
 * What is at risk while saving fails: the changes kept only in this tab.
 *
 * @example
 *   unsavedMessage(1) // '1 change made here is kept only in this tab until it is closed.'
 *   unsavedMessage(0) // ''
 */
export function unsavedMessage(unsaved: number): string {
  if (unsaved === 0) return '';
  return `${count(unsaved, 'change')} made here ${unsaved === 1 ? 'is' : 'are'} kept only in this tab until it is closed.`;
}

/**
 * What was kept aside because it could not be read, one line per entry, while the student has not
 * hidden the notice (the data itself is always kept).
 *
 * @example
 *   keptAsideMessages({ aside: [{ source: 'review', key: 'iam-1', reason: 'it is damaged', … }], asideSeen: 0 })
 *   // ['The saved review of card “iam-1” could not be read: it is damaged. It is kept aside untouched …']
 */
export function keptAsideMessages(status: Pick<StoreStatus, 'aside' | 'asideSeen'>): string[] {
  if (status.aside.length <= status.asideSeen) return [];
  return status.aside.map((entry) =>
    entry.source === 'localStorage'
      ? `The reviews this browser kept before this version of the site could not be read: ${entry.reason}. They are kept aside untouched, and nothing was saved over them.`
      : `The saved review of card “${entry.key ?? ''}” could not be read: ${entry.reason}. It is kept aside untouched, and the card starts afresh.`,
  );
}

/**
 * Where the reviews live and how safe they are there, with the last export, and a reminder to
 * export when the browser may clear them and many reviews were made since. `answer` is what the
 * browser said when asked to keep them, once it has.
 *
 * @example
 *   safetyMessage('persistent', undefined, false, { exportedAt: undefined, reviewsSinceExport: 3 })
 *   // 'Your reviews are saved in this browser, which has agreed to keep them until you clear its data. Last export: never.'
 */
export function safetyMessage(
  persistence: Persistence,
  answer: Persistence | undefined,
  installed: boolean,
  status: Pick<StoreStatus, 'exportedAt' | 'reviewsSinceExport'>,
  locale?: string,
): string {
  const exported = status.exportedAt
    ? `on ${new Date(status.exportedAt).toLocaleDateString(locale, { dateStyle: 'medium' })}`
    : undefined;
  const refused = answer === 'best-effort' ? ' It did not agree to keep them when asked.' : '';
  const where =
    persistence === 'persistent'
      ? 'Your reviews are saved in this browser, which has agreed to keep them until you clear its data.'
      : `Your reviews are saved in this browser, which may clear them when it runs short of space${installed ? '' : ' (Safari also clears them after seven days without a visit)'}.${refused} ${
          installed
            ? 'Export a copy from time to time.'
            : 'Installing this site as an app (Install in the browser’s menu, or Add to Home Screen) keeps them safer; export a copy from time to time.'
        }`;
  const remind =
    persistence !== 'persistent' && status.reviewsSinceExport >= EXPORT_REMINDER_REVIEWS
      ? ` You have made ${count(status.reviewsSinceExport, 'review')} since ${exported ? 'then' : 'you started'}: export them now.`
      : '';
  return `${where} Last export: ${exported ?? 'never'}.${remind}`;
}

/** "1 change", "3 changes". */
function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
