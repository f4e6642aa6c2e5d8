import { phrasePattern, WORD_END, WORD_START } from './regexp.ts';

/** A topic's aliases compiled for matching, with the topic they name. */
export interface AliasMatcher {
  readonly slug: string;
  readonly alias: string;
  readonly pattern: RegExp;
}

/** Where an alias was found in a text. */
export interface AliasMatch {
  readonly slug: string;
  readonly alias: string;
  readonly index: number;
}

/**
 * Compile aliases into whole-word, case-insensitive patterns; spaces and hyphens in an alias match
 * any run of spaces or hyphens, so "shared responsibility" also finds "Shared-Responsibility".
 *
 * @example
 *   aliasMatchers([{ slug: 'iam', aliases: ['IAM'] }])[0].pattern.test('an iam role') // true
 *   aliasMatchers([{ slug: 'iam', aliases: ['IAM'] }])[0].pattern.test('diameter')    // false
 */
export function aliasMatchers(topics: readonly { slug: string; aliases: readonly string[] }[]): AliasMatcher[] {
  return topics.flatMap((topic) =>
    topic.aliases.map((alias) => ({
      slug: topic.slug,
      alias,
      pattern: new RegExp(`${WORD_START}${phrasePattern(alias)}${WORD_END}`, 'iu'),
    })),
  );
}

/**
 * The alias named earliest in a text (the longest one where two start at the same place).
 *
 * @example
 *   findAlias('AWS KMS can be used with CloudTrail', matchers) // { slug: 'kms', alias: 'AWS KMS', index: 0 }
 */
export function findAlias(text: string, matchers: readonly AliasMatcher[]): AliasMatch | undefined {
  let best: (AliasMatch & { length: number }) | undefined;
  for (const matcher of matchers) {
    const found = matcher.pattern.exec(text);
    if (!found) continue;
    const candidate = { slug: matcher.slug, alias: matcher.alias, index: found.index, length: found[0].length };
    if (!best || candidate.index < best.index || (candidate.index === best.index && candidate.length > best.length)) {
      best = candidate;
    }
  }
  return best && { slug: best.slug, alias: best.alias, index: best.index };
}

/**
 * The alias a text opens with (after any leading punctuation or symbols), if any.
 *
 * @example
 *   aliasAtStart('AWS Artifact is for compliance', matchers) // { slug: 'artifact', … }
 *   aliasAtStart('Use AWS Artifact', matchers)              // undefined
 */
export function aliasAtStart(text: string, matchers: readonly AliasMatcher[]): AliasMatch | undefined {
  const match = findAlias(text, matchers);
  const firstWord = text.search(/[\p{L}\p{N}]/u);
  return match && match.index === firstWord ? match : undefined;
}
