import { describe, expect, test } from 'vitest';
import type { StudyCard } from '../../../../src/schemas/topic-page.ts';
import { convertWith } from '../../../support/convert.ts';
import { textOf } from '../../../support/flashcards.ts';

const WEB = `---
tags: [flashcards/CompSec/WebSecurity, lecture]
---
# Web Security

## Cookies
A cookie is sent with every request to its domain.

Cookie::a small piece of data the server asks the browser to keep
<!--SR:!2026-11-20,12,270-->

What does the \`HttpOnly\` flag do?
?
The cookie cannot be read from JavaScript (\`document.cookie\`), see [[Cryptography#Hashes|hashes]].
<!--SR:!2026-11-28,4,250-->

## Cross-site scripting
- Stored XSS is ==persisted on the server== and served to every visitor

\`\`\`js
const card = "Question::Answer";
\`\`\`
`;

const CRYPTO = `#flashcards/CompSec/Crypto

# Cryptography

RSA encryption of $m$::$c = m^e \\bmod n$

When is ECB mode acceptable?
?
> [!warning] Almost never
> Identical plaintext blocks give identical ciphertext blocks.

Which mode is this?
![[cbc mode.png]]
?
CBC: each block is XORed with the previous ciphertext, in code \`c[i] = E(p[i] ^ c[i-1])\`:
\`\`\`python
c = encrypt(p ^ previous)
\`\`\`

## Hashes
A hash is a ==one-way== function.
`;

const convert = (files: Record<string, string>) => convertWith(files, { attachments: ['CompSec/cbc mode.png'] });
const cardsOf = (files: Record<string, string>): StudyCard[] =>
  convert(files).topics.flatMap((topic) => topic.frontmatter.cards);
const authored = (files: Record<string, string>) => cardsOf(files).filter((card) => card.kind === 'authored');
const pageOf = (files: Record<string, string>, slug: string) =>
  convert(files).topics.find((topic) => topic.frontmatter.slug === slug)?.frontmatter;

describe("the student's own cards on a page", () => {
  const files = { 'CompSec/Web Security.md': WEB, 'CompSec/Cryptography.md': CRYPTO };
  // Pages in reading order: Cryptography, then Web Security.
  const cards = authored(files);

  test('every card of the notes, with question and answer, none from code', () => {
    expect(cards.map((card) => [textOf(card.front), textOf(card.back)])).toEqual([
      [expect.stringContaining('RSA encryption of'), expect.stringContaining('mod')],
      ['When is ECB mode acceptable?', 'Almost never Identical plaintext blocks give identical ciphertext blocks.'],
      [
        'Which mode is this?',
        'CBC: each block is XORed with the previous ciphertext, in code c[i] = E(p[i] ^ c[i-1]): c = encrypt(p ^ previous)',
      ],
      ['A hash is a […] function.', 'A hash is a one-way function.'],
      ['Cookie', 'a small piece of data the server asks the browser to keep'],
      ['What does the HttpOnly flag do?', 'The cookie cannot be read from JavaScript (document.cookie), see hashes.'],
      [
        'Stored XSS is […] and served to every visitor',
        'Stored XSS is persisted on the server and served to every visitor',
      ],
    ]);
  });

  test('no card shows the syntax it was written in, nor raw TeX', () => {
    for (const card of cards) {
      for (const side of [card.front, card.back]) {
        const text = textOf(side);
        for (const mark of ['==', '::', '[[', '<!--SR', '\\bmod', '$']) expect(text, side).not.toContain(mark);
      }
    }
  });

  test('render like the notes: formulas, highlighted code, links, callouts, images', () => {
    const [rsa, ecb, cbc, , , httpOnly] = cards;
    expect(rsa?.front).toContain('class="katex"');
    expect(rsa?.math).toBe(true);
    expect(httpOnly?.front).toContain('<code>HttpOnly</code>');
    expect(httpOnly?.back).toMatch(/<a href="\/compsec\/cryptography\/#hashes"[^>]*>hashes<\/a>/);
    expect(ecb?.back).toMatch(/<aside class="callout" data-callout="warning">/);
    expect(cbc?.front).toContain('<!--card-image:0-->');
    expect(cbc?.back).toMatch(/<pre class="code shiki"[^>]*><code><span class="line"><span class="tok-/);
    expect(pageOf(files, 'compsec/cryptography')?.cardImages).toEqual([
      { src: expect.stringMatching(/cbc%20mode\.png$/), alt: 'cbc mode' },
    ]);
    expect(convert(files).topics[0]?.cardImages).toEqual(['CompSec/cbc mode.png']);
  });

  test('say where they come from, link there, and carry their deck and saved schedule', () => {
    expect(cards[4]).toMatchObject({
      where: ['Web Security', 'Cookies'],
      anchor: 'cookies',
      deck: ['CompSec', 'WebSecurity'],
      schedule: { kind: 'sm2', due: '2026-11-20', interval: 12, ease: 270 },
    });
    expect(cards[3]).toMatchObject({
      where: ['Cryptography', 'Hashes'],
      anchor: 'hashes',
      deck: ['CompSec', 'Crypto'],
    });
    expect(cards[3]?.schedule).toBeUndefined();
  });

  test('come first on their page, and the site makes no card of its own from them', () => {
    const kinds = pageOf(files, 'compsec/web-security')?.cards.map((card) => card.kind) ?? [];
    expect(kinds.slice(0, 3)).toEqual(['authored', 'authored', 'authored']);
    // The highlight is the student's cloze, not a key point the site would blank.
    expect(kinds.filter((kind) => kind === 'cloze')).toEqual([]);
  });
});

describe('a card keeps its id (and so its reviews)', () => {
  const idOf = (files: Record<string, string>, front: string) =>
    authored(files).find((card) => textOf(card.front) === front)?.id;

  test('when its note is renamed or moved, or another file takes its address', () => {
    const before = idOf({ 'CompSec/Web Security.md': WEB }, 'Cookie');
    expect(before).toMatch(/^authored-/);
    expect(idOf({ 'Archive/Web sec (old).md': WEB }, 'Cookie')).toBe(before);
    expect(idOf({ 'CompSec/Web Security.md': '# Something else\n', 'CompSec/Web.md': WEB }, 'Cookie')).toBe(before);
  });

  test('when its answer is edited; a changed question is a new card', () => {
    const before = idOf({ 'n.md': WEB }, 'Cookie');
    expect(idOf({ 'n.md': WEB.replace('a small piece of data', 'a little text') }, 'Cookie')).toBe(before);
    expect(idOf({ 'n.md': WEB.replace('Cookie::', 'Cookies::') }, 'Cookies')).not.toBe(before);
    // A cloze whose hidden words are edited is the same card.
    const cloze = idOf({ 'n.md': CRYPTO }, 'A hash is a […] function.');
    expect(idOf({ 'n.md': CRYPTO.replace('==one-way==', '==one way==') }, 'A hash is a […] function.')).toBe(cloze);
  });

  test('the same question written twice is two cards with their own ids', () => {
    const ids = authored({ 'a.md': '#flashcards\n\nQ::A', 'b.md': '#flashcards\n\nQ::B' }).map((card) => card.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});
