import { describe, expect, it } from 'vitest';
import { advocacyPublisher } from './advocacyPublisher.js';

describe('advocacyPublisher', () => {
  it('reads an advocacy group from the outlet, its page name left off', () => {
    expect(advocacyPublisher('Frontera Rights Coalition Force Tracker')).toBe('Frontera Rights Coalition');
    expect(advocacyPublisher('American Civil Liberties Union')).toBe('American Civil Liberties Union');
    expect(advocacyPublisher('Open Door Court Watch')).toBe('Open Door Court Watch');
  });

  it('reads no group in a newsroom, an agency or nothing', () => {
    expect(advocacyPublisher('Coalition News Service')).toBeNull();
    expect(advocacyPublisher('The Marshall Project')).toBeNull();
    expect(advocacyPublisher('U.S. Immigration and Customs Enforcement')).toBeNull();
    expect(advocacyPublisher(null)).toBeNull();
  });
});
