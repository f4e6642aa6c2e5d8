import { editDistance } from '../lib/edit-distance.ts';
import { caselessPattern } from '../lib/regexp.ts';
import type { TermFinder } from '../lib/term-matcher.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** A problem the notes linter found, at a line and column of a notes file (1-based). */
export interface LintFinding {
  readonly line: number;
  readonly column: number;
  readonly rule: 'misspelt-term' | 'unknown-name' | 'doubled-word';
  readonly message: string;
}

/**
 * A prefix of the glossary followed by capitalised words ("AWS Lamdba Functions"): how notes name a
 * thing of the subject that the glossary may lack. No prefixes, no such names.
 */
function prefixedNames(prefixes: readonly string[]): RegExp | undefined {
  if (prefixes.length === 0) return undefined;
  const alternatives = [...prefixes].sort((a, b) => b.length - a.length).map((prefix) => caselessPattern(prefix));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}-]*))+`, 'gu');
}
const DOUBLED_WORD = /(?<![\p{L}\p{N}])([\p{L}]+)\s+\1(?![\p{L}\p{N}])/giu;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * Check notes for what a student would want to fix, without changing them: names the glossary
 * knows as misspellings ("congnito"), names that open with one of the glossary's `prefixes`
 * ("AWS …") and that the glossary does not know (with the nearest known name as a suggestion), and
 * doubled words ("user user"). Code blocks are not checked.
 *
 * @example
 *   lintNotes('- **Amazon congnito** allows user user sign-up', find, glossary, ['AWS', 'Amazon'])
 *   // [{ line: 1, column: 5, rule: 'misspelt-term', message: '"Amazon congnito" is a misspelling of "Amazon Cognito"' },
 *   //  { line: 1, column: 30, rule: 'doubled-word', message: 'doubled word "user user"' }]
 */
export function lintNotes(
  text: string,
  find: TermFinder,
  glossary: readonly GlossaryEntry[],
  prefixes: readonly string[] = [],
): LintFinding[] {
  const names = new Map(glossary.map((entry) => [entry.id, entry.name]));
  const unknownNames = prefixedNames(prefixes);
  const knownNames = glossary.flatMap((entry) => [entry.name, ...entry.aliases]);
  const findings: LintFinding[] = [];
  let inCode = false;
  text.split(/\r\n?|\n/).forEach((line, index) => {
    if (FENCE.test(line)) inCode = !inCode;
    if (inCode) return;
    const at = (column: number) => ({ line: index + 1, column: column + 1 });
    const terms = find(line);
    for (const term of terms) {
      if (term.kind !== 'misspelling') continue;
      findings.push({
        ...at(term.start),
        rule: 'misspelt-term',
        message: `"${term.text}" is a misspelling of "${names.get(term.id)}"`,
      });
    }
    for (const match of unknownNames ? line.matchAll(unknownNames) : []) {
      const start = match.index;
      const end = start + match[0].length;
      if (terms.some((term) => term.start < end && term.end > start)) continue;
      const nearest = nearestName(match[0], knownNames);
      findings.push({
        ...at(start),
        rule: 'unknown-name',
        message: `"${match[0]}" is not in the glossary${nearest ? ` (did you mean "${nearest}"?)` : '; add it to the glossary if it names a term of the subject'}`,
      });
    }
    for (const match of line.matchAll(DOUBLED_WORD)) {
      findings.push({ ...at(match.index), rule: 'doubled-word', message: `doubled word "${match[0]}"` });
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The glossary name closest to an unknown one, when it is close enough to be a slip. */
function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const max = Math.max(1, Math.floor(candidate.length / 5));
    const distance = editDistance(lower, candidate.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
