import { describe, expect, test } from 'vitest';
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

  test('reads a file saved as "ANSI" (Windows-1252) as such, with a warning at its first byte that is not UTF-8', () => {
    const { text, warnings } = decodeNotes(
      bytes('line one\ns', [0xe9], ' caf', [0xe9, 0x0d, 0x0a], 'end'),
      'content/notes/ansi.md',
    );
    expect(text).toBe('line one\nsé café\nend');
    expect(warnings).toEqual([
      {
        location: { file: 'content/notes/ansi.md', line: 2, column: 2 },
        message: expect.stringMatching(/^this file is not UTF-8 text: it is read as Windows-1252/),
        rule: 'not-utf-8',
      },
    ]);
  });

  test('shows the bad bytes of a UTF-8 file as �, with a warning at the first, and keeps every other character', () => {
    const { text, warnings } = decodeNotes(bytes('line one\nsé', [0xff], ' rest'), 'content/notes/bad.md');
    expect(text).toBe('line one\nsé\uFFFD rest');
    expect(warnings).toEqual([
      {
        location: { file: 'content/notes/bad.md', line: 2, column: 3 },
        message: expect.stringMatching(/^this file is not all UTF-8 text: what is not is shown as �/),
        rule: 'not-utf-8',
      },
    ]);
  });

  test('reads UTF-16 files by their byte order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Clé\r\nB', 'utf16le')]);
    expect(decodeNotes(utf16, 'n.md')).toEqual({ text: 'Clé\nB', warnings: [] });
  });
});
