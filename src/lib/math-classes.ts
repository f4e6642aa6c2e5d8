import { shortHash } from './short-hash.ts';

/** One CSS declaration of a rendered formula, as a class. */
export interface MathClass {
  /** The declaration, normalised: `height:0.69em`. */
  readonly declaration: string;
  /** Its class name, the same for the same declaration on every page and in every build. */
  readonly name: string;
}

/** A declaration KaTeX writes: a property and a value of lengths, numbers, keywords or a colour. */
const DECLARATION = /^([a-z-]+)\s*:\s*([-#a-z0-9.%\s()]+)$/i;

/**
 * A formula's inline style declaration as a class. Lengths are rounded to hundredths of an em (a
 * fifth of a pixel at most), so the classes of all formulas stay a few hundred whatever the
 * number of notes; anything unexpected gives no class (KaTeX never writes it).
 *
 * @example
 *   mathClass('height: 0.6944em') // { declaration: 'height:0.69em', name: 'kx-…' }
 *   mathClass('background:url(x)') // undefined
 */
export function mathClass(declaration: string): MathClass | undefined {
  const match = DECLARATION.exec(declaration.trim());
  if (!match?.[1] || !match[2] || /\b(?:url|expression|var|image|attr)\s*\(/i.test(match[2])) return undefined;
  const property = match[1].toLowerCase();
  const value = match[2]
    .trim()
    .replace(/(-?\d*\.?\d+)em\b/g, (_, number: string) => `${roundEm(Number(number))}em`)
    .replace(/\s+/g, ' ');
  const normal = `${property}:${value}`;
  return { declaration: normal, name: `kx-${shortHash(normal)}` };
}

/**
 * The stylesheet of the given declarations: one rule each, `!important` because each stands for
 * an inline style, which wins over every rule of KaTeX's own stylesheet.
 *
 * @example
 *   mathStylesheet(['height:0.69em']) // '.kx-…{height:0.69em!important}\n'
 */
export function mathStylesheet(declarations: Iterable<string>): string {
  return [...new Set(declarations)]
    .sort()
    .map((declaration) => `.kx-${shortHash(declaration)}{${declaration}!important}\n`)
    .join('');
}

function roundEm(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
