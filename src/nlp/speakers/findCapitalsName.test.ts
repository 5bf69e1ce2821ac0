import { describe, expect, it } from 'vitest';
import { findCapitalsName } from './findCapitalsName.js';
import { loadRoleVocab } from './roleVocab.js';

describe('findCapitalsName', () => {
  const vocab = loadRoleVocab();

  it('reads the full name a filing writes in capitals, whichever of its words stands alone', () => {
    const text = 'UNITED STATES OF AMERICA v. PAULO ANDRE SILVA COSTA\n\n1. SILVA was stopped at the gate. COSTA stated that he was lost.';
    expect(findCapitalsName(text, 'COSTA', vocab)).toBe('Paulo Andre Silva Costa');
    expect(findCapitalsName(text, 'SILVA', vocab)).toBe('Paulo Andre Silva Costa');
    const hyphen = 'The complaint charges JUAN DE-LEON-PAZ, age 40. DE-LEON-PAZ stated that he fled.';
    expect(findCapitalsName(hyphen, 'DE-LEON-PAZ', vocab)).toBe('Juan De-Leon-Paz');
  });

  it('gives nothing for a word two capitalised names share, a heading word, or a word in ordinary case', () => {
    const two = 'ANA MARIA RUIZ and TOMAS RUIZ were charged. RUIZ stated that the car was hers.';
    expect(findCapitalsName(two, 'RUIZ', vocab)).toBeNull();
    const heading = 'PROBABLE CAUSE STATEMENT\n\nThe agent stated that the car moved.';
    expect(findCapitalsName(heading, 'AGENT', vocab)).toBeNull();
    expect(findCapitalsName('ANA RUIZ was charged. Ruiz said no.', 'Ruiz', vocab)).toBeNull();
  });
});

describe('findCapitalsName: a heading in capitals (stop 63)', () => {
  const vocab = loadRoleVocab();

  it('reads no name in "WHAT ICE SAYS" for "ICE says"', () => {
    expect(findCapitalsName('WHAT ICE SAYS\n\nICE says he rammed an officer.', 'ICE', vocab)).toBeNull();
  });
});
