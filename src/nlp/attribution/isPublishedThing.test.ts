import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('isPublishedThing: a participle of publishing after the thing published', () => {
  it('reads "Video posted online shows …" as no report of the video', () => {
    const found = attribute('Video posted online shows Ruiz standing still when he is hit.');
    expect(found.some(([source, cue]) => source === 'Video' || cue === 'posted')).toBe(false);
  });

  it('reads no participle inside the subject as the cue, whatever follows it', () => {
    const found = attribute('Video posted online shows the agent firing.');
    expect(found.some(([source, cue]) => source === 'Video' || cue === 'posted')).toBe(false);
    expect(attribute('A statement released Tuesday shows the agent firing.').some(([, cue]) => cue === 'released')).toBe(false);
  });

  it('takes the finite verb after the subject as the cue, with the participle in the source', () => {
    expect(attribute('A statement released Tuesday said the agent fired twice.')).toEqual([['A statement released Tuesday', 'said', ['the agent fired twice']]]);
    expect(attribute('A video posted online on Tuesday said the agent fired twice.')).toEqual([['A video posted online on Tuesday', 'said', ['the agent fired twice']]]);
  });

  it('takes the speaker after an opening "In an article posted on …"', () => {
    expect(attribute('In an article posted on the county website, Ana Ruiz wrote that the ferry would stop.')).toEqual([['Ana Ruiz', 'wrote', ['the ferry would stop']]]);
  });

  it('reads a capitalised thing opening a paragraph after another as the thing published (stop 42)', () => {
    expect(attribute('He thought it was a robbery.\n\nVideo posted on social media shows an SUV pulling in front of the car.')).toEqual([['He', 'thought', ['it was a robbery']]]);
  });

  it('keeps a person who posts, and a paper named Post', () => {
    expect(attribute('Ana Ruiz posted on Tuesday that the ferry would stop.')).toEqual([['Ana Ruiz', 'posted', ['the ferry would stop']]]);
    expect(attribute('The Harbor Post reported that the ferry would stop.')).toEqual([['The Harbor Post', 'reported', ['the ferry would stop']]]);
  });
});

describe('findSourceBefore: a thing published, where and on which day, as the speaker', () => {
  it('keeps "online" and "on Tuesday" after the participle in the source', () => {
    expect(attribute('A video posted online on Tuesday said the pier would stay shut.')).toEqual([['A video posted online on Tuesday', 'said', ['the pier would stay shut']]]);
    expect(attribute('A clip posted online said the pier would stay shut.')).toEqual([['A clip posted online', 'said', ['the pier would stay shut']]]);
    expect(attribute('A memo released on Friday said the pier would stay shut.')).toEqual([['A memo released on Friday', 'said', ['the pier would stay shut']]]);
  });
});
