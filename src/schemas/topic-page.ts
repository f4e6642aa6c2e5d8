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

/** A flashcard generated from the notes (never written by hand). */
export const studyCard = z.strictObject({
  /** Stable id (a hash of its kind, topic and the words of the notes it asks about), so review history survives rebuilds. */
  id: z.string().min(1),
  /** The id the card had before ids named the topic (a hash of kind, question and answer): reviews saved under it carry over. */
  legacyId: z.string().min(1),
  /** `term`: a key term and its explanation; `cloze`: a key point with its key words blanked; `group`: which group an item belongs to. */
  kind: z.enum(['term', 'cloze', 'group']),
  /** The question side. */
  front: z.string().min(1),
  /** The answer side. */
  back: z.string().min(1),
  /** The line of notes that frames the question (for group cards, the line above the list). */
  context: z.string().optional(),
  /** The possible answers (for group cards, every group of the list). */
  choices: z.array(z.string()).optional(),
  /** Link target on the topic page where the answer is. */
  anchor: z.string().optional(),
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
  /** The file of study cards that holds this page's cards: `study/cards/<cardFile>.json` (lib/study-data.ts). */
  cardFile: z.string().min(1),
  /** The pages that link to this one, in reading order ("Linked from"). */
  backlinks: z.array(pageRef),
  /** Whether the page shows formulas (it then loads the formula stylesheet). */
  math: z.boolean(),
});

export type SectionSource = z.infer<typeof sectionSource>;
export type OutlineEntry = z.infer<typeof outlineEntry>;
export type Mention = z.infer<typeof mention>;
export type KeyPoint = z.infer<typeof keyPoint>;
export type StudyCard = z.infer<typeof studyCard>;
export type TopicPage = z.infer<typeof topicPage>;
export type PageRef = z.infer<typeof pageRef>;
export type FolderRef = z.infer<typeof folderRef>;
