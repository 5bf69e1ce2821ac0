import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { editorsNoteAt } from './editorsNoteAt.js';
import { paragraphsBetween } from './paragraphsBetween.js';

// A line of a printed interview: "Q: What did you see?", "A: They pulled him out.", also "Q." and
// a bold letter ("**A:**").
const QA_LINE = /^[ \t]*(?:\*\*)?([QA])(?:\*\*)?[ \t]*[:.](?:\*\*)?[ \t]+(\S[^\n]*)$/gmu;

// A printed interview has two questions and two answers at least.
const MIN_EACH = 2;

// An interview speaks to its guest and the guest of themself: a question with "you", an answer
// with "I" or "we" outside its quotation marks. An explainer's "Q: Who died? A: County officials
// identified him as …" does neither: its answers are the outlet's own narration.
const ASKS_YOU = /\byou(?:rs?|rself)?\b/iu;
const SPEAKS_AS_SELF = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us)\b/u;
const QUOTED = /“[^”]*”|"[^"\n]*"/gu;
// Or the paragraph before the first question says someone was interviewed: "We spoke with Lund on Tuesday.",
// "Her answers have been edited for length."
const INTRODUCED = /\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\b|\bsat\s+down\s+with\b|\binterview(?:ed)?\b|\bconversation\s+with\b|\bedited\s+for\s+(?:length|clarity)\b/iu;

/**
 * The answers of an interview printed as questions and answers ("Q: … A: …"): each answer is the
 * words of the person interviewed, as direct quotation, with the "A" as its source and the colon as
 * its cue; the speakers stage names the person from the lines that introduce the interview. An
 * answer runs from its line over the paragraphs that follow it up to the next "Q" or "A" line, while
 * they are in the speaker's voice (paragraphsBetween); the
 * last answer keeps only its own line, since the page's own words may follow it. The questions are
 * the interviewer's and are nobody's claim. Answers whose content another attribution already starts
 * are left to it. Lines before `bodyStart` are never answers. An explainer's questions and answers, which
 * address no one and answer as no one, after a paragraph that introduces no interview, are none.
 */
export function findInterviewAnswers(text: string, analysis: Analysis, found: readonly Attribution[], bodyStart = 0): Attribution[] {
  const lines: { letter: 'Q' | 'A'; label: number; cue: number; content: { start: number; end: number }; noted: boolean }[] = [];
  for (const m of text.matchAll(QA_LINE)) {
    if (m.index < bodyStart) continue;
    const label = m.index + m[0].search(/[QA]/u);
    const cue = label + 1 + text.slice(label + 1).search(/[:.]/u);
    const contentStart = m.index + m[0].length - m[2].length;
    const contentEnd = contentStart + m[2].trimEnd().length;
    // "… (Editor's note: A spokesperson for the U.S. attorney's office declined to comment.)": the outlet's, not the answer's.
    const note = editorsNoteAt(text, contentStart, contentEnd);
    lines.push({ letter: m[1] as 'Q' | 'A', label, cue, content: { start: contentStart, end: note > contentStart ? note : contentEnd }, noted: note >= 0 });
  }
  const count = (letter: 'Q' | 'A') => lines.filter((l) => l.letter === letter).length;
  if (count('Q') < MIN_EACH || count('A') < MIN_EACH) return [];
  if (!lines.some((l) => speaksInPerson(l.letter, text.slice(l.content.start, l.content.end))) && !introducesInterview(text, lines.find((l) => l.letter === 'Q')?.label ?? 0, bodyStart)) return [];
  const out: Attribution[] = [];
  lines.forEach((line, i) => {
    if (line.letter !== 'A' || found.some((a) => a.content.start === line.content.start)) return;
    const next = lines[i + 1];
    const fragments = [line.content, ...(next && !line.noted ? paragraphsBetween(text, line.content.end, next.label, found) : [])].map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
    const last = fragments[fragments.length - 1];
    const sentence = analysis.sentences.find((s) => line.content.start >= s.start && line.content.start < s.end)?.index ?? 0;
    out.push({
      kind: 'direct',
      source: { start: line.label, end: line.label + 1, text: 'A' },
      cue: { start: line.cue, end: line.cue + 1, text: text[line.cue] },
      content: { start: line.content.start, end: last.end, text: text.slice(line.content.start, last.end), fragments },
      speaker: null,
      sentence,
    });
  });
  return out;
}

/** Whether the paragraph before the first question (at `question`) says someone was interviewed. */
function introducesInterview(text: string, question: number, bodyStart: number): boolean {
  const before = text.slice(bodyStart, question).trimEnd();
  return INTRODUCED.test(before.slice(before.lastIndexOf('\n') + 1));
}

function speaksInPerson(letter: 'Q' | 'A', line: string): boolean {
  return letter === 'Q' ? ASKS_YOU.test(line) : SPEAKS_AS_SELF.test(line.replace(QUOTED, ''));
}

/** Where the first question of a printed interview starts, or -1: the lines before it introduce the person. */
export function firstQuestionAt(text: string, bodyStart = 0): number {
  for (const m of text.matchAll(QA_LINE)) if (m.index >= bodyStart && m[1] === 'Q') return m.index;
  return -1;
}
