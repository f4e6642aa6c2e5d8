import { describe, expect, test, vi } from 'vitest';
import { ankiText } from '../../../../src/client/study/anki.ts';
import {
  cardsOf,
  deckChoice,
  dueQueue,
  filesOf,
  isDue,
  nextDue,
  type DeckCard,
} from '../../../../src/client/study/deck.ts';
import { grade } from '../../../../src/client/study/scheduler.ts';
import { emptyState, mergeStates, parseState } from '../../../../src/client/study/state.ts';

const card = (id: string, slug = 'iam'): DeckCard => ({
  id,
  previousIds: [`legacy-${id}`],
  kind: 'term',
  front: `front ${id}`,
  back: `back ${id}`,
  where: ['IAM'],
  topic: 'IAM',
  slug,
  course: 'Notes',
});
const now = new Date('2026-11-28T12:00:00Z');

describe('scheduling with FSRS', () => {
  test('a new card graded Good is due again in minutes, Easy in days', () => {
    const good = grade(undefined, 3, now);
    expect(Date.parse(good.due) - now.getTime()).toBe(10 * 60 * 1000);
    const easy = grade(undefined, 4, now);
    expect(Date.parse(easy.due) - now.getTime()).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
    expect(isDue(good, now)).toBe(false);
    expect(isDue(undefined, now)).toBe(true);
  });

  test('a review dated after now (another clock) is graded as if made now', () => {
    const ahead = grade(undefined, 3, new Date(now.getTime() + 86_400_000));
    expect(() => grade(ahead, 3, now)).not.toThrow();
    expect(Date.parse(grade(ahead, 3, now).due)).toBeGreaterThan(now.getTime());
  });

  test('reviews are due overdue-first, then new cards in order, and the next due time is known', () => {
    const reviews = {
      b: { ...grade(undefined, 3, new Date('2026-11-01T00:00:00Z')) },
      c: { ...grade(undefined, 3, new Date('2026-10-01T00:00:00Z')) },
      d: grade(undefined, 4, now),
    };
    const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => card(id));
    expect(dueQueue(cards, reviews, now).map((entry) => entry.id)).toEqual(['c', 'b', 'a', 'e']);
    expect(nextDue(cards, reviews, now)?.toISOString()).toBe(reviews.d.due);
  });

  test('a deck is one page, a course, every page, or a deck the student named (its subdecks included)', () => {
    const la = { course: 'la', courseTitle: 'Linear algebra' };
    const decks = [
      {
        slug: 'la/eigen',
        title: 'Eigenvalues',
        ...la,
        cards: [card('a'), { ...card('w'), kind: 'authored' as const, deck: ['LA', 'Eigen'] }],
      },
      {
        slug: 'la/svd',
        title: 'SVD',
        ...la,
        cards: [card('b'), { ...card('v'), kind: 'authored' as const, deck: ['LA'] }],
      },
      { slug: 'iam', title: 'IAM', course: '', courseTitle: 'Notes', cards: [card('c', 'iam')] },
    ];
    const ids = (value: string, generated = true) =>
      cardsOf(decks, deckChoice(value), { generated }).map((entry) => entry.id);
    expect(ids('la/svd')).toEqual(['b', 'v']);
    expect(ids('course:la')).toEqual(['a', 'w', 'b', 'v']);
    expect(ids('course:')).toEqual(['c']);
    expect(ids('')).toEqual(['a', 'w', 'b', 'v', 'c']);
    expect(ids('deck:LA')).toEqual(['w', 'v']);
    expect(ids('deck:LA/Eigen')).toEqual(['w']);
    // The site's own cards switched off: only those the student wrote.
    expect(ids('course:la', false)).toEqual(['w', 'v']);
    expect(cardsOf(decks, deckChoice('la/svd'))[0]?.course).toBe('Linear algebra');
  });

  test('a deck loads only the card files that hold its pages', () => {
    const index = {
      courses: [
        { id: 'la', title: 'Linear algebra', pages: 300, cards: 900, files: ['la.1', 'la.2'] },
        {
          id: '',
          title: 'Notes',
          pages: 2,
          cards: 4,
          files: ['_.1'],
          list: [{ slug: 'iam', title: 'IAM', file: '_.1' }],
        },
      ],
      decks: [{ path: ['LA'], cards: 3, files: ['la.2'] }],
    };
    expect(filesOf(index, deckChoice(''))).toEqual(['la.1', 'la.2', '_.1']);
    expect(filesOf(index, deckChoice('course:la'))).toEqual(['la.1', 'la.2']);
    expect(filesOf(index, deckChoice('iam'))).toEqual(['_.1']);
    expect(filesOf(index, deckChoice('la/svd'), 'la.2')).toEqual(['la.2']);
    expect(filesOf(index, deckChoice('deck:LA'))).toEqual(['la.2']);
  });
});

