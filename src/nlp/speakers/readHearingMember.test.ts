import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// An invented congressional hearing, its labels as the printed record sets them.
const HEARING = [
  'The subcommittee met, pursuant to notice, at 10:02 a.m., Hon. Curtis Lindqvist presiding.',
  'Witness: Douglas Amsel, Executive Associate Director, Enforcement and Removal Operations, U.S. Immigration and Customs Enforcement.',
  'CHAIRMAN LINDQVIST. The subcommittee will come to order. Mr. Amsel, you are recognized.',
  'Mr. AMSEL. Thank you. Our officers were executing a lawful arrest when the subject put his vehicle in motion.',
  'Ms. FELD. Mr. Amsel, the family\'s attorney tells us there is no DUI conviction. I have read the footage myself.',
  'Mr. AMSEL. I would refer you to the review for a final count.',
  'Ms. FELD. I yield back.',
].join('\n\n');

function turns(text: string): [string, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-02-11', outlet: 'House Committee on Homeland Security' }).attributions.map((a) => [a.source?.text ?? '', a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

describe('congressional hearings (stop 69)', () => {
  it('reads each "Mr. AMSEL." and "CHAIRMAN LINDQVIST." label as a turn: the witness as the front matter lists him, a member as an elected official', () => {
    const found = turns(HEARING).filter(([source]) => /^(?:Mr\.|Ms\.|CHAIRMAN) [A-Z]+$/u.test(source));
    expect(found).toEqual([
      ['CHAIRMAN LINDQVIST', 'Curtis Lindqvist', 'elected_official'],
      ['Mr. AMSEL', 'Douglas Amsel', 'official'],
      ['Ms. FELD', 'Feld', 'elected_official'],
      ['Mr. AMSEL', 'Douglas Amsel', 'official'],
      ['Ms. FELD', 'Feld', 'elected_official'],
    ]);
  });

  it('reads "Mr. Amsel, the family\'s attorney tells us" as addressed to the witness, never his words nor his office', () => {
    const found = turns(HEARING);
    expect(found.find(([source]) => source.startsWith('Mr. Amsel,'))?.[1] ?? null).toBeNull();
    expect(found.filter(([, name]) => name === 'Douglas Amsel').every(([, , role]) => role === 'official')).toBe(true);
  });
});

describe('a transcript never speaks as "I" (stop 69)', () => {
  it('gives an "I ask" outside any turn of a hearing\'s record to no one, not to the record', () => {
    const text = `UNCORRECTED TRANSCRIPT\n\n${HEARING}\n\nAt 7:42:10 a.m., two unmarked vehicles box in the pickup.\n\nMr. Chairman, I ask unanimous consent that the timeline be entered into the record.`;
    expect(turns(text).find(([source]) => source === 'I')).toEqual(['I', null, null]);
  });
});

describe('a hearing\'s witness the front matter does not list (stop 69)', () => {
  it('speaks with the office the text gives her, not as a member', () => {
    const text = 'ICE Director Lena Ortiz testified before the subcommittee.\n\nCHAIRMAN HALE. Director Ortiz, you are recognized.\n\nMs. ORTIZ. Our officers acted lawfully.\n\nMr. TOLLIVER. How many rounds?\n\nMs. ORTIZ. Two.';
    expect(turns(text).map(([, name, role]) => [name, role])).toEqual([
      ['Hale', 'elected_official'],
      ['Lena Ortiz', 'official'],
      ['Tolliver', 'elected_official'],
      ['Lena Ortiz', 'official'],
    ]);
  });
});
