import { describe, expect, it } from 'vitest';
import type { OrganizationMention } from '../../domain/analysis.js';
import { findAcronymMentions } from './findAcronymMentions.js';

function org(text: string, written: string, agencyId: string | null = null): OrganizationMention {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`fixture lacks ${written}`);
  return { kind: 'organization', start, end: start + written.length, text: written, name: written, agencyId };
}

describe('findAcronymMentions', () => {
  it('reads initials as the organisation named in full before them, with or without its leading place', () => {
    const text = 'The Ohio Bureau of Criminal Records opened a case. The Nevada Department of Motor Safety closed a road. OBCR and DMS said little.';
    const orgs = [org(text, 'Ohio Bureau of Criminal Records'), org(text, 'Nevada Department of Motor Safety', 'state_police')];
    const found = findAcronymMentions(text, orgs);
    expect(found.map((m) => [m.text, m.name, m.agencyId])).toEqual([
      ['OBCR', 'Ohio Bureau of Criminal Records', null],
      ['DMS', 'Nevada Department of Motor Safety', 'state_police'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads the initials of a hyphenated name, and a police force\'s with its "Department" (CMPD)', () => {
    const text = 'Charlotte-Mecklenburg Police responded. CMPD said its officers did not fire. The Anti-Defamation League spoke; ADL said more.';
    const orgs = [org(text, 'Charlotte-Mecklenburg Police', 'local_police'), org(text, 'Anti-Defamation League')];
    expect(findAcronymMentions(text, orgs).map((m) => [m.text, m.name])).toEqual([
      ['CMPD', 'Charlotte-Mecklenburg Police'],
      ['ADL', 'Anti-Defamation League'],
    ]);
  });

  it('ignores initials written before the full name, initials two names share, and words in a run of capitals', () => {
    const text = 'BCR said so. The Bureau of Criminal Records and the Board of City Rates met. BCR left. CHARGED: ANA BCR ROSS.';
    const orgs = [org(text, 'Bureau of Criminal Records'), org(text, 'Board of City Rates')];
    expect(findAcronymMentions(text, orgs)).toEqual([]);
    const one = 'The Bureau of Criminal Records met. COUNT ONE: BCR RULES. BCR said it would appeal.';
    const found = findAcronymMentions(one, [org(one, 'Bureau of Criminal Records')]);
    expect(found.map((m) => m.start)).toEqual([one.lastIndexOf('BCR')]);
  });
});
