import { describe, expect, test } from 'vitest';
import { bestWindow, excerptOf, excerptParts } from '../../../src/client/excerpt.ts';
import { withHighlight } from '../../../src/client/search-engine.ts';

/** A page as Pagefind returns it: the text and the number of white-space-separated words. */
const indexed = (content: string, anchors: { location: number; text: string }[] = []) => ({
  content,
  word_count: content.split(/\s+/).filter(Boolean).length,
  anchors,
});
const shown = (parts: { text: string; marked: boolean }[]) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('search excerpts built from the page text', () => {
  test('show the window with the most matches, the matches marked', () => {
    const page = indexed('one two three four five six seven eight nine ten');
    expect(shown(excerptOf(page, [6, 7], 4)?.parts ?? [])).toBe('six [seven] [eight] nine');
    expect(excerptOf(page, [6, 7], 4)?.words).toEqual(['seven', 'eight']);
  });

  test("never show a glossary term's other names, and mark the student's words a match in them stands for", () => {
    const page = indexed('Users sign in with ⁅Amazon Cognito, AWS Shield⁆ Amazon congnito today and tomorrow.', [
      { location: 8, text: 'Amazon congnito' },
    ]);
    const excerpt = excerptOf(page, [5], 6);
    expect(shown(excerpt?.parts ?? [])).toBe('in with [Amazon] [congnito] today and');
    expect(excerpt?.words).toEqual(['amazon', 'congnito']);
    expect(shown(excerptOf(page, [10], 20)?.parts ?? [])).toBe(
      'Users sign in with Amazon congnito [today] and tomorrow.',
    );
  });

  test('give way to Pagefind’s excerpt when its word positions are not white-space words (Chinese, Japanese)', () => {
    expect(excerptOf({ content: '東京は日本の首都です', word_count: 5 }, [1], 10)).toBeUndefined();
  });

  test('the best window is centred on its matches where the text allows', () => {
    expect(bestWindow([false, false, false, true, false, false], 3)).toBe(2);
    expect(bestWindow([true, false, false, false], 3)).toBe(0);
    expect(bestWindow([false, false, false, true], 3)).toBe(1);
    expect(bestWindow([true, true], 5)).toBe(0);
  });
});

describe("Pagefind's excerpts", () => {
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

  test('lose their search-only text, also across marks', () => {
    expect(shown(excerptParts('東京 ⁅Tokyo <mark>Metropolis</mark>⁆ <mark>都</mark> です'))).toBe('東京  [都] です');
  });
});

describe('the link of a result', () => {
  test('names the words matched on the page, before the anchor', () => {
    expect(withHighlight('/iam/?pagefind-highlight=deny#x', ['denies'])).toBe('/iam/?pagefind-highlight=denies#x');
    expect(withHighlight('/iam/', ['explicit', 'denies'])).toBe('/iam/?pagefind-highlight=explicit+denies');
    expect(withHighlight('/iam/?pagefind-highlight=x', [])).toBe('/iam/');
  });
});
