import type { Wikilink } from '@quartz-community/remark-obsidian';
import type { Image, Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from '../walk.ts';
import type { VFile } from 'vfile';
import { isNoteFile } from '../../lib/note-files.ts';
import { findHeading } from './heading-key.ts';
import { isLocalUrl } from '../safe-links.ts';
import { joinPath, type LinkIndex, type LinkTarget } from './link-index.ts';

/** A page of the site, as links name it. */
export interface PageRef {
  /** Internal key of the page. */
  readonly key: string;
  /** URL path, such as `in4060/rdf-overview`. */
  readonly slug: string;
  readonly title: string;
}

/** A note as links find it: its file, its pages, and where its headings and blocks are. */
export interface NoteTarget extends LinkTarget {
  /** The pages the note is on: one, or several for a notes file cut into topics. */
  readonly pages: readonly PageRef[];
  /** Its headings, each with the page and id it has there. */
  readonly headings: readonly {
    readonly text: string;
    readonly id: string;
    readonly depth: number;
    readonly page: PageRef;
  }[];
  /** Its block ids (`^id`), each with its page. */
  readonly blocks: ReadonlyMap<string, PageRef>;
}

/** A file of the notes folder that is not a note (an image, a PDF). */
export type AttachmentTarget = LinkTarget;

/** What {@link remarkResolveLinks} needs to know of the whole notes folder. */
export interface ResolveOptions {
  readonly notes: LinkIndex<NoteTarget>;
  readonly attachments: LinkIndex<AttachmentTarget>;
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** The notes file the links are written in. */
  readonly from: string;
  /** The page they are on. */
  readonly page: PageRef;
  /** Records a link between two pages (for "Linked from"). */
  readonly linked: (from: PageRef, to: PageRef) => void;
}

/** Image files a page can show. */
const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'bmp',
  'tif',
  'tiff',
]);

declare module 'mdast' {
  interface ImageData {
    /** The file of the notes folder this image shows (path relative to the notes folder). */
    attachment?: string;
    /** Whether the student described the image (its alt text is theirs, not its file name). */
    described?: boolean;
  }
}

/**
 * Make every link between notes a real link, the way Obsidian finds its target (link-index.ts):
 * `[[Note]]`, `[[Note|text]]`, `[[Note#Heading]]`, `[[#Heading]]`, `[[Note#^block]]`,
 * `[[folder/Note]]`, and Markdown links to notes (`[x](other%20note.md#part)`). Images — `![[a.png]]`,
 * `![[a.png|300]]`, `![[a.png|300x200]]`, `![alt](path with spaces.png)`, `<img src>` — are found
 * where Obsidian finds them (next to the note, by relative path, or anywhere by a unique name).
 * `![[Other note]]` becomes an `Embed` that a later step fills (embeds.ts). A link to a note that
 * does not exist shows its text, marked as unresolved; a missing image shows a placeholder with its
 * name; both warn at their line.
 *
 * @example
 *   "see [[rdf overview#Triples|triples]]" → link(/in4060/rdf-overview/#triples) > "triples"
 *   "![[Pasted image 20231012.png|300]]"  → image(data.attachment "attachments/Pasted image 20231012.png", width 300)
 *   "[[No such note]]"                     → span.unresolved > "No such note", and a warning
 */
export default function remarkResolveLinks(options: ResolveOptions) {
  return (tree: Root, file: VFile): void => {
    const resolve = (node: Wikilink): Nodes => resolveWikilink(node, options, file);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'wikilink') {
        parent.children[index] = resolve(node) as (typeof parent.children)[number];
        return SKIP;
      }
      if (node.type === 'image' && isLocalUrl(node.url)) {
        parent.children[index] = localImage(node, options, file) as (typeof parent.children)[number];
        return SKIP;
      }
      if (node.type === 'link' && isLocalUrl(node.url) && !node.url.startsWith('#')) {
        const replaced = localLink(node, options, file);
        parent.children.splice(index, 1, ...(replaced as (typeof parent.children)[number][]));
        return [SKIP, index + replaced.length];
      }
      return undefined;
    });
  };
}

