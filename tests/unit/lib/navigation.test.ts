import { describe, expect, test } from 'vitest';
import { neighbours, outlineLinks, sourceSummary } from '../../../src/lib/navigation.ts';

describe('navigation helpers', () => {
  test('neighbours are the items before and after, or none at the ends', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });

  test('"On this page" nests headings by depth and key terms under their heading', () => {
    const links = outlineLinks([
      { kind: 'term', id: 'term-vpc', text: 'VPC', explanation: 'a network' },
      { kind: 'heading', depth: 2, text: 'Subnets', id: 'subnets' },
      { kind: 'term', id: 'term-nat', text: 'NAT', explanation: 'a gateway' },
      { kind: 'heading', depth: 3, text: 'Routes', id: 'routes' },
    ]);
    expect(links).toEqual([
      { id: 'term-vpc', text: 'VPC', level: 0, kind: 'term' },
      { id: 'subnets', text: 'Subnets', level: 0, kind: 'heading' },
      { id: 'term-nat', text: 'NAT', level: 1, kind: 'term' },
      { id: 'routes', text: 'Routes', level: 1, kind: 'heading' },
    ]);
  });

  test('the source of a topic reads as file and line ranges, with the count of lines of notes', () => {
    expect(
      sourceSummary([
        { file: 'aws.md', startLine: 13, endLine: 27, lines: 15 },
        { file: 'aws.md', startLine: 31, endLine: 31, lines: 1 },
        { file: 'more.md', startLine: 4, endLine: 4, lines: 1 },
      ]),
    ).toEqual({ lines: 17, text: 'aws.md, lines 13–27 and 31; more.md, line 4' });
  });
});
