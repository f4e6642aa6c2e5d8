import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

/** Animations that could set a link to a script (`<set attributeName="href" to="javascript:…">`), and HTML inside an SVG. */
const removeRiskyElements: CustomPlugin = {
  name: 'removeRiskyElements',
  fn: () => ({
    element: {
      enter: (node: XastElement, parent: XastParent) => {
        const animatesLink =
          /^(?:set|animate|animateMotion|animateTransform)$/.test(node.name) &&
          /href/i.test(node.attributes['attributeName'] ?? '');
        if (animatesLink || node.name === 'foreignObject') {
          parent.children = parent.children.filter((child) => child !== node);
        }
      },
    },
  }),
};

/**
 * An SVG image of the notes without anything that could run: svgo's `removeScripts` (`<script>`,
 * `on…` attributes, `javascript:` links) and the animations and HTML that could smuggle them in.
 * Nothing else of the drawing changes. The site publishes images on its own origin, where an SVG
 * opened by its address would run its scripts with the site's rights. Returns the safe text and
 * whether anything was removed; throws when the file is not SVG (XML) at all.
 *
 * @example
 *   safeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') // { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', changed: true }
 */
export function safeSvg(text: string): { svg: string; changed: boolean } {
  const svg = optimize(text, { plugins: ['removeScripts', removeRiskyElements] }).data;
  const { data: plain } = optimize(text, { plugins: [] });
  return { svg, changed: svg !== plain };
}
