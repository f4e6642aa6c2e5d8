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
import type { BenchResult } from '../lib/result.ts';
import { medianOf } from '../lib/stats.ts';

/**
 * Study tools: the time to generate the flashcards of 1,000 topics (the card step alone, on notes
 * already parsed and marked up), and the JavaScript the study page loads (budget 25 KB gzip).
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
  ];
}
