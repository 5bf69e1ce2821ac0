/** The fixed vocabulary of speaker roles (DESIGN.md, gold annotation). */
export const ROLES = [
  'official',
  'prosecutor',
  'subject',
  'subject_counsel',
  'family',
  'witness',
  'elected_official',
  'court_filing',
  'court',
  'journalist',
  'other',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles of one who holds an office: they speak for it, and what befell someone else is not theirs. */
export const OFFICE_ROLES: ReadonlySet<Role> = new Set(['official', 'elected_official', 'prosecutor', 'court']);

/**
 * The sides accounts are grouped by on a contested point: officials, prosecutors, the subject and
 * counsel, family, witnesses, documents (court filings and records), footage (what a video or
 * photograph shows, as the outlet describes it), courts (a judge's findings and orders), the
 * outlet's own reporting.
 */
export const SIDES = ['officials', 'prosecutors', 'subject', 'family', 'witnesses', 'documents', 'footage', 'courts', 'outlet', 'others'] as const;

export type Side = (typeof SIDES)[number];

const SIDE_OF_ROLE: Readonly<Record<Role, Side>> = {
  official: 'officials',
  prosecutor: 'prosecutors',
  subject: 'subject',
  subject_counsel: 'subject',
  family: 'family',
  witness: 'witnesses',
  elected_official: 'others',
  court_filing: 'documents',
  court: 'courts',
  journalist: 'outlet',
  other: 'others',
};

export function sideOfRole(role: Role): Side {
  return SIDE_OF_ROLE[role];
}

/**
 * Which camp a side belongs to when deciding whether accounts conflict: the state's account
 * (officials, prosecutors, the state's own court filings) versus everyone else. A court is not the
 * state's account: a judge finding that the video contradicts the agents is a conflict to show; nor
 * is footage: what a video shows, set against what an agency says happened, is the conflict readers
 * of these stories most need to see.
 */
export function camp(side: Side): 'state' | 'other' | 'neutral' {
  if (side === 'officials' || side === 'prosecutors' || side === 'documents') return 'state';
  if (side === 'outlet') return 'neutral';
  return 'other';
}

const UNNAMED_VOICES: Readonly<Record<Side, string>> = {
  officials: 'an official the story does not name',
  prosecutors: 'a prosecutor the story does not name',
  subject: 'the person force was used on, unnamed',
  family: 'a relative the story does not name',
  witnesses: 'a witness the story does not name',
  documents: 'records the story cites',
  footage: 'video, as the outlet describes it',
  courts: 'a court the story does not name',
  outlet: 'the outlet’s own reporting',
  others: 'a source the story does not name',
};

/**
 * Who speaks for a claim no named speaker makes, by its side: "A neighbor who watched from a
 * balcony said …" is a witness the story does not name, not the outlet's own reporting.
 */
export function unnamedVoice(side: Side): string {
  return UNNAMED_VOICES[side];
}
