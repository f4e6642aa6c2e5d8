import { LIST_SEGMENT } from '../lib/paging.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';

/** Slugs the site uses inside every folder: the further pages of its list (`course/page/2/`). */
const EVERY_LEVEL: ReadonlySet<string> = new Set([LIST_SEGMENT]);

/** A folder of the notes: a course. */
export interface FolderPath {
  /** Path relative to the notes folder, with `/` (`''` for the notes folder itself). */
  readonly path: string;
  /** URL path of the folder's page, such as `in4060-semantic-technologies` (`''` for the home page). */
  readonly slug: string;
  /** The folder's name as the student wrote it. */
  readonly title: string;
}

/** Warns about a name that had to change to stay unique. */
export type Collision = (message: string, file: string) => void;

/**
 * Slugs for the folders and pages of a notes folder, stable from build to build: every path segment
 * slugified (non-ASCII letters kept, `IN4060 Semantic technologies` → `in4060-semantic-technologies`),
 * unique among its siblings (a second `Week 1` next to `week-1` gets `week-1-2`, with a warning),
 * and never a path the site uses for its own pages (at the top level, and `page` at any level).
 *
 * @example
 *   const paths = new SitePaths(new Set(['study']))
 *   paths.folder('IN4060 Semantic technologies').slug // 'in4060-semantic-technologies'
 *   paths.page('IN4060 Semantic technologies', 'RDF overview', 'x.md') // 'in4060-semantic-technologies/rdf-overview'
 */
export class SitePaths {
  readonly #folders = new Map<string, FolderPath>();
  readonly #taken = new Map<string, Set<string>>();
  /** The site's own addresses at the top level, and those of every level. */
  readonly #reservedAtTop: ReadonlySet<string>;
  readonly #collision: Collision;

  constructor(reserved: ReadonlySet<string>, collision: Collision = () => undefined) {
    this.#reservedAtTop = new Set([...reserved, ...EVERY_LEVEL]);
    this.#collision = collision;
    this.#folders.set('', { path: '', slug: '', title: '' });
  }

  /** The folder at a path, and its ancestors, created on first use. */
  folder(path: string): FolderPath {
    const known = this.#folders.get(path);
    if (known) return known;
    const parentPath = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const parent = this.folder(parentPath);
    const title = path.slice(parentPath === '' ? 0 : parentPath.length + 1);
    const slug = this.#claim(parent.slug, title, 'folder', `${path}/`);
    const folder: FolderPath = { path, slug: join(parent.slug, slug), title };
    this.#folders.set(path, folder);
    return folder;
  }

  /** The ancestors of a folder and the folder itself, outermost first (without the notes folder). */
  trail(path: string): FolderPath[] {
    const trail: FolderPath[] = [];
    for (let folder = this.folder(path); folder.path !== '';) {
      trail.unshift(folder);
      const parent = folder.path.includes('/') ? folder.path.slice(0, folder.path.lastIndexOf('/')) : '';
      folder = this.folder(parent);
    }
    return trail;
  }

  /** A unique URL path for a page named `name` in a folder (`file` is named in a warning). */
  page(folderPath: string, name: string, file: string): string {
    const folder = this.folder(folderPath);
    return join(folder.slug, this.#claim(folder.slug, name, 'note', file));
  }

  #claim(parentSlug: string, name: string, kind: string, file: string): string {
    const taken = this.#taken.get(parentSlug) ?? new Set<string>();
    this.#taken.set(parentSlug, taken);
    const wanted = slugify(name.normalize('NFC')) || kind;
    const reserved = parentSlug === '' ? this.#reservedAtTop : EVERY_LEVEL;
    // Both sets are asked, never copied: a folder of 10,000 notes claims in linear time.
    const slug = uniqueSlug(wanted, { has: (candidate) => taken.has(candidate) || reserved.has(candidate) });
    if (slug !== wanted) {
      const why = reserved.has(wanted) ? 'is an address of the site itself' : 'is taken';
      this.#collision(
        `"${name}" would have the address "${join(parentSlug, wanted)}", which ${why}; it is at "${join(parentSlug, slug)}" instead`,
        file,
      );
    }
    taken.add(slug);
    return slug;
  }
}

function join(parent: string, slug: string): string {
  return parent === '' ? slug : `${parent}/${slug}`;
}
