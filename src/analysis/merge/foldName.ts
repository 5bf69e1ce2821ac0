/** "Niño-Moncada" → "nino moncada": accents, hyphens, case and punctuation folded away. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The surname's parts: the last written word, split at hyphens ("Sosa-Celis" → sosa, celis). */
export function surnameParts(name: string): string[] {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const last = words[words.length - 1] ?? '';
  return foldName(last).split(' ').filter(Boolean);
}

function givenName(name: string): string | null {
  const words = foldName(name).split(' ').filter(Boolean);
  const parts = surnameParts(name);
  return words.length > parts.length ? words[0] : null;
}

/**
 * Whether two written names denote the same person: the surnames share a part ("Nino-Moncada" ~
 * "Moncada") and, when both give a first name, the first names agree (or one is the other's initial).
 */
export function sameName(a: string, b: string): boolean {
  const sa = surnameParts(a);
  const sb = surnameParts(b);
  if (!sa.length || !sb.length || !sa.some((p) => sb.includes(p))) return false;
  const ga = givenName(a);
  const gb = givenName(b);
  if (!ga || !gb) return true;
  return ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}
