import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkEmbeds from '../obsidian/embeds.ts';
import { visit } from '../walk.ts';
import type { FileMessages } from './file-messages.ts';
import type { PageDraft } from './page-draft.ts';

/**
 * Step 5: `![[Other note]]` filled with that note's text (obsidian/embeds.ts), as it was after its
 * links were resolved and before any embed was filled, so an embed never shows another's copy;
 * loops are cut and reported.
 *
 * @example
 *   embedNotes(drafts, messages) // <Embed file="B.md"> on page A now holds B's blocks
 */
export function embedNotes(drafts: readonly PageDraft[], messages: FileMessages): void {
  const embedded = new Set<string>();
  for (const draft of drafts) {
    for (const section of draft.sections) {
      for (const node of section.nodes) {
        visit(node, (child) => {
          if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Embed') {
            const file = child.attributes.find((entry) => 'name' in entry && entry.name === 'file')?.value;
            if (typeof file === 'string') embedded.add(file);
          }
        });
      }
    }
  }
  const contents = new Map<string, RootContent[]>();
  for (const draft of drafts) {
    for (const section of draft.sections) {
      if (!embedded.has(section.file)) continue;
      contents.set(section.file, [...(contents.get(section.file) ?? []), ...structuredClone(section.nodes)]);
    }
  }
  for (const draft of drafts) {
    for (const section of draft.sections) {
      const root: Root = { type: 'root', children: section.nodes };
      try {
        unified()
          .use(remarkEmbeds, { from: section.file, contentOf: (file) => contents.get(file) ?? [] })
          .runSync(root, messages.of(section.file));
      } catch (error) {
        messages.failed(section.file, section.startLine, error, 'fill the embeds of this part');
      }
      section.nodes = root.children;
    }
  }
}
