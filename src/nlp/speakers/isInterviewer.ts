import type { PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';

// "The following is the transcript of an interview with Homeland Security Secretary Kristi Noem":
// whom the interview is with, named near the top of the text.
const INTERVIEW_WITH = /\binterview(?:ed)?\s+(?:with\s+)?((?:[\p{L}.'’-]+\s+){0,6}[\p{L}.'’-]+)/iu;
const HEAD_CHARS = 1500;

function surnameOf(record: PersonRecord): string {
  return record.words[record.words.length - 1] ?? '';
}

/**
 * In the transcript of an interview ("… an interview with Kristi Noem …"), the other voice that
 * takes turns ("MARGARET BRENNAN: …") is the one asking: a journalist, whose framing of a question is
 * no account of the incident. True when attribution `index` is a transcript turn (its cue is the
 * label's colon), the top of the text names whom the interview is with, and that is another person
 * who also takes turns.
 */
export function isInterviewer(ctx: SpeakerContext, record: PersonRecord, index: number): boolean {
  if (ctx.attributions[index]?.cue?.text !== ':') return false;
  if (isNewsroomVoice(ctx.text, record)) return true;
  const hit = INTERVIEW_WITH.exec(ctx.text.slice(0, HEAD_CHARS));
  if (!hit) return false;
  const guest = hit[1].toLowerCase();
  if (guest.includes(surnameOf(record))) return false;
  return ctx.attributions.some((a) => {
    if (a.cue?.text !== ':' || !a.source) return false;
    const last = a.source.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    return last.length > 1 && last !== surnameOf(record) && guest.includes(last);
  });
}

// "ANA-LUISA PEREIRA, BYLINE:", "MIKE CARRERA, HOST:" opening a line of a broadcast transcript; "By Ana-Luisa Pereira".
// "MAYA KESSLER (narration):", "MAYA KESSLER (NARRATOR):": a video's narration, the newsroom's own voice.
const NEWSROOM_LABEL = /^[ \t]*(\p{Lu}[\p{L}'’. -]+?)(?:,\s*(?:BYLINE|HOST|CO-?HOST|ANCHOR|REPORTER|CORRESPONDENT|NEWSCASTER)\b[^:\n]{0,20}|\s*\((?:narration|narrator|voice-?over|NARRATION|NARRATOR|VOICE-?OVER)\)):/gmu;
const MARKS = /\p{M}/gu;
// "By Ana Ruiz", "Produced by Maya Kessler. Video editing by …": the newsroom's people at a line's start.
const BYLINE_LINE = /^[ \t]*(?:By|(?:Produced|Reported|Narrated|Written) by)\s+(\p{Lu}[\p{L}'’ -]+?)\s*(?:[|,.\n]|$)/gmu;

/**
 * "PEREIRA: She says her son had his hands up." in a transcript that labels her "ANA-LUISA PEREIRA,
 * BYLINE:" or under the byline "By Ana-Luisa Pereira": the host's or reporter's turns are the
 * newsroom's narration, no account of anyone's.
 */
export function isNewsroomVoice(text: string, record: PersonRecord): boolean {
  const surname = surnameOf(record);
  return surname !== '' && newsroomWords(text).has(surname);
}

// The words of the newsroom's names in the last text read: one text is read person after person.
let newsroomOf: { text: string; words: ReadonlySet<string> } | null = null;

function newsroomWords(text: string): ReadonlySet<string> {
  if (newsroomOf?.text === text) return newsroomOf.words;
  const words = new Set<string>();
  for (const pattern of [NEWSROOM_LABEL, BYLINE_LINE]) {
    for (const m of text.matchAll(pattern)) for (const w of m[1].toLowerCase().split(/[\s-]+/u)) words.add(w.normalize('NFD').replace(MARKS, ''));
  }
  newsroomOf = { text, words };
  return words;
}
