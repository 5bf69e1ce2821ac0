import { describe, expect, it } from 'vitest';
import { formatDate, formatPlace, formatSpeaker, humanize, safeExternalUrl } from './format.js';

describe('format helpers', () => {
  it('formats dates at their precision', () => {
    expect(formatDate('2025-03-09')).toContain('9, 2025');
    expect(formatDate('2025-03-09', 'month')).not.toContain('9,');
    expect(formatDate('2025-03-09', 'year')).toBe('2025');
    expect(formatDate(null)).toBe('date unknown');
  });

  it('joins the known parts of a place', () => {
    expect(formatPlace({ city: 'Millbrook', state: 'NY', place: null })).toBe('Millbrook, NY');
    expect(formatPlace({ city: null, state: null, place: null })).toBe('place unknown');
  });

  it('names a speaker with affiliation and role, and says when none was resolved', () => {
    expect(formatSpeaker({ name: 'Ana Ruiz', affiliation: 'Police', role: 'official' })).toBe('Ana Ruiz (Police, official)');
    expect(formatSpeaker(null)).toMatch(/not resolved/);
    expect(humanize('subject_counsel')).toBe('Subject counsel');
  });

  it('only lets http(s) URLs become links', () => {
    expect(safeExternalUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,hi')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });
});
