/**
 * Keeps a set of non-overlapping spans, preferring the longer one where two overlap (the longest
 * alias wins: "Homeland Security Investigations" over "Homeland Security"), then the earlier.
 * The result is sorted by start.
 */
export function pickNonOverlapping<T extends { readonly start: number; readonly end: number }>(candidates: readonly T[]): T[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const c of byPreference) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
