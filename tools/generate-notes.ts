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
  const phrase = (words: number): string => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  const blocks: string[] = [];
  for (let index = 1; index <= topics; index++) {
    const lines = [`# ${pick(SERVICES)} topic ${index}`, '', `${pick(SERVICES)} ${phrase(8)}`];
    const items = 3 + Math.floor(random() * 5);
    for (let item = 0; item < items; item++) {
      lines.push(random() < 0.3 ? `- **${pick(SERVICES)}** ${phrase(6)}` : `- ${phrase(7)}`);
      if (random() < 0.4) lines.push(`\t- ${phrase(5)}`, `\t- ${phrase(4)}`);
    }
    if (random() < 0.3) lines.push(`${phrase(5)} ${index}`, `- *<u>${phrase(6)}</u>*`);
    if (random() < 0.1) lines.push('', '| Term | Meaning |', '| --- | --- |', `| ${pick(SERVICES)} | ${phrase(4)} |`);
    if (random() < 0.1) lines.push('', '```json', `{ "Effect": "Deny", "Resource": "${pick(WORDS)}" }`, '```');
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
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

/** A small seeded generator, so every run writes the same notes. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
 * @example
 *   generateNoteFiles(2).map((note) => note.file) // ['IAM drill 0001.md', 'KMS drill 0002.md']
 */
export function generateNoteFiles(
  files: number,
  options: { folders?: number; seed?: number; flashcards?: boolean } = {},
): { file: string; text: string }[] {
  const random = mulberry32(options.seed ?? 7);
  const prefixes = ['IAM', 'KMS', 'VPC', 'S3', 'Config', 'Shield', 'Artifact', 'Cognito'];
  const names = Array.from(
    { length: files },
    (_, index) => `${prefixes[index % prefixes.length]} drill ${String(index + 1).padStart(4, '0')}`,
  );
  return names.map((name, index) => {
    const folder = options.folders ? `Course ${String((index % options.folders) + 1).padStart(2, '0')}/` : '';
    const body = generateNotes(1, Math.floor(random() * 1e9)).replace(/^# .*\n/, '');
    const next = names[(index + 1) % names.length];
    const cards = options.flashcards && index % 3 === 0 ? flashcardBlock(name, index, random) : '';
    return { file: `${folder}${name}.md`, text: `${body}${cards}\nSee also [[${next}]].\n` };
  });
}
