import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FLASHCARD_SETTINGS_FILE, readFlashcardSettings } from '../../../src/integrations/flashcard-settings-file.ts';

/** A vault holding the plugin's data file with this text. */
async function vault(text?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sr-settings-'));
  if (text !== undefined) {
    await mkdir(join(dir, ...FLASHCARD_SETTINGS_FILE.slice(0, -1)), { recursive: true });
    await writeFile(join(dir, ...FLASHCARD_SETTINGS_FILE), text);
  }
  return dir;
}

describe("the vault's Spaced Repetition settings", () => {
  test("are the plugin's defaults without a settings file", async () => {
    const { settings, warnings } = await readFlashcardSettings(await vault(), '/');
    expect(settings).toMatchObject({ flashcardTags: ['#flashcards'], singleLineCardSeparator: '::' });
    expect(warnings).toEqual([]);
  });

  test('are read from the data file, beside settings the site does not use', async () => {
    const text = JSON.stringify({
      settings: {
        flashcardTags: ['#review', '#exam'],
        convertFoldersToDecks: false,
        singleLineCardSeparator: '::',
        multilineCardEndMarker: '---',
        clozePatterns: ['==[123;;]answer[;;hint]==', '{{[123;;]answer[;;hint]}}'],
        randomizeCardOrder: true,
        maximumInterval: 36525,
      },
      buryDate: '2026-11-30',
      historyDeck: '',
    });
    const { settings, warnings } = await readFlashcardSettings(await vault(text), '/');
    expect(settings).toMatchObject({
      flashcardTags: ['#review', '#exam'],
      multilineCardEndMarker: '---',
      clozePatterns: ['==[123;;]answer[;;hint]==', '{{[123;;]answer[;;hint]}}'],
    });
    expect(warnings).toEqual([]);
  });

  test('a damaged file is a warning naming it and its line; the defaults apply', async () => {
    const dir = await vault('{\n  "settings": {\n    flashcardTags: ["#a"]\n  }\n}');
    const { settings, warnings } = await readFlashcardSettings(dir, dir);
    expect(settings.flashcardTags).toEqual(['#flashcards']);
    expect(warnings).toEqual([
      {
        location: { file: '.obsidian/plugins/obsidian-spaced-repetition/data.json', line: 3, column: 5 },
        message: expect.stringContaining('not JSON'),
      },
    ]);
    const wrong = await vault(JSON.stringify({ settings: { flashcardTags: 'flashcards' } }));
    expect((await readFlashcardSettings(wrong, wrong)).warnings[0]?.message).toContain('flashcardTags');
  });
});
