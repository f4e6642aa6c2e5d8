import type { Text } from 'mdast';

/**
 * A slice of a text node, with a position when it can be told exactly (the text is the source
 * verbatim on one line, no escapes or references in between).
 *
 * @example
 *   textSlice({ type: 'text', value: 'AWS KMS keys', position: at(3, 1) }, 4, 7)
 *   // { type: 'text', value: 'KMS', position: line 3, columns 5–8 }
 */
export function textSlice(node: Text, start: number, end: number): Text {
  const piece: Text = { type: 'text', value: node.value.slice(start, end) };
  const from = node.position?.start;
  const to = node.position?.end;
  const verbatim = from && to && from.line === to.line && to.column - from.column === node.value.length;
  if (verbatim) {
    piece.position = {
      start: {
        line: from.line,
        column: from.column + start,
        ...(from.offset === undefined ? {} : { offset: from.offset + start }),
      },
      end: {
        line: from.line,
        column: from.column + end,
        ...(from.offset === undefined ? {} : { offset: from.offset + end }),
      },
    };
  }
  return piece;
}
