import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FlashcardSettings } from '../../schemas/flashcard-settings.ts';
import { visit } from '../walk.ts';
import { sidesOf } from './card-sides.ts';
import { findQuestions, type Protected, type QuestionKind } from './find-questions.ts';
import { savedSchedules, type SavedSchedule } from './schedule-comment.ts';

/** A question the student wrote in the Spaced Repetition plugin's syntax, with its cards. */
export interface AuthoredQuestion {
  readonly kind: QuestionKind;
  /** Its lines in the note (1-based, inclusive). */
  readonly startLine: number;
  readonly endLine: number;
  /** Its deck, outermost first (`#flashcards/CompSec/Web` → `['CompSec', 'Web']`; `[]`: the note's own). */
  readonly deck: string[];
  /** The headings above it, outermost first: where it is in the note. */
  readonly context: string[];
  /** The line of the nearest heading above it (its anchor on the page), if any. */
  readonly headingLine: number | null;
  /** Its cards (siblings, in the plugin's order): each side as the notes' tree, and as written. */
  readonly cards: { front: Root; back: Root; key: string }[];
  /** What the plugin saved of each card's reviews, by position (`null`: never reviewed). */
  readonly schedules: (SavedSchedule | null)[];
}

declare module 'vfile' {
  interface DataMap {
    /** The questions of a note written in the Spaced Repetition plugin's syntax. */
    flashcards: AuthoredQuestion[];
    /** The note's path in the notes folder (folders are decks when the settings say so). */
    notePath: string;
  }
}

/** Options of {@link remarkFlashcards}. */
export interface FlashcardOptions {
  /** The vault's Spaced Repetition settings (or the plugin's defaults). */
  readonly settings: FlashcardSettings;
  /** Card sides' Markdown as the notes' trees (formulas rendered, code highlighted), in order; problems are the caller's. */
  readonly renderSides: (sides: readonly string[]) => Root[];
}

/**
 * The flashcards a student wrote in the syntax of the Obsidian Spaced Repetition plugin, in a note
 * that carries a flashcard tag (`#flashcards` by default, in its text or its `tags` property; a
 * subtag names a deck), or in any note of a folder when the settings make folders decks: single-line
 * (`Q::A`, `Q:::A`), multi-line (`?`, `??`) and cloze cards (find-questions.ts, card-sides.ts), with
 * the schedules the plugin saved in `<!--SR:…-->` comments. Nothing inside code or a formula is
 * card syntax; frontmatter (YAML or TOML) is not card text. Each side becomes the notes' tree, to
 * be shown like the notes.
 *
 * @example
 *   "#flashcards/Web\n\nCookie::a small piece of data\n<!--SR:!2023-12-19,4,290-->"
 *   → file.data.flashcards = [{ kind: 'single', deck: ['Web'], cards: [{ front: "Cookie", back: "a small piece of data" }], schedules: [{ kind: 'sm2', due: '2023-12-19', … }] }]
 */
