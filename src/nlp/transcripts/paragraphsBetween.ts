import type { Attribution } from '../../domain/attribution.js';
import { withoutQuotations } from '../../lib/withoutQuotations.js';

// "(BEGIN VIDEO CLIP)", "[Applause.]", "…": a stage direction or a mark, no words of the speaker's;
// what follows it (a clip, another voice) is not theirs either.
const STAGE_DIRECTION = /^(?:[([].*[)\]][.…]?|[\p{P}\s]+)$/u;
// "(SOUNDBITE OF KEVIN TREVIÑO) There was no yelling": a paragraph that opens on a clip's direction is another voice's.
const CLIP_OPENING = /^[([](?:SOUNDBITE|SOUND BITE|BEGIN|CLIP|VIDEO|AUDIO|SOT)\b[^)\]]*[)\]]/u;
// Words of one speaking to others: "I", "we", "our", "you" (not "US", the country).
const SPEAKING = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]ou['’](?:re|ve|d|ll)|[Yy]our)\b/u;
// A source in the first person reports the speaker's own words ("I told them …"), which a turn may hold.
const FIRST_PERSON_SOURCE = /^(?:I|we|We)$/u;
const THIRD_PERSON_SOURCE = /^(?:he|she|they|He|She|They)$/u;

// "MS. WHITCOMB: Your Honor, …", "THE COURT: Overruled.", "BY MR. FERRARO:", a transcript's "Q." and "A.": another
// speaker's label opens the line.
const LABEL_LINE = /^(?:(?:BY\s+)?\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?:|[QA][.:][ \t])/u;

/**
 * Whether the paragraph from `start` to `end` goes on in the speaker's own voice: it speaks in the first or
 * second person outside quotation marks, and no one else is reported in it ("Lucía Ibarra said …"). A
 * story that prints a partial transcript goes back to its own narration between two turns ("The video,
 * reviewed by the Ledger, runs 40 seconds."), and that is never the speaker's (precision over recall).
 */
function goesOnSpeaking(text: string, start: number, end: number, found: readonly Attribution[]): boolean {
  if (!SPEAKING.test(withoutQuotations(text.slice(start, end)))) return false;
  const inside = found.filter((a) => {
    const at = a.cue?.start ?? a.content.start;
    return at >= start && at < end;
  });
  // "I have asked the District Attorney to investigate, which he has told me he will do.": a pronoun's report
  // in a paragraph the speaker tells in the first person is told by the speaker.
  const ownReports = inside.some((a) => FIRST_PERSON_SOURCE.test(a.source?.text ?? ''));
  return inside.every((a) => FIRST_PERSON_SOURCE.test(a.source?.text ?? '') || (ownReports && THIRD_PERSON_SOURCE.test(a.source?.text ?? '')));
}

/**
 * The paragraphs (line-break separated, trimmed) between two offsets that go on with a speaker's turn:
 * up to a stage direction or a line another speaker's label opens, and up to the first paragraph that is not in
 * the speaker's voice (goesOnSpeaking).
 */
export function paragraphsBetween(text: string, from: number, to: number, found: readonly Attribution[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/[^\n]*\S[^\n]*/gu)) {
    const words = m[0].trim();
    if (STAGE_DIRECTION.test(words) || CLIP_OPENING.test(words) || LABEL_LINE.test(words)) break;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (!goesOnSpeaking(text, start, start + words.length, found)) break;
    out.push({ start, end: start + words.length });
  }
  return out;
}
