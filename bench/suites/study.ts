import { markAnchors } from '../../src/convert/anchors.ts';
import { glossaryTerms } from '../../src/convert/glossary-terms.ts';
import { parseMarkdown } from '../../src/convert/parse.ts';
import { parseNotesText } from '../../src/convert/plain-text-habits.ts';
import { studyCards } from '../../src/convert/study-cards.ts';
import { findTerms } from '../../src/lib/term-matcher.ts';
import { generateNotes } from '../../tools/generate-notes.ts';
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
 * already parsed and marked up), the JavaScript the study page loads (budget 25 KB gzip), and, in
 * Chromium with 10,000 reviews saved: the first visit that moves them from localStorage into
 * IndexedDB, a later visit, and a grade (key press to next card, review saved).
 */
export async function studySuite(context: BenchContext): Promise<BenchResult[]> {
  const tree = parseNotesText(generateNotes(1000), parseMarkdown);
  const { glossary } = projectData();
  glossaryTerms(tree, findTerms(glossary));
  const names = new Map(glossary.map((entry) => [entry.id, entry.name]));
  const { outline, keyPoints } = markAnchors(tree.children);
  let cards = 0;
  const milliseconds = await medianOf(context.runs, () => {
    const started = performance.now();
    cards = studyCards(tree.children, outline, keyPoints, {
      topic: 'generated',
      termName: (id) => names.get(id),
    }).length;
    return performance.now() - started;
  });

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
