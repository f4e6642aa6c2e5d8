/**
 * The site's components a page of notes uses in its MDX, by name (src/components/notes/ renders
 * them; the page passes them to `<Content components={…} />`, so MDX needs no import). A student's
 * own `.mdx` note may use them too. Everything else on a page is Markdown, or one of the few HTML
 * elements notes may hold (`<u>`, `<mark>`, `<sub>`, `<sup>`, `<kbd>`, `<br>`).
 */
export const NOTE_COMPONENTS = [
  /** A mention of a glossary term: `<Term name="aws-kms">AWS KMS</Term>`. */
  'Term',
  /** A key term, the bold lead of a line: `<KeyTerm id="term-aws-shield" label="AWS Shield">…</KeyTerm>`. */
  'KeyTerm',
  /** A line the student emphasised: `<KeyPoint id="key-point-…">…</KeyPoint>`. */
  'KeyPoint',
  /** An Obsidian callout: `<Callout type="tip" title="Remember" fold="-">…</Callout>`. */
  'Callout',
  /** Another note's text shown in place: `<Embed label="Eigenvalues" href="/la/eigenvalues/">…</Embed>`. */
  'Embed',
  /** A formula rendered at build time: `<Math tex="a^2" html={…} />`. */
  'Math',
  /** Code highlighted at build time, its source as the children: `<Code lang="python" html={…}>…</Code>`. */
  'Code',
  /** An image of the notes folder, through astro:assets: `<NoteImage src={image0} alt="…" />`. */
  'NoteImage',
  /** A `#tag` of the notes, linking to its tag page: `<Tag name="exam" />`. */
  'Tag',
  /** An Obsidian block id's anchor (`[[Note#^id]]` lands here): `<Anchor id="^roles" />`. */
  'Anchor',
  /** A link to a note that does not exist: `<Unresolved title="…">text</Unresolved>`. */
  'Unresolved',
  /** A file the notes name that the folder lacks: `<MissingFile name="diagram.png" />`. */
  'MissingFile',
] as const;

export type NoteComponent = (typeof NOTE_COMPONENTS)[number];

/** The HTML elements a page's MDX may hold besides Markdown: the student's inline emphasis, a line break, and a paragraph or heading with an id. */
export const NOTE_ELEMENTS: ReadonlySet<string> = new Set([
  'u',
  'mark',
  'sub',
  'sup',
  'kbd',
  'br',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
