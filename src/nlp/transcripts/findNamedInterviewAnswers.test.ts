import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findNamedInterviewAnswers } from './findNamedInterviewAnswers.js';

// Invented interview.
const INTERVIEW = [
  'Luis Campos, 48, was pulled from his truck by masked agents in Fresno. He spoke with the Valley Voice on Sunday.',
  'Valley Voice: What happened when the agents approached?',
  'Campos: I was parked. They did not say they were police.',
  'Valley Voice: DHS says you rammed their car.',
  'Campos: That is a lie.',
  'My truck was in park the whole time.',
  'Valley Voice: Were you hurt?',
  'Campos: They pulled me out through the window.',
].join('\n\n');

function answers(text: string) {
  const tokens = tokenize(text);
  return findNamedInterviewAnswers(text, { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] }, []).map((a) => [a.source?.text, a.content.fragments.map((f) => f.text)]);
}

describe('findNamedInterviewAnswers', () => {
  it("gives each answer under the interviewee's name to him, over the paragraphs up to the next label, and no question to anyone", () => {
    expect(answers(INTERVIEW)).toEqual([
      ['Campos', ['I was parked. They did not say they were police.']],
      ['Campos', ['That is a lie.', 'My truck was in park the whole time.']],
      ['Campos', ['They pulled me out through the window.']],
    ]);
  });

  it('reads labels set in bold or italics as the web prints them (stop 63)', () => {
    const bold = INTERVIEW.replace(/^(Valley Voice|Campos):/gmu, '**$1:**');
    expect(answers(bold).map(([source]) => source)).toEqual(['Campos', 'Campos', 'Campos']);
    expect(answers(INTERVIEW.replace(/^(Valley Voice|Campos):/gmu, '**$1**:')).map(([, content]) => content)).toEqual(answers(INTERVIEW).map(([, content]) => content));
  });

  it('resolves the label to the person the prose names', () => {
    const { attributions } = analyseText(INTERVIEW, { anchorDate: '2026-03-02' });
    expect(attributions.filter((a) => a.source?.text === 'Campos').map((a) => a.speaker?.name)).toEqual(['Luis Campos', 'Luis Campos', 'Luis Campos']);
  });

  it('reads no interview in labels nobody answers, a third voice, or a name the prose never gives', () => {
    expect(answers('Note: the page was updated.\n\nNote: photos added.')).toEqual([]);
    expect(answers(INTERVIEW.replace('Campos: That is a lie.', 'Ruiz: That is a lie.\n\nRuiz: Yes.'))).toEqual([]);
    expect(answers(INTERVIEW.replace('Luis Campos, 48,', 'The man'))).toEqual([]);
  });
});
