import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: who a statement or release is from.
function speaker(text: string): string | null {
  return analyseText(text, { anchorDate: '2026-04-12' }).attributions[0]?.speaker?.name ?? null;
}

describe('describeDescription', () => {
  it('gives a statement "from" or "by" an organisation to that organisation, and nothing else after it', () => {
    expect(speaker('The man fired first, according to a statement from U.S. Customs and Border Protection.')).toBe('U.S. Customs and Border Protection');
    expect(speaker('A statement by the FBI said the man fired first.')).toBe('Federal Bureau of Investigation');
    expect(speaker('The man fired first, according to a statement from CBP officials in Tucson.')).toBeNull();
  });
});
