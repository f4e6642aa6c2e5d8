import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { expectedText } from '../../support/snapshot-file.ts';

const folder = () => pathToFileURL(`${mkdtempSync(join(tmpdir(), 'snapshot-'))}/`);

describe('snapshot files', () => {
  test('a missing one fails and is not written, so an output is never compared with itself', () => {
    const file = new URL('expected.mdx', folder());
    expect(() => expectedText(file, 'output', {})).toThrow(/does not exist: run the tests with UPDATE=1/);
    expect(() => expectedText(file, 'output', { CI: '1' })).toThrow(/does not exist/);
    expect(existsSync(file)).toBe(false);
  });

  test('an existing one is read, never rewritten unless asked', () => {
    const file = new URL('expected.mdx', folder());
    writeFileSync(file, 'before');
    expect(expectedText(file, 'after', {})).toBe('before');
    expect(readFileSync(file, 'utf8')).toBe('before');
  });

  test('UPDATE=1 writes the output as the new expected text', () => {
    const file = new URL('expected.mdx', folder());
    expect(expectedText(file, 'after', { UPDATE: '1' })).toBe('after');
  });
});
