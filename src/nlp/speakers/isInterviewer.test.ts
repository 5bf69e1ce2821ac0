import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// An invented interview transcript.
const INTERVIEW = [
  'The following is the transcript of an interview with Police Chief Dana Okafor that aired on Sunday.',
  'LENA MARSH: Chief, the video appears to show the car turning away. Why fire?',
  'CHIEF DANA OKAFOR: The officer feared for his life.',
  'LENA MARSH: The family says he was unarmed.',
  'CHIEF DANA OKAFOR: We are reviewing everything.',
].join('\n\n');

function roles(text: string): string[] {
  return analyseText(text, { anchorDate: '2026-01-11' }).attributions.flatMap((a) => (a.cue?.text === ':' && a.speaker ? [`${a.speaker.name} (${a.speaker.role})`] : []));
}

describe('isInterviewer', () => {
  it('reads the voice asking in an interview transcript as a journalist, and the guest by their title', () => {
    expect(roles(INTERVIEW)).toEqual(['Lena Marsh (journalist)', 'Dana Okafor (official)', 'Lena Marsh (journalist)', 'Dana Okafor (official)']);
  });

  it('names no interviewer when the top of the text does not say whom the interview is with', () => {
    const remarks = INTERVIEW.replace('the transcript of an interview with Police Chief Dana Okafor', 'a transcript of remarks at City Hall');
    expect(roles(remarks)).not.toContain('Lena Marsh (journalist)');
  });
});
