import { describe, expect, it } from 'vitest';
import { saysAnonymous } from './saysAnonymous.js';

describe('saysAnonymous', () => {
  it('reads the ways a story says it will not name someone', () => {
    for (const text of [
      'A witness, who declined to give her name',
      'One woman, who asked not to be named',
      'a neighbor who did not want to be identified',
      'An official speaking on condition of anonymity',
      'an official who was not authorized to speak publicly',
      'a resident who requested anonymity',
    ]) {
      expect(saysAnonymous(text), text).toBe(true);
    }
  });

  it('reads no anonymity in a name or a refusal to comment', () => {
    for (const text of ['A witness, Leo Tran,', 'a spokesman who declined to comment', 'a neighbor who asked what happened']) expect(saysAnonymous(text), text).toBe(false);
  });
});
