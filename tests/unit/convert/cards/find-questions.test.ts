import { describe, expect, test } from 'vitest';
import { cardsIn } from '../../../support/flashcards.ts';

/** `[kind, first line, last line]` of each question (lines from 1). */
const found = (text: string, settings: Record<string, unknown> = {}) =>
  cardsIn(text, settings).map((question) => [question.kind, ...question.lines]);

describe("the plugin's own parser tests (obsidian-spaced-repetition tests/unit/parser.test.ts), lines from 1", () => {
  test('a one-line card takes the schedule comment on the next line or at its end', () => {
    expect(cardsIn('Question::Answer\n<!--SR:!2021-08-11,4,270-->')).toEqual([
      { kind: 'single', lines: [1, 2], cards: [['Question', 'Answer']] },
    ]);
    expect(cardsIn('Question::Answer <!--SR:2021-08-11,4,270-->')).toEqual([
      { kind: 'single', lines: [1, 1], cards: [['Question', 'Answer']] },
    ]);
  });

  test('one-line cards need no blank line between them; a tag at the start names the deck, not the question', () => {
    expect(cardsIn('#Title\n\nQ1::A1\nQ2:: A2')).toEqual([
      { kind: 'single', lines: [3, 3], cards: [['Q1', 'A1']] },
      { kind: 'single', lines: [4, 4], cards: [['Q2', 'A2']] },
    ]);
    expect(cardsIn('#flashcards/science Question ::Answer')).toEqual([
      { kind: 'single', lines: [1, 1], cards: [['Question', 'Answer']] },
    ]);
  });

  test('multi-line cards: the paragraph before the `?` line is the question, what follows the answer', () => {
    expect(cardsIn('Question\n? \nAnswer')).toEqual([
      { kind: 'multi', lines: [1, 3], cards: [['Question', 'Answer']] },
    ]);
    expect(found('#Title\n\nLine0\nQ1\n?\nA1\nAnswerExtra\n\nQ2\n?\nA2')).toEqual([
      ['multi', 3, 7],
      ['multi', 9, 11],
    ]);
    expect(found('Question\n?\nAnswer\n<!--SR:2021-08-11,4,270-->')).toEqual([['multi', 1, 4]]);
    expect(found('Question\n@@\nAnswer\n\nsfdg', { multilineCardSeparator: '@@' })).toEqual([['multi', 1, 3]]);
  });

  test('a cloze card is its whole paragraph, one card per deletion, the others shown', () => {
    const text =
      'some text before\n\na deletion on\nsuch ==wow==\n\nmany text\nsuch surprise ==wow== more ==text==\nsome text after\n\nHmm';
    expect(cardsIn(text)).toEqual([
      { kind: 'cloze', lines: [3, 4], cards: [['a deletion on such […]', 'a deletion on such wow']] },
      {
        kind: 'cloze',
        lines: [6, 8],
        cards: [
          [
            'many text such surprise […] more text some text after',
            'many text such surprise wow more text some text after',
          ],
          [
            'many text such surprise wow more […] some text after',
            'many text such surprise wow more text some text after',
          ],
        ],
      },
    ]);
    expect(found('srdf ==')).toEqual([]);
    expect(found('lorem ipsum ==p\ndolor won==')).toEqual([]);
    expect(found('lorem ipsum ==dolor won=')).toEqual([]);
  });

  test('highlights are no clozes when the settings leave them out', () => {
    const settings = { clozePatterns: ['**[123;;]answer[;;hint]**', '{{[123;;]answer[;;hint]}}'] };
    expect(found('cloze ==deletion== test', settings)).toEqual([]);
    expect(cardsIn('cloze {{deletion}} test', settings)[0]?.cards).toEqual([['cloze […] test', 'cloze deletion test']]);
  });

  test('with an end marker, blank lines may be inside an answer', () => {
    expect(cardsIn('Question\n?\nAnswer line 1\nAnswer line 2\n\n---', { multilineCardEndMarker: '---' })).toEqual([
      { kind: 'multi', lines: [1, 5], cards: [['Question', 'Answer line 1 Answer line 2']] },
    ]);
    expect(
      found(
        'Question 1\n?\nAnswer line 1\nAnswer line 2\n\n---\nQuestion with empty line after question mark\n?\n\nAnswer line 1\nAnswer line 2\n---\n',
        { multilineCardEndMarker: '---' },
      ),
    ).toEqual([
      ['multi', 1, 5],
      ['multi', 7, 11],
    ]);
  });

  test('a mix of clozes, one-line and reversed multi-line cards', () => {
    const text =
      '# Lorem Ipsum\n\nLorem ipsum dolor ==sit amet==, consectetur ==adipiscing== elit.\nDuis magna arcu, eleifend rhoncus ==euismod non,==\nlaoreet vitae enim.\n\nFusce placerat::velit in pharetra gravida\n\nDonec dapibus ullamcorper aliquam.\n??\nDonec dapibus ullamcorper aliquam.\n<!--SR:2021-08-11,4,270-->';
    const questions = cardsIn(text);
    expect(questions.map((question) => [question.kind, ...question.lines, question.cards.length])).toEqual([
      ['cloze', 3, 5, 3],
      ['single', 7, 7, 1],
      ['multi-reversed', 9, 12, 2],
    ]);
  });

  test('inline code around a separator keeps it text; one outside makes the card', () => {
    expect(
      cardsIn(
        'my inline question containing `some inline code` in it::and this is answer possibly containing `inline` code.',
      )[0]?.cards,
    ).toEqual([
      ['my inline question containing some inline code in it', 'and this is answer possibly containing inline code.'],
    ]);
    expect(found('`Inlineq::InlineA`')).toEqual([]);
    expect(found('# Title\n`if (a & b) {}`\nmore!', { singleLineCardSeparator: '&' })).toEqual([]);
  });

  test('a code block in an answer belongs to it, blank lines and all; a separator inside it is code', () => {
    const text =
      "How do you ... Python?\n?\n```python\nprint('Hello World!')\n\n\nprint('Howdy?')\n\nlambda x: x[0]\n```";
    expect(found(text)).toEqual([['multi', 1, 10]]);
    expect(found('```\nCodeblockq::CodeblockA\n```')).toEqual([]);
  });

  test('nothing inside an HTML comment is a card', () => {
    expect(found('<!--question::answer test-->')).toEqual([]);
    expect(found('<!--\nQuestion\n?\nAnswer <!--SR:!2021-08-11,4,270-->\n-->')).toEqual([]);
    expect(
      found('something something\n\n<!--cloze {{curly}} test-->\n\na::b', { convertCurlyBracketsToClozes: true }),
    ).toEqual([['single', 5, 5]]);
  });

  test('custom separators, the longer one first', () => {
    expect(
      found('Qn 1?:>Answer.\n\nQn 2?<:>Answer.\n', {
        singleLineCardSeparator: ':>',
        singleLineReversedCardSeparator: '<:>',
      }),
    ).toEqual([
      ['single', 1, 1],
      ['single-reversed', 3, 3],
    ]);
  });
});

