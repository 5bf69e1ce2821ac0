import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findContactSubject: a participle after a call inside a report', () => {
  it('gives the participle to the caller, not to the one who reports the call', () => {
    const found = attribute('Morales said her husband called her from the parking lot that morning, telling her that agents had surrounded his truck.');
    expect(found).toContainEqual(['her husband', 'telling', ['agents had surrounded his truck']]);
    expect(attribute('Morales said that her husband texted her at 6 a.m., saying agents were outside.')).toContainEqual(['her husband', 'saying', ['agents were outside']]);
  });

  it('keeps the speaker when the call is the main clause or no report holds it', () => {
    expect(attribute('Morales called the hotline, saying agents were outside.')).toEqual([['Morales', 'saying', ['agents were outside']]]);
    expect(attribute('Morales said the lawyer visited her on Monday, saying the case was strong.')).toContainEqual(['Morales', 'saying', ['the case was strong']]);
  });
});
