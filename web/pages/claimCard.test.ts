import { describe, expect, it } from 'vitest';
import { claimSpeaker } from './claimCard.js';

describe('claimSpeaker', () => {
  it('names the speaker, the outlet, or the video the outlet describes, and says when no speaker was resolved', () => {
    expect(claimSpeaker({ speaker: { name: 'Ana Ruiz', affiliation: 'Border Patrol', role: 'official' }, side: 'officials' })).toBe('Ana Ruiz (Border Patrol, official)');
    expect(claimSpeaker({ speaker: null, side: 'outlet' })).toBe("Outlet's own reporting");
    expect(claimSpeaker({ speaker: null, side: 'footage' })).toBe('What the video shows (as the outlet describes it)');
    expect(claimSpeaker({ speaker: null, side: 'family' })).toBe('Speaker not resolved');
  });
});
