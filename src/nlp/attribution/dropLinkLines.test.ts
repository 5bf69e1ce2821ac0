import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropLinkLines', () => {
  it('reads no report in a page\'s link to another story ("WATCH: …", "Related: …"), and keeps the story\'s own', () => {
    const text = [
      'The complaint says the officer was struck in the knee.',
      "WATCH: ICE field office director defends officer's actions (4:12)",
      "Related: Aurora police chief says department wasn't told of ICE operation",
      'The chief says her department was not told.',
    ].join('\n\n');
    expect(attribute(text).map(([source, cue]) => [source, cue])).toEqual([
      ['The complaint', 'says'],
      ['The chief', 'says'],
    ]);
  });

  it('keeps a caption of the story\'s own video, which tells what it shows', () => {
    const text = 'VIDEO: Footage from a store camera shows agents taking a man to the ground, the owner said.';
    expect(attribute(text).map(([source, cue]) => [source, cue])).toEqual([['the owner', 'said']]);
  });
});
