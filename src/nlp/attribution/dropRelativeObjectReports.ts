import type { AttributionDraft } from './attributionDraft.js';

// ", which " or ", that " right before the source: the source opens a relative clause set off by commas.
const RELATIVE_BEFORE = /,\s*(?:which|that)\s+$/u;
// Up to three words, then the comma that closes the clause: "me,", "reporters,", "the court,".
const OBJECT_THEN_COMMA = /^(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*,/u;

/**
 * "his birth certificate, which his mother showed me, records his birth …", "The video, which the
 * family showed reporters, shows …": in a relative clause set off by commas, the relative pronoun is
 * the cue's object (what was shown), and the words after it are the cue's other object, then the
 * clause's close and the sentence going on: nobody reports them. Such a relation is dropped (the
 * rules alone). Words that open on a verb ("the bill, which he said would cut taxes, …") are what
 * the speaker said and stay.
 */
export function dropRelativeObjectReports(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.filter((d) => {
    if (!d.source || !d.cue || d.fragments.length === 0 || d.cue.start < d.source.end) return true;
    if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, d.source.start - 12), d.source.start))) return true;
    const words = d.fragments[0];
    return words.start < d.cue.end || !OBJECT_THEN_COMMA.test(text.slice(words.start, d.fragments[d.fragments.length - 1].end));
  });
}
