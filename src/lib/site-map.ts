import type { FolderRef } from '../schemas/topic-page.ts';

/** What navigation needs of a page. */
export interface MapPage {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  readonly folders: readonly FolderRef[];
}

/** A folder of the notes (a course), with its pages and sub-folders, in reading order. */
export interface MapFolder<P extends MapPage = MapPage> {
  /** URL path of the folder's page (`''` for the notes folder itself: the home page). */
  readonly slug: string;
  readonly title: string;
  /** The folders it is in, outermost first, and itself. */
  readonly trail: readonly FolderRef[];
  readonly pages: P[];
  readonly folders: MapFolder<P>[];
  /** Pages in it and in all its sub-folders. */
  count: number;
}

/**
 * The folder tree of the site's pages (given in reading order): the notes folder at its root.
 *
 * @example
 *   siteMap([{ slug: 'la/eigen', folders: [{ slug: 'la', title: 'Linear algebra' }], … }]).folders[0].title // 'Linear algebra'
 */
export function siteMap<P extends MapPage>(pages: readonly P[]): MapFolder<P> {
  const root: MapFolder<P> = { slug: '', title: '', trail: [], pages: [], folders: [], count: 0 };
  const bySlug = new Map<string, MapFolder<P>>([['', root]]);
  for (const page of pages) {
    let folder = root;
    folder.count += 1;
    page.folders.forEach((ref, depth) => {
      let child = bySlug.get(ref.slug);
      if (!child) {
        child = {
          slug: ref.slug,
          title: ref.title,
          trail: page.folders.slice(0, depth + 1),
          pages: [],
          folders: [],
          count: 0,
        };
        bySlug.set(ref.slug, child);
        folder.folders.push(child);
      }
      folder = child;
      folder.count += 1;
    });
    folder.pages.push(page);
  }
  return root;
}

/** Every folder of a tree, the root first, depth first. */
export function allFolders<P extends MapPage>(root: MapFolder<P>): MapFolder<P>[] {
  return [root, ...root.folders.flatMap((folder) => allFolders(folder))];
}

/** The navigation of one page: bounded, whatever the number of notes. */
export interface PageNavigation<P extends MapPage = MapPage> {
  /** The page's folder, its ancestors first (empty at the top level). */
  readonly trail: readonly FolderRef[];
  /** Pages of its folder around it, in order (at most `2 × span + 1`). */
  readonly neighbours: readonly P[];
  /** How many pages of its folder are not listed before and after the neighbours. */
  readonly hiddenBefore: number;
  readonly hiddenAfter: number;
  /** The other folders next to it and above it, as links (their pages are not listed). */
  readonly otherFolders: readonly { readonly slug: string; readonly title: string; readonly count: number }[];
}

/**
 * What a page's menu shows: the pages of its own folder around it (at most `span` on each side, and
 * how many more there are), and the folders beside it and above it. Its size does not grow with the
 * number of notes in other folders.
 *
 * @example
 *   pageNavigation(root, page, 2) // { neighbours: [p-2, p-1, page, p+1, p+2], hiddenBefore: 10, … }
 */
export function pageNavigation<P extends MapPage>(
  root: MapFolder<P>,
  page: P,
  span = 15,
  maxFolders = 40,
): PageNavigation<P> {
  let folder = root;
  const levels: MapFolder<P>[] = [root];
  for (const ref of page.folders) {
    const child = folder.folders.find((entry) => entry.slug === ref.slug);
    if (!child) break;
    folder = child;
    levels.push(folder);
  }
  const index = folder.pages.findIndex((entry) => entry.slug === page.slug);
  const start = Math.max(0, Math.min(index - span, folder.pages.length - (2 * span + 1)));
  const end = Math.min(folder.pages.length, start + 2 * span + 1);
  const others = levels
    .flatMap((level) => level.folders)
    .filter((entry) => entry !== folder && !levels.includes(entry))
    .slice(0, maxFolders)
    .map((entry) => ({ slug: entry.slug, title: entry.title, count: entry.count }));
  return {
    trail: page.folders,
    neighbours: folder.pages.slice(start, end),
    hiddenBefore: start,
    hiddenAfter: folder.pages.length - end,
    otherFolders: others,
  };
}
