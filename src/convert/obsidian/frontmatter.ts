import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';

/** What the converter reads from a note's frontmatter (Obsidian's properties). */
export interface NoteProperties {
  /** The page title, when the note sets one (`title:`); else the file name is the title. */
  title?: string;
  /** Other names of the note: `[[Alias]]` links to it (`aliases:`, or the older `alias:`). */
  aliases: string[];
  /** The note's tags (`tags:` or the older `tag:`), without `#`. */
  tags: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** The note's properties, read from its frontmatter by {@link remarkNoteProperties}. */
    properties: NoteProperties;
  }
}

/**
 * Read a note's YAML frontmatter (Obsidian's properties) into `file.data.properties` and take it
 * off the page: `title`, `aliases` (or `alias`) and `tags` (or `tag`), each as a list, a single
 * value or a comma-separated string, as Obsidian accepts them. Other properties are ignored.
 * Frontmatter that is not valid YAML is shown as a code block, with a warning at its line: nothing
 * the student wrote disappears.
 *
 * @example
 *   ---\ntitle: RDF overview\naliases: RDF, Resource Description Framework\ntags: [in4060, "#exam"]\n---
 *   → file.data.properties = { title: 'RDF overview', aliases: ['RDF', 'Resource Description Framework'], tags: ['in4060', 'exam'] }
 */
export default function remarkNoteProperties() {
  return (tree: Root, file: VFile): void => {
    const properties: NoteProperties = { aliases: [], tags: [] };
    file.data.properties = properties;
    const first = tree.children[0];
    if (first?.type !== 'yaml') return;
    let data: unknown;
    try {
      data = parse(first.value);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      file.message(`the frontmatter is not valid YAML (${reason}); it is shown as text`, first);
      const shown: Code = { type: 'code', lang: 'yaml', value: `---\n${first.value}\n---` };
      if (first.position) shown.position = first.position;
      tree.children[0] = shown;
      return;
    }
    tree.children.shift();
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
    const fields = data as Record<string, unknown>;
    const title = fields['title'];
    if (typeof title === 'string' || typeof title === 'number') {
      const text = String(title).trim();
      if (text) properties.title = text;
    }
    properties.aliases = listOf(fields['aliases'] ?? fields['alias']);
    properties.tags = listOf(fields['tags'] ?? fields['tag'])
      .map((tag) => tag.replace(/^#+/, ''))
      .filter((tag) => tag !== '');
  };
}

/**
 * A property's values: a list, or one value that may hold several separated by commas.
 *
 * @example
 *   listOf('lecture, week6') // ['lecture', 'week6']
 *   listOf(['a', 2])         // ['a', '2']
 */
export function listOf(value: unknown): string[] {
  const values = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : value === undefined || value === null
        ? []
        : [value];
  return values
    .filter((entry) => typeof entry === 'string' || typeof entry === 'number')
    .map((entry) => String(entry).trim())
    .filter((entry) => entry !== '');
}
