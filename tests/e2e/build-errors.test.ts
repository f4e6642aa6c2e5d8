import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

describe('odd notes files never fail the build', () => {
  test('a file saved as "ANSI", a `%` in a link, and comments that tripped the parser build, with a warning at the place', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'odd-notes-'));
    await writeFile(
      join(notes, 'ansi.md'),
      Buffer.concat([Buffer.from('# Menu\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]),
    );
    await writeFile(
      join(notes, 'stats.md'),
      '## Top 50%\n\nSee [the top](stats.md#50%) and [again](stats.md#Top%2050%).\n\n%%%%\n\n%%a%% kept\n',
    );
    const site = await buildSite(notes);
    expect(site.log).toMatch(/ansi\.md:3:4: this file is not UTF-8 text: it is read as Windows-1252/);
    expect(await readFile(join(site.outDir, 'ansi/index.html'), 'utf8')).toContain('Café au lait.');
    const stats = await readFile(join(site.outDir, 'stats/index.html'), 'utf8');
    expect(stats).toContain('href="/stats/#top-50"');
    expect(stats).toMatch(/<p>\s*kept<\/p>/);
  });
});

describe('a build that cannot succeed says why, and where', () => {
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
