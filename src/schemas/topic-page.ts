import { z } from 'zod';

/** A page's URL path: slugs joined by `/`, such as `in4060-semantic-technologies/rdf-overview`. */
export const pagePath = z
  .string()
  .regex(/^[^/\s]+(?:\/[^/\s]+)*$/u, 'must be slugs joined by "/", such as "course/rdf-overview"');

/** Where one section of a topic page comes from in the notes. */
export const sectionSource = z.strictObject({
  /** The notes file, relative to the notes folder, such as `aws-security.md`. */
  file: z.string().min(1),
  /** First line of the section in that file (1-based). */
  startLine: z.number().int().positive(),
  /** Last line of the section in that file (inclusive). */
  endLine: z.number().int().positive(),
  /** How many non-blank lines of notes the section holds. */
  lines: z.number().int().nonnegative(),
});

/** An entry of a page's outline ("On this page"), in reading order. */
export const outlineEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    /** Heading level, 2 to 6 (level 1 is the page title). */
    depth: z.number().int().min(1).max(6),
    /** The heading's text. */
    text: z.string(),
    /** The heading's id on the page (github-slugger, as GitHub and Astro make them). */
    id: z.string().min(1),
  }),
  z.strictObject({
    kind: z.literal('term'),
    /** The id of the key term's element on the page, such as `term-aws-shield`. */
    id: z.string().min(1),
    /** The key term as written, such as `AWS Shield`. */
    text: z.string().min(1),
    /** What the line says about it, such as `protects against DDoS/DoS attacks …`. */
    explanation: z.string(),
  }),
]);

/** A line the student emphasised (underlined, highlighted, or bold and italic together). */
export const keyPoint = z.strictObject({
  /** The id of the key point's element on the page. */
  id: z.string().min(1),
  /** The whole line, as plain text. */
  text: z.string().min(1),
  /** Its key words, blanked in its cloze card. */
  keyWords: z.array(z.string()),
});

/**
 * What the Obsidian Spaced Repetition plugin saved of a card's reviews (its `<!--SR:…-->` comment):
 * the card's first state on the site, until it is reviewed here.
 */
export const savedSchedule = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The plugin's SM-2 entry. */
    kind: z.literal('sm2'),
    /** The day the card is due, `YYYY-MM-DD`. */
    due: z.string(),
    /** Days between its last review and its due day. */
    interval: z.number().nonnegative(),
    /** Ease in percent (250 = 2.5). */
    ease: z.number().nonnegative(),
  }),
  z.strictObject({
    /** The plugin's FSRS entry (1.14.2 and later). */
    kind: z.literal('fsrs'),
    due: z.string(),
    interval: z.number(),
    stability: z.number(),
    difficulty: z.number(),
    state: z.number().int(),
    reps: z.number().int(),
    lapses: z.number().int(),
    learningSteps: z.number().int(),
    lastReview: z.string().nullable(),
  }),
]);

/** A flashcard: one the student wrote (Spaced Repetition syntax), or one the site made from the notes. */
export const studyCard = z.strictObject({
  /**
   * Stable id: a hash of the card's question as written (and its kind), never of the page or file
   * it is in, so reviews survive renaming and moving notes, and editing an answer; a changed
   * question is a new card.
   */
  id: z.string().min(1),
  /** Ids the card had in earlier versions of the site: reviews saved under them carry over. */
  previousIds: z.array(z.string().min(1)),
  /**
   * `authored`: written by the student; generated from the notes: `term` (a key term and its
   * explanation), `cloze` (a key point with its key words blanked), `group` (which group an item
   * belongs to).
   */
  kind: z.enum(['authored', 'term', 'cloze', 'group']),
  /** The question side, as HTML the converter wrote (text escaped; formulas and code rendered at build time). */
  front: z.string().min(1),
  /** The answer side, as HTML. */
  back: z.string().min(1),
  /** Where the card comes from: the page's title, then the headings above it ("Web Security › Cookies"). */
  where: z.array(z.string()),
  /** The line of notes that frames the question (for group cards, the line above the list). */
  context: z.string().optional(),
  /** The possible answers (for group cards, every group of the list). */
  choices: z.array(z.string()).optional(),
  /** Link target on the topic page where the answer is. */
  anchor: z.string().optional(),
  /** The deck the student put the card in (`#flashcards/CompSec/Web` → `['CompSec', 'Web']`); none: the page's course. */
  deck: z.array(z.string()).optional(),
  /** What the Spaced Repetition plugin saved of the card's reviews, if anything. */
  schedule: savedSchedule.optional(),
  /** Whether a side shows a formula (the study page then loads the formulas' stylesheet). */
  math: z.boolean().optional(),
});

