import { describe, expect, it } from 'vitest';
import { deniesInvolvement } from './deniesInvolvement.js';

// Invented headlines and sentences.
describe('deniesInvolvement', () => {
  it('reads an agency said to have taken no part', () => {
    expect(deniesInvolvement('Minneapolis police shoot man during domestic call; ICE says it was not involved')).toBe(true);
    expect(deniesInvolvement('A spokesperson said no ICE officers were present and that the agency had no involvement.')).toBe(true);
    expect(deniesInvolvement('Border Patrol played no role in the arrest, the sheriff said.')).toBe(true);
  });

  it('leaves an agency that took part', () => {
    expect(deniesInvolvement('ICE officer shoots man during arrest in Minneapolis')).toBe(false);
    expect(deniesInvolvement('Agents were present when the officer fired, the agency said.')).toBe(false);
  });
});
