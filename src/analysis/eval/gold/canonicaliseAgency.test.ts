import { describe, expect, it } from 'vitest';
import { canonicaliseAgency } from './canonicaliseAgency.js';

describe('canonicaliseAgency', () => {
  it('maps prose names with notes, units and suffixes to registry ids', () => {
    expect(canonicaliseAgency('FBI Tulsa Field Office')).toBe('fbi');
    expect(canonicaliseAgency('Boise Police Department (responded, not involved)')).toBe('local_police');
    expect(canonicaliseAgency('U.S. Attorney’s Office, District of Idaho')).toBe('usao');
    expect(canonicaliseAgency('Idaho Department of Public Safety (assisting)')).toBe('state_police');
    expect(canonicaliseAgency('ICE Enforcement and Removal Operations')).toBe('ero');
  });

  it('reads export short names back to the same ids', () => {
    expect(canonicaliseAgency('Border Patrol')).toBe('usbp');
    expect(canonicaliseAgency('police')).toBe('local_police');
  });

  it('returns null for what the registry does not know, rather than guessing', () => {
    expect(canonicaliseAgency('Idaho state authorities')).toBeNull();
    expect(canonicaliseAgency('Police')).toBe('local_police');
  });
});
