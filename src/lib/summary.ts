/**
 * A one-sentence summary of some text: its first sentence, cut at a word near `max` characters.
 *
 * @example
 *   summarise('VPCs isolate networks. Subnets split them.') // "VPCs isolate networks."
 *   summarise('a '.repeat(200), 20)                         // "a a a a a a a a a a…"
 */
export function summarise(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?。！？](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
