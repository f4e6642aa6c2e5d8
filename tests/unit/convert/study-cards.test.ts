import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blankOut } from '../../../src/convert/study-cards.ts';
import { convertText } from '../../support/convert.ts';

const bundled = readFileSync(new URL('../../../content/notes/aws-security.md', import.meta.url), 'utf8');
const bySlugOf = (notes: string) =>
  Object.fromEntries(
    convertText({ 'aws-security.md': notes }).topics.map((topic) => [topic.frontmatter.slug, topic.frontmatter.cards]),
  );
const cardsOf = (notes: string) => convertText({ 'n.md': notes }).topics.flatMap((topic) => topic.frontmatter.cards);

describe('flashcards generated from the bundled notes', () => {
  const topics = convertText({ 'aws-security.md': bundled }).topics;
  const bySlug = Object.fromEntries(topics.map((topic) => [topic.frontmatter.slug, topic.frontmatter.cards]));

  test('come in the expected numbers per topic and kind', () => {
    const counts = Object.fromEntries(
      topics.map((topic) => [topic.frontmatter.slug, topic.frontmatter.cards.map((card) => card.kind).join(',')]),
    );
    expect(counts).toEqual({
      'shared-responsibility': 'group,group,group,group,group,group',
      iam: 'cloze',
      organizations: 'term,term,term,term',
      kms: 'term,term,term',
      config: 'term',
      artifact: 'term',
    });
  });

  test('a bold lead term with its explanation is a question and answer', () => {
    expect(bySlug['organizations']).toContainEqual(
      expect.objectContaining({
        kind: 'term',
        front: 'AWS Shield',
        back: 'protects against DDoS/DoS attacks and aims to Minimize downtime and latency free',
        anchor: 'term-aws-shield',
      }),
    );
  });

  test('a key point is a cloze with its key words blanked', () => {
    expect(bySlug['iam']).toEqual([
      expect.objectContaining({
        kind: 'cloze',
        front: '_____ denies take _____ over allows',
        back: 'Explicit denies take priorities over allows',
        anchor: 'key-point-explicit-denies-take-priorities-over-allows',
      }),
    ]);
  });

  test('a list whose items each hold a nested list asks which group each nested item belongs to', () => {
    expect(bySlug['shared-responsibility']).toContainEqual(
      expect.objectContaining({
        kind: 'group',
        front: 'Which group does “Amazon EBS” belong to?',
        back: 'Customers - Security IN the cloud',
        choices: ['Customers - Security IN the cloud', 'AWS - security OF the cloud'],
        context: 'Shared responsibility model shares the responsibility of the safety of the cloud',
      }),
    );
  });

  test('keep the ids of earlier builds as legacy ids, so saved reviews carry over', () => {
    expect(bySlug['iam']?.[0]?.legacyId).toBe('cloze-x6riqm');
  });

  test('have stable, unique ids', () => {
    const ids = topics.flatMap((topic) => topic.frontmatter.cards.map((card) => card.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      convertText({ 'aws-security.md': bundled }).topics.flatMap((topic) =>
        topic.frontmatter.cards.map((card) => card.id),
      ),
    ).toEqual(ids);
  });
});

describe('card ids and questions', () => {
  test('the same line in two topics gives two cards with their own ids', () => {
    const notes =
      '# Topic one\n\nIAM\n\n***Rotate access keys every ninety days***\n\n# Topic two\n\n***Rotate access keys every ninety days***\n';
    const cards = convertText({ 'n.md': notes }).topics.map((topic) => topic.frontmatter.cards);
    expect(cards.map((deck) => deck.length)).toEqual([1, 1]);
    expect(cards[0]?.[0]?.id).not.toBe(cards[1]?.[0]?.id);
    // Reviews saved under the id the card had before ids named the topic still find it.
    expect(cards[0]?.[0]?.legacyId).toBe(cards[1]?.[0]?.legacyId);
  });

  test('a group question names a misspelt glossary term canonically, with the words of the notes beside it', () => {
    expect(bySlugOf(bundled)['shared-responsibility']).toContainEqual(
      expect.objectContaining({
        kind: 'group',
        front: 'Which group does “Amazon EC2” (“Amazonh EC2” in the notes) belong to?',
        legacyId: 'group-fvsupm', // its id in the cards of the landed build (2026-11-28)
      }),
    );
  });
});

describe('no card', () => {
  test('from a one-word or empty line', () => {
    expect(cardsOf('IAM notes\n- **Roles**\n- **Roles**:\n- ***word***\n- <u></u>\n')).toEqual([]);
  });

  test('from a group item of one word, nor from a list where some item has no nested list', () => {
    expect(cardsOf('IAM groups\n- Group one\n\t- Lambda\n- Group two\n\t- Amazon RDS\n')).toEqual([
      expect.objectContaining({ front: 'Which group does “Amazon RDS” belong to?', back: 'Group two' }),
    ]);
    expect(cardsOf('IAM groups\n- Group one\n\t- Amazon EC2\n- Group two without items\n')).toEqual([]);
  });
});

describe('key points', () => {
  test('are lines underlined, highlighted, or bold and italic together, but not merely bold or italic', () => {
    const kinds = (notes: string) => cardsOf(notes).map((card) => card.kind);
    expect(kinds('IAM\n\n<mark>Least privilege always wins here</mark>')).toEqual(['cloze']);
    expect(kinds('IAM\n\n***Rotate access keys every ninety days***')).toEqual(['cloze']);
    expect(kinds('IAM\n\n**Rotate access keys every ninety days**')).toEqual([]);
    expect(kinds('IAM\n\n*Rotate access keys every ninety days*')).toEqual([]);
  });

  test('blank only the emphasised words when the student emphasised part of the line', () => {
    expect(cardsOf('IAM\n\nRoles give <u>temporary</u> credentials to apps')[0]).toMatchObject({
      front: 'Roles give _____ credentials to apps',
      back: 'Roles give temporary credentials to apps',
    });
  });

  test('blank an underlined phrase that runs over two lines', () => {
    expect(cardsOf('IAM\n\nRoles give <u>temporary\ncredentials</u> to apps')[0]).toMatchObject({
      front: 'Roles give _____ to apps',
      back: 'Roles give temporary credentials to apps',
    });
  });

  test('blank whole words only', () => {
    expect(blankOut('allow all allows', ['allows'])).toBe('allow all _____');
  });
});
