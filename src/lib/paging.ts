import { pageUrl } from './urls.ts';

/**
 * Lists that grow with the notes (the pages of a folder, of the home page, of the cheat sheet) are
 * cut into pages of a fixed size, so that no page of the site grows with the number of notes. The
 * second page of a list is at `<list>/page/2/`; the first is the list's own address.
 */
export const LIST_PAGE_SIZE = 60;

/** The path segment of a list's further pages: a folder or note never takes it as its slug. */
export const LIST_SEGMENT = 'page';

/** The pages of a list: `items` cut into pages of `size` (at least one page, empty for an empty list). */
export function listPages<T>(items: readonly T[], size = LIST_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** The path of page `number` (from 1) of the list at `listPath` (`''` for the home page). */
export function listPagePath(listPath: string, number: number): string {
  if (number <= 1) return listPath;
  return listPath === '' ? `${LIST_SEGMENT}/${number}` : `${listPath}/${LIST_SEGMENT}/${number}`;
}

/**
 * The URL of the page of a list that shows the item at `index` (from 0).
 *
 * @example
 *   listPageUrlOf('course', 130) // '/course/page/3/'
 */
export function listPageUrlOf(listPath: string, index: number, size = LIST_PAGE_SIZE): string {
  return pageUrl(listPagePath(listPath, Math.floor(Math.max(0, index) / size) + 1));
}
