/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Split a Pagefind excerpt (escaped page text with `<mark>` around matches) into plain text runs,
 * so the dialog builds it with text nodes and never parses page text as HTML.
 *
 * @example
 *   excerptParts('a &lt;b&gt; <mark>deny</mark>') // [{ text: 'a <b> ', marked: false }, { text: 'deny', marked: true }]
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = piece
        .replace(/<[^>]*>/g, '')
        .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** DOM nodes for an excerpt: text nodes, with `<mark>` elements around the matches. */
export function excerptNodes(html: string): Node[] {
  return excerptParts(html).map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