describe('files', () => {
  test('keep "continue where you left off" only for a page of this site', () => {
    vi.stubGlobal('location', new URL('http://site.test/iam/'));
    const withLast = (href: string) =>
      parseState(
        JSON.stringify({ version: 1, reviews: {}, studied: {}, last: { href, title: 'IAM', at: now.toISOString() } }),
      ).last;
    expect(withLast('/iam/')?.href).toBe('/iam/');
    expect(withLast('/study/?deck=kms')?.href).toBe('/study/?deck=kms');
    expect(withLast('javascript:alert(1)')).toBeUndefined();
    expect(withLast('https://phishing.example/')).toBeUndefined();
    vi.unstubAllGlobals();
  });

  test('refuse a review with numbers missing', () => {
    expect(() =>
      parseState(
        JSON.stringify({ version: 1, reviews: { a: { due: now.toISOString(), stability: 'x' } }, studied: {} }),
      ),
    ).toThrow('The review of card "a" is damaged.');
  });

  test('an exported state reads back, and a wrong file is refused with a reason', () => {
    const state = { version: 1, reviews: { a: grade(undefined, 3, now) }, studied: { iam: now.toISOString() } };
    expect(parseState(JSON.stringify(state))).toEqual({ ...state, log: [] });
    expect(() => parseState('[]')).toThrow('This file is not a study-notes export.');
    expect(() => parseState('{"version":1,"reviews":{"a":{"due":"never"}},"studied":{}}')).toThrow(
      'The review of card "a" is damaged.',
    );
  });

  test('an Anki export has one tab-separated card per line, tagged with its topic, in the deck Course::Deck', () => {
    const text = ankiText(
      [
        { ...card('a'), front: 'AWS\tShield', back: 'protects\nagainst DDoS', topic: 'AWS Organizations' },
        { ...card('b'), kind: 'authored', front: 'Cookie', back: '<p>data</p>', deck: ['CompSec', 'Web::App'] },
        { ...card('c'), kind: 'authored', front: 'XSS', back: 'b', course: 'CompSec', deck: ['compsec', 'Web'] },
      ],
      (html) => html,
    );
    expect(text).toBe(
      [
        '#separator:tab',
        '#html:true',
        '#tags column:3',
        '#deck column:4',
        'AWS Shield\tprotects<br>against DDoS\tAWS_Organizations\tNotes::AWS Organizations',
        'Cookie\t<p>data</p>\tIAM\tNotes::CompSec::Web:App',
        'XSS\tb\tIAM\tcompsec::Web',
        '',
      ].join('\n'),
    );
  });
});

describe("keys of the student's data", () => {
  test('a topic or card named like an object property is only there when saved', () => {
    const state = emptyState();
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(key in state.studied, key).toBe(false);
      expect(key in state.reviews, key).toBe(false);
    }
    expect(dueQueue([card('constructor'), card('toString')], state.reviews, now).map((entry) => entry.id)).toEqual([
      'constructor',
      'toString',
    ]);
  });

  test('a file with a "__proto__" card keeps it as a card and changes no prototype', () => {
    const review = grade(undefined, 3, now);
    const state = parseState(`{"version":1,"reviews":{"__proto__":${JSON.stringify(review)}},"studied":{}}`);
    expect(Object.keys(state.reviews)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(state.reviews)).toBeNull();
    expect(({} as Record<string, unknown>)['due']).toBeUndefined();
  });

  test("a review saved under a card's earlier id is the card's review", () => {
    const reviews = { 'legacy-a': grade(undefined, 4, now) };
    expect(dueQueue([card('a'), card('b')], reviews, now).map((entry) => entry.id)).toEqual(['b']);
  });
});

describe('importing reviews', () => {
  const monday = new Date('2026-11-23T10:00:00Z');
  const sunday = new Date('2026-11-22T10:00:00Z');
  const state = (reviews: Record<string, ReturnType<typeof grade>>, studied: Record<string, string> = {}) =>
    parseState(JSON.stringify({ version: 1, reviews, studied }));

  test('merges card by card, the newer review winning, and counts what changed', () => {
    const current = state(
      { a: grade(undefined, 4, monday), b: grade(undefined, 1, sunday) },
      { iam: sunday.toISOString() },
    );
    const file = state(
      { a: grade(undefined, 1, sunday), b: grade(undefined, 4, monday), c: grade(undefined, 3, monday) },
      { kms: monday.toISOString() },
    );
    const outcome = mergeStates(current, file);
    expect([outcome.added, outcome.updated, outcome.kept]).toEqual([1, 1, 1]);
    expect(outcome.state.reviews['a']).toEqual(current.reviews['a']);
    expect(outcome.state.reviews['b']).toEqual(file.reviews['b']);
    expect(outcome.state.reviews['c']).toEqual(file.reviews['c']);
    expect(Object.keys(outcome.state.studied).sort()).toEqual(['iam', 'kms']);
  });

  test('never changes the current state itself (so the import can be undone)', () => {
    const current = state({ a: grade(undefined, 4, sunday) });
    const before = JSON.stringify(current);
    mergeStates(current, state({ a: grade(undefined, 1, monday) }));
    expect(JSON.stringify(current)).toBe(before);
  });
});
