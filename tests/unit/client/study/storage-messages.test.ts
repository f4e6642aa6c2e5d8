import { describe, expect, test } from 'vitest';
import {
  keptAsideMessages,
  problemMessage,
  safetyMessage,
  unsavedMessage,
} from '../../../../src/client/study/storage-messages.ts';

describe('what the study page says about saving', () => {
  test('nothing when all is well; the reason and the way out when not, and what is at risk apart', () => {
    expect(problemMessage(undefined)).toBeUndefined();
    const full = problemMessage({ kind: 'write-failed', reason: 'the storage is full' });
    expect(full).toContain('Your last change could not be saved: the storage is full.');
    expect(full).toContain('export your reviews now');
    expect(problemMessage({ kind: 'newer-version' })).toContain('reload the page to use the newer version.');
    expect(problemMessage({ kind: 'unavailable', reason: 'site data is blocked' })).toBe(
      'Your reviews cannot be saved in this browser: site data is blocked. Export your reviews to keep them in a file.',
    );
    expect(unsavedMessage(3)).toBe('3 changes made here are kept only in this tab until it is closed.');
    expect(unsavedMessage(0)).toBe('');
  });

  test('what was kept aside is named until the student hides the notice, and again when more is kept', () => {
    const entry = (key: string) => ({
      source: 'review' as const,
      key,
      reason: 'the saved review of this card could not be read',
      found: {},
      keptAt: '2026-12-01T00:00:00.000Z',
    });
    const one = keptAsideMessages({ aside: [entry('iam-1')], asideSeen: 0 });
    expect(one).toEqual([
      'The saved review of card “iam-1” could not be read: the saved review of this card could not be read. It is kept aside untouched, and the card starts afresh.',
    ]);
    expect(keptAsideMessages({ aside: [entry('iam-1')], asideSeen: 1 })).toEqual([]);
    expect(keptAsideMessages({ aside: [entry('iam-1'), entry('kms-2')], asideSeen: 1 })).toHaveLength(2);
  });

  test('where reviews live: kept or not, the last export, and the reminder after 50 reviews where they may go', () => {
    const never = { exportedAt: undefined, reviewsSinceExport: 12 };
    expect(safetyMessage('persistent', undefined, false, never, 'en-GB')).toBe(
      'Your reviews are saved in this browser, which has agreed to keep them until you clear its data. Last export: never.',
    );
    const loose = safetyMessage('best-effort', undefined, false, never, 'en-GB');
    expect(loose).toContain('may clear them when it runs short of space (Safari also clears them');
    expect(loose).toContain('Installing this site as an app');
    expect(loose).not.toContain('did not agree');
    expect(safetyMessage('best-effort', 'best-effort', true, never, 'en-GB')).toContain(
      'It did not agree to keep them when asked. Export a copy from time to time.',
    );
    const many = { exportedAt: '2026-11-03T09:00:00.000Z', reviewsSinceExport: 50 };
    expect(safetyMessage('best-effort', undefined, true, many, 'en-GB')).toContain(
      'Last export: on 3 Nov 2026. You have made 50 reviews since then: export them now.',
    );
    expect(safetyMessage('persistent', undefined, true, many, 'en-GB')).not.toContain('You have made');
    expect(safetyMessage('unknown', undefined, true, { ...never, reviewsSinceExport: 49 }, 'en-GB')).not.toContain(
      'You have made',
    );
  });
});
