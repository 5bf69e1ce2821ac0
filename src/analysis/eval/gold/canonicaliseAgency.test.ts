import { describe, expect, it } from 'vitest';
import { canonicaliseAgency } from './canonicaliseAgency.js';

describe('canonicaliseAgency', () => {
  it('maps prose names with notes, units and suffixes to registry ids', () => {
    expect(canonicaliseAgency('FBI Tulsa Field Office')).toBe('fbi');
    expect(canonicaliseAgency('Boise Police Department (responded, not involved)')).toBe('local_police');
    expect(canonicaliseAgency('U.S. Attorney’s Office, District of Idaho')).toBe('usao');
    expect(canonicaliseAgency('Idaho Department of Public Safety (assisting)')).toBe('state_police');
    expect(canonicaliseAgency('ICE Enforcement and Removal Operations')).toBe('ero');
    // A place's unnamed authorities are a registry kind, as a place's police are.
    expect(canonicaliseAgency('Idaho state authorities (separate review)')).toBe('place_authorities');
    expect(canonicaliseAgency('authorities')).toBe('place_authorities');
  });

  it('reads export short names back to the same ids', () => {
    expect(canonicaliseAgency('Border Patrol')).toBe('usbp');
    expect(canonicaliseAgency('police')).toBe('local_police');
  });

  it('returns null for what the registry does not know, rather than guessing', () => {
    expect(canonicaliseAgency('Idaho Fish and Game Commission')).toBeNull();
    expect(canonicaliseAgency('Police')).toBe('local_police');
  });
});
