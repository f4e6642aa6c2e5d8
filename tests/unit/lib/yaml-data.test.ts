import { describe, expect, test } from 'vitest';
import { parseYamlData } from '../../../src/lib/yaml-data.ts';
import { topicMap } from '../../../src/schemas/topic-map.ts';

const valid = `topics:
  - slug: iam
    title: IAM
    aliases: [IAM]
    summary: Access.
`;

describe('reading content/topics.yaml', () => {
  test('returns the topics of a valid map in order', () => {
    expect(parseYamlData(topicMap, valid, 'content/topics.yaml').topics.map((topic) => topic.slug)).toEqual(['iam']);
  });

  test('names the file, line, column and field of an invalid value', () => {
    const text = valid.replace('slug: iam', 'slug: Not A Slug');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml:2:11: topics\[0\]\.slug: must be lower-case words/,
    );
  });

  test('names a missing field at the topic that lacks it', () => {
    const text = valid.replace('    summary: Access.\n', '');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml:2:5: topics\[0\]\.summary: /,
    );
  });

  test('rejects a slug the site uses for its own pages', () => {
    const text = valid.replace('slug: iam', 'slug: glossary');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml:2:11: topics\[0\]\.slug: "glossary" is the address of a page of the site/,
    );
  });

  test('rejects a topic without aliases', () => {
    const text = valid.replace('aliases: [IAM]', 'aliases: []');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(
      /topics\[0\]\.aliases: needs at least one alias/,
    );
  });

  test('rejects two topics with one slug', () => {
    const text = valid + valid.replace('topics:\n', '');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml:6:11: topics\[1\]\.slug: "iam" is already the slug of topic 1/,
    );
  });

  test('rejects a field the map does not know, such as a misspelt one', () => {
    const text = valid.replace('summary:', 'sumary:');
    expect(() => parseYamlData(topicMap, text, 'content/topics.yaml')).toThrow(/topics\[0\]/);
  });

  test('reports a YAML syntax error at its line', () => {
    expect(() => parseYamlData(topicMap, 'topics:\n  - slug: [iam\n', 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml:\d+:\d+: not valid YAML/,
    );
  });
});
