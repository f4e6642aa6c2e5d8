import { evaluate } from 'satteri';
import { NOTE_COMPONENTS } from '../../lib/note-components.ts';

/** What a page's components do in the check: nothing (the page's own code is what is checked). */
const component = (): null => null;
const COMPONENTS: Readonly<Record<string, unknown>> = Object.fromEntries(
  [...NOTE_COMPONENTS, 'Fragment'].map((name) => [name, component]),
);
/** A JSX runtime that runs every function component (the MDX content itself) and builds nothing. */
const jsx = (type: unknown, props: unknown): unknown =>
  typeof type === 'function' ? (type as (props: unknown) => unknown)(props) : null;

/**
 * Why an MDX page would fail the build, or `undefined` when it would not: compiled by Sätteri (the
 * compiler @astrojs/mdx runs) and its content run once with the page's frontmatter and the site's
 * components, so that an expression of a student's note that throws (`{undefinedName}`) is found
 * before Astro renders the page. Only pages of `.mdx` notes need this: a `.md` note's MDX holds no
 * code but the converter's.
 *
 * @example
 *   mdxFailure('x {1 + 1}', {})  // undefined
 *   mdxFailure('x {nope}', {})   // 'nope is not defined'
 */
export function mdxFailure(mdx: string, frontmatter: Readonly<Record<string, unknown>>): string | undefined {
  try {
    const module = evaluate(`${mdx}\n\nexport const frontmatter = ${JSON.stringify(frontmatter)};\n`, {
      Fragment: Symbol('Fragment'),
      jsx,
      jsxs: jsx,
      features: { gfm: true, frontmatter: true, smartPunctuation: false },
    });
    if (module instanceof Promise) return undefined;
    (module['default'] as (props: unknown) => unknown)({ components: COMPONENTS });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
