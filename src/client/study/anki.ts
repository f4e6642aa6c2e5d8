import type { DeckCard } from './deck.ts';

/**
 * A deck as a text file Anki imports (File › Import): one card per line, front and back as HTML
 * (Anki shows HTML, and its own MathJax reads `\(…\)`), tagged with the page, in the deck `Course::Deck`
 * (`Course::Page` for cards in no deck of the student's; a deck named after its course is not named
 * twice). `html` makes a side Anki's HTML (anki-html.ts).
 *
 * @example
 *   ankiText([{ front: 'AWS Shield', back: 'protects against DDoS', topic: 'AWS Organizations', course: 'Notes', … }], (html) => html)
 *   // '#separator:tab\n#html:true\n#tags column:3\n#deck column:4\nAWS Shield\tprotects against DDoS\tAWS_Organizations\tNotes::AWS Organizations\n'
 */
export function ankiText(cards: readonly DeckCard[], html: (side: string) => string): string {
  const field = (text: string): string => text.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>').trim();
  const name = (text: string): string =>
    text
      .replace(/::/g, ':')
      .replace(/[\t\r\n]+/g, ' ')
      .trim();
  const lines = cards.map((card) => {
    const front = card.context ? `${escapeText(card.context)} — ${card.front}` : card.front;
    const question = card.choices ? `${front} (${card.choices.map(escapeText).join(' / ')})` : front;
    const own = card.deck ?? [card.topic];
    // `#flashcards/CompSec/Web` in the course CompSec is CompSec::Web, not CompSec::CompSec::Web.
    const path = own[0]?.toLowerCase() === card.course.toLowerCase() ? own : [card.course, ...own];
    const deck = path.map(name).join('::');
    return [field(html(question)), field(html(card.back)), name(card.topic).replace(/\s+/g, '_'), deck].join('\t');
  });
  return ['#separator:tab', '#html:true', '#tags column:3', '#deck column:4', ...lines].join('\n') + '\n';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
