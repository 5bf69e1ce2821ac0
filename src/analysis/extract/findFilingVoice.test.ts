import { describe, expect, it } from 'vitest';
import { findFilingVoice } from './findFilingVoice.js';

const CIVIL = 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ILLINOIS\n\nMARISOL REYES, Plaintiff,\nv.\nUNITED STATES OF AMERICA, Defendant.\n\nCOMPLAINT\n\n1. Agents fired pepper balls at Plaintiff.';

describe('findFilingVoice', () => {
  it('speaks a civil complaint brought by the person force was used on as their counsel', () => {
    expect(findFilingVoice(CIVIL, 0, 'Marisol Reyes')).toEqual({ name: 'complaint of Marisol Reyes', affiliation: 'counsel for Marisol Reyes', role: 'subject_counsel' });
  });

  it('gives no voice to a suit someone else brings, a criminal complaint, or a document with no pleading heading', () => {
    expect(findFilingVoice(CIVIL.replace('MARISOL REYES', 'DESERT LEDGER MEDIA'), 0, 'Marisol Reyes')).toBeNull();
    const criminal = 'UNITED STATES OF AMERICA\nv.\nMARISOL REYES\n\nAFFIDAVIT IN SUPPORT OF CRIMINAL COMPLAINT\n\n1. I am a Special Agent.';
    expect(findFilingVoice(criminal, 0, 'Marisol Reyes')).toBeNull();
    expect(findFilingVoice(CIVIL.replace('COMPLAINT\n', 'EXHIBIT A\n'), 0, 'Marisol Reyes')).toBeNull();
    expect(findFilingVoice(CIVIL, 0, null)).toBeNull();
  });
});
