import { describe, expect, test } from 'vitest';
import { patternExpression } from '../../../../src/convert/cards/cloze-patterns.ts';
import { inlineSpans } from '../../../../src/convert/cards/card-sides.ts';
import { savedSchedules, withoutSchedule } from '../../../../src/convert/cards/schedule-comment.ts';
import { cardsIn, questionsIn, summary } from '../../../support/flashcards.ts';

describe('which notes hold cards, and in which deck', () => {
  test('only a note with a flashcard tag, in its text or its tags property (a longer tag is another tag)', () => {
    expect(questionsIn('Q::A')).toEqual([]);
    expect(questionsIn('#flashcardsX\n\nQ::A')).toEqual([]);
    expect(questionsIn('#flashcards\n\nQ::A')).toHaveLength(1);
    expect(questionsIn('---\ntags: [lecture, flashcards/Bio]\n---\nQ::A')[0]?.deck).toEqual(['Bio']);
    expect(questionsIn('Q::A', { flashcardTags: ['#review'] })).toEqual([]);
    expect(questionsIn('#review/Exam\n\nQ::A', { flashcardTags: ['#review'] })[0]?.deck).toEqual(['Exam']);
  });

  test('a subtag names the deck of the cards below it, a tag at the start of a card that card', () => {
    const questions = questionsIn(
      '---\ntags: flashcards/CompSec\n---\nQ0::A0\n\n#flashcards/CompSec/WebSecurity\n\nQ1::A1\n#flashcards/CompSec/Crypto Q2::A2\nQ3::A3',
    );
    expect(questions.map((question) => question.deck)).toEqual([
      ['CompSec'],
      ['CompSec', 'WebSecurity'],
      ['CompSec', 'Crypto'],
      ['CompSec', 'WebSecurity'],
    ]);
  });

  test('folders are decks when the settings say so, and every note in a folder counts', () => {
    expect(questionsIn('Q::A', { convertFoldersToDecks: true }, 'CompSec/Web/Cookies.md')[0]?.deck).toEqual([
      'CompSec',
      'Web',
    ]);
    expect(questionsIn('Q::A', { convertFoldersToDecks: true }, 'Top level.md')).toEqual([]);
  });

  test('each card knows the headings it is under', () => {
    const [question] = questionsIn('#flashcards\n\n# Web Security\n\n## Cookies\n\nCookie::a small piece of data');
    expect(question?.context).toEqual(['Web Security', 'Cookies']);
    expect(question?.headingLine).toBe(5);
  });
});

describe('the sides of a card', () => {
  test('a one-line card in a list or a quote loses the marker; a reversed one goes both ways', () => {
    expect(cardsIn('- [ ] Paris:::capital of France')[0]?.cards).toEqual([
      ['Paris', 'capital of France'],
      ['capital of France', 'Paris'],
    ]);
    expect(cardsIn('> 1. XSS::cross-site scripting')[0]?.cards).toEqual([['XSS', 'cross-site scripting']]);
  });

  test('a block id and the schedule are not card text; `a::b::c` asks a for b::c', () => {
    expect(cardsIn('Q::A ^block-1\n<!--SR:!2023-12-19,4,290-->')[0]?.cards).toEqual([['Q', 'A']]);
    expect(cardsIn('a::b::c')[0]?.cards).toEqual([['a', 'b::c']]);
  });

  test('a multi-line reversed card, and the last separator line deciding the kind', () => {
    expect(cardsIn('Symmetric\n??\nOne shared key')[0]?.cards).toEqual([
      ['Symmetric', 'One shared key'],
      ['One shared key', 'Symmetric'],
    ]);
  });

  test('clozes with hints, numbers (one card per number) and overlapping actions', () => {
    expect(cardsIn('The capital is ==Paris;;a city==.')[0]?.cards).toEqual([
      ['The capital is [a city].', 'The capital is Paris.'],
    ]);
    expect(cardsIn('==1;;A== then ==2;;B== then ==1;;C==')[0]?.cards).toEqual([
      ['[…] then B then […]', 'A then B then C'],
      ['A then […] then C', 'A then B then C'],
    ]);
    expect(cardsIn('==as;;A== and ==ha;;B==')[0]?.cards).toEqual([
      ['[…] and […]', 'A and […]'],
      ['A and […]', 'A and B'],
    ]);
  });

  test('a cloze pattern is written the way the plugin writes them', () => {
    expect(patternExpression('{{[123;;]answer[;;hint]}}').exec('say {{1;;hi;;greeting}}')?.slice(1)).toEqual([
      '1',
      'hi',
      'greeting',
    ]);
    expect(inlineSpans('a `b::c` and $x$')).toEqual([
      [2, 8],
      [13, 16],
    ]);
  });
});

describe('schedules the plugin saved', () => {
  test('one entry per sibling, in order; the placeholder day and damaged entries mean never reviewed', () => {
    expect(savedSchedules('Q:::A\n<!--SR:!2023-12-19,4,290!2000-01-01,1,250-->')).toEqual([
      { kind: 'sm2', due: '2023-12-19', interval: 4, ease: 290 },
      null,
    ]);
    expect(savedSchedules('Q::A <!--SR:2021-08-11,4,270-->')).toEqual([
      { kind: 'sm2', due: '2021-08-11', interval: 4, ease: 270 },
    ]);
    expect(savedSchedules('Q::A <!--SR:!11-08-2021,4,270!not,a,date-->')).toEqual([
      { kind: 'sm2', due: '2021-08-11', interval: 4, ease: 270 },
      null,
    ]);
    expect(savedSchedules('Q::A')).toEqual([]);
    expect(withoutSchedule('Q::A <!--SR:!2023-12-19,4,290-->')).toBe('Q::A');
  });

  test("the plugin's FSRS entries", () => {
    expect(
      savedSchedules('<!--SR:!fsrs,2024-03-01T10:00:00.000Z,12,11.5,4.2,2,5,1,0,2024-02-18T10:00:00.000Z-->'),
    ).toEqual([
      {
        kind: 'fsrs',
        due: '2024-03-01T10:00:00.000Z',
        interval: 12,
        stability: 11.5,
        difficulty: 4.2,
        state: 2,
        reps: 5,
        lapses: 1,
        learningSteps: 0,
        lastReview: '2024-02-18T10:00:00.000Z',
      },
    ]);
  });

  test('are read per card of a question, and never shown', () => {
    const [question] = questionsIn(
      '#flashcards\n\nParis:::capital of France\n<!--SR:!2026-11-20,12,270!2026-12-24,30,290-->',
    );
    expect(question?.schedules.map((schedule) => schedule?.due)).toEqual(['2026-11-20', '2026-12-24']);
    expect(JSON.stringify(summary(question!))).not.toContain('SR');
  });
});
