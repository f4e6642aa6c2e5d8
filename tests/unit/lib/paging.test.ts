import { describe, expect, test } from 'vitest';
import { SitePaths } from '../../../src/convert/site-paths.ts';
import { LIST_PAGE_SIZE, listPagePath, listPages } from '../../../src/lib/paging.ts';

describe('long lists in pages', () => {
  test('a list is cut into pages of LIST_PAGE_SIZE, the last one shorter; an empty list is one empty page', () => {
    const items = Array.from({ length: LIST_PAGE_SIZE * 2 + 1 }, (_, index) => index);
    const pages = listPages(items);
    expect(pages.map((page) => page.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 1]);
    expect(pages.flat()).toEqual(items);
    expect(listPages([])).toEqual([[]]);
  });

  test("the first page is the list's own address, the others are under page/N", () => {
    expect(listPagePath('', 1)).toBe('');
    expect(listPagePath('', 3)).toBe('page/3');
    expect(listPagePath('course/week-1', 1)).toBe('course/week-1');
    expect(listPagePath('course/week-1', 2)).toBe('course/week-1/page/2');
  });

  test('no note or folder takes the address of a list page, at any level, and the student is told', () => {
    const warnings: string[] = [];
    const paths = new SitePaths(new Set(['study']), (message) => warnings.push(message));
    expect(paths.page('', 'Page', 'Page.md')).toBe('page-2');
    expect(paths.page('Course', 'page', 'Course/page.md')).toBe('course/page-2');
    expect(paths.folder('Course/Page').slug).toBe('course/page-3');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('is an address of the site itself');
  });
});
