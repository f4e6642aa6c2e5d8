import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { VFile } from 'vfile';

/** A card side with nothing Markdown, HTML, a formula or Obsidian would read: letters, digits, plain punctuation, one line. */
const PLAIN_SIDE = /^[\p{L}\p{N} ,.;:?'"()/+%’“”–—-]*$/u;
/** Between two sides in the one document they are read as: a paragraph no note holds (its mark is taken out of the text). */
const BETWEEN = '\uE010';

/**
 * Card sides (Markdown, as the student wrote them) made into trees by the notes' own processor, so
 * they show like the notes. Most sides are a few plain words and need no processor at all; the
 * others of a note are read as one document, their sides apart at a paragraph no note holds, the
 * processor's cost paid once per note rather than twice per card. Should a side not end where it
 * should (a code fence left open), each is read on its own.
 *
 * @example
 *   sideTrees(processor)(['Cookie', 'What does `HttpOnly` do?']) // [root(paragraph 'Cookie'), root(paragraph with inlineCode)]
 */
export function sideTrees(processor: Processor<Root, Root, Root>): (sides: readonly string[]) => Root[] {
  const run = (markdown: string): Root => {
    const file = new VFile({ value: markdown });
    return processor.runSync(processor.parse(file), file);
  };
  return (sides) => {
    const trees: (Root | undefined)[] = sides.map((side) => (isPlain(side) ? plainTree(side) : undefined));
    const rich = sides.map((side, index) => ({ side, index })).filter(({ index }) => trees[index] === undefined);
    if (rich.length === 1 && rich[0]) trees[rich[0].index] = run(rich[0].side);
    else if (rich.length > 1) {
      const parts = split(run(rich.map(({ side }) => side.replaceAll(BETWEEN, '')).join(`\n\n${BETWEEN}\n\n`)));
      rich.forEach(({ side, index }, at) => {
        trees[index] = parts.length === rich.length ? (parts[at] as Root) : run(side);
      });
    }
    return trees as Root[];
  };
}

function isPlain(side: string): boolean {
  return PLAIN_SIDE.test(side) && !/\/\/|www\./i.test(side);
}

function plainTree(side: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: side }] }] };
}

/** The document of several sides, cut at the paragraphs between them. */
function split(tree: Root): Root[] {
  const parts: RootContent[][] = [[]];
  for (const node of tree.children) {
    const between =
      node.type === 'paragraph' &&
      node.children.length === 1 &&
      node.children[0]?.type === 'text' &&
      node.children[0].value === BETWEEN;
    if (between) parts.push([]);
    else parts.at(-1)?.push(node);
  }
  return parts.map((children) => ({ type: 'root', children }));
}
