import spec from 'commonmark-spec';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { pageProblems } from '../../support/page-checks.ts';

/** The 652 examples of the CommonMark spec (tabs are written "→" there). */
const examples = spec.tests.map((example) => ({
  ...example,
  markdown: example.markdown.replaceAll('→', '\t'),
}));

describe('the CommonMark spec examples, each as a notes file', () => {
  test('there are 652 of them', () => {
    expect(examples).toHaveLength(652);
  });

  test('every one converts into the converter’s markup only, runs no code and keeps its text', () => {
    const failures = examples.flatMap((example) => {
      try {
        const problems = pageProblems(
          example.markdown,
          convertText({ [`example-${example.number}.md`]: example.markdown }),
        );
        return problems.map((problem) => `#${example.number} (${example.section}): ${problem}`);
      } catch (error) {
        return [`#${example.number} (${example.section}): the converter threw: ${String(error)}`];
      }
    });
    expect(failures).toEqual([]);
  }, 120_000);
});
