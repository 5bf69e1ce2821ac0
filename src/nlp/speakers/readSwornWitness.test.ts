import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// An invented court transcript: its front matter, a witness sworn, an examination with an objection.
const TRANSCRIPT = [
  'UNITED STATES OF AMERICA,',
  'Plaintiff,',
  'v.',
  'ROBERTO ALVAREZ PEÑA,',
  'Defendant.',
  '',
  'REPORTER\'S TRANSCRIPT',
  '',
  'Proceedings before the HONORABLE ELENA R. MARSH, Judge, United States District Court, commencing at 9:00 a.m.',
  '',
  'APPEARANCES',
  'For the Plaintiff: KAREN OSEI, Assistant U.S. Attorney',
  'For the Defendant: DAVID LINDQVIST, Attorney at Law',
  '',
  'THE COURT: You may call your next witness.',
  'MS. OSEI: The government calls Border Patrol Agent Kyle Brandt.',
  '',
  'KYLE THOMAS BRANDT,',
  'called as a witness on behalf of the Government, having been first duly sworn, testified as follows:',
  '',
  'DIRECT EXAMINATION',
  'BY MS. OSEI:',
  'Q. What happened next?',
  'A. I identified myself. I said, "Border Patrol, stop the car." He drove at me.',
  'MR. LINDQVIST: Objection. You are asking him to speculate.',
  'THE COURT: Overruled.',
  'Q. Were you struck?',
  'A. The mirror caught my hip.',
  'MS. OSEI: Nothing further.',
].join('\n');

function turns(text: string): [string, string | null, string | null][] {
  return analyseText(text, { anchorDate: '2026-02-10' }).attributions.map((a) => [a.source?.text ?? '', a.speaker?.name ?? null, a.speaker?.role ?? null]);
}

describe('court transcripts: who each label is (stop 69)', () => {
  it('gives the "A." answers and an "I said" inside them to the witness sworn last (readSwornWitness)', () => {
    const found = turns(TRANSCRIPT).filter(([source]) => source === 'A' || source === 'I');
    expect(found.map((t) => t[1])).toEqual(['Kyle Brandt', 'Kyle Brandt', 'Kyle Brandt']);
  });

  it('gives "THE COURT:" to the judge presiding, and counsel\'s labels to the counsel the appearances list (findAppearances)', () => {
    const found = turns(TRANSCRIPT);
    expect(found.filter(([s]) => s === 'THE COURT').map((t) => [t[1], t[2]])).toEqual([
      ['Elena R. Marsh', 'court'],
      ['Elena R. Marsh', 'court'],
    ]);
    expect(found.find(([s]) => s === 'MS. OSEI')?.slice(1)).toEqual(['Karen Osei', 'prosecutor']);
    expect(found.find(([s]) => s === 'MR. LINDQVIST')?.slice(1)).toEqual(['David Lindqvist', 'subject_counsel']);
  });

  it('ends a turn where the next label opens a line, another speaker\'s or a "Q." or "A."', () => {
    const found = analyseText(TRANSCRIPT, { anchorDate: '2026-02-10' }).attributions;
    expect(found.find((a) => a.content.text.startsWith('I identified'))?.content.text).toBe('I identified myself. I said, "Border Patrol, stop the car." He drove at me.');
    expect(found.find((a) => a.content.text.startsWith('Overruled'))?.content.text).toBe('Overruled.');
  });

  it('reads no witness in a text that swears none', () => {
    const interview = 'We spoke with Ana Ruiz on Tuesday.\n\nQ: What did you see?\nA: I saw them pull him out.\nQ: Then what?\nA: I ran.';
    expect(turns(interview).filter(([s]) => s === 'A').map((t) => t[1])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});
