import { tagSlug } from './tag-slug.ts';

/** A tag and the pages that carry it. */
export interface TagPages<P> {
  readonly tag: string;
  readonly slug: string;
  readonly pages: P[];
}

/**
 * The tags of the pages, A to Z, each with its pages in reading order. A nested tag (`exam/week-3`)
 * also counts for its parent (`exam`), as in Obsidian.
 *
 * @example
 *   tagsOf([{ tags: ['exam/week-3'] }]) // [{ tag: 'exam', … }, { tag: 'exam/week-3', … }]
 */
export function tagsOf<P extends { readonly tags: readonly string[] }>(pages: readonly P[]): TagPages<P>[] {
  const bySlug = new Map<string, TagPages<P>>();
  for (const page of pages) {
    const tags = new Set(
      page.tags.flatMap((tag) => tag.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))),
    );
    for (const tag of tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { tag, slug, pages: [] };
      if (!entry.pages.includes(page)) entry.pages.push(page);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'en', { sensitivity: 'base' }));
}
