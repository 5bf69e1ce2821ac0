import { describe, expect, it } from 'vitest';
import { isShortCharge } from './isShortCharge.js';

describe('isShortCharge', () => {
  it('takes a one-word charge for the fuller charge it opens', () => {
    expect(isShortCharge('assault', ['assault', 'assault on a federal officer'])).toBe(true);
    expect(isShortCharge('Assault', ['assault on a police officer'])).toBe(true);
  });

  it('keeps a charge nothing fuller opens with, and never drops a charge of several words', () => {
    expect(isShortCharge('assault', ['assault', 'smuggling'])).toBe(false);
    expect(isShortCharge('murder', ['attempted murder'])).toBe(false);
    expect(isShortCharge('assault on a federal officer', ['assault on a federal officer with a dangerous weapon'])).toBe(false);
  });
});
