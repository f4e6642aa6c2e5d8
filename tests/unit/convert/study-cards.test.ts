import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blankOut } from '../../../src/convert/study-cards.ts';
import { convertText } from '../../support/convert.ts';
import { textOf } from '../../support/flashcards.ts';

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

  test('a bold lead term with its explanation is a question and answer, shown as the notes show it', () => {
    expect(bySlug['organizations']).toContainEqual(
      expect.objectContaining({
        kind: 'term',
        front: 'AWS Shield',
        back: 'protects against <em>DDoS/DoS</em> attacks and aims to <strong>Minimize downtime and latency</strong> <strong>free</strong>',
        where: ['AWS Organizations'],
        anchor: 'term-aws-shield',
      }),
    );
  });

  test('a key point is a cloze with its key words blanked', () => {
    expect(bySlug['iam']).toEqual([
      expect.objectContaining({
        kind: 'cloze',
        front: '<span class="cloze-blank">[…]</span> denies take <span class="cloze-blank">[…]</span> over allows',
        back: '<span class="cloze-answer">Explicit</span> denies take <span class="cloze-answer">priorities</span> over allows',
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

  test('keep the ids of earlier builds, so saved reviews carry over', () => {
    // Its id when ids named the topic (landed 2026-12-01), and before that (2026-11-28).
    expect(bySlug['iam']?.[0]?.previousIds).toEqual(['cloze-1ovqmmw', 'cloze-x6riqm']);
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
    expect(cards[1]?.[0]?.id).toBe(`${cards[0]?.[0]?.id}-2`);
    // Reviews saved under the ids the card had before still find it.
    expect(cards[0]?.[0]?.previousIds[1]).toBe(cards[1]?.[0]?.previousIds[1]);
  });

  test('a card keeps its id when its note moves to another topic or file', () => {
    const line = '# Topic one\n\nIAM\n\n***Rotate access keys every ninety days***\n';
    const id = (files: Record<string, string>) => convertText(files).topics[0]?.frontmatter.cards[0]?.id;
    expect(id({ 'a.md': line })).toBe(id({ 'Security/b.md': line.replace('Topic one', 'Another title') }));
  });

  test('a group question names a misspelt glossary term canonically, with the words of the notes beside it', () => {
    expect(bySlugOf(bundled)['shared-responsibility']).toContainEqual(
      expect.objectContaining({
        kind: 'group',
        front: 'Which group does “Amazon EC2” (“Amazonh EC2” in the notes) belong to?',
        previousIds: ['group-1145l37', 'group-fvsupm'], // its ids in the landed builds (2026-12-01, 2026-11-28)
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
    const [card] = cardsOf('IAM\n\nRoles give <u>temporary</u> credentials to apps');
    expect([textOf(card?.front ?? ''), textOf(card?.back ?? '')]).toEqual([
      'Roles give […] credentials to apps',
      'Roles give temporary credentials to apps',
    ]);
  });

  test('blank an underlined phrase that runs over two lines', () => {
    const [card] = cardsOf('IAM\n\nRoles give <u>temporary\ncredentials</u> to apps');
    expect([textOf(card?.front ?? ''), textOf(card?.back ?? '')]).toEqual([
      'Roles give […] to apps',
      'Roles give temporary credentials to apps',
    ]);
  });

  test('blank whole words only', () => {
    expect(blankOut('allow all allows', ['allows'])).toBe('allow all _____');
  });
});

describe('cards worth reviewing, on notes as students write them', () => {
  test('a term explained only by an abbreviation in brackets asks the abbreviation', () => {
    const [card] = cardsOf('RNNs\n\n- **BackPropagation Through Time** (BPTT)\n');
    expect([card?.front, card?.back]).toEqual(['BPTT', 'BackPropagation Through Time']);
  });

  test('a formula shows rendered, never as TeX; no card shows == or Markdown marks', () => {
    const cards = cardsOf(
      'Probability\n\n- **$\\Omega$** the set of all sample points\n- **Event** a ==subset== of $\\Omega$\n\n==The sum of all probabilities is one==\n',
    );
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) {
      for (const side of [card.front, card.back]) {
        expect(textOf(side.replace(/<annotation[\s\S]*?<\/annotation>/g, ''))).not.toMatch(/\\Omega|==|\*\*|\$/);
      }
    }
    expect(cards[0]?.front).toContain('class="katex"');
    expect(cards[0]?.math).toBe(true);
  });

  test('a long list item is cut at a word in the question', () => {
    const long =
      'Mitochondria that turn the glucose and oxygen of the cell into energy it can use, in many steps across both of their membranes';
    const [card] = cardsOf(`Organelles\n- Energy\n  - ${long}\n- Storage\n  - Vacuoles keep water\n`);
    expect(card?.front).toMatch(/^Which group does “Mitochondria that turn .* \w+…” belong to\?$/);
    expect(card?.front.length).toBeLessThan(long.length + 30);
  });

  test('no card with an empty answer', () => {
    expect(cardsOf('IAM\n\n- **Roles** ()\n- **Policies** -\n')).toEqual([]);
  });
});
