import {
  commentFromMarkdown,
  tagFromMarkdown,
  tagSyntax,
  wikilinkFromMarkdown,
  wikilinkSyntax,
} from '@quartz-community/remark-obsidian';
import type { Processor } from 'unified';
import { addSyntax } from './add-syntax.ts';
import { safeCommentSyntax } from './comment-syntax.ts';

/**
 * Obsidian's own syntax, read by Quartz's micromark extensions (@quartz-community/remark-obsidian),
 * with positions: `[[wikilinks]]` and `![[embeds]]` (`wikilink` nodes: path, heading, alias),
 * `%%comments%%` (`comment`) and `#tags` (`tag`). Never inside code or math. What they become is
 * decided by the steps in obsidian/. (`==highlights==` may hold other markup, such as bold, so they
 * are found among the parsed nodes instead: obsidian/highlights.ts.)
 *
 * @example
 *   "see [[Note#Part|this]] #exam" → wikilink(path "Note", heading "Part", alias "this"), tag "exam"
 */
export default function remarkObsidianSyntax(this: Processor): void {
  addSyntax(
    this,
    [wikilinkSyntax(), safeCommentSyntax(), tagSyntax()],
    [wikilinkFromMarkdown(), commentFromMarkdown(), tagFromMarkdown()],
  );
}
