import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { findBylineAuthor } from './findBylineAuthor.js';
import { findQuoteRanges } from './quoteRanges.js';

// An invented first-person column.
const COLUMN = [
  'By Dana Okafor, Ledger staff photographer',
  'I was standing on the sidewalk across from the main gate last Friday when a federal officer shot me.',
  'I was on the concrete, not the driveway. "Press! I\'m press!" I yelled.',
  'An officer knelt on my back. He said, "Should have thought about that before."',
  'I told him my name and that I worked for the Ledger.',
].join('\n\n');

describe('findBylineAuthor (stop 65)', () => {
  it('reads the author of a piece told in the first person, and no one in a story that only carries a byline', () => {
    expect(findBylineAuthor(COLUMN, findQuoteRanges(COLUMN))).toBe('Dana Okafor');
    const story = 'By Dana Okafor\n\nAgents shot a man on Friday. "I was scared," his wife said.';
    expect(findBylineAuthor(story, findQuoteRanges(story))).toBeNull();
  });

  it('gives the column\'s unquoted "I" to its author, the one force was used on, and never her "he"', () => {
    const speakers = analyseText(COLUMN, { anchorDate: '2025-11-19' }).attributions.map((a) => [a.source?.text, a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(speakers).toContainEqual(['I', 'Dana Okafor', 'subject']);
    expect(speakers.filter(([source]) => source === 'He').map(([, name]) => name)).not.toContain('Dana Okafor');
  });
});