function resolveWikilink(node: Wikilink, options: ResolveOptions, file: VFile): Nodes {
  const path = node.path.trim();
  const heading = node.heading.trim();
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  // `![[Lecture 3.1]]` is a note named "Lecture 3.1" when there is one, not a file ending in `.1`.
  if (node.embedded && extension && !isNoteFile(path) && !options.notes.find(path, options.from)) {
    return embeddedFile(node, path, extension, options, file);
  }
  const target = path === '' ? options.notes.find(options.from, options.from) : options.notes.find(path, options.from);
  const label =
    node.alias.trim() ||
    (path === '' ? heading.replace(/^\^/, '') : heading && !heading.startsWith('^') ? `${path} > ${heading}` : path);
  if (!target) {
    file.message(`no note "${path}" in these notes; the link shows as text`, {
      place: node.position,
      ruleId: 'unresolved-link',
      source: 'study-notes',
    });
    return unresolved(label, `No note named “${path}” in these notes`, node);
  }
  warnAmbiguous(path, target.others, file, node);
  const found = anchorIn(target.target, heading);
  if (heading && !found.anchor)
    file.message(`no heading "${heading}" in "${path || options.from}"; the link goes to the page`, {
      place: node.position,
      ruleId: 'unresolved-heading',
      source: 'study-notes',
    });
  // An embed is a link too: the embedded note lists the page among those that link to it.
  options.linked(options.page, found.page);
  if (node.embedded) {
    return {
      type: 'mdxJsxTextElement',
      name: 'Embed',
      attributes: [
        attribute('file', target.target.file),
        attribute('heading', found.anchor ? heading : ''),
        attribute('label', label),
        attribute('href', pageLink(found.page.slug, found.anchor, [], node, options).url),
      ],
      children: [{ type: 'text', value: label }],
      ...(node.position ? { position: node.position } : {}),
    };
  }
  return pageLink(found.page.slug, found.anchor, [{ type: 'text', value: label }], node, options);
}

/** The page and anchor of a heading (`Heading` or `^block`) of a note; its first page when there is none. */
function anchorIn(note: NoteTarget, heading: string): { page: PageRef; anchor?: string } {
  const first = note.pages[0] as PageRef;
  if (heading === '') return { page: first };
  if (heading.startsWith('^')) {
    const page = note.blocks.get(heading.slice(1));
    return page ? { page, anchor: heading } : { page: first };
  }
  const match = note.headings[findHeading(note.headings, heading)];
  return match ? { page: match.page, anchor: match.id } : { page: first };
}

function embeddedFile(node: Wikilink, path: string, extension: string, options: ResolveOptions, file: VFile): Nodes {
  const found = options.attachments.find(path, options.from);
  const name = path.split('/').at(-1) ?? path;
  if (!found) return missingFile('file', path, node, file);
  warnAmbiguous(path, found.others, file, node);
  if (!IMAGE_EXTENSIONS.has(extension)) {
    file.message(`"${name}" is not an image; the site shows its name only`, {
      place: node.position,
      ruleId: 'not-an-image',
      source: 'study-notes',
    });
    return {
      type: 'text',
      value: `${node.alias.trim() || name} (${name})`,
      ...(node.position ? { position: node.position } : {}),
    };
  }
  const { alt, width, height } = imageSize(node.alias, name);
  const described = alt !== name.replace(/\.[^.]+$/, '');
  const image: Image = {
    type: 'image',
    url: found.target.file,
    alt,
    data: { attachment: found.target.file, described, ...(width ? { width } : {}), ...(height ? { height } : {}) },
  };
  if (node.position) image.position = node.position;
  return image;
}

/**
 * The description and size of an embedded image: `|300`, `|300x200`, `|caption|300`, `|caption`.
 *
 * @example
 *   imageSize('caption|300x200', 'a.png') // { alt: 'caption', width: 300, height: 200 }
 *   imageSize('', 'Pasted image 1.png')   // { alt: 'Pasted image 1' }
 */
