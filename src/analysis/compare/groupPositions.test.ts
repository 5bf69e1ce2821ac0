import { describe, expect, it } from 'vitest';
import { summarise } from './groupPositions.js';

describe('summarise', () => {
  it('names the speakers of a position, and an unnamed one by its side, never a witness as the outlet (stop 60)', () => {
    expect(summarise(null, 'hands_up', ['Ana Ruiz'], 'witnesses')).toBe('hands_up (Ana Ruiz)');
    expect(summarise(null, 'hands_up', [], 'witnesses')).toBe('hands_up (a witness the story does not name)');
    expect(summarise(null, 'hands_up', [], 'outlet')).toBe('hands_up (the outlet’s own reporting)');
    expect(summarise(null, 'hands_up', [], 'footage')).toBe('hands_up (video, as the outlet describes it)');
  });
});
