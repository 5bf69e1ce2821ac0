import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('dropAnonymityRequests', () => {
  it('gives "who asked that her name not be used" no attribution, and the woman and her "she said" theirs', () => {
    const found = attribute('A woman who lives across the street, who asked that her name not be used because she is afraid of retaliation, said she watched from her balcony.');
    expect(found.map((f) => f[1])).toEqual(['said']);
  });

  it('keeps what else one asked', () => {
    expect(attribute('The mayor asked that the agency release the video.').map((f) => f[1])).toEqual(['asked']);
  });
});
