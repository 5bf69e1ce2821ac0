import { describe, expect, it } from 'vitest';
import { isWrittenAsThing } from './isWrittenAsThing.js';

// Invented sentences.
describe('isWrittenAsThing', () => {
  it('reads a name followed by "which", or set before "plant" after "the", as a body', () => {
    expect(isWrittenAsThing('Prairie Gold Pork, which employs 1,400 people, said it is cooperating.', 'Prairie Gold Pork')).toBe(true);
    expect(isWrittenAsThing('He works at the Prairie Gold Pork plant.', 'Prairie Gold Pork')).toBe(true);
  });

  it('reads a person the text goes on about with "who" as no body, nor a single word', () => {
    expect(isWrittenAsThing('Ana Ruiz, who works at the plant, said she saw it.', 'Ana Ruiz')).toBe(false);
    expect(isWrittenAsThing('Ruiz, which is rare, said it.', 'Ruiz')).toBe(false);
  });
});
