import { describe, expect, it } from 'vitest';
import { readBodyByline } from './readBodyByline.js';

describe('readBodyByline', () => {
  it('reads a byline on the first line of the body', () => {
    const text = 'Title: x\n\nBy Lucia Hernández\n\nOn Feb. 3 I stood on my porch.';
    expect(readBodyByline(text, 10)?.text).toBe('Lucia Hernández');
    expect(readBodyByline('By ANA RUIZ and TOM HALE\nText.', 0)?.text).toBe('ANA RUIZ and TOM HALE');
  });

  it('reads a byline in a paragraph of its own under the headline', () => {
    const text = 'Opinion | The shooting fails every test.\n\nBy Daniel Okafor\nGuest columnist\n\nOn the morning of Jan. 9, an officer fired.';
    expect(readBodyByline(text, 0)?.text).toBe('Daniel Okafor');
  });

  it('reads no byline in a sentence that opens on "By"', () => {
    expect(readBodyByline('By Tuesday, agents had left the block.\n', 0)).toBeNull();
    expect(readBodyByline('By Then It Was Over.\n', 0)).toBeNull();
    expect(readBodyByline('Agents left.\nBy Lucia Hernández\n', 0)).toBeNull();
  });
});