export function imageSize(alias: string, name: string): { alt: string; width?: number; height?: number } {
  const match = /^(?:(.*)\|)?\s*(\d+)(?:x(\d+))?\s*$/.exec(alias);
  const fallback = name.replace(/\.[^.]+$/, '');
  if (!match) return { alt: alias.trim() || fallback };
  return {
    alt: match[1]?.trim() || fallback,
    ...(match[2] ? { width: Number(match[2]) } : {}),
    ...(match[3] ? { height: Number(match[3]) } : {}),
  };
}

function localImage(node: Image, options: ResolveOptions, file: VFile): Nodes {
  const path = decodePath(node.url);
  const name = path.split('/').at(-1) ?? path;
  const found =
    options.attachments.find(joinPath(folderOf(options.from), path), options.from) ??
    options.attachments.find(path, options.from) ??
    options.attachments.find(name, options.from);
  if (!found) return missingFile('image', path, node, file);
  return { ...node, data: { ...node.data, attachment: found.target.file, described: Boolean(node.alt?.trim()) } };
}

function localLink(node: Link, options: ResolveOptions, file: VFile): PhrasingContent[] {
  const [rawPath = '', rawHash] = node.url.split('#', 2);
  const path = decodePath(rawPath);
  const heading = rawHash === undefined ? '' : decodeSafely(rawHash);
  const target =
    options.notes.find(joinPath(folderOf(options.from), path), options.from) ?? options.notes.find(path, options.from);
  if (!target) {
    if (options.attachments.find(joinPath(folderOf(options.from), path), options.from)) {
      file.message(`"${path}" is a file of the notes folder, not a note; the site shows the link's text only`, {
        place: node.position,
        ruleId: 'link-to-file',
        source: 'study-notes',
      });
    } else
      file.message(`no note "${path}" in these notes; the link shows as text`, {
        place: node.position,
        ruleId: 'unresolved-link',
        source: 'study-notes',
      });
    return [unresolved(node.children, `No note “${path}” in these notes`, node)];
  }
  const found = anchorIn(target.target, heading);
  options.linked(options.page, found.page);
  return [pageLink(found.page.slug, found.anchor, node.children, node, options)];
}

function pageLink(
  slug: string,
  anchor: string | undefined,
  children: PhrasingContent[],
  at: Nodes,
  options: ResolveOptions,
): Link {
  const url = `${options.base}${slug === '' ? '' : `${slug.split('/').map(encodeURIComponent).join('/')}/`}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  const link: Link = { type: 'link', url, children, data: { hProperties: { className: ['internal'] } } };
  if (at.position) link.position = at.position;
  return link;
}

function unresolved(children: string | PhrasingContent[], title: string, at: Nodes): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Unresolved',
    attributes: [attribute('title', title)],
    children: typeof children === 'string' ? [{ type: 'text', value: children } satisfies Text] : children,
    ...(at.position ? { position: at.position } : {}),
  };
}

function missing(name: string, at: Nodes): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'MissingFile',
    attributes: [attribute('name', name)],
    children: [{ type: 'text', value: name }],
    ...(at.position ? { position: at.position } : {}),
  };
}

function warnAmbiguous(path: string, others: readonly LinkTarget[], file: VFile, at: Nodes): void {
  if (others.length === 0) return;
  file.message(
    `"${path}" could name ${others.length + 1} files; it links to the nearest one (write more of the path to choose)`,
    { place: at.position, ruleId: 'ambiguous-link', source: 'study-notes' },
  );
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/** A path of a Markdown link or image as a file path: `%20` decoded, `?query` and `#part` dropped. */
function decodePath(url: string): string {
  return decodeSafely(url.split(/[?#]/, 1)[0] ?? '');
}

/** `%20` decoded; a `%` that starts no escape (`#50%`, `%E0` alone) is the student's `%`, kept as written. */
function decodeSafely(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}

/** A file the notes name that the folder does not have: a warning at its place, and a placeholder with its name. */
function missingFile(kind: 'file' | 'image', path: string, node: Nodes, file: VFile): Nodes {
  file.message(`no ${kind} "${path}" in the notes folder; a placeholder shows its name`, {
    place: node.position,
    ruleId: 'missing-file',
    source: 'study-notes',
  });
  return missing(path.split('/').at(-1) ?? path, node);
}
