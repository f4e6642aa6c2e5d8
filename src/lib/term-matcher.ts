import type { GlossaryEntry } from '../schemas/glossary.ts';
import { phrasePattern, WORD_END, WORD_START } from './regexp.ts';

/** How a mention names its term. */
export type FormKind = 'name' | 'short' | 'alias' | 'misspelling';

/** A mention of a glossary term in a text. */
export interface TermMatch {
  /** Glossary id of the term. */
  readonly id: string;
  /** The text as written, such as `Amazon congnito`. */
  readonly text: string;
  readonly kind: FormKind;
  /** Start and end (exclusive) in the searched text. */
  readonly start: number;
  readonly end: number;
}

interface Form {
  readonly id: string;
  readonly text: string;
  readonly kind: FormKind;
  /** Short forms match exactly as written; the others ignore case. */
  readonly exactCase: boolean;
}

/** A function that finds every glossary mention in a text, longest first, never overlapping. */
export type TermFinder = (text: string) => TermMatch[];

/**
 * Compile the glossary into one finder. Forms match as whole words (no letter or digit on either
 * side), with an optional plural "s"; spaces and hyphens inside a form match any run of either.
 * Names, aliases and misspellings ignore case; short forms match exactly as written, so "Shield"
 * finds the service and "shield" in a sentence finds nothing.
 *
 * @example
 *   findTerms(glossary)('AWS KMS and Amazon congnito')
 *   // [{ id: 'aws-kms', text: 'AWS KMS', kind: 'name', … }, { id: 'amazon-cognito', text: 'Amazon congnito', kind: 'misspelling', … }]
 */
export function findTerms(entries: readonly GlossaryEntry[]): TermFinder {
  const forms: Form[] = entries.flatMap((entry) => [
    { id: entry.id, text: entry.name, kind: 'name' as const, exactCase: false },
    ...entry.short.map((text) => ({ id: entry.id, text, kind: 'short' as const, exactCase: true })),
    ...entry.aliases.map((text) => ({ id: entry.id, text, kind: 'alias' as const, exactCase: false })),
    ...entry.misspellings.map((text) => ({ id: entry.id, text, kind: 'misspelling' as const, exactCase: false })),
  ]);
  if (forms.length === 0) return () => [];
  const exact = new Map<string, Form>();
  const folded = new Map<string, Form>();
  for (const form of forms) {
    if (form.exactCase) exact.set(normalise(form.text), form);
    else folded.set(normalise(form.text).toLowerCase(), form);
  }
  // Longest forms first: at one position the alternation takes the first that matches.
  const alternatives = [...forms]
    .sort((a, b) => b.text.length - a.text.length)
    .map((form) => phrasePattern(form.text, { ignoreCase: !form.exactCase }));
  const pattern = new RegExp(`${WORD_START}(?:${alternatives.join('|')})s?${WORD_END}`, 'gu');

  const lookup = (written: string): Form | undefined => {
    const key = normalise(written);
    const singular = key.endsWith('s') ? key.slice(0, -1) : undefined;
    return (
      exact.get(key) ??
      folded.get(key.toLowerCase()) ??
      (singular === undefined ? undefined : (exact.get(singular) ?? folded.get(singular.toLowerCase())))
    );
  };

  return (text) => {
    const matches: TermMatch[] = [];
    for (const found of text.matchAll(pattern)) {
      const form = lookup(found[0]);
      if (!form) continue;
      matches.push({
        id: form.id,
        text: found[0],
        kind: form.kind,
        start: found.index,
        end: found.index + found[0].length,
      });
    }
    return matches;
  };
}

function normalise(text: string): string {
  return text.trim().replace(/[\s-]+/g, ' ');
}
