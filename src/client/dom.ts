/** Attributes of {@link element}: strings are set as attributes, `false`/`undefined` leave them out. */
type Attributes = Record<string, string | boolean | undefined>;

/**
 * Create an element with attributes and children (strings become text nodes, never HTML).
 *
 * @example
 *   element('li', { role: 'option', id: 'o1' }, ['IAM'])  // <li role="option" id="o1">IAM</li>
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
