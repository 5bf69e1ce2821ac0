import { describe, expect, it } from 'vitest';
import { isQuestion } from './isQuestion.js';
import { describeText } from './testing/describeText.js';

describe('isQuestion', () => {
  it('tells a sentence that asks, a quotation closing it too, from one that tells', () => {
    const { sentences } = describeText('Does the Department intend to review the January shooting in Yuma? "Why did he fire?" The agent fired twice.', '2026-03-01');
    expect(sentences.map(isQuestion)).toEqual([true, true, false]);
  });
});
