import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../tools/build-site.ts';

/** The build's output when it fails (execFile rejects with stdout and stderr attached). */
async function failedBuildLog(notesDir: string, env: Record<string, string> = {}): Promise<string> {
  try {
    await buildSite(notesDir, env);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
  }
  throw new Error('the build succeeded, but it should have failed');
}

describe('a build that cannot succeed says why, and where', () => {
  test('a notes file that is not UTF-8 fails the build with its file, line and column', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'bad-notes-'));
    await writeFile(
      join(notes, 'broken.md'),
      Buffer.concat([Buffer.from('IAM roles\nKMS keys \xff'), Buffer.from([0xff])]),
    );
    const log = await failedBuildLog(notes);
    expect(log).toMatch(/broken\.md:2:\d+: this is not UTF-8 text/);
  });

  test('notes with no text at all (only separators) fail the build and say so', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'blank-notes-'));
    await writeFile(join(notes, 'lines.md'), '---\n\n***\n');
    expect(await failedBuildLog(notes)).toMatch(/the notes have no text to show/);
  });

  test('an empty notes folder fails the build and says so', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'no-notes-'));
    expect(await failedBuildLog(notes)).toMatch(/the notes folder has no notes files/);
  });

  test('a topic map with a bad field fails the build with the file, line and field', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'notes-'));
    await writeFile(join(notes, 'n.md'), 'IAM roles\n');
    const map = join(notes, '..', `topics-${Date.now()}.yaml`);
    await writeFile(map, 'topics:\n  - slug: iam\n    title: IAM\n    aliases: IAM\n    summary: Access.\n');
    expect(await failedBuildLog(notes, { TOPIC_MAP: map })).toMatch(/topics-\d+\.yaml:4:14: topics\[0\]\.aliases: /);
  });
});
