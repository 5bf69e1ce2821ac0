/** Ranks many people hold at once: "the officer" after "Officer Ana Ruiz" may be another officer. */
export const RANKS: ReadonlySet<string> = new Set([
  'officer', 'agent', 'deputy', 'trooper', 'detective', 'sergeant', 'sgt', 'lieutenant', 'lt', 'captain', 'capt', 'det', 'marshal', 'special agent',
  'commander', 'supervisor', 'delegate', 'representative', 'rep', 'lawmaker', 'legislator', 'council member', 'councilmember', 'commissioner',
  'professor', 'prof', 'dr', 'father', 'pastor', 'rev', 'reverend',
]);
