import { describe, expect, it } from 'vitest';
import { camp, ROLES, SIDES, sideOfRole, unnamedVoice } from './roles.js';

describe('roles and sides', () => {
  it('gives every role a side that exists', () => {
    for (const role of ROLES) expect(SIDES).toContain(sideOfRole(role));
  });

  it("keeps a court out of the state's camp, and a prosecutor's filing in it", () => {
    expect(sideOfRole('court')).toBe('courts');
    expect(camp('courts')).toBe('other');
    expect(camp(sideOfRole('court_filing'))).toBe('state');
    expect(camp('outlet')).toBe('neutral');
  });

  it('names the voice of an unnamed witness as a witness, never as the outlet (stop 60)', () => {
    expect(unnamedVoice('witnesses')).toBe('a witness the story does not name');
    expect(unnamedVoice('outlet')).toBe('the outlet’s own reporting');
    expect(new Set(SIDES.map(unnamedVoice)).size).toBe(SIDES.length);
  });
});
