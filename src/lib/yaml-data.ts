import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { NotesError } from './notes-error.ts';

/**
 * Parse a YAML data file and validate it with a zod schema. A syntax error or an invalid field
 * fails with `file:line:column: field: reason`, pointing at the offending value.
 *
 * @example
 *   parseYamlData(topicMap, 'topics:\n  - slug: IAM', 'content/topics.yaml')
 *   // throws "content/topics.yaml:2:11: topics[0].slug: must be lower-case words joined by hyphens …"
 */
export function parseYamlData<Schema extends z.ZodType>(schema: Schema, text: string, label: string): z.infer<Schema> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const at = lineCounter.linePos(syntaxError.pos[0]);
    throw new NotesError(
      { file: label, line: at.line, column: at.col },
      `not valid YAML: ${syntaxError.message.split('\n')[0]}`,
    );
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const at = lineCounter.linePos(offsetOf(document, path));
  const field = path.length > 0 ? `${formatPath(path)}: ` : '';
  throw new NotesError({ file: label, line: at.line, column: at.col }, `${field}${issue?.message ?? 'invalid'}`);
}

/** Start offset of the deepest node of the path that exists in the document. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/**
 * A field path the way a reader writes it.
 *
 * @example
 *   formatPath(['topics', 2, 'aliases', 0]) // "topics[2].aliases[0]"
 */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
