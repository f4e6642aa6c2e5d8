import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './walk.ts';
import { findAlias, type AliasMatcher } from '../lib/alias-match.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';
import type { TopicEntry } from '../schemas/topic-map.ts';
import { openingHeading, type Section } from './sections.ts';

/** Where a topic the notes started came from: its kind keeps a heading's topic apart from a file's of the same name. */
type TopicOrigin = 'heading' | 'file';

/** A topic with the sections assigned to it, before it is written out. */
export interface TopicDraft {
  readonly slug: string;
  readonly title: string;
  /** From the topic map; `undefined` for a topic the notes started, summarised from its text later. */
  readonly summary: string | undefined;
  readonly sections: Section[];
}

/** Options of {@link assignTopics}. */
export interface AssignOptions {
  /** The topic map, in reading order. */
  readonly topics: readonly TopicEntry[];
  /** Compiled aliases of the topic map. */
  readonly matchers: readonly AliasMatcher[];
  /** Slugs the site uses for its own pages, which a topic started by the notes must not take. */
  readonly reservedSlugs: ReadonlySet<string>;
}

/**
 * Give every section a topic, in this order of precedence:
 * 1. its lead names an alias of the topic map → that topic;
 * 2. it opens with a `#` heading → the topic named after the heading (new, or met before);
 * 3. it follows another section of the same file → that section's topic;
 * 4. it is the first section of its file → a topic named after the file.
 * Topics of the map keep the map's order; a topic the notes started comes right after the topic
 * the notes were on just before it (first of all when nothing came before it).
 * A `#` heading that became a topic's title is not repeated in the body; one kept in the body is
 * moved one level down (with the headings under it) so the page title stays the only level 1.
 *
 * @example
 *   sections of aws-security.md: "IAM to manage…", "CloudTrail logs…" (no alias)
 *   → [{ slug: 'iam', sections: [IAM…, CloudTrail…] }]
 */
export function assignTopics(files: readonly (readonly Section[])[], options: AssignOptions): TopicDraft[] {
  const mapped = new Map<string, TopicDraft>(
    options.topics.map((topic) => [
      topic.slug,
      { slug: topic.slug, title: topic.title, summary: topic.summary, sections: [] },
    ]),
  );
  const started = new Map<string, TopicDraft>();
  /** Topics the notes started, by the slug of the topic the notes were on just before. */
  const followers = new Map<string | undefined, TopicDraft[]>();
  const taken = new Set([...options.reservedSlugs, ...mapped.keys()]);
  let previous: TopicDraft | undefined;

  const startTopic = (title: string, origin: TopicOrigin): TopicDraft => {
    const key = `${origin}:${title.toLowerCase()}`;
    const existing = started.get(key);
    if (existing) return existing;
    const slug = uniqueSlug(slugify(title) || 'notes', taken);
    taken.add(slug);
    const topic: TopicDraft = { slug, title, summary: undefined, sections: [] };
    started.set(key, topic);
    followers.set(previous?.slug, [...(followers.get(previous?.slug) ?? []), topic]);
    return topic;
  };

  for (const sections of files) {
    let current: TopicDraft | undefined;
    for (const section of sections) {
      const named = findAlias(section.lead, options.matchers);
      const heading = openingHeading(section);
      if (named) {
        current = mapped.get(named.slug);
        if (heading) demoteHeadings(section.nodes);
      } else if (heading) {
        current = startTopic(toString(heading).trim() || section.file, 'heading');
        section.nodes = section.nodes.slice(1);
      } else if (!current) {
        current = startTopic(titleFromFile(section.file), 'file');
      }
      current?.sections.push(section);
      previous = current;
    }
  }

  const ordered: TopicDraft[] = [];
  const place = (topic: TopicDraft): void => {
    ordered.push(topic);
    for (const follower of followers.get(topic.slug) ?? []) place(follower);
  };
  for (const topic of [...(followers.get(undefined) ?? []), ...mapped.values()]) place(topic);
  return ordered;
}

/**
 * A readable title from a notes file name.
 *
 * @example
 *   titleFromFile('aws-security.md') // "Aws security"
 *   titleFromFile('week_3/networking.md') // "Networking"
 */
function titleFromFile(file: string): string {
  const name = (file.split('/').at(-1) ?? file)
    .replace(/\.[^.]*$/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Notes';
}

/** Move every heading of a section one level down (`#` → `##`, …, `######` stays). */
function demoteHeadings(nodes: RootContent[]): void {
  for (const node of nodes) {
    visit(node, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
    });
  }
}
