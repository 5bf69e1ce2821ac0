import type { AttributionDraft } from './attributionDraft.js';

/**
 * "But, he argued, officers had responded to a handful of people by gassing hundreds": a relation whose
 * words are only another relation's source and cue ("he argued") read the tag as what was said, and
 * would put the tag in the mouth of whoever comes after it ("officers"). Such a relation is dropped;
 * the tag's own relation stands.
 */
export function dropTagContents(drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => !drafts.some((o) => o !== d && isTagOf(d, o)));
}

function isTagOf(d: AttributionDraft, o: AttributionDraft): boolean {
  if (!o.source || !o.cue || !d.fragments.length) return false;
  const start = Math.min(o.source.start, o.cue.start);
  const end = Math.max(o.source.end, o.cue.end);
  const cue = o.cue;
  // The tag's cue is inside the words: a clause within a source phrase ("His employer, Dwayne Pittman, who said
  // he watched …, said") is words of its own.
  return d.fragments.every((f) => f.start >= start && f.end <= end) && d.fragments.some((f) => f.start <= cue.start && cue.end <= f.end);
}
