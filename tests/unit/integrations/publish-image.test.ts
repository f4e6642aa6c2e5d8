import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { NotesWarning } from '../../../src/lib/notes-error.ts';
import { publishImage } from '../../../src/integrations/publish-image.ts';

const HOSTILE = [
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">',
  '<script>alert(2)</script>',
  '<a href="javascript:alert(3)"><rect width="10" height="10" onclick="alert(4)"/></a>',
  '<a xlink:href="#x"><set attributeName="href" to="javascript:alert(5)"/><circle r="5"/></a>',
  '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(6)"/></foreignObject>',
  '<path d="M0 0L10 10" stroke="#0550ae"/>',
  '</svg>',
].join('');

async function publish(name: string, text: string): Promise<{ published: string; warnings: NotesWarning[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'publish-image-'));
  await writeFile(join(folder, name), text);
  const warnings: NotesWarning[] = [];
  await publishImage(join(folder, name), join(folder, `out-${name}`), `notes/${name}`, (warning) =>
    warnings.push(warning),
  );
  return { published: await readFile(join(folder, `out-${name}`), 'utf8'), warnings };
}

describe('publishing an image of the notes', () => {
  test('an SVG loses everything that could run, keeps its drawing, and the build says so', async () => {
    const { published, warnings } = await publish('plot.svg', HOSTILE);
    expect(published).not.toMatch(/script|alert|javascript|onload|onclick|<set|foreignObject|iframe/i);
    expect(published).toContain('<path d="M0 0L10 10" stroke="#0550ae"/>');
    expect(published).toContain('<rect width="10" height="10"/>');
    expect(warnings).toEqual([
      {
        location: { file: 'notes/plot.svg', line: 1, column: 1 },
        message: 'this SVG holds scripts; the site publishes it without them',
      },
    ]);
  });

  test('a harmless SVG is published without a warning; a file that is not SVG shows as an empty image, with a warning', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>';
    expect(await publish('dot.svg', plain)).toEqual({ published: plain, warnings: [] });
    const broken = await publish('broken.svg', 'not < xml');
    expect(broken.published).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(broken.warnings[0]?.message).toMatch(/^this is not an SVG image/);
  });

  test('other images are published as they are', async () => {
    expect(await publish('photo.png', 'PNG bytes')).toEqual({ published: 'PNG bytes', warnings: [] });
  });
});