describe('where the site reads more carefully than the plugin', () => {
  test('nothing in a formula block, nor in an indented code block, is a card', () => {
    expect(found('$$\na::b\n$$')).toEqual([]);
    expect(found('- list\n\n      code::not a card\n')).toEqual([]);
    expect(found('~~~\nQ::A\n~~~')).toEqual([]);
  });

  test('a separator in an inline formula is not one', () => {
    expect(found('Types $f :: a \\to b$ in Haskell')).toEqual([]);
  });

  test("a one-line card right under a cloze line keeps both (the plugin's releases keep one or the other)", () => {
    expect(found('a ==b== c\nd::e')).toEqual([
      ['cloze', 1, 1],
      ['single', 2, 2],
    ]);
  });

  test('a `::` in the answer of a multi-line card is text of the answer', () => {
    expect(cardsIn('Q\n?\nA\nB::C')).toEqual([{ kind: 'multi', lines: [1, 4], cards: [['Q', 'A B::C']] }]);
  });

  test('a comment hides only its own lines (the plugin skips the line after, or the rest of the file)', () => {
    expect(found('<!-- c -->\nQ::A\nQ2::A2')).toEqual([
      ['single', 2, 2],
      ['single', 3, 3],
    ]);
    expect(found('<!--\nmulti\n-->\nQ::A\n\nQ3::A3')).toEqual([
      ['single', 4, 4],
      ['single', 6, 6],
    ]);
  });

  test("a card's schedule comment ends it, as a blank line does", () => {
    expect(cardsIn('Q1\n?\nA1\n<!--SR:!2026-11-20,12,270-->\nQ2\n?\nA2')).toEqual([
      { kind: 'multi', lines: [1, 4], cards: [['Q1', 'A1']] },
      { kind: 'multi', lines: [5, 7], cards: [['Q2', 'A2']] },
    ]);
    expect(found('a ==b== c\n<!--SR:!2026-11-20,12,270-->\nd ==e==')).toEqual([
      ['cloze', 1, 2],
      ['cloze', 3, 3],
    ]);
  });

  test('no card has an empty side', () => {
    expect(found('Q\n?')).toEqual([]);
    expect(found('::A')).toEqual([]);
    expect(found('Q::')).toEqual([]);
  });

  test('front matter, YAML or TOML, is not card text', () => {
    expect(found('---\ntags: [flashcards]\nq: a::b\n---\nQ::A')).toEqual([['single', 5, 5]]);
    expect(found('+++\ntitle = "a::b"\n+++\nQ::A')).toEqual([['single', 4, 4]]);
  });
});
