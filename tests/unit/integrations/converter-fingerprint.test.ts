import { appendFile, cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { converterFingerprint } from '../../../src/integrations/converter-fingerprint.ts';
import { DiskNoteCache } from '../../../src/integrations/note-cache.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));

/** A copy of what decides the converter's output, and of one file that does not. */
async function copyOfProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'study-notes-fingerprint-'));
  for (const path of ['src/convert', 'src/lib', 'src/schemas', 'src/pages', 'package-lock.json']) {
    await cp(join(project, path), join(root, path), { recursive: true });
  }
  return root;
}

describe('the converter’s fingerprint, which keys the cache of converted notes', () => {
  test('is the same for the same code and packages, wherever the project is', async () => {
    expect(converterFingerprint(await copyOfProject())).toBe(converterFingerprint(project));
  });

  test('changes when a plugin of the converter changes, so a rebuild converts every note again', async () => {
    const root = await copyOfProject();
    const before = converterFingerprint(root);
    await appendFile(join(root, 'src/convert/obsidian/highlights.ts'), '\n// a changed plugin\n');
    const after = converterFingerprint(root);
    expect(after).not.toBe(before);
    const source = { file: 'a.md', label: 'notes/a.md', bytes: new TextEncoder().encode('Roles are ==temporary==.') };
    expect(DiskNoteCache.keyer(after)(source)).not.toBe(DiskNoteCache.keyer(before)(source));
  });

  test('changes when a package the converter runs changes version (the lockfile), not when a page does', async () => {
    const root = await copyOfProject();
    const before = converterFingerprint(root);
    await appendFile(join(root, 'src/pages/index.astro'), '\n');
    expect(converterFingerprint(root)).toBe(before);
    await writeFile(join(root, 'package-lock.json'), '{"packages":{"node_modules/katex":{"version":"0.20.0"}}}');
    expect(converterFingerprint(root)).not.toBe(before);
  });
});
