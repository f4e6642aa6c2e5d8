import { mulberry32, studentWords, type NoteWords } from './student-words.ts';

/** Where a generated note's words come from: its lead terms, and every other word. */
interface WordSource {
  lead(): string;
  word(): string;
}

/**
 * Deterministic notes of any size, for benchmarks: `topics` sections, each under a `#` heading,
 * written with the habits of the bundled notes (tab-indented bullets, bold lead terms, lazy lines,
 * inline `<u>`), plus the odd table and code block.
 *
 * @example
 *   generateNotes(2).split('\n# ').length // 2
 */
export function generateNotes(topics: number, seed = 42): string {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const source: WordSource = { lead: () => pick(SERVICES), word: () => pick(WORDS) };
  const blocks: string[] = [];
  for (let index = 1; index <= topics; index++) {
    blocks.push(`# ${source.lead()} topic ${index}\n\n${topicBody(index, source, random)}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A topic's text under its heading: a lead line, bullets (some nested), now and then a table or code. */
function topicBody(index: number, source: WordSource, random: () => number): string {
  const phrase = (words: number): string => Array.from({ length: words }, () => source.word()).join(' ');
  const lines = [`${source.lead()} ${phrase(8)}`];
  const items = 3 + Math.floor(random() * 5);
  for (let item = 0; item < items; item++) {
    lines.push(random() < 0.3 ? `- **${source.lead()}** ${phrase(6)}` : `- ${phrase(7)}`);
    if (random() < 0.4) lines.push(`\t- ${phrase(5)}`, `\t- ${phrase(4)}`);
  }
  if (random() < 0.3) lines.push(`${phrase(5)} ${index}`, `- *<u>${phrase(6)}</u>*`);
  if (random() < 0.1) lines.push('', '| Term | Meaning |', '| --- | --- |', `| ${source.lead()} | ${phrase(4)} |`);
  if (random() < 0.1) lines.push('', '```json', `{ "Effect": "Deny", "Resource": "${source.word()}" }`, '```');
  return lines.join('\n');
}

/** Cards as a student writes them for the Spaced Repetition plugin, at the end of a note. */
function flashcardBlock(name: string, index: number, random: () => number): string {
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'access';
  const prefix = name.split(' ')[0] ?? 'IAM';
  const day = `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  return [
    '',
    `#flashcards/${prefix}`,
    '',
    '## Review',
    `${name} controls::the ${word()} ${word()} of each ${word()}`,
    `<!--SR:!${day},${3 + (index % 40)},${230 + (index % 60)}-->`,
    `${word()} ${word()}:::${word()} ${word()} ${word()}`,
    '',
    `What does ${name} check first?`,
    '?',
    `- the ${word()} ${word()}`,
    `- then the ${word()}`,
    '',
    `A ${word()} is ==${word()} ${word()}== before it is ==${word()}==.`,
    '',
    `Cost of ${index} requests::$O(n \\log n)$ for ${word()}`,
    '',
  ].join('\n');
}

const SERVICES = [
  'Amazon EC2',
  'Amazon S3',
  'AWS Lambda',
  'Amazon RDS',
  'Amazon VPC',
  'AWS Shield',
  'Amazon Cognito',
  'AWS CloudTrail',
  'Amazon GuardDuty',
  'AWS WAF',
  'Amazon Inspector',
  'AWS Secrets Manager',
  'Amazon Macie',
];
const WORDS = [
  'access',
  'account',
  'policy',
  'role',
  'encryption',
  'key',
  'network',
  'subnet',
  'traffic',
  'region',
  'audit',
  'compliance',
  'least',
  'privilege',
  'identity',
  'federation',
  'token',
  'bucket',
  'object',
  'instance',
  'snapshot',
  'backup',
  'monitoring',
  'alarm',
  'metric',
  'log',
  'event',
  'rule',
  'deny',
  'allow',
  'explicit',
  'implicit',
  'boundary',
  'permission',
  'session',
  'certificate',
  'rotation',
  'threat',
  'detection',
  'firewall',
  'gateway',
];

/**
 * A folder of generated notes, one page each (`IAM drill 0001.md`, …), as a student's notes folder
 * that grew all term: `files` notes in `folders` folders (none: all at the top), each written with
 * the habits of {@link generateNotes}, linking to its neighbours with `[[wikilinks]]`. With
 * `flashcards`, every third note also holds cards in the Spaced Repetition plugin's syntax (one-line,
 * multi-line and cloze, some with saved schedules, one with a formula), under `#flashcards/<prefix>`.
 *
 * The words are drawn from 41 AWS terms (`drill`, the default: every note shares most of its words
 * with most others), or as students write (`student`, see {@link studentWords}): a note is in one of
 * `folders` courses (20 without folders; the first is AWS security), titled by its subject.
 *
 * @example
 *   generateNoteFiles(2).map((note) => note.file) // ['IAM drill 0001.md', 'KMS drill 0002.md']
 */
export function generateNoteFiles(
  files: number,
  options: { folders?: number; seed?: number; flashcards?: boolean; words?: 'drill' | 'student' } = {},
): { file: string; text: string }[] {
  const random = mulberry32(options.seed ?? 7);
  const notes = options.words === 'student' ? studentNotes(files, options.folders ?? 20, random) : drillNotes(files);
  const names = notes.map((note) => note.name);
  return notes.map(({ name, source }, index) => {
    const folder = options.folders ? `Course ${String((index % options.folders) + 1).padStart(2, '0')}/` : '';
    const seed = Math.floor(random() * 1e9);
    const body = source ? topicBody(1, source, mulberry32(seed)) : generateNotes(1, seed).replace(/^# .*\n/, '');
    const next = names[(index + 1) % names.length];
    const cards = options.flashcards && index % 3 === 0 ? flashcardBlock(name, index, random) : '';
    return { file: `${folder}${name}.md`, text: `${body}${cards}\nSee also [[${next}]].\n` };
  });
}

/** Notes named `IAM drill 0001`, …, written from the 41 AWS terms. */
function drillNotes(files: number): { name: string; source?: WordSource }[] {
  const prefixes = ['IAM', 'KMS', 'VPC', 'S3', 'Config', 'Shield', 'Artifact', 'Cognito'];
  return Array.from({ length: files }, (_, index) => ({
    name: `${prefixes[index % prefixes.length]} drill ${String(index + 1).padStart(4, '0')}`,
  }));
}

/** Notes of `courses` courses (note `i` in course `i mod courses`), each titled by its subject. */
function studentNotes(files: number, courses: number, random: () => number): { name: string; source: WordSource }[] {
  const words = studentWords(11, WORDS);
  return Array.from({ length: files }, (_, index) => {
    const note: NoteWords = words.forNote(index % courses, random);
    const title = note.subject.join(' ');
    const lead = () => {
      const term = random() < 0.5 ? (note.subject[Math.floor(random() * note.subject.length)] ?? title) : note.term();
      return term.charAt(0).toUpperCase() + term.slice(1);
    };
    return {
      name: `${title.charAt(0).toUpperCase()}${title.slice(1)} ${String(index + 1).padStart(4, '0')}`,
      source: { lead, word: () => note.word() },
    };
  });
}
