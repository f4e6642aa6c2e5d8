import type { RootContent } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdx';
import { stringify } from 'yaml';
import type { PageMatter } from '../schemas/page-matter.ts';
import { headingElements } from './mdx/heading-elements.ts';
import { PRERENDERED, toMdxTree, type PageImage } from './mdx/mdx-nodes.ts';
import { serialize } from './mdx/serialize.ts';

export type { PageImage } from './mdx/mdx-nodes.ts';

/** Options of {@link emitPageMdx}. */
export interface EmitOptions {
  /** The path the page's MDX imports an image of the notes folder from (relative to the page's file). */
  readonly imageSource: (attachment: string) => string;
}

/** A page as MDX, and what it needs besides. */
export interface EmittedPage {
  readonly mdx: string;
  /** The images the page imports. */
  readonly images: PageImage[];
  /** Whether the page shows formulas (it then loads the formula stylesheet). */
  readonly math: boolean;
}

/**
 * Write one page of notes as MDX, for @astrojs/mdx to render: YAML frontmatter a reader recognises
 * (title, course, tags, aliases, where in the notes it comes from), the imports of its images, the
 * notes as Markdown with the site's components where Markdown cannot say it (mdx/mdx-nodes.ts,
 * mdx/heading-elements.ts), and last the formulas and code the converter rendered, as the
 * `prerendered` export. Serialised by mdast-util-to-markdown (mdx/serialize.ts): no note text is
 * ever written as code.
 *
 * @example
 *   emitPageMdx({ title: 'IAM', source: 'aws-security.md, lines 13–27', … }, [paragraph('IAM to manage access {…}')], options).mdx
 *   // "---\ntitle: IAM\n…\n---\n\nIAM to manage access \{…}\n"
 */
export function emitPageMdx(matter: PageMatter, nodes: readonly RootContent[], options: EmitOptions): EmittedPage {
  const tree = toMdxTree(nodes);
  headingElements(tree.nodes);
  const imports: RootContent[] =
    tree.images.length === 0
      ? []
      : [
          esm(
            tree.images
              .map((image) => `import ${image.name} from ${JSON.stringify(options.imageSource(image.attachment))};`)
              .join('\n'),
          ),
        ];
  const rendered: RootContent[] =
    tree.prerendered.length === 0
      ? []
      : [
          esm(
            `export const ${PRERENDERED} = [\n${tree.prerendered.map((html) => `  ${JSON.stringify(html)},\n`).join('')}];`,
          ),
        ];
  const mdx = serialize({
    type: 'root',
    children: [{ type: 'yaml', value: frontmatter(matter) }, ...imports, ...tree.nodes, ...rendered],
  });
  return { mdx, images: tree.images, math: tree.math };
}

/** An ES module statement the converter writes (never note text). */
function esm(value: string): MdxjsEsm {
  return { type: 'mdxjsEsm', value };
}

/**
 * The frontmatter as YAML that every reader reads back as strings: YAML 1.1 quoting, so that a title
 * such as `2023-10-12` or `yes` stays text for Astro's YAML parser (which would read a date or a
 * boolean).
 *
 * @example
 *   frontmatter({ title: '2023-10-12', … }) // "title: \"2023-10-12\"\n…"
 */
function frontmatter(matter: PageMatter): string {
  return stringify(withoutEmpty(matter), { lineWidth: 0, version: '1.1' }).trimEnd();
}

/** The frontmatter without empty lists and missing values, so a reader sees only what the page has. */
function withoutEmpty(matter: PageMatter): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(matter).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
