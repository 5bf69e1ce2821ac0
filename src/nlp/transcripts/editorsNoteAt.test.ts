import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { editorsNoteAt } from './editorsNoteAt.js';
import { findInterviewAnswers } from './findInterviewAnswers.js';
import { findTranscriptTurns } from './findTranscriptTurns.js';

const analysis = (text: string) => {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] };
};

describe('editorsNoteAt (stop 51)', () => {
  it('finds an editor\'s note in parentheses or brackets, and none elsewhere', () => {
    const text = 'We asked them to dismiss it. (Editor’s note: The office declined to comment.)';
    expect(editorsNoteAt(text, 0, text.length)).toBe(text.indexOf(' (Editor'));
    expect(editorsNoteAt('He said [Ed. note: sic] it.', 0, 27)).toBe(7);
    expect(editorsNoteAt('The note said he was fine (he was not).', 0, 39)).toBe(-1);
  });

  it('ends an answer and a turn before the note, and takes no paragraph after it', () => {
    const qa = "Q: What happens now?\n\nA: We've asked them to dismiss it. (Editor's note: The U.S. attorney's office declined to comment.)\n\nMore text of the page.\n\nQ: And then?\n\nA: We wait.";
    expect(findInterviewAnswers(qa, analysis(qa), []).map((a) => a.content.text)).toEqual(["We've asked them to dismiss it.", 'We wait.']);
    const turns = "RUIZ: He was unarmed. (Editor's note: DHS disputes this.)\n\nPage text.\n\nLEE: No.\n\nRUIZ: Yes.";
    expect(findTranscriptTurns(turns, analysis(turns), []).map((a) => a.content.text)).toEqual(['He was unarmed.', 'No.', 'Yes.']);
  });
});
