import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findBlockStatements } from './findBlockStatements.js';

// Invented texts.
function blocks(text: string) {
  const tokens = tokenize(text);
  return findBlockStatements(text, { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] }, []).map((a) => [a.source?.text, a.cue?.text, a.content.fragments?.map((f) => f.text) ?? [a.content.text]]);
}

describe('findBlockStatements', () => {
  it('reads the indented paragraphs under "The statement reads in full:" as the statement’s words, up to the story’s own again', () => {
    const text = [
      'The agency released a statement on Friday.',
      'The statement reads in full:',
      '    Agents identified themselves and asked the man for identification.',
      '    The man ignored repeated commands and reached toward his waistband.',
      'The statement did not say whether the agents wore cameras.',
    ].join('\n\n');
    expect(blocks(text)).toEqual([['The statement', 'reads', ['Agents identified themselves and asked the man for identification.', 'The man ignored repeated commands and reached toward his waistband.']]]);
  });

  it('takes the one paragraph after a lead-in when none is indented, and none that quotes someone or follows a lead-in that is no one’s', () => {
    expect(blocks('CBP said in a statement:\n\nThe agent fired after the driver accelerated toward him.\n\nThe video shows otherwise.')).toEqual([['CBP', 'said', ['The agent fired after the driver accelerated toward him.']]]);
    expect(blocks('CBP said in a statement:\n\n“The agent fired after the driver accelerated toward him,” it read.')).toEqual([]);
    expect(blocks('Here is what we know:\n\nThe agent fired twice.')).toEqual([]);
  });

  it('leaves a statement to an attribution already read from it', () => {
    const text = 'CBP said in a statement:\n\nThe agent fired after the driver accelerated toward him.';
    const { attributions } = analyseText(text, { anchorDate: '2026-03-20', bodyStart: 0, outlet: null });
    expect(attributions.filter((a) => a.content.text.startsWith('The agent fired'))).toHaveLength(1);
  });
});
