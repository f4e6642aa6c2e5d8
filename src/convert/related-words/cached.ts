import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Makes search's other words (related-words.ts) for one conversion of the notes. */
export interface RelatedWordsMaker {
  /** The table for the notes' words: from the cache file, else from WordNet. */
  table(vocabulary: readonly string[], language: string): Promise<Record<string, string[]>>;
  /** Ends the WordNet process if the table was not asked for (a conversion that failed). */
  cancel(): void;
}

/**
 * Starts reading WordNet in a Node process of its own (child.ts) while the notes are converted:
 * reading takes one to two seconds, and grows a process by about 300 MB that it never gives back
 * (in the build's own process, the peak memory of a 1,006-page build rose by as much). The table
 * comes from the cache file while the notes' words and the converter are the same; notes in
 * another language get none, WordNet being English. Either way the process is ended unused.
 *
 * @example
 *   const maker = startRelatedWords('.astro/study-notes/related-words.json', fingerprint);
 *   await maker.table(['learns'], 'en') // { memorize: ['learns'], … }
 */
export function startRelatedWords(cacheFile: string, fingerprint: string): RelatedWordsMaker {
  const script = fileURLToPath(new URL('./child.ts', import.meta.url));
  // Node 22.12 runs TypeScript only with this flag; later versions accept it.
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  child.stdin.on('error', () => {}); // a process ended unused closes its input early: not a failure
  const ended = new Promise<Record<string, string[]>>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(output).toString('utf8')) as Record<string, string[]>);
      else {
        const message = Buffer.concat(errors).toString('utf8');
        reject(new Error(`search's other words could not be made from WordNet (exit ${code}): ${message}`));
      }
    });
  });
  ended.catch(() => {}); // awaited by table(); a cancelled process's ending is not an error
  const cancel = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };

  return {
    cancel,
    async table(vocabulary, language) {
      if (!/^en\b/i.test(language)) {
        cancel();
        return {};
      }
      // The table depends on which words the notes use, not on their order (most frequent first).
      const words = [...new Set(vocabulary)].sort();
      const key = createHash('sha256').update(fingerprint).update('\0').update(words.join('\n')).digest('hex');
      const cached = await readFile(cacheFile, 'utf8').then(
        (text) => JSON.parse(text) as { key: string; words: Record<string, string[]> },
        () => undefined,
      );
      if (cached?.key === key) {
        cancel();
        return cached.words;
      }
      child.stdin.end(JSON.stringify(words));
      const table = await ended;
      await mkdir(dirname(cacheFile), { recursive: true });
      await writeFile(cacheFile, JSON.stringify({ key, words: table }));
      return table;
    },
  };
}
