import type { Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { noteName } from '../../lib/note-files.ts';
import { emitPageMdx } from '../emit-mdx.ts';
import { visit } from '../walk.ts';
import { mdxFailure } from './check-mdx.ts';

/** Why a student's MDX cannot be used, and where. */
export interface MdxFailure {
  readonly reason: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Whether a student's MDX would fail the build when Astro compiles and renders it (mdx/check-mdx.ts),
 * placed at the expression or `export` that names what failed, else at the note's first line.
 */
export function mdxRunFailure(
  attempt: { readonly tree: Root; readonly file: VFile },
  source: { readonly file: string; readonly label: string },
): MdxFailure | undefined {
  const title = noteName(source.file);
  const { mdx } = emitPageMdx({ title, summary: title, source: source.label }, attempt.tree.children, {
    imageSource: () => '',
  });
  const reason = mdxFailure(mdx, { title, summary: title, source: source.label });
  if (reason === undefined) return undefined;
  // A name the note's code uses but never defines is found where it is used; anything else at the note's start.
  const name = /^(\S+) is not defined/.exec(reason)?.[1];
  let place: Position | undefined;
  visit(attempt.tree, (node) => {
    if (place || name === undefined) return;
    const code =
      node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm'
        ? node.value
        : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
          ? node.attributes
              .map((attribute) => (typeof attribute.value === 'string' ? '' : (attribute.value?.value ?? '')))
              .join(' ')
          : undefined;
    if (code !== undefined && new RegExp(`\\b${name.replace(/[^\w$]/g, '')}\\b`).test(code)) {
      place = node.position;
    }
  });
  return { reason, line: place?.start.line ?? 1, column: place?.start.column ?? 1 };
}

/** The notice above a note whose MDX cannot be used: what went wrong and where, in the site's words. */
export function brokenMdxNotice(failure: MdxFailure, label: string): RootContent {
  return warningCallout(
    'This note’s MDX could not be used',
    `${failure.reason} (${label}:${failure.line}:${failure.column}). The note is shown as text, as written; fix its MDX and build again.`,
  );
}

/** A folded warning callout with a title and one paragraph (the site's notices above a note). */
export function warningCallout(title: string, text: string): RootContent {
  const paragraph = (value: string, isTitle = false): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value }],
    ...(isTitle ? { data: { calloutTitle: true } } : {}),
  });
  return {
    type: 'mdxJsxFlowElement',
    name: 'Callout',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'type', value: 'warning' },
      { type: 'mdxJsxAttribute', name: 'fold', value: '' },
    ],
    children: [paragraph(title, true), paragraph(text)],
  };
}
