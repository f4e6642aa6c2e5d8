import type { StudyCard } from '../../schemas/topic-page.ts';

/**
 * A deck as a text file Anki imports (File › Import): one card per line, front and back separated
 * by a tab, tagged with the topic.
 *
 * @example
 *   ankiText([{ front: 'AWS Shield', back: 'protects against DDoS', topic: 'AWS Organizations' }]) // '#separator:tab\n#html:false\n#tags column:3\nAWS Shield\tprotects against DDoS\tAWS_Organizations\n'
 */
export function ankiText(cards: readonly (StudyCard & { topic: string })[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
  const lines = cards.map((card) => {
    const front = card.context ? `${card.context} — ${card.front}` : card.front;
    const question = card.choices ? `${front} (${card.choices.join(' / ')})` : front;
    return [clean(question), clean(card.back), clean(card.topic).replace(/\s+/g, '_')].join('\t');
  });
  return ['#separator:tab', '#html:false', '#tags column:3', ...lines].join('\n') + '\n';
}
