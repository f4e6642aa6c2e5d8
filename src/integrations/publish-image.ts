import { readFile, writeFile } from 'node:fs/promises';
import type { NotesWarning } from '../lib/notes-error.ts';
import { linkOrCopy } from './notes-files.ts';
import { safeSvg } from './safe-svg.ts';

/**
 * Put an image of the notes next to the pages: as it is, or, for an SVG, without anything in it that
 * could run (safe-svg.ts), with a warning when something was removed or when the file is not SVG
 * (it then shows as an empty image; the build goes on).
 */
export async function publishImage(
  from: string,
  to: string,
  label: string,
  warn: (warning: NotesWarning) => void,
): Promise<void> {
  if (!/\.svg$/i.test(from)) return linkOrCopy(from, to);
  const location = { file: label, line: 1, column: 1 };
  try {
    const { svg, changed } = safeSvg(await readFile(from, 'utf8'));
    if (changed) warn({ location, message: 'this SVG holds scripts; the site publishes it without them' });
    await writeFile(to, svg);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warn({ location, message: `this is not an SVG image (${reason}); it shows as an empty image` });
    await writeFile(to, '<svg xmlns="http://www.w3.org/2000/svg"/>');
  }
}
