import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

const speakers = (text: string) =>
  analyseText(text, { anchorDate: '2026-03-02' }).attributions.map((a) => `${a.source ? text.slice(a.source.start, a.source.end) : '-'} => ${a.speaker?.name ?? 'NULL'} [${a.speaker?.role ?? '-'}]`);

describe('readBodyInitials (stop 51)', () => {
  it('gives "the ACLU" the body named in full before it, with its role', () => {
    const text = 'The American Civil Liberties Union said the shooting was unlawful. "We will sue," the ACLU said Monday.';
    expect(speakers(text)).toEqual(['The American Civil Liberties Union => American Civil Liberties Union [other]', 'the ACLU => American Civil Liberties Union [other]']);
  });

  it('reads initials given in parentheses after the name, and none that nothing named before stands for', () => {
    const text = 'The Southern Border Communities Coalition (SBCC) marched Sunday. The SBCC said agents lied. The BCRN said nothing would change.';
    expect(speakers(text)).toEqual(['The SBCC => Southern Border Communities Coalition [other]', 'The BCRN => NULL [-]']);
  });

  it('takes no body when two named before have the same initials', () => {
    const text = 'The Border Action Network and the Border Advocacy Network held a vigil. The BAN said agents lied.';
    expect(speakers(text)).toEqual(['The BAN => NULL [-]']);
  });
});
