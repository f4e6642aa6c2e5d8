import { describe, expect, test } from 'vitest';
import * as pipeline from '../../../src/convert/pipeline.ts';

describe('the converter', () => {
  test('exposes one entry point, convertNotes', () => {
    expect(Object.keys(pipeline).sort()).toEqual(['convertNotes']);
  });
});
