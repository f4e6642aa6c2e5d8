import { readWordNet } from './wordnet.ts';
import { relatedWords } from './related-words.ts';

/**
 * Run as a process of its own (cached.ts): reads WordNet at once, then the notes' words as JSON
 * from standard input, and writes their other words as JSON to standard output. WordNet is read
 * while the build converts the notes, and its memory leaves with this process.
 */
const wordnet = readWordNet();
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const words = JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[];
process.stdout.write(JSON.stringify(relatedWords(words, await wordnet)));
