import { describe, expect, test } from 'vitest';
import { abbreviationsIn, otherForms } from '../../../src/convert/abbreviations.ts';

describe('abbreviations the notes spell out', () => {
  test('are found after their long form, letters in order, the first at a word’s start', () => {
    const found = abbreviationsIn([
      'A Recurrent Neural Network (RNN) reads sequences.',
      'trained with Backpropagation Through Time (BPTT), see below',
      'keys live in the AWS Key Management Service (KMS).',
      'Convolutional Neural Networks (CNNs) share weights.',
    ]);
    expect(Object.fromEntries(found)).toEqual({
      RNN: ['Recurrent Neural Network'],
      BPTT: ['Backpropagation Through Time'],
      KMS: ['Key Management Service'],
      CNN: ['Convolutional Neural Network'],
    });
  });

  test('are not read into parentheses that are not abbreviations of the words before them', () => {
    const found = abbreviationsIn([
      'the exam is hard (IMPORTANT)',
      'data goes over the wire (JSON)',
      'see the slides (Week 3)',
      'a single letter (A) is no abbreviation',
    ]);
    expect(found.size).toBe(0);
  });

  test('a page that writes one form is found by the other, plurals and any case of the long form included', () => {
    const abbreviations = abbreviationsIn(['A Recurrent Neural Network (RNN) reads sequences.']);
    expect(otherForms('Two RNNs in a row.', abbreviations)).toEqual(['Recurrent Neural Network']);
    expect(otherForms('the recurrent  neural networks of week 5', abbreviations)).toEqual(['RNN']);
    expect(otherForms('No such thing here; not even rnn in lower case.', abbreviations)).toEqual([]);
  });
});
