/**
 * A short, stable hash of a text (FNV-1a, 32 bits, in base 36): for ids and class names that must
 * stay the same from build to build, never for security.
 *
 * @example
 *   shortHash('height:0.69em') === shortHash('height:0.69em') // true
 */
export function shortHash(text: string): string {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36);
}
