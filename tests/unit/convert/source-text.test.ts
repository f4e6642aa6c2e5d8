import { describe, expect, test } from 'vitest';
import { NotesError } from '../../../src/lib/notes-error.ts';
import { decodeNotes } from '../../../src/convert/source-text.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decoding a notes file', () => {
  test('drops a byte order mark and keeps the text', () => {
    expect(decodeNotes(bytes('\uFEFFIAM roles'), 'n.md').text).toBe('IAM roles');
  });

  test('turns CRLF and CR line endings into LF without changing line numbers', () => {
    expect(decodeNotes(bytes('a\r\nb\rc\n'), 'n.md').text).toBe('a\nb\nc\n');
  });

  test('shows a NUL character as U+FFFD and warns at its line and column', () => {
    const { text, warnings } = decodeNotes(bytes('ok\nab\0c'), 'content/notes/n.md');
    expect(text).toBe('ok\nab\uFFFDc');
    expect(warnings).toEqual([
      { location: { file: 'content/notes/n.md', line: 2, column: 3 }, message: expect.stringContaining('NUL') },
    ]);
  });

  test('rejects bytes that are not UTF-8 with the file, line and column of the first bad byte', () => {
    const decode = () => decodeNotes(bytes('line one\nsé', [0xff], ' rest'), 'content/notes/bad.md');
    expect(decode).toThrow(NotesError);
    expect(decode).toThrow(/^content\/notes\/bad\.md:2:3: this is not UTF-8 text/);
  });
});
