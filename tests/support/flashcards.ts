import { VFile } from 'vfile';
import { cardHtml } from '../../src/convert/cards/card-html.ts';
import type { AuthoredQuestion } from '../../src/convert/cards/remark-flashcards.ts';
import { createNoteProcessors } from '../../src/convert/note-processors.ts';
import { findTerms } from '../../src/lib/term-matcher.ts';
import { flashcardSettings } from '../../src/schemas/flashcard-settings.ts';

/**
 * The questions a note holds in the Spaced Repetition plugin's syntax, as the converter finds them
 * (the note is parsed like any note). `settings` are the plugin's settings over its defaults; the
 * note needs its flashcard tag, unless the settings make folders decks.
 */
export function questionsIn(
  text: string,
  settings: Record<string, unknown> = {},
  path = 'Course/Note.md',
): AuthoredQuestion[] {
  const processors = createNoteProcessors({ findTerms: findTerms([]), flashcards: flashcardSettings.parse(settings) });
  const file = new VFile({ path, value: text, data: { notePath: path } });
  const processor = processors.markdown;
  processor.runSync(processor.parse(file), file);
  return file.data.flashcards ?? [];
}

/** A question as the tests compare it: its kind, its lines, and each card's two sides as the text a student reads. */
export function summary(question: AuthoredQuestion): {
  kind: string;
  lines: [number, number];
  cards: [string, string][];
} {
  return {
    kind: question.kind,
    lines: [question.startLine, question.endLine],
    cards: question.cards.map((card) => [textOf(cardHtml(card.front).html), textOf(cardHtml(card.back).html)]),
  };
}

/** The questions of a note in the form of {@link summary}, as if every note were tagged (folders as decks). */
export function cardsIn(text: string, settings: Record<string, unknown> = {}): ReturnType<typeof summary>[] {
  return questionsIn(text, { convertFoldersToDecks: true, ...settings }).map(summary);
}

/** HTML as the words it shows (tags dropped, entities read), lines kept apart by a space. */
export function textOf(html: string): string {
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
    .replace(/<\/?(?:p|br|li|div|pre|aside|ul|ol|h\d)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
