import type { Nodes, Root } from 'mdast';
import { shortHash } from '../../lib/short-hash.ts';
import type { StudyCard } from '../../schemas/topic-page.ts';
import type { ParsedNote } from '../note-file.ts';
import type { PageDraft } from '../steps/page-draft.ts';
import { visit } from '../walk.ts';
import { cardHtml, type CardHtml } from './card-html.ts';
import type { AuthoredQuestion } from './remark-flashcards.ts';

/** The cards the student wrote on a page, and the images they show. */
export interface PageCards {
  readonly cards: StudyCard[];
  /** The images the cards show, by the N of their `<!--card-image:N-->`. */
  readonly images: CardHtml['images'];
}

/**
 * The cards the student wrote in the notes on a page (Spaced Repetition syntax, found per note by
 * cards/remark-flashcards.ts), in the order of the notes: each side as HTML shown like the notes,
 * where it comes from ("Web Security › Cookies", linking to the heading above it), its deck, and the
 * schedule the plugin saved. A card's id is a hash of its question as written, never of its note's
 * name or place: renaming or moving the note, or editing the answer, keeps its reviews; a changed
 * question is a new card.
 *
 * @example
 *   authoredCards(draft, notes) // { cards: [{ id: 'authored-…', kind: 'authored', front: 'Cookie', back: 'a small piece of data…', where: ['Web Security', 'Cookies'], deck: ['CompSec', 'Web'] }], images: [] }
 */
export function authoredCards(draft: PageDraft, notes: ReadonlyMap<string, ParsedNote>): PageCards {
  const cards: StudyCard[] = [];
  const images: CardHtml['images'] = [];
  const anchors = headingAnchors(draft);
  for (const { question, file } of questionsOf(draft, notes)) {
    const where = [draft.title, ...question.context.filter((text) => !sameText(text, draft.title))];
    const anchor = question.headingLine === null ? undefined : anchors.get(`${file}:${question.headingLine}`);
    question.cards.forEach((card, sibling) => {
      const front = cardHtml(card.front, images.length);
      images.push(...front.images);
      const back = cardHtml(card.back, images.length);
      images.push(...back.images);
      const schedule = question.schedules[sibling];
      cards.push({
        id: `authored-${shortHash([question.kind, normalised(card.key)].join('\n'))}`,
        previousIds: [],
        kind: 'authored',
        front: front.html,
        back: back.html,
        where,
        ...(anchor ? { anchor } : {}),
        ...(question.deck.length > 0 ? { deck: question.deck } : {}),
        ...(schedule ? { schedule } : {}),
        ...(front.math || back.math ? { math: true } : {}),
      });
    });
  }
  return { cards, images };
}

/**
 * The nodes of a page that are the student's own cards (a line `Q::A`, a cloze paragraph): the
 * site makes no card of its own from them.
 */
export function authoredNodes(draft: PageDraft, notes: ReadonlyMap<string, ParsedNote>): Set<Nodes> {
  const found = new Set<Nodes>();
  for (const section of draft.sections) {
    const questions = notes.get(section.file)?.flashcards ?? [];
    if (questions.length === 0) continue;
    for (const node of section.nodes) {
      visit(node, (child) => {
        const line = child.position?.start.line;
        if (line !== undefined && questions.some((question) => line >= question.startLine && line <= question.endLine))
          found.add(child as Nodes);
      });
    }
  }
  return found;
}

/** The questions of the notes on a page: those whose lines are in one of its sections. */
export function questionsOf(
  draft: PageDraft,
  notes: ReadonlyMap<string, ParsedNote>,
): { question: AuthoredQuestion; file: string }[] {
  return draft.sections.flatMap((section) =>
    (notes.get(section.file)?.flashcards ?? [])
      .filter((question) => question.startLine >= section.startLine && question.startLine <= section.endLine)
      .map((question) => ({ question, file: section.file })),
  );
}

/** The ids of a page's headings by file and line (`file:line`). */
function headingAnchors(draft: PageDraft): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const section of draft.sections) {
    const root: Root = { type: 'root', children: section.nodes };
    visit(root, 'heading', (heading) => {
      const id = heading.data?.hProperties?.['id'];
      const line = heading.position?.start.line;
      if (typeof id === 'string' && line !== undefined) anchors.set(`${section.file}:${line}`, id);
    });
  }
  return anchors;
}

/** A question as its id is made of: whitespace collapsed. */
function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return normalised(a).toLowerCase() === normalised(b).toLowerCase();
}
