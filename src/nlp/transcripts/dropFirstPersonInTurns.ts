import type { Attribution } from '../../domain/attribution.js';

const FIRST_PERSON = /^(?:I|we|We)$/u;

/**
 * "CALLER: I'm out on Darby Well Road. … I think it's Border Patrol out there": a first person inside a
 * turn of a transcript (or an answer, a post, a statement read whole) is the turn's speaker, thinking
 * aloud within their own words; it is no report of its own, and never the byline's "I". Such a
 * relation, its cue inside the turn's words, is dropped; the turn holds the words.
 */
export function dropFirstPersonInTurns(text: string, reported: readonly Attribution[], turns: readonly Attribution[]): readonly Attribution[] {
  if (turns.length === 0) return reported;
  return reported.filter((a) => {
    if (!a.source || !a.cue || !FIRST_PERSON.test(text.slice(a.source.start, a.source.end))) return true;
    const cue = a.cue;
    return !turns.some((t) => t.content.fragments.some((f) => f.start <= a.source!.start && cue.end <= f.end));
  });
}
