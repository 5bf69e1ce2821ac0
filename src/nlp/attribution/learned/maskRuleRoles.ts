/**
 * A copy of the rules' roles (markRuleRoles) with those of about `rate` of the sentences set to O,
 * chosen by `random`. Used in training only: the rules were written while reading PolNeAR train, so
 * there they miss less than on unseen text, and a tagger that always sees them learns that "the
 * rules found nothing" means "nothing is here". Masking some sentences keeps it reading the words.
 */
export function maskRuleRoles(roles: Uint8Array, sentences: readonly { readonly from: number; readonly to: number }[], rate: number, random: () => number): Uint8Array {
  const out = roles.slice();
  if (rate <= 0) return out;
  for (const s of sentences) if (random() < rate) out.fill(0, s.from, s.to);
  return out;
}
