import type { ConvertedTopic } from '../types.ts';

/**
 * Across pages: one id per card. A card's id is a hash of what it asks, not of where it is (so it
 * keeps its reviews when its note moves); the same question written twice, in one note or two,
 * would share one. The second and later ones, in reading order, get `-2`, `-3`… after it.
 *
 * @example
 *   uniqueCardIds([page with card 'authored-abc', page with card 'authored-abc']) // ids 'authored-abc', 'authored-abc-2'
 */
export function uniqueCardIds(topics: readonly ConvertedTopic[]): void {
  const seen = new Map<string, number>();
  for (const topic of topics) {
    for (const card of topic.frontmatter.cards) {
      const count = (seen.get(card.id) ?? 0) + 1;
      seen.set(card.id, count);
      if (count > 1) card.id = `${card.id}-${count}`;
    }
  }
}
