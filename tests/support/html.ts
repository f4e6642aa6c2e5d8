import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isSafeUrl } from '../../src/convert/safe-links.ts';

/** Elements a page of notes may hold: what Markdown writes, and the converter's own few. */
const ELEMENTS = new Set(
  'a abbr aside blockquote br code del details div em h1 h2 h3 h4 h5 h6 hr input kbd li mark ol p pre span strong sub summary sup table tbody td th thead tr u ul annotation math mi mn mo mrow ms mspace msqrt mroot mstyle msub msup msubsup mtable mtd mtr mtext mover munder munderover mfrac mpadded mphantom menclose semantics svg path line g rect'.split(
    ' ',
  ),
);
/** Attributes the converter writes (KaTeX's MathML and SVG ones among them). */
const ATTRIBUTES = new Set(
  'id className href title role tabIndex start ariaLabel ariaDescribedBy ariaHidden dataPagefindIgnore dataPagefindIndexAttrs dataNames dataPagefindTitle dataCallout open type disabled checked align xmlns display encoding mathvariant stretchy fence separator lspace rspace accent accentunder columnalign columnspacing rowspacing width height viewBox preserveAspectRatio d x1 x2 y1 y2 strokeWidth minsize maxsize symmetric movablelimits linethickness scriptlevel notation rowalign columnlines rowlines depth voffset linebreak displaystyle displayStyle mathcolor mathbackground mathsize rowspan colspan href'.split(
    ' ',
  ),
);

/** The text a reader sees in a page's HTML, whitespace collapsed (hidden MathML annotations included). */
export function htmlText(html: string): string {
  return collapse(textOf(fromHtml(html, { fragment: true })));
}

/**
 * What is wrong with a page's HTML, as readable problems (none when all is well): an element or an
 * attribute the converter never writes (so note text became markup), an event handler, a `style`
 * attribute (the Content-Security-Policy forbids it), or a link or image URL with a scheme other
 * than http, https or mailto.
 */
export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: HastNodes): void => {
    if (node.type === 'element') problems.push(...elementProblems(node));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return problems;
}

function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  if (!ELEMENTS.has(element.tagName)) problems.push(`<${element.tagName}> from the notes`);
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) problems.push(`<${element.tagName} ${name}> runs code`);
    else if (name === 'style') problems.push(`<${element.tagName} style> (inline style)`);
    else if (!ATTRIBUTES.has(name)) problems.push(`<${element.tagName} ${name}> from the notes`);
    if ((name === 'href' || name === 'src') && typeof value === 'string' && !isSafeUrl(value)) {
      problems.push(`<${element.tagName} ${name}="${value}"> is not a safe URL`);
    }
  }
  return problems;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  // A glossary term's card and a key point's label are the site's words, not the notes'.
  if (
    node.type === 'element' &&
    (node.properties['dataPagefindIgnore'] === 'all' ||
      String(node.properties['className']).includes('key-point-label'))
  )
    return '';
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  if ('children' in node) return node.children.map((child) => textOf(child)).join(node.type === 'root' ? ' ' : '');
  return '';
}

/** Collapse every run of whitespace into one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
