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

describe('findFilingVoice: a wrongful-death suit and the government\'s answer (stop 70)', () => {
  const CAPTION = 'UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO\n\nMARISOL VALDIVIA, individually and as personal representative of the Estate of ERNESTO VALDIVIA RUIZ, deceased,\n\nPlaintiff,\n\nv.\n\nUNITED STATES OF AMERICA, et al.,\n\nDefendants.\n\n';

  it('speaks a complaint a relative brings for the estate of the one force was used on as the family\'s counsel', () => {
    const complaint = `${CAPTION}COMPLAINT AND JURY DEMAND\n\n2. Mr. Valdivia was unarmed.`;
    expect(findFilingVoice(complaint, 0, 'Ernesto Valdivia Ruiz')?.role).toBe('subject_counsel');
    expect(findFilingVoice(complaint, 0, 'Benito Saucedo')).toBeNull();
  });

  it('speaks the United States\' motion as the government, and no other defendant\'s', () => {
    const motion = `${CAPTION}FEDERAL DEFENDANTS' MOTION TO DISMISS PURSUANT TO FED. R. CIV. P. 12(b)(6)\n\nMr. Valdivia turned toward the officers.`;
    expect(findFilingVoice(motion, 0, 'Ernesto Valdivia Ruiz')).toEqual({ name: 'filing of the United States', affiliation: 'U.S. Department of Justice', role: 'official' });
    expect(findFilingVoice(motion.replace('UNITED STATES OF AMERICA, et al.', 'ACME SECURITY LLC'), 0, 'Ernesto Valdivia Ruiz')).toBeNull();
  });
});
