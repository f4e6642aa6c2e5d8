import type { Image, Nodes, Parent, Root, RootContent } from 'mdast';
import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import type { MdxjsEsm } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { isSafeUrl } from './safe-links.ts';
import { SKIP, visit } from './walk.ts';

/**
 * The site's components a student's `.mdx` note may use without importing them, and the attributes
 * each takes (those marked `true` are required). `Math` becomes a formula of the notes; the others
 * reach the page as written.
 */
const COMPONENTS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  Term: { name: true, id: false, search: false },
  KeyTerm: { id: false, label: false },
  KeyPoint: { id: false },
  Callout: { type: false, title: false, fold: false, id: false },
  Tag: { name: true },
  Anchor: { id: true, block: false },
  Unresolved: { title: true },
  MissingFile: { name: true },
  Math: { tex: true, display: false },
};

/** What the notes' own syntax says better than a component the converter writes itself. */
const WRITTEN_OTHERWISE: Readonly<Record<string, string>> = {
  NoteImage: 'write the image as ![[file.png]]',
  Code: 'write the code as a fenced code block',
  Embed: 'write the embed as ![[Note]]',
};

/** HTML elements a note may hold: text-level and structural ones that run nothing and load nothing. */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  'a abbr b blockquote br cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead tr u ul var'.split(
    ' ',
  ),
);

/** Attributes an HTML element of a note may have (besides `aria-*` and `data-*`). */
const HTML_ATTRIBUTES: ReadonlySet<string> = new Set(
  'id class className title lang dir open colSpan colspan rowSpan rowspan align start reversed type href cite dateTime datetime role'.split(
    ' ',
  ),
);

/** Attributes whose value is a URL: only a literal, safe one is kept (an expression could make `javascript:`). */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'cite']);

/** Elements whose content is code: dropped whole, never shown or run. */
const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);

/** Names the converter's MDX declares itself (emit-mdx.ts): a note's own export must not take them. */
const OWN_NAMES = /^(?:prerendered|image\d+|frontmatter|default)$/;

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * What a student's own MDX may keep, so that it renders like any note and never breaks the build or
 * runs in the browser. Kept: the site's components (without imports: lib/note-components.ts), HTML
 * elements that run nothing, `{expressions}` and `export`s (the student's code, run when the site is
 * built, as any MDX page's). Changed, each with a warning at its place:
 * - an `import` is dropped (the components need none, and nothing else can be imported);
 * - `<Math tex="…" />` becomes a formula of the notes (rendered like `$…$`);
 * - `<img src>` becomes an image of the notes (found and processed like `![](…)`);
 * - `<script>` and `<style>` are dropped whole; any other element (an unknown component, an
 *   `<iframe>`, a form) is replaced by its content;
 * - an event handler, a `style`, a spread, an Astro directive, or a URL that is not safe (or not a
 *   literal) is dropped from its element; a component missing a required attribute is replaced by
 *   its content;
 * - an `export` that would replace the page (`export default`) or take a name the page uses is dropped.
 * The parser's ES trees are removed: the cache keeps only the source text.
 *
 * @example
 *   "import X from 'x'\n\n<Callout type=\"tip\">Hint</Callout> <iframe src=\"…\">a</iframe>"
 *   → Callout(type "tip") > "Hint", "a"; warnings for the import and the iframe
 */
export default function remarkStudentMdx() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node: Nodes, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const replacement =
        node.type === 'mdxjsEsm'
          ? esm(node, file)
          : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
            ? element(node, file)
            : undefined;
      if (replacement === undefined) return undefined;
      (parent as Parent).children.splice(index, 1, ...(replacement as RootContent[]));
      return [SKIP, index];
    });
    visit(tree, (node: Nodes) => {
      if (node.data && 'estree' in node.data) delete node.data.estree;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (typeof attribute.value === 'object' && attribute.value?.data) delete attribute.value.data;
          if (attribute.type === 'mdxJsxExpressionAttribute' && attribute.data) delete attribute.data;
        }
      }
    });
  };
}

/** An ES module statement: kept if it only exports what the page may export; `undefined` keeps the node. */
function esm(node: MdxjsEsm, file: VFile): Nodes[] | undefined {
  const body = node.data?.estree?.body ?? [];
  if (body.some((statement) => statement.type === 'ImportDeclaration')) {
    file.message(
      'an import in a note is dropped: the site’s components (Term, KeyPoint, Callout, Math, …) need none, and nothing else can be imported',
      { place: node.position, ruleId: 'mdx-import', source: 'study-notes' },
    );
    return [];
  }
  const names = body.flatMap((statement) => {
    if (statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration') return ['default'];
    if (statement.type !== 'ExportNamedDeclaration') return [];
    const declared =
      statement.declaration?.type === 'VariableDeclaration'
        ? statement.declaration.declarations.flatMap((declaration) =>
            declaration.id.type === 'Identifier' ? [declaration.id.name] : ['(a pattern)'],
          )
        : statement.declaration && 'id' in statement.declaration && statement.declaration.id
          ? [statement.declaration.id.name]
          : [];
    const specified = statement.specifiers.map((specifier) =>
      specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value),
    );
    return [...declared, ...specified, ...(statement.source ? ['default'] : [])];
  });
  const taken = names.filter((name) => OWN_NAMES.test(name));
  if (taken.length === 0) return undefined;
  file.message(`this export is dropped: the page itself uses the name ${taken.map((name) => `“${name}”`).join(', ')}`, {
    place: node.position,
    ruleId: 'mdx-export',
    source: 'study-notes',
  });
  return [];
}

