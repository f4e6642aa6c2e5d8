import type { NoteComponent } from '../../lib/note-components.ts';
import Anchor from './Anchor.astro';
import Callout from './Callout.astro';
import Code from './Code.astro';
import CodeBlock from './CodeBlock.astro';
import Embed from './Embed.astro';
import KeyPoint from './KeyPoint.astro';
import KeyTerm from './KeyTerm.astro';
import MissingFile from './MissingFile.astro';
import NoteImage from './NoteImage.astro';
import TableScroll from './TableScroll.astro';
import TaskCheckbox from './TaskCheckbox.astro';
import Tag from './Tag.astro';
import Term from './Term.astro';
import Unresolved from './Unresolved.astro';
import Math from './Math.astro';

/**
 * What a page's MDX renders with (`<Content components={NOTE_COMPONENT_MAP} />`): the site's
 * components by the names lib/note-components.ts lists, so neither the converter's MDX nor a
 * student's own `.mdx` note imports them, and the elements Markdown makes that the site shows its
 * own way (a table scrolls sideways, a code block can be scrolled by keyboard, a task's checkbox has a
 * name).
 */
export const NOTE_COMPONENT_MAP = {
  Anchor,
  Callout,
  Code,
  Embed,
  KeyPoint,
  KeyTerm,
  Math,
  MissingFile,
  NoteImage,
  Tag,
  Term,
  Unresolved,
  table: TableScroll,
  pre: CodeBlock,
  input: TaskCheckbox,
} satisfies Record<NoteComponent | 'table' | 'pre' | 'input', unknown>;
