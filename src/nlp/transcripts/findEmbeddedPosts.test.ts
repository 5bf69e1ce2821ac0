import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findEmbeddedPosts } from './findEmbeddedPosts.js';

function posts(text: string) {
  const tokens = tokenize(text);
  return findEmbeddedPosts(text, { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] }, []);
}

describe('findEmbeddedPosts', () => {
  it("gives the paragraph above a post's signature to its account, without the links it ends with", () => {
    const text = [
      'The agency defended the agent.',
      'Nobody rams our vehicle and walks away. Our officer defended himself. pic.twitter.com/x8Rk2LmQvP',
      '— DHS Assistant Secretary (@DHSgov) November 6, 2025',
      'Witnesses disputed that account.',
    ].join('\n\n');
    expect(posts(text).map((p) => [p.source?.text, p.cue?.text, p.content.text])).toEqual([
      ['DHS Assistant Secretary', '—', 'Nobody rams our vehicle and walks away. Our officer defended himself.'],
    ]);
    const [post] = posts(text);
    expect(text.slice(post.source!.start, post.source!.end)).toBe('DHS Assistant Secretary');
  });

  it('takes the handle when the signature names no one, and reads no signature in a dash that opens prose', () => {
    const handle = 'We will release the video.\n— (@cityofsalem) Nov 7, 2025';
    expect(posts(handle).map((p) => p.source?.text)).toEqual(['@cityofsalem']);
    expect(posts('He ran.\n\n— and then the agent fired (twice).')).toEqual([]);
  });

  it("is one of the document's attributions, the post's words no longer the outlet's narration", () => {
    const text = 'Agents shot a man on Thursday.\n\nNobody rams our vehicle and walks away. pic.twitter.com/x8Rk2LmQvP\n\n— Ana Ruiz (@anaruiz) November 6, 2025';
    const found = analyseText(text, { anchorDate: '2025-11-07', bodyStart: 0, outlet: null }).attributions;
    expect(found.map((a) => [a.source?.text, a.content.text, a.speaker?.name ?? null])).toEqual([['Ana Ruiz', 'Nobody rams our vehicle and walks away.', 'Ana Ruiz']]);
  });

  it('gives the paragraph below a post\'s header ("Name @handle · date") to the name, the handle as its cue (stop 67)', () => {
    const text = [
      'Agents shot a man in Aurora on Tuesday.',
      'DHS West Press Office @DHSWestPress · Mar 10, 2026',
      'Another violent criminal chose to use his truck as a weapon against our officers. https://t.co/x8Rk2',
      'Witnesses disputed that account.',
      'Sam Ortiz covers immigration. Reach him on X at @samortiz.',
    ].join('\n\n');
    expect(posts(text).map((p) => [p.source?.text, p.cue?.text, p.content.text])).toEqual([
      ['DHS West Press Office', '@DHSWestPress', 'Another violent criminal chose to use his truck as a weapon against our officers.'],
    ]);
    const found = analyseText(text, { anchorDate: '2026-03-11', bodyStart: 0, outlet: null }).attributions;
    expect(found.filter((a) => a.cue?.text === '@DHSWestPress').map((a) => a.speaker?.affiliation)).toEqual(['Department of Homeland Security']);
  });
});