/** An element: kept (its attributes checked), replaced, or dropped; `undefined` keeps it as it is. */
function element(node: Element, file: VFile): Nodes[] | undefined {
  const name = node.name ?? '';
  const warn = (message: string, ruleId = 'mdx-element'): void => {
    file.message(message, { place: node.position, ruleId, source: 'study-notes' });
  };
  if (name === '') return undefined; // a fragment, <>…</>
  if (CODE_ELEMENTS.has(name)) {
    warn(`<${name}> is code: it is dropped, neither shown nor run`);
    return [];
  }
  if (name === 'Math') return formula(node, warn);
  if (name === 'img') return image(node, warn);
  const props = COMPONENTS[name];
  if (props) {
    const missing = Object.entries(props)
      .filter(
        ([prop, required]) => required && !node.attributes.some((entry) => 'name' in entry && entry.name === prop),
      )
      .map(([prop]) => prop);
    if (missing.length > 0) {
      warn(`<${name}> needs ${missing.map((prop) => `“${prop}”`).join(' and ')}; its content is shown without it`);
      return node.children as Nodes[];
    }
    node.attributes = node.attributes.filter((attribute) => {
      const known = attribute.type === 'mdxJsxAttribute' && attribute.name in props;
      if (!known) warn(`<${name}> has no attribute “${attributeName(attribute)}”; it is dropped`, 'mdx-attribute');
      return known;
    });
    return undefined;
  }
  if (HTML_ELEMENTS.has(name)) {
    node.attributes = node.attributes.filter((attribute) => {
      const problem = htmlAttributeProblem(attribute);
      if (problem) warn(`<${name} ${attributeName(attribute)}> ${problem}; the attribute is dropped`, 'mdx-attribute');
      return !problem;
    });
    return undefined;
  }
  const hint = WRITTEN_OTHERWISE[name];
  warn(
    hint
      ? `<${name}> is written by the site itself (${hint}); its content is shown`
      : `<${name}> is not an element or component of this site; its content is shown`,
  );
  return node.children as Nodes[];
}

/** Why an attribute of an HTML element is not kept, or `undefined` when it is. */
function htmlAttributeProblem(attribute: Element['attributes'][number]): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return 'spreads attributes the site cannot check';
  const name = attribute.name;
  if (/^on/i.test(name)) return 'runs code';
  if (name === 'style') return 'is an inline style (the site allows none)';
  if (name.startsWith('data-pagefind')) return 'would change what search indexes';
  if (name.includes(':') || name === 'dangerouslySetInnerHTML') return 'is a directive the site does not allow';
  if (!HTML_ATTRIBUTES.has(name) && !/^(?:aria|data)-/.test(name)) return 'is not an attribute notes may use';
  if (URL_ATTRIBUTES.has(name)) {
    if (typeof attribute.value !== 'string') return 'is a URL the site cannot check';
    if (!isSafeUrl(attribute.value)) return 'is not a safe URL';
  }
  return undefined;
}

/** `<Math tex="…" display />` as a formula of the notes, rendered like `$…$` and `$$…$$`. */
function formula(node: Element, warn: (message: string) => void): Nodes[] {
  const tex = literal(node, 'tex');
  if (tex === undefined) {
    warn('<Math> needs a “tex” attribute written as text; it is dropped');
    return [];
  }
  const display = node.attributes.some((entry) => 'name' in entry && entry.name === 'display');
  if (node.type === 'mdxJsxFlowElement') return [{ type: 'math', value: tex, ...position(node) } satisfies MathBlock];
  return [
    {
      type: 'inlineMath',
      value: tex,
      ...position(node),
      ...(display ? { data: { display } } : {}),
    } satisfies InlineMath,
  ];
}

/** `<img src alt width height>` as an image of the notes (a later step finds the file). */
function image(node: Element, warn: (message: string) => void): Nodes[] {
  const src = literal(node, 'src');
  if (src === undefined) {
    warn('<img> needs a “src” written as text; it is dropped');
    return [];
  }
  const size = (name: string): number | undefined => {
    const value = Number.parseInt(literal(node, name) ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const width = size('width');
  const height = size('height');
  const result: Image = {
    type: 'image',
    url: src,
    alt: literal(node, 'alt') ?? '',
    ...position(node),
    ...(width || height ? { data: { ...(width ? { width } : {}), ...(height ? { height } : {}) } } : {}),
  };
  if (node.type === 'mdxJsxFlowElement') return [{ type: 'paragraph', children: [result], ...position(node) }];
  return [result];
}

function position(node: Element): { position?: NonNullable<Element['position']> } {
  return node.position ? { position: node.position } : {};
}

function literal(node: Element, name: string): string | undefined {
  const found = node.attributes.find((entry): entry is MdxJsxAttribute => 'name' in entry && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function attributeName(attribute: Element['attributes'][number]): string {
  return attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
}
