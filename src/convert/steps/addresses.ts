import { anchorHeadings } from '../heading-ids.ts';
import { SitePaths, type Collision } from '../site-paths.ts';
import type { PageDraft } from './page-draft.ts';
import { noteName } from '../../lib/note-files.ts';

/**
 * Step 3: every page's address and its headings' ids. A topic is at its slug, a note at its file
 * name, each inside the addresses of its folders (site-paths.ts: stable, unique, never one of the
 * site's own); headings get the ids Astro gives them (heading-ids.ts). Returns the folders'
 * addresses, which the pages' breadcrumbs use.
 *
 * @example
 *   placePages(drafts, new Set(['study']), warn) // drafts[0].slug === 'iam', drafts[7].slug === 'course/rdf-overview'
 */
export function placePages(
  drafts: readonly PageDraft[],
  reservedSlugs: ReadonlySet<string>,
  collision: Collision,
): SitePaths {
  const paths = new SitePaths(reservedSlugs, collision);
  for (const draft of drafts) {
    const first = draft.sections[0]?.file ?? '';
    const name = draft.kind === 'topics' ? draft.key.slice('topic:'.length) : noteName(first);
    draft.slug = paths.page(draft.folder, name, first);
    draft.headings = anchorHeadings(draft.sections.flatMap((section) => section.nodes));
  }
  return paths;
}
