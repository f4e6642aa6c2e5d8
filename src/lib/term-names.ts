import type { GlossaryEntry } from '../schemas/glossary.ts';
import { wordRoot, wordsOf } from './words.ts';

/**
 * The names of a glossary term that search should also find at a mention of it: the names whose
 * words the student's text does not already have, without names that repeat a longer one.
 *
 * @example
 *   namesToIndex(kms, 'AWS KMS')               // ['AWS Key Management Service']
 *   namesToIndex(cognito, 'Amazon congnito')   // ['Amazon Cognito']
 *   namesToIndex(scp, 'Service control policies') // ['SCP']
 *   namesToIndex(iam, 'IAM', ['AWS', 'Amazon']) // ['AWS Identity and Access Management']
 */
export function namesToIndex(entry: GlossaryEntry, mentionText: string, prefixes: readonly string[] = []): string[] {
  // A prefix of the glossary (a vendor's name) adds nothing to search: "AWS IAM" says no more than "IAM".
  const present = new Set([...wordsOf(mentionText), ...prefixes.flatMap((prefix) => wordsOf(prefix))].map(wordRoot));
  const missing = [entry.name, ...entry.short, ...entry.aliases].filter((name) =>
    wordsOf(name).some((word) => !present.has(wordRoot(word))),
  );
  const covered = (name: string, other: string): boolean =>
    name !== other && wordsOf(name).every((word) => wordsOf(other).map(wordRoot).includes(wordRoot(word)));
  return missing.filter((name) => !missing.some((other) => covered(name, other)));
}
