import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findInterviewAnswers } from './findInterviewAnswers.js';

// Invented interviews.
const INTERVIEW = [
  'Carmen Ferrer was at work when her phone rang. Her son, Luis Ferrer, 23, had been shot by a Border Patrol agent on March 7 near Yuma, Arizona.',
  'Ferrer spoke to the Courier at her home. Her answers have been edited for length.',
  'Q: What did you see?',
  'A: The truck was not moving.',
  'You can see the wheels in the video.',
  'Q: The agency says he drove at the agent.',
  'A: That is not true. He had his hands up.',
  'The Yuma County Sheriff’s Office is investigating the shooting.',
].join('\n\n');

function answers(text: string) {
  const tokens = tokenize(text);
  return findInterviewAnswers(text, { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] }, []);
}

describe('findInterviewAnswers', () => {
  it('gives each answer, over the paragraphs up to the next question, to the "A"; the last answer keeps its own line', () => {
    const found = answers(INTERVIEW);
    expect(found.map((a) => [a.source?.text, a.cue?.text, a.content.fragments.map((f) => f.text)])).toEqual([
      ['A', ':', ['The truck was not moving.', 'You can see the wheels in the video.']],
      ['A', ':', ['That is not true. He had his hands up.']],
    ]);
    for (const a of found) expect(INTERVIEW.slice(a.content.start, a.content.end)).toBe(a.content.text);
  });

  it("ends an answer at the story's own paragraph that reports another's words, though it says \"me\" (stop 57)", () => {
    const text = [
      'Carmen Ferrer spoke to the Courier at her home.',
      'Q: What did you see?',
      'A: The truck was not moving.',
      'Yesenia Rosales, a neighbor, told me she never heard the agents say police.',
      'Q: The agency says he drove at the agent.',
      'A: That is not true.',
    ].join('\n\n');
    const result = analyseText(text, { anchorDate: '2026-03-12', bodyStart: 0, outlet: null });
    const said = result.attributions.filter((a) => a.source?.text === 'A').map((a) => a.content.fragments.map((f) => f.text));
    expect(said).toEqual([['The truck was not moving.'], ['That is not true.']]);
  });

  it('reads no interview in one question and answer, nor in lines that only start with the letters', () => {
    expect(answers('Q: Why?\n\nA: Because.\n\nThe agency said nothing.')).toEqual([]);
    expect(answers('A. Ruiz, a neighbor, said she heard shots.\n\nA. Lund said the same.')).toEqual([]);
  });

  it("reads no interview in an explainer's questions and answers: nobody is asked, nobody answers as \"I\" (stop 59)", () => {
    const explainer = [
      'Q: Who died?',
      'A: County officials identified him as Omar Ali, 52. His daughter said, “I want the video.”',
      'Q: What does ICE say happened?',
      'A: In a statement, ICE said officers approached Ali as he left the building.',
    ].join('\n\n');
    expect(answers(explainer)).toEqual([]);
    const said = analyseText(explainer, { anchorDate: '2026-03-12', bodyStart: 0, outlet: null }).attributions;
    expect(said.map((a) => a.source?.text)).not.toContain('A');
    expect(said.map((a) => a.source?.text)).toContain('ICE');
  });

  it('names the person the interview introduces, by the pronoun where two share the surname, and leaves the questions to nobody', () => {
    const result = analyseText(INTERVIEW, { anchorDate: '2026-03-12', bodyStart: 0, outlet: null });
    const turns = result.attributions.filter((a) => a.source?.text === 'A');
    expect(turns.map((a) => [a.speaker?.name, a.speaker?.role])).toEqual([
      ['Carmen Ferrer', 'family'],
      ['Carmen Ferrer', 'family'],
    ]);
    // "where he spoke with two reporters": the one named before, not the reporters.
    const pronoun = [
      'Senator Ana Lund toured the border on Tuesday. She later flew home, where she spoke with reporter Tom Hale.',
      'Q: Were the agents right to fire?',
      'A: We do not know yet.',
      'Q: Will you ask for the video?',
      'A: Yes, today.',
    ].join('\n\n');
    const said = analyseText(pronoun, { anchorDate: '2026-03-12', bodyStart: 0, outlet: null }).attributions.filter((a) => a.source?.text === 'A');
    expect(said.map((a) => a.speaker?.name)).toEqual(['Ana Lund', 'Ana Lund']);
    // No introduction: nobody.
    const bare = ['Q: Were the agents right?', 'A: We do not know.', 'Q: Will you ask?', 'A: Yes.'].join('\n\n');
    expect(analyseText(bare, { anchorDate: '2026-03-12', bodyStart: 0, outlet: null }).attributions.map((a) => a.speaker)).toEqual([null, null]);
  });
});
