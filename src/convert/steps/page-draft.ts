import type { HeadingAnchor } from '../heading-ids.ts';
import type { PageKind } from '../layout.ts';
import type { Section } from '../sections.ts';

/** A page before it is written: its notes, where they come from, and where it goes. */
export interface PageDraft {
  /** Internal key: `topic:<slug>` for a topic of a notes file cut into topics, `note:<file>` for a whole note. */
  readonly key: string;
  /** How its notes file becomes pages (layout.ts). */
  readonly kind: PageKind;
  readonly title: string;
  /** From the topic map; otherwise summarised from the text. */
  readonly summary: string | undefined;
  readonly sections: Section[];
  /** The folder of its (first) notes file. */
  readonly folder: string;
  readonly tags: string[];
  /** Other names of the page: the note's `aliases`, or the topic map's names of a topic. */
  readonly aliases: string[];
  /** A note with no text yet (Obsidian makes one each time a student clicks a link to a new note). */
  readonly empty?: true;
  /** Its address, given by addresses.ts. */
  slug: string;
  /** Its headings with their ids, given by addresses.ts. */
  headings: HeadingAnchor[];
}
