import type { Nodes } from 'mdast';
import { texAsText } from './tex-as-text.ts';

/** Elements of the page that show no words of a sentence: tags, embeds, images. */
const WORDLESS = new Set(['Tag', 'Embed', 'NoteImage', 'MissingFile']);

/**
 * The words of some notes as a reader reads them, for summaries: blocks (paragraphs, list items,
 * callouts) and line breaks are apart, list items ended as in a sentence, formulas as text
 * (`λ₁ = 1`, not `\lambda_1 = 1`); images (whose alt may be a file name, "Pasted image
 * 20230824152804"), `#tags`, embeds and a callout's title show no words.
 *
 * @example
 *   a list of "Week 1 - data" and "Week 2" → "Week 1 - data; Week 2;"
 */
export function readableText(node: Nodes): string {
  return words(node).replace(/\s+/g, ' ').trim();
}

function words(node: Nodes): string {
  switch (node.type) {
    case 'image':
    case 'imageReference':
    case 'html':
    case 'code':
    case 'footnoteReference':
    case 'footnoteDefinition':
      return '';
    case 'break':
      return ' ';
    case 'text':
    case 'inlineCode':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return node.value;
    case 'inlineMath':
    case 'math':
      return texAsText(node.value);
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'br') return ' ';
      if (WORDLESS.has(node.name ?? '')) return '';
      if (node.name === 'Math') {
        const tex = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'tex')?.value;
        return typeof tex === 'string' ? texAsText(tex) : '';
      }
      break;
    case 'list':
      return node.children.map((item) => ended(words(item).trim())).join(' ');
    default:
      break;
  }
  if (!('children' in node)) return '';
  const children = (node.children as Nodes[]).filter(
    (child) => child.type !== 'paragraph' || !child.data?.calloutTitle,
  );
  const block = node.type !== 'paragraph' && node.type !== 'heading' && !isPhrasing(node);
  return children.map(words).join(block ? ' ' : '');
}

/** A list item as a clause of a sentence: it ends with its own punctuation, else with `;`. */
function ended(text: string): string {
  return text === '' || /[.!?;:,…。！？]$/u.test(text) ? text : `${text};`;
}

function isPhrasing(node: Nodes): boolean {
  return (
    node.type === 'emphasis' ||
    node.type === 'strong' ||
    node.type === 'delete' ||
    node.type === 'link' ||
    node.type === 'linkReference' ||
    node.type === 'mdxJsxTextElement'
  );
}
