import { z } from 'zod';

/**
 * The settings of the Obsidian Spaced Repetition plugin that decide which cards a vault's notes
 * hold, as its `.obsidian/plugins/obsidian-spaced-repetition/data.json` keeps them (under
 * `settings`); every one optional, with the plugin's own defaults. Other settings are ignored.
 */
export const flashcardSettings = z
  .object({
    /** Tags that make a note's cards count (a subtag names a deck: `#flashcards/CompSec/Web`). */
    flashcardTags: z.array(z.string().min(1)).default(['#flashcards']),
    /** Decks are the notes' folders, and every note in a folder counts, whatever its tags. */
    convertFoldersToDecks: z.boolean().default(false),
    /** `Question::Answer`. */
    singleLineCardSeparator: z.string().default('::'),
    /** `Question:::Answer`: a card each way. */
    singleLineReversedCardSeparator: z.string().default(':::'),
    /** A line holding only this between question lines and answer lines. */
    multilineCardSeparator: z.string().default('?'),
    /** The same, a card each way. */
    multilineReversedCardSeparator: z.string().default('??'),
    /** A line that ends a multi-line card (blank lines may then be inside its answer); `''`: a blank line ends it. */
    multilineCardEndMarker: z.string().default(''),
    /** Cloze patterns (`==[123;;]answer[;;hint]==`); when missing, made from the three switches below. */
    clozePatterns: z.array(z.string()).optional(),
    /** `==hidden==` is a cloze (older settings). */
    convertHighlightsToClozes: z.boolean().default(true),
    /** `**hidden**` is a cloze (older settings). */
    convertBoldTextToClozes: z.boolean().default(false),
    /** `{{hidden}}` is a cloze (older settings). */
    convertCurlyBracketsToClozes: z.boolean().default(false),
  })
  .loose();

/** The plugin's data file: its settings under `settings`, beside data the site does not read. */
export const flashcardPluginData = z
  .object({ settings: flashcardSettings.default(flashcardSettings.parse({})) })
  .loose();

export type FlashcardSettings = z.infer<typeof flashcardSettings>;