/** A mention of a glossary term on a page. */
export const mention = z.strictObject({
  /** Glossary id of the term, such as `amazon-cognito`. */
  term: z.string().min(1),
  /** The id of the mention's element on the page, such as `mention-amazon-cognito`. */
  id: z.string().min(1),
  /** The words of the notes, such as `Amazon congnito`. */
  text: z.string(),
});

/** A folder of the notes (a course), as a page names it. */
export const folderRef = z.strictObject({
  /** URL path of the folder's page (`''` for the notes folder itself, the home page). */
  slug: z.string(),
  /** The folder's name as the student wrote it. */
  title: z.string(),
});

/** A page another page links to, or is linked from. */
export const pageRef = z.strictObject({
  slug: pagePath,
  title: z.string().min(1),
});

/**
 * The site's data about a page of notes (one JSON file beside each page's MDX): its address, place
 * in reading order, outline, cards and links. The page's text is its MDX file (page-matter.ts).
 */
export const topicPage = z.strictObject({
  /** Page title: the note's `title` property or its file name, or the topic map's or heading's title. */
  title: z.string().min(1),
  /** URL path: the page is served at `/<slug>/`. */
  slug: pagePath,
  /** Reading order, 1 for the first page. */
  order: z.number().int().positive(),
  /** One sentence describing the page. */
  summary: z.string().min(1),
  /** Language of the page's notes (BCP 47), told from their script; the page is marked with it. */
  lang: z.string().min(2),
  /** The folders the page is in, outermost first (empty for a page of the notes folder itself). */
  folders: z.array(folderRef),
  /** The note's tags (frontmatter and `#tags` in the text), without `#`. */
  tags: z.array(z.string().min(1)),
  /** The sections of the notes on this page, in the order they appear on it. */
  sections: z.array(sectionSource).min(1),
  /** Headings and key terms of the page, in reading order. */
  outline: z.array(outlineEntry),
  /** Every mention of a glossary term on the page, in reading order. */
  mentions: z.array(mention),
  /** The lines the student emphasised, in reading order. */
  keyPoints: z.array(keyPoint),
  /** Flashcards generated from this page's notes. */
  cards: z.array(studyCard),
  /** The images the page's cards show, by the N of their `<!--card-image:N-->` (src relative to this file). */
  cardImages: z.array(
    z.strictObject({
      src: z.string().min(1),
      alt: z.string(),
      /** The width the student asked for (`![[a.png|300]]`), in CSS pixels. */
      width: z.number().int().positive().optional(),
    }),
  ),
  /** The file of study cards that holds this page's cards: `study/cards/<cardFile>.json` (lib/study-data.ts). */
  cardFile: z.string().min(1),
  /** The pages that link to this one, in reading order ("Linked from"). */
  backlinks: z.array(pageRef),
  /** Other names search finds the page by (its aliases, abbreviations in their other form), never shown. */
  searchNames: z.array(z.string()),
  /** Whether the page shows formulas (it then loads the formula stylesheet). */
  math: z.boolean(),
  /** A note with no text yet: its page says so. */
  empty: z.literal(true).optional(),
});

export type SectionSource = z.infer<typeof sectionSource>;
export type OutlineEntry = z.infer<typeof outlineEntry>;
export type Mention = z.infer<typeof mention>;
export type KeyPoint = z.infer<typeof keyPoint>;
export type StudyCard = z.infer<typeof studyCard>;
export type SavedSchedule = z.infer<typeof savedSchedule>;
export type TopicPage = z.infer<typeof topicPage>;
export type PageRef = z.infer<typeof pageRef>;
export type FolderRef = z.infer<typeof folderRef>;
