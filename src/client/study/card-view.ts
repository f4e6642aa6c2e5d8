import type { DeckCard } from './deck.ts';

/** The elements a card is shown in. */
export interface CardElements {
  readonly where: HTMLAnchorElement;
  readonly context: HTMLElement;
  readonly front: HTMLElement;
  readonly choices: HTMLUListElement;
  readonly answer: HTMLElement;
}

/** Elements a card's HTML never holds (the converter writes none; kept out should one ever slip in). */
const UNSAFE = 'script, style, iframe, object, embed, link, meta, base, form, template';

/**
 * Show a card: where it comes from ("Web Security › Cookies", a link to that place in the notes),
 * the line that frames it, its question and answer as the notes show them (formulas, code, images,
 * links, callouts: HTML the converter wrote, its text escaped there), and the choices of a group
 * card. The HTML is put in through a template, without anything that could run.
 */
export function showCard(card: DeckCard, elements: CardElements, base: string): void {
  elements.where.textContent = card.where.join(' › ') || card.topic;
  elements.where.href = `${base}${card.slug}/${card.anchor ? `#${card.anchor}` : ''}`;
  elements.context.textContent = card.context ?? '';
  elements.context.hidden = !card.context;
  elements.front.replaceChildren(fragment(card.front));
  elements.answer.replaceChildren(fragment(card.back));
  elements.choices.replaceChildren(
    ...(card.choices ?? []).map((choice) => {
      const item = document.createElement('li');
      item.textContent = choice;
      return item;
    }),
  );
  elements.choices.hidden = !card.choices;
}

/** Load the formulas' stylesheet once, when a card shows a formula. */
export function needMath(card: DeckCard, base: string): void {
  if (!card.math || document.querySelector('link[data-math]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${base}math.css`;
  link.dataset['math'] = '';
  document.head.append(link);
}

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const element of content.querySelectorAll(UNSAFE)) element.remove();
  for (const element of content.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.trim().toLowerCase();
      if (
        attribute.name.startsWith('on') ||
        ((attribute.name === 'href' || attribute.name === 'src') && /^(?:javascript|data|vbscript):/.test(value))
      )
        element.removeAttribute(attribute.name);
    }
  }
  return content;
}
