import { markAnchors } from '../../src/convert/anchors.ts';
import { glossaryTerms } from '../../src/convert/glossary-terms.ts';
import { parseMarkdown } from '../../src/convert/parse.ts';
import { parseNotesText } from '../../src/convert/plain-text-habits.ts';
import type { DeckCard } from '../../src/client/study/deck.ts';
import type { ReviewLogEntry } from '../../src/client/study/review-log.ts';
import { grade, type Review } from '../../src/client/study/scheduler.ts';
import { statisticsOf } from '../../src/client/study/statistics.ts';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { createCodeHighlighter } from '../../src/convert/highlighter.ts';
import { convertNotes, type NotesSource } from '../../src/convert/pipeline.ts';
import { studyCards } from '../../src/convert/study-cards.ts';
import { findTerms } from '../../src/lib/term-matcher.ts';
import { generateNoteFiles, generateNotes } from '../../tools/generate-notes.ts';
import { projectData } from '../../tools/project-data.ts';
import type { BenchContext } from '../lib/context.ts';
import { pageWeight } from '../lib/page-weight.ts';
import { measureStudyStore } from '../lib/study-store.ts';
import type { BenchResult } from '../lib/result.ts';
import { medianOf } from '../lib/stats.ts';

/** Reviews saved in the browser for the store's figures: a term of daily study, and more. */
const SAVED_REVIEWS = 10_000;

/**
 * Study tools: the time to generate the flashcards of 1,000 topics (the card step alone, on notes
 * already parsed and marked up), what reading the cards students write costs the converter, the
 * statistics of a large deck, the JavaScript the study page loads (budget 25 KB gzip), and, in
 * Chromium with 10,000 reviews saved: the first visit that moves them from localStorage into
 * IndexedDB, a later visit, and a grade (key press to next card, review saved).
 */
export async function studySuite(context: BenchContext): Promise<BenchResult[]> {
  const tree = parseNotesText(generateNotes(1000), parseMarkdown);
  const { glossary } = projectData();
  glossaryTerms(tree, findTerms(glossary));
  const names = new Map(glossary.map((entry) => [entry.id, entry.name]));
  const { keyPoints } = markAnchors(tree.children);
  let cards = 0;
  const milliseconds = await medianOf(context.runs, () => {
    const started = performance.now();
    cards = studyCards(tree.children, keyPoints, {
      topic: 'generated',
      title: 'Generated notes',
      termName: (id) => names.get(id),
    }).length;
    return performance.now() - started;
  });

  const written = writtenCards(context.runs);
  const statistics = await statisticsTime(context.runs);

  const site = await context.bundledSite();
  const study = await pageWeight(site.outDir, 'study/index.html');
  const store = await measureStudyStore(site.outDir, SAVED_REVIEWS, context.runs);
  const saved = `${SAVED_REVIEWS.toLocaleString('en')} reviews saved`;
  return [
    {
      id: 'study.cards1000.ms',
      label: `card generation, 1,000 topics (${cards} cards)`,
      value: milliseconds,
      unit: 'ms',
    },
    {
      id: 'study.written1000.ms',
      label: `converting 1,000 notes, a third with cards written in them (${(await written).cards} cards)`,
      value: (await written).withCards,
      unit: 'ms',
    },
    {
      id: 'study.written1000.ratio',
      label: 'the same notes, with cards ÷ without the flashcard tag',
      value: (await written).withCards / (await written).without,
      unit: '×',
    },
    {
      id: 'study.statistics.ms',
      label: `statistics of ${STATS_CARDS.toLocaleString('en')} cards, ${STATS_LOG.toLocaleString('en')} reviews in the history`,
      value: statistics,
      unit: 'ms',
    },
    { id: 'study.page.js.raw', label: 'study page JS, raw', value: study.js.raw / 1024, unit: 'KB' },
    {
      id: 'study.page.js.gzip',
      label: 'study page JS, gzip',
      value: study.js.gzip / 1024,
      unit: 'KB',
      budget: { max: 25 },
    },
    {
      id: 'study.store.move.ms',
      label: `study page ready, moving ${saved} (${(store.legacyBytes / 1e6).toFixed(1)} MB) from localStorage`,
      value: store.moveMs,
      unit: 'ms',
    },
    { id: 'study.store.open.ms', label: `study page ready, ${saved} in IndexedDB`, value: store.openMs, unit: 'ms' },
    { id: 'study.store.grade.ms', label: `grade to next card, saved, ${saved}`, value: store.gradeMs, unit: 'ms' },
  ];
}

/** Cards and reviews of the statistics' figure: a term of daily study. */
const STATS_CARDS = 10_000;
const STATS_LOG = 20_000;

/**
 * Converting 1,000 generated notes, a third with cards in the Spaced Repetition plugin's syntax
 * (one-line, reversed, multi-line, cloze, a formula, saved schedules), against the same notes
 * without the flashcard tag (their cards then plain text): what reading the cards costs.
 */
async function writtenCards(runs: number): Promise<{ withCards: number; without: number; cards: number }> {
  const { topics, glossary } = projectData();
  const notes = generateNoteFiles(1000, { folders: 10, flashcards: true });
  const sources = (untagged: boolean): NotesSource[] =>
    notes.map((note) => ({
      file: note.file,
      label: note.file,
      bytes: new TextEncoder().encode(untagged ? note.text.replace(/#flashcards\//g, '#topic/') : note.text),
    }));
  const highlight = createCodeHighlighter();
  let cards = 0;
  const convert = (files: NotesSource[]) => () => {
    const started = performance.now();
    const result = convertNotes(files, {
      topics,
      glossary,
      reservedSlugs: RESERVED_SLUGS,
      topicMapLabel: 'topics.yaml',
      defaultLanguage: 'en',
      highlight,
    });
    cards = Math.max(
      cards,
      result.topics.flatMap((topic) => topic.frontmatter.cards).filter((card) => card.kind === 'authored').length,
    );
    return performance.now() - started;
  };
  const withCards = await medianOf(runs, convert(sources(false)));
  const without = await medianOf(runs, convert(sources(true)));
  return { withCards, without, cards };
}

/** Computing the study page's statistics (statistics.ts) for a large deck with a long history. */
async function statisticsTime(runs: number): Promise<number> {
  const now = new Date('2026-12-04T12:00:00Z');
  const cards: DeckCard[] = Array.from({ length: STATS_CARDS }, (_, index) => ({
    id: `card-${index}`,
    previousIds: [`old-${index}`],
    kind: 'authored',
    front: 'Q',
    back: 'A',
    where: ['Note'],
    topic: 'Note',
    slug: 'note',
    course: 'Notes',
  }));
  const reviews: Record<string, Review> = {};
  const log: ReviewLogEntry[] = [];
  for (let index = 0; index < STATS_LOG; index++) {
    const card = `card-${index % (STATS_CARDS / 2)}`;
    const at = new Date(now.getTime() - (index % 120) * 86_400_000);
    reviews[card] = grade(reviews[card], 3, at);
    log.push({
      card,
      at: at.toISOString(),
      grade: 1 + (index % 4),
      state: index % 3,
      elapsedDays: 3,
      scheduledDays: 9,
    });
  }
  return medianOf(runs, () => {
    const started = performance.now();
    statisticsOf(cards, reviews, log, now);
    return performance.now() - started;
  });
}
