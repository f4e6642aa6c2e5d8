import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/client/excerpt.ts';

describe('search excerpts', () => {
  test('are split into plain and marked runs of text, entities decoded', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>deny</mark> rest')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'deny', marked: true },
      { text: ' rest', marked: false },
    ]);
  });

  test('never keep markup other than the marks', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
  });
});
