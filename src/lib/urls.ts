/**
 * A link to a page of the site, under the site's base path, with the trailing slash every page
 * URL has.
 *
 * @example
 *   pageUrl('iam')  // "/iam/" (or "/notes/iam/" when the site is built with base "/notes/")
 *   pageUrl('')     // "/"
 */
export function pageUrl(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${base}${trimmed}/` : base;
}
