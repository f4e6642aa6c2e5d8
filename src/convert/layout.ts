import { findAlias, type AliasMatcher } from '../lib/alias-match.ts';
import type { Section } from './sections.ts';

/** How a notes file becomes pages: cut into topics, or one page. */
export type PageKind = 'topics' | 'page';

/**
 * The one rule that decides how a notes file becomes pages:
 * - a notes file is **cut into topics** (at separators, `#` headings and the topic map's names, as
 *   the bundled notes are) when it is the only notes file of the folder, or when the topic map
 *   names two or more of its sections: it is a file of several topics;
 * - every other file is **one page** (a note of a vault): its headings stay on it, and its title is
 *   its `title` property or its file name. A note whose title happens to name a topic ("IAM drill
 *   0001") is a page of its own, not part of that topic. So is an `.mdx` note, always: its own
 *   code (an `export`) must stay on the page that uses it.
 *
 * @example
 *   pageKindOf('aws-security.md', sectionsOf('aws-security.md'), 1001, matchers)     // 'topics' (six sections name topics)
 *   pageKindOf('IAM drill 0001.md', sectionsOf('IAM drill 0001.md'), 1001, matchers) // 'page'
 *   pageKindOf('cloud-networking.md', sectionsOf('cloud-networking.md'), 1, matchers) // 'topics' (the only file)
 */
export function pageKindOf(
  file: string,
  sections: readonly Section[],
  notesFiles: number,
  matchers: readonly AliasMatcher[],
): PageKind {
  if (/\.mdx$/i.test(file)) return 'page';
  if (notesFiles === 1) return 'topics';
  const named = new Set(
    sections.map((section) => findAlias(section.lead, matchers)?.slug).filter((slug) => slug !== undefined),
  );
  return named.size >= 2 ? 'topics' : 'page';
}
