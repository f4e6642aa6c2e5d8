/**
 * A heading as links, embeds and anchors compare it, Obsidian's way: the same in any Unicode form
 * (NFC), any case and any run of spaces, with the characters a link cannot hold (`#`, `|`, `^`, `:`,
 * `%`, `[`, `]`, `\`), which Obsidian writes as spaces, ignored.
 *
 * @example
 *   headingKey('Step 1:  Define  ') // 'step 1 define'
 *   headingKey('Cafe\u0301')        // 'café'
 */
function headingKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[#|^:%[\]\\]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The heading a link's heading part names, among a note's headings in reading order: `A#B` is the
 * first heading B within the section of the first heading A (Obsidian's `[[Note#A#B]]`); a part
 * may also be a heading's id. Returns its index, or -1.
 *
 * @example
 *   findHeading([{ text: 'A', depth: 1 }, { text: 'B', depth: 2 }], 'a#b') // 1
 */
export function findHeading(
  headings: readonly { readonly text: string; readonly depth: number; readonly id?: string }[],
  path: string,
): number {
  const parts = path
    .split('#')
    .map(headingKey)
    .filter((part) => part !== '');
  let from = 0;
  let to = headings.length;
  let found = -1;
  for (const part of parts) {
    found = -1;
    for (let index = from; index < to; index += 1) {
      const heading = headings[index];
      if (heading && (headingKey(heading.text) === part || heading.id === part)) {
        found = index;
        break;
      }
    }
    if (found < 0) return -1;
    const depth = headings[found]?.depth ?? 0;
    from = found + 1;
    const end = headings.findIndex((heading, index) => index > found && heading.depth <= depth);
    to = end < 0 ? to : Math.min(to, end);
  }
  return found;
}
