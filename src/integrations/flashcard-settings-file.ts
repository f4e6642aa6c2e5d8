import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { NotesWarning } from '../lib/notes-error.ts';
import { flashcardPluginData, flashcardSettings, type FlashcardSettings } from '../schemas/flashcard-settings.ts';

/** Where an Obsidian vault keeps the Spaced Repetition plugin's settings. */
export const FLASHCARD_SETTINGS_FILE = ['.obsidian', 'plugins', 'obsidian-spaced-repetition', 'data.json'];

/**
 * The vault's Spaced Repetition settings (which tags, separators and clozes make cards), from the
 * plugin's data file in the notes folder; the plugin's defaults when there is none. A file that
 * cannot be read is a warning naming it (and its line), never a failed build: the plugin itself
 * falls back to its defaults then.
 *
 * @example
 *   await readFlashcardSettings('content/notes', root) // { settings: { flashcardTags: ['#flashcards'], … }, warnings: [] }
 */
export async function readFlashcardSettings(
  notesDir: string,
  root: string,
): Promise<{ settings: FlashcardSettings; warnings: NotesWarning[] }> {
  const path = join(notesDir, ...FLASHCARD_SETTINGS_FILE);
  const label = relative(root, path).split(sep).join('/');
  const defaults = flashcardSettings.parse({});
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return { settings: defaults, warnings: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const before = text.slice(0, at === undefined ? 0 : Number(at)).split('\n');
    return {
      settings: defaults,
      warnings: [
        {
          location: { file: label, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
          message: "this Spaced Repetition settings file is not JSON; the plugin's default card syntax is used",
        },
      ],
    };
  }
  const parsed = flashcardPluginData.safeParse(value);
  if (parsed.success) return { settings: parsed.data.settings, warnings: [] };
  const issue = parsed.error.issues[0];
  return {
    settings: defaults,
    warnings: [
      {
        location: { file: label, line: 1, column: 1 },
        message: `this Spaced Repetition settings file cannot be read (${issue?.path.join('.') || 'its shape'}: ${issue?.message ?? 'unexpected value'}); the plugin's default card syntax is used`,
      },
    ],
  };
}
