import { describe, expect, it } from 'vitest';
import { matchSpeakerName } from './matchSpeakerName.js';

describe('matchSpeakerName', () => {
  it('matches a surname to the full name and an acronym to the body it abbreviates', () => {
    expect(matchSpeakerName('Dana Whitlock', 'Whitlock')).toBe(true);
    expect(matchSpeakerName('FBI', 'Federal Bureau of Investigation')).toBe(true);
    expect(matchSpeakerName('lawyers for Ana Ruiz', 'attorneys for Ana Ruiz')).toBe(true);
    expect(matchSpeakerName('complaint (District of Oregon)', 'criminal complaint (District of Oregon)')).toBe(true);
    expect(matchSpeakerName('Authorities', 'authorities')).toBe(true);
    expect(matchSpeakerName('Department of Homeland Security', 'Homeland Security spokesperson')).toBe(true);
  });

  it('keeps a person apart from their lawyers, and different people apart', () => {
    expect(matchSpeakerName('Ana Ruiz', 'attorneys for Ana Ruiz')).toBe(false);
    expect(matchSpeakerName('Dana Whitlock', 'Ana Ruiz')).toBe(false);
    expect(matchSpeakerName('federal officials', 'authorities')).toBe(false);
    expect(matchSpeakerName('CBP', 'Department of Homeland Security')).toBe(false);
  });
});

describe('matchSpeakerName for agencies', () => {
  it('matches two names of one registry agency, and a place-named body only with the same place', () => {
    expect(matchSpeakerName('Federal Bureau of Investigation', 'FBI Tulsa Field Office')).toBe(true);
    expect(matchSpeakerName('Salem police', 'Salem Police Department')).toBe(true);
    expect(matchSpeakerName('Salem police', 'Eugene Police Department')).toBe(false);
    expect(matchSpeakerName('State bureau of investigation', 'Idaho Bureau of Investigation')).toBe(false);
    expect(matchSpeakerName('Federal Bureau of Investigation', 'FBI affidavit (D. Idaho)')).toBe(false);
  });
});

describe('matchSpeakerName with qualifiers', () => {
  it('lets either side drop a parenthesised qualifier', () => {
    expect(matchSpeakerName('Lena', 'Lena (sister of Ana Ruiz)')).toBe(true);
    expect(matchSpeakerName('affidavit', 'FBI affidavit (D. Ariz.)')).toBe(true);
    expect(matchSpeakerName('Ana Ruiz', 'attorneys (for Ana Ruiz)')).toBe(false);
    expect(matchSpeakerName('affidavit (District of Idaho)', 'FBI affiant')).toBe(true);
    expect(matchSpeakerName("Dana O'Hara", 'Dana O’Hara')).toBe(true);
    expect(matchSpeakerName('U.S. Immigration and Customs Enforcement', 'ICE')).toBe(true);
    expect(matchSpeakerName('U.S. Marshals Service', 'ICE')).toBe(false);
  });
});
