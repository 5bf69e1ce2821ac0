import { describe, expect, it } from 'vitest';
import { isOfficerCharged } from './isOfficerCharged.js';

// Invented sentences: whether the charge word (the first occurrence of `cue`) is brought against an officer.
function officerCharged(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return isOfficerCharged(text, start, start + cue.length);
}

describe('isOfficerCharged', () => {
  it('reads the charge an officer who shot someone went on trial on as the officer\'s, not the man\'s he shot (stop 66)', () => {
    expect(officerCharged('EL PASO — A Border Patrol agent who shot a 19-year-old along a canal last summer went on trial Tuesday on a charge of aggravated assault by a public servant.', 'aggravated assault')).toBe(true);
    expect(officerCharged('An ICE officer faces a charge of manslaughter.', 'manslaughter')).toBe(true);
    expect(officerCharged('A man who struck an agent went on trial Tuesday on a charge of assaulting a federal officer.', 'assaulting a federal officer')).toBe(false);
  });

  it('reads why an outlet does not name the officer ("is not naming him because he has not been charged") as the officer\'s (stop 49)', () => {
    expect(officerCharged('ProPublica is not naming him because he has not been charged with any crime.', 'not been charged')).toBe(true);
    expect(officerCharged('Anaya has not been charged with any crime.', 'not been charged')).toBe(false);
  });

  it('reads "indicted a U.S. Border Patrol agent" past the abbreviation\'s stops, and "The agent, NAME, 38, is also charged" (stop 46)', () => {
    const indicted = 'A grand jury has indicted a U.S. Border Patrol agent on a charge of voluntary manslaughter.';
    expect(isOfficerCharged(indicted, indicted.indexOf('charge of'), indicted.indexOf('charge of') + 9)).toBe(true);
    const apposed = 'The agent, Travis Kellner, 38, is also charged with aggravated assault.';
    expect(isOfficerCharged(apposed, apposed.indexOf('charged'), apposed.indexOf('charged') + 12)).toBe(true);
    const man = 'The man, Luis Ruiz, 38, is charged with assaulting an agent.';
    expect(isOfficerCharged(man, man.indexOf('charged'), man.indexOf('charged') + 12)).toBe(false);
  });

  it('reads an officer charged after the cue, inside it, earlier in its clause, or as its passive subject', () => {
    expect(officerCharged('A grand jury indicted an Immigration and Customs Enforcement officer on Thursday.', 'indicted')).toBe(true);
    expect(officerCharged('Prosecutors filed charges against the agent who fired.', 'charges against')).toBe(true);
    expect(officerCharged('Prosecutors charged the deputy with manslaughter.', 'charged the deputy with')).toBe(true);
    expect(officerCharged('A grand jury indicted an ICE officer on a charge of manslaughter.', 'charge of')).toBe(true);
    expect(officerCharged('The officer who fired was charged with murder.', 'charged')).toBe(true);
    expect(officerCharged('Two of the agents have been charged with assault.', 'charged')).toBe(true);
    expect(officerCharged('A Border Patrol agent was indicted Thursday on charges of aggravated assault.', 'charges of')).toBe(true);
    expect(officerCharged('The agent, a 12-year veteran, was charged last week with manslaughter.', 'with manslaughter')).toBe(true);
  });

  it('leaves the charges of the person force was used on', () => {
    expect(officerCharged('She was charged with assaulting a federal officer.', 'charged')).toBe(false);
    expect(officerCharged('He faces charges of assaulting officers.', 'charges of')).toBe(false);
    expect(officerCharged('Prosecutors charged Ana Ruiz, not the officers, with assault.', 'charged')).toBe(false);
    expect(officerCharged("The officers' report says he was charged with resisting.", 'charged')).toBe(false);
    expect(officerCharged('The man who shoved an agent was charged on Friday with assault.', 'with assault')).toBe(false);
  });
});

describe('isOfficerCharged: a named officer set off before the passive (stop 50)', () => {
  it('reads "Derek Haines, 38, a deportation officer with U.S. Immigration and Customs Enforcement, is charged with" as the officer\'s charge', () => {
    expect(officerCharged('DENVER — Derek Haines, 38, a deportation officer with U.S. Immigration and Customs Enforcement, is charged with second-degree murder.', 'charged with')).toBe(true);
    expect(officerCharged('DENVER — Luis Baca, 41, a roofer, is charged with assaulting a federal officer.', 'charged with')).toBe(false);
  });
});
