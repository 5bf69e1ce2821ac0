import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { repairSpeakerTokens } from './repairSpeakerTokens.js';

function posOf(text: string, word: string): string | undefined {
  return repairSpeakerTokens(tokenize(text)).find((t) => t.text === word)?.pos;
}

describe('repairSpeakerTokens', () => {
  it('reads "states" after the comma closing an appositive, before "that" and a pronoun, as a verb (stop 46)', () => {
    expect(posOf('Ana Ferreira, a photojournalist, states that she was on the sidewalk.', 'states')).toBe('VERB');
  });

  it('reads "say" after a relative pronoun and its subject as a verb: "who police say was armed" (stop 46)', () => {
    expect(posOf('The man, who police say was armed, died.', 'say')).toBe('VERB');
    // Without the relative pronoun the tagger's reading stands.
    const plain = 'The tenants say was limited.';
    expect(posOf(plain, 'say')).toBe(tokenize(plain).find((t) => t.text === 'say')?.pos);
  });

  it('reads "say" after a share of a poll as a verb and the percent sign as its noun', () => {
    expect(posOf('About 42% say they will vote.', 'say')).toBe('VERB');
    expect(posOf('About 42% say they will vote.', '%')).toBe('NOUN');
    expect(posOf('Nearly a third say they will vote.', 'say')).toBe('VERB');
  });

  it('reads "say" after a quantifier standing alone as the subject as a verb', () => {
    expect(posOf('Prices rose.\n\nSome say they will fall again.', 'say')).toBe('VERB');
    expect(posOf('Some Say It Was Rigged.', 'Say')).toBe('VERB');
    // Not the noun of "some say in the matter", nor a quantifier inside a clause ("gave them some say").
    expect(posOf('The board gave tenants some say in the matter.', 'say')).not.toBe('VERB');
  });

  it("reads a filing's letter for someone after a capitalised title as a name (stop 40)", () => {
    expect(posOf('Agent A stated that he fired.', 'A')).toBe('PROPN');
    expect(posOf('According to Agent A, she struck the vehicle.', 'A')).toBe('PROPN');
    // An adverb between the letter and its verb (stop 62).
    expect(posOf('Officer A also told us that he gave commands.', 'A')).toBe('PROPN');
    // Not an article before its noun, nor "I".
    expect(posOf('Ruiz gave A copy to the court.', 'A')).not.toBe('PROPN');
  });

  it('keeps the tagger’s reading after an ordinal', () => {
    const tokens = tokenize('It is the fifth say they have had.');
    expect(repairSpeakerTokens(tokens)).toBe(tokens);
  });

  it('reads the state of a party tag as a name', () => {
    expect(posOf('Rep. Lena Moss (R-OK) said no.', 'OK')).toBe('PROPN');
    const tokens = repairSpeakerTokens(tokenize('Sen. Ada Lurie (D-Calif.) said no.'));
    const dot = tokens.findIndex((t, i) => t.text === '.' && tokens[i + 1]?.text === ')');
    expect(tokens[dot].pos).toBe('PROPN');
  });

  it('returns the same tokens when nothing needs repair', () => {
    const tokens = tokenize('The mayor said the road would reopen.');
    expect(repairSpeakerTokens(tokens)).toBe(tokens);
  });
});

describe('repairSpeakerTokens: a verb of saying read as a noun, and an apartment complex', () => {
  it('reads "disputes" and "claims" between a subject and an object as verbs', () => {
    expect(posOf('The family disputes that account, saying the car never moved.', 'disputes')).toBe('VERB');
    expect(posOf('The suit claims the agent fired first.', 'claims')).toBe('VERB');
    expect(posOf('The disputes over the account went on.', 'disputes')).not.toBe('VERB');
    // The "that" of a clause opens no object: "news reports that he lied" stays a noun phrase.
    expect(posOf('He appeared amid news reports that he had lied.', 'reports')).toBe('NOUN');
  });

  it('reads a capitalised compass word opening a name after "the" or "of" as part of the name (stop 53)', () => {
    expect(posOf('Naomi Whitfield of the Northwest Immigrant Rights Project said it.', 'Northwest')).toBe('PROPN');
    expect(posOf('She works for South Texas Legal Aid.', 'South')).toBe('PROPN');
    // Not a direction ("headed north toward El Paso"), nor a compass word before no name.
    expect(posOf('The car headed north toward El Paso.', 'north')).not.toBe('PROPN');
  });

  it('reads "lead" between a possessive and a noun as its modifier: "His lead counsel", "the family\'s lead attorney" (stop 53)', () => {
    expect(posOf('His lead counsel, Janet Sorensen, wrote in an email that it will be filed.', 'lead')).toBe('ADJ');
    expect(posOf("The family's lead attorney, Ben Crump, said the video was clear.", 'lead')).toBe('ADJ');
    // A verb stays one: "She will lead protests".
    expect(posOf('She will lead protests, he said.', 'lead')).not.toBe('ADJ');
  });

  it('reads a word alone between an opening "a" and the comma before a name as a noun: "A pedestrian, Arturo Feliciano," (stop 58)', () => {
    const text = 'A pedestrian, Arturo Feliciano, 52, of Tijuana, said he heard three shots.';
    expect(tokenize(text).find((t) => t.text === 'pedestrian')?.pos).toBe('ADJ');
    expect(posOf(text, 'pedestrian')).toBe('NOUN');
    // An adjective of a list stays one ("a quiet, tree-lined street"), as does one inside a clause.
    const list = 'They lived on a quiet, tree-lined street.';
    expect(posOf(list, 'quiet')).toBe(tokenize(list).find((t) => t.text === 'quiet')?.pos);
  });

  it('reads "states" closing a tag after "the" and a document\'s noun as a verb: "…, the release states." (stop 58)', () => {
    const text = 'He refused and accelerated backward, the release states.';
    expect(tokenize(text).find((t) => t.text === 'states')?.pos).toBe('NOUN');
    expect(posOf(text, 'states')).toBe('VERB');
    // A noun of a list stays one: "…, the member states."
    expect(posOf('Aid went to the border, the ports, the member states.', 'states')).not.toBe('VERB');
  });

  it('reads "complex" of "apartment complex" as a noun', () => {
    expect(posOf('A teenager shot at a Pasadena apartment complex says he is 16.', 'complex')).toBe('NOUN');
  });
});