export default function remarkFlashcards(options: FlashcardOptions) {
  const roots = options.settings.flashcardTags.map((tag) => tag.replace(/^#/, '').toLowerCase());
  const isFlashcardTag = (tag: string): boolean => {
    const name = tag.replace(/^#/, '').toLowerCase();
    return roots.some((root) => name === root || name.startsWith(`${root}/`));
  };
  return (tree: Root, file: VFile): void => {
    const path = file.data.notePath ?? '';
    const folders = path.split('/').slice(0, -1);
    const tags = tagLines(tree, file);
    const noteTags = tags.filter((entry) => isFlashcardTag(entry.tag));
    const counts = options.settings.convertFoldersToDecks ? folders.length > 0 : noteTags.length > 0;
    file.data.flashcards = [];
    if (!counts) return;

    const text = String(file.value);
    const lines = withoutFrontmatter(text.split('\n'));
    const guarded = protectedParts(tree);
    const headings = headingsOf(tree);
    const questions = findQuestions(lines, options.settings, guarded);
    // A tag on a card's own lines is that card's, not a deck for the cards below it.
    const onCards = (line: number): boolean =>
      questions.some((question) => line >= question.startLine && line <= question.endLine);
    const deckTags = noteTags.filter((entry) => !onCards(entry.line));
    const found = questions.map((question) => ({ question, sides: sidesOf(question, options.settings) }));
    // Every side of the note made into a tree at once.
    const trees = options.renderSides(
      found.flatMap(({ sides }) => sides.cards.flatMap((card) => [card.front, card.back])),
    );
    let next = 0;
    for (const { question, sides } of found) {
      const cards = sides.cards.map((card) => ({
        front: trees[next++] as Root,
        back: trees[next++] as Root,
        key: card.key,
      }));
      if (cards.length === 0) continue;
      const above = headingsAbove(headings, question.startLine);
      const deck = options.settings.convertFoldersToDecks
        ? folders
        : deckOf(sides.tag, deckTags.length > 0 ? deckTags : noteTags, question.startLine, isFlashcardTag, roots);
      file.data.flashcards.push({
        kind: question.kind,
        startLine: question.startLine,
        endLine: question.endLine,
        deck,
        context: above.map((heading) => heading.text),
        headingLine: above.at(-1)?.line ?? null,
        cards,
        schedules: savedSchedules(question.text).slice(0, cards.length),
      });
    }
  };
}

/** The note's `#tags` with their lines (0 for the frontmatter's `tags`). */
function tagLines(tree: Root, file: VFile): { tag: string; line: number }[] {
  const found = (file.data.properties?.tags ?? []).map((tag) => ({ tag, line: 0 }));
  visit(tree, 'tag', (node) => {
    found.push({ tag: node.value, line: node.position?.start.line ?? 0 });
  });
  return found;
}

/**
 * The deck of a question, as the plugin decides it: its own leading tag; else the flashcard tags
 * of the last line with some above it (not the question's own lines); else the frontmatter's; else
 * the note's first. A flashcard tag names the deck below its root (`#flashcards/CompSec/Web` →
 * `CompSec › Web`); `#flashcards` alone is the note's own deck.
 */
function deckOf(
  own: string | undefined,
  tags: readonly { tag: string; line: number }[],
  startLine: number,
  isFlashcardTag: (tag: string) => boolean,
  roots: readonly string[],
): string[] {
  const pathOf = (tag: string): string[] => {
    const segments = tag.replace(/^#/, '').split('/').filter(Boolean);
    const root = roots.find((entry) => segments[0]?.toLowerCase() === entry.split('/')[0]);
    return isFlashcardTag(tag) && root ? segments.slice(root.split('/').length) : segments;
  };
  if (own) return pathOf(own);
  const above = tags.filter((entry) => entry.line > 0 && entry.line < startLine);
  const lastLine = Math.max(0, ...above.map((entry) => entry.line));
  const group = above.filter((entry) => entry.line === lastLine);
  const chosen = group[0] ?? tags.find((entry) => entry.line === 0) ?? tags[0];
  return chosen ? pathOf(chosen.tag) : [];
}

/** The note's lines with its frontmatter (YAML `---` or TOML `+++`) blanked: no card text, and lines keep their numbers. */
function withoutFrontmatter(lines: readonly string[]): string[] {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return [...lines];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === fence);
  if (end < 0) return [...lines];
  return lines.map((line, index) => (index <= end ? '' : line));
}

/** The lines of code and formula blocks, and the spans of inline code and formulas, from the parsed note. */
function protectedParts(tree: Root): Protected {
  const lines = new Set<number>();
  const spans = new Map<number, [number, number][]>();
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    if (node.type === 'code' || node.type === 'math') {
      for (let line = position.start.line; line <= position.end.line; line++) lines.add(line);
    } else if (
      (node.type === 'inlineCode' || node.type === 'inlineMath') &&
      position.start.line === position.end.line
    ) {
      const list = spans.get(position.start.line) ?? [];
      spans.set(position.start.line, list);
      list.push([position.start.column - 1, position.end.column - 1]);
    }
  });
  return { lines, spans };
}

/** The note's headings, in order, with their depth and line. */
function headingsOf(tree: Root): { text: string; depth: number; line: number }[] {
  const headings: { text: string; depth: number; line: number }[] = [];
  visit(tree, 'heading', (heading) => {
    const line = heading.position?.start.line;
    if (line !== undefined)
      headings.push({ text: wordsOf(heading).replace(/\s+/g, ' ').trim(), depth: heading.depth, line });
  });
  return headings;
}

/** A heading's words, without its formulas (their TeX reads badly in a card's breadcrumb). */
function wordsOf(node: Nodes): string {
  if (node.type === 'inlineMath' || node.type === 'math') return '';
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(wordsOf).join('') : '';
}

/** The headings a line is under, outermost first (a heading on the line itself counts). */
function headingsAbove(
  headings: readonly { text: string; depth: number; line: number }[],
  line: number,
): { text: string; depth: number; line: number }[] {
  const stack: { text: string; depth: number; line: number }[] = [];
  for (const heading of headings) {
    if (heading.line > line) break;
    while ((stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    stack.push(heading);
  }
  return stack;
}
