import { describe, expect, inject, test } from 'vitest';
import { brokenLinks, htmlErrors } from './support/html-checks.ts';
import { htmlPages } from './support/site-pages.ts';

const distDir = inject('distDir');

describe('the built pages', () => {
  test('are valid HTML: html-validate reports no error on any page', async () => {
    expect(htmlPages(distDir).length).toBeGreaterThanOrEqual(11);
    expect(await htmlErrors(distDir)).toEqual([]);
  });

  test('have no broken internal link, resource or anchor', () => {
    expect(brokenLinks(distDir)).toEqual([]);
  });
});
