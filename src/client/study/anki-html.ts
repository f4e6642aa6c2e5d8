/**
 * A card side as HTML for Anki: formulas as the TeX Anki's MathJax typesets (`\(…\)`, `\[…\]`),
 * from the annotation KaTeX keeps; highlighted code as plain `<pre><code>`; images at their full
 * address (Anki loads them from the site); cloze blanks and answers in brackets and bold.
 * Everything else is the card's HTML as the site shows it.
 */
export function ankiHtml(html: string, origin: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  for (const math of root.querySelectorAll<HTMLElement>('.math')) {
    const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? math.textContent ?? '';
    math.replaceWith(math.classList.contains('math-display') ? `\\[${tex}\\]` : `\\(${tex}\\)`);
  }
  for (const pre of root.querySelectorAll('pre')) {
    const plain = document.createElement('pre');
    plain.append(Object.assign(document.createElement('code'), { textContent: pre.textContent ?? '' }));
    pre.replaceWith(plain);
  }
  for (const image of root.querySelectorAll('img')) {
    image.src = new URL(image.getAttribute('src') ?? '', origin).href;
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
    image.removeAttribute('loading');
  }
  for (const blank of root.querySelectorAll('.cloze-blank, .cloze-hidden'))
    blank.replaceWith(blank.textContent ?? '[…]');
  for (const answer of root.querySelectorAll('.cloze-answer')) {
    answer.replaceWith(Object.assign(document.createElement('b'), { textContent: answer.textContent ?? '' }));
  }
  const box = document.createElement('div');
  box.append(root);
  return box.innerHTML;
}
