import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { StageRef } from '../../domain/stage.js';
import { editorsNoteAt } from './editorsNoteAt.js';
import { NOT_SPEAKER_LABELS } from './notSpeakerLabels.js';
import { paragraphsBetween } from './paragraphsBetween.js';

// Version 4: the answers of an interview printed as questions and answers (findInterviewAnswers).
// Version 5: a label with who the speaker is in parentheses; the press's turns (anchor, reporter) are the outlet's.
// Version 6: a one-letter label ("Q:") ends the turn before it, so a reporter's question is no official's answer.
// Version 7: a title after the name and a comma ("TODD LYONS, ACTING ICE DIRECTOR:"); a host by her role ("HOST DANA WELLS:", then "WELLS:");
// an interview printed under names in running case ("Valley Voice: …?" / "Campos: …", findNamedInterviewAnswers).
// Version 10: a title that ends on the press's role ("ABBY PHILLIPS, CNN ANCHOR:"); the turn that opens a show ("This is The Show on KJZZ") is its host's;
// an editor's note inside a turn or an answer ends it (editorsNoteAt).
// Version 11: a broadcast's clip, "SOUNDBITE (KEVIN TREVIÑO, WITNESS):", is the words of the one the parentheses name.
// Version 12: a turn or an answer goes on over the next paragraphs only while they are in the speaker's voice
// (paragraphsBetween): a story's own narration between two turns ends it.
// Version 13: a label whose colon already introduces a quotation the attribution stage read ("PICKETT: “…”") is
// no second turn of the same words.
// Version 14: questions and answers that neither ask "you" nor answer as "I" or "we", after a paragraph that says no one
// was interviewed, are an explainer's, the outlet's own narration, and no interview (findInterviewAnswers).
// Version 15: a transcription service's label alone on its line, the name in running case and the time into the
// recording ("Priya Natarajan (00:00:03):"), opens a turn of the words below it; a co-host who says who they are right
// after the host opened the show ("And I'm Cole Whitaker.") is the press too. Also in 15: a statement printed below a
// lead-in that ends its paragraph on a colon, without quotation marks ("The statement reads in full:" over indented
// paragraphs), is the lead-in subject's (findBlockStatements); it had been the outlet's own reporting.
// Version 16 (stop 63): an interview's labels set in bold or italics ("**Vandenberg:** …") open answers
// (findNamedInterviewAnswers); a label of two lines or more, each opening on a report of its own ("CLAIM: A widely
// shared Facebook post says …"), heads those reports and is no speaker.
// Version 17 (stop 65): a paragraph of a turn the speaker tells in the first person goes on with the turn though it
// holds someone's report by a pronoun ("I have asked the District Attorney to investigate, which he has told me he will
// do", paragraphsBetween); its "I" had been the document's own voice.
// Version 18 (stop 67): a post shown under its header ("DHS West Press Office @DHSWestPress · Mar 10, 2026") is the
// name's words (findEmbeddedPosts); it had been the outlet's narration.
// Version 19 (stop 68): a page of letters to the editor, each signed at its end ("Ronald Kessler, Gurnee"), gives
// each letter's words to its writer (findSignedLetters); they had been the paper's own reporting.
// Version 20 (stop 69): a turn ends where a line opens on another label ("MS. WHITCOMB:", "BY MR. FERRARO:", a court
// transcript's "Q." and "A."), however it speaks (paragraphsBetween); a witness's answer had run into counsel's objection.
// Also in 20: a congressional hearing's labels, "Mr. AMSEL.", "CHAIRMAN LINDQVIST." (HEARING_TURN), open turns; the
// hearing's words had been the outlet's own.
// Version 21 (stop 70): a clip labelled on a line of its own, "SOUNDBITE: (Dwayne Pickering, neighbor)", the name in
// running case, gives the line below it to the one the parentheses name; it had been no one's, the label its source.
export const TRANSCRIPTS_STAGE: StageRef = Object.freeze({ name: 'transcripts', version: 21 });

// A line that opens on a speaker's label in capitals and a colon: "MAYOR FREY: Good evening.",
// "CHIEF O'HARA: We believe …", "SEN. ALVA: …". One to four words, each in capitals.
// A broadcast transcript adds who the speaker is in parentheses: "ELENA ORTEGA (sister):", "TOM REYES (reporter):".
// A single letter ("Q:") is a label too: it is no speaker, but it ends the turn before it.
// A title in capitals may follow the name after a comma: "TODD LYONS, ACTING ICE DIRECTOR:".
const TURN = /^[ \t]*((?:\p{Lu}[\p{Lu}.'’-]*[ \t]){0,3}\p{Lu}(?:[\p{Lu}.'’-]*[\p{Lu}.])?)(?:,[ \t]+((?:\p{Lu}[\p{Lu}.'’-]*[ \t]){0,4}\p{Lu}[\p{Lu}.'’-]*))?(?:[ \t]*\(([^()\n]{1,60})\))?[ \t]*:[ \t]+(\S[^\n]*)$/gmu;
// "Priya Natarajan (00:00:03):" alone on its line, the words on the lines below it: a transcription service's label, the
// name in running case and the time into the recording in parentheses.
const TIMED_TURN = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)[ \t]*(:)?[ \t]*\n+[ \t]*(\S[^\n]*)$/gmu;

// "Mr. AMSEL. Our officers were executing …", "CHAIRMAN LINDQVIST. The subcommittee will come to order.": a congressional
// hearing's label, a courtesy title or an office and the surname in capitals, closed by a full stop.
const HEARING_TURN = /^[ \t]*((?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+|(?:CHAIRMAN|CHAIRWOMAN|Chairman|Chairwoman|Senator|Representative)[ \t]+|The[ \t]+)\p{Lu}[\p{Lu}'’-]*\p{Lu})\.[ \t]+(\S[^\n]*)$/gmu;

/** A labelled line of either kind, as TURN's groups read it: the label, a title, who in parentheses, the words. */
interface LabelledLine {
  readonly index: number;
  readonly label: string;
  readonly labelAt: number;
  readonly title: string | undefined;
  readonly aside: string | undefined;
  readonly words: string;
  /** Where the words start, and the colon (or the parenthesis) that ends the label. */
  readonly wordsAt: number;
  readonly colon: number | null;
}

/** Every labelled line, capitals ("MAYOR FREY: …"), timed ("Priya Natarajan (00:00:03):") or a hearing's ("Mr. AMSEL. …"), in text order. */
function labelledLines(text: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const m of text.matchAll(HEARING_TURN)) {
    const labelAt = m.index + m[0].indexOf(m[1]);
    out.push({ index: m.index, label: m[1], labelAt, title: undefined, aside: undefined, words: m[2], wordsAt: m.index + m[0].length - m[2].length, colon: labelAt + m[1].length });
  }
  for (const m of text.matchAll(TURN)) out.push({ index: m.index, label: m[1], labelAt: m.index + m[0].indexOf(m[1]), title: m[2], aside: m[3], words: m[4], wordsAt: m.index + m[0].length - m[4].length, colon: null });
  for (const m of text.matchAll(TIMED_TURN)) {
    const wordsAt = m.index + m[0].length - m[3].length;
    const mark = m[2] === undefined ? text.lastIndexOf(')', wordsAt) : text.lastIndexOf(':', wordsAt);
    out.push({ index: m.index, label: m[1], labelAt: m.index + m[0].indexOf(m[1]), title: undefined, aside: undefined, words: m[3], wordsAt, colon: mark });
  }
  return out.sort((a, b) => a.index - b.index);
}

// Who in parentheses is the press, whose words are the outlet's own: "(reporter)", "(JANE PRICE)" after "ANCHOR".
const PRESS_ASIDE = /^(?:[\w ]*\b(?:reporter|anchor|correspondent|host|co-host|moderator|voice[- ]?over)\b[\w ]*)$/iu;
// A label or title that opens on the press's role: "HOST DANA WELLS:", "DANA WELLS, HOST:"; later "WELLS:" is hers too.
// A broadcast's clip of someone, who is named in the parentheses: "SOUNDBITE (KEVIN TREVIÑO, WITNESS):".
const CLIP_LABELS = new Set(['SOUNDBITE', 'SOUND BITE', 'SOT', 'BITE', 'CLIP']);
const CLIP_SPEAKER = /^\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){1,4}(?:,[ \t]*[^,]+){0,2}$/u;
// "SOUNDBITE: (Dwayne Pickering, neighbor)" alone on its line, the clip's words on the line below: the name in capitals or in running case.
const CLIP_LINE = /^\(((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,4}(?:,[ \t]*[^,()]+){0,2})\)$/u;
const PRESS_ROLE = /^(?:HOST|CO-HOST|ANCHOR|MODERATOR|REPORTER|CORRESPONDENT)\b/u;
// "ABBY PHILLIPS, CNN ANCHOR:", "LEYLA SANTIAGO, CNN CORRESPONDENT:": a title that ends on the press's role.
const PRESS_TITLE_END = /[ \t](?:HOST|CO-HOST|ANCHOR|MODERATOR|REPORTER|CORRESPONDENT)$/u;
// "LAUREN GILGER: This is The Show on KJZZ. I'm Lauren Gilger.": the first turn of a show, opening it, is its host's.
// So is one that welcomes the audience back, or in which the label's bearer says who they are ("I'm Lauren Gilger").
const SHOW_OPENING = /^(?:This is (?:The |the )?\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*)* (?:on|from) \p{Lu}|Welcome back\b)/u;
const SELF_INTRODUCED = /\bI['’]m (?:\p{Lu}[\p{L}'’-]+ ){0,2}(\p{Lu}[\p{L}'’-]+)\b/u;

// A transcript has two labelled lines at least, and one speaker who takes the floor twice (by the
// last word of the label: "JAKE TAPPER" then "TAPPER"): a list of "WHO:", "WHEN:" lines is none.
const MIN_TURNS = 2;

/**
 * Turns of a transcript ("MAYOR FREY: He was holding a phone."): the words after a speaker's label
 * are that speaker's, as direct quotation, with the label as the source and the colon as the cue.
 * Only in a text with at least two such turns, never for the press's questions ("QUESTION:", "Q:")
 * or a page heading ("UPDATE:", "EDITOR'S NOTE:"). A turn runs from its label over the paragraphs
 * that follow it up to the next labelled line, while they are in the speaker's voice (paragraphsBetween),
 * each paragraph a fragment of its content; the last
 * turn keeps only its own line, since what follows the last label may be the page's own words
 * again (precision over recall). Turns whose content another attribution already starts are left to it.
 * Lines before `bodyStart` (the document's header: "URL: https://…") are never turns (version 3).
 */
export function findTranscriptTurns(text: string, analysis: Analysis, found: readonly Attribution[], bodyStart = 0): Attribution[] {
  const turns: { label: { start: number; end: number }; colon: number; content: { start: number; end: number }; next: number; noted: boolean }[] = [];
  let labelled = 0;
  // How often each speaker (by the last word of the label) takes the floor, the press's turns included.
  const floors = new Map<string, number>();
  const press = new Set<string>();
  const pressNames = new Set<string>();
  for (const m of labelledLines(text)) {
    // The header block ("URL: https://…") holds no one's words.
    if (m.index < bodyStart) continue;
    const { label, title } = m;
    labelled++;
    // Where the turn before this line ends: any labelled line, a question's too, closes it.
    if (turns.length && turns[turns.length - 1].next < 0) turns[turns.length - 1].next = m.index;
    const lastWord = label.split(/\s+/u).at(-1) ?? '';
    floors.set(lastWord, (floors.get(lastWord) ?? 0) + 1);
    // "And I'm Cole Whitaker.": a co-host introduced right after the host who opened the show is the press too.
    const introduced = SELF_INTRODUCED.exec(m.words)?.[1].toUpperCase() === lastWord.toUpperCase();
    const opensShow = (labelled === 1 && (SHOW_OPENING.test(m.words) || introduced)) || (labelled === 2 && press.size > 0 && introduced);
    if ((m.aside !== undefined && PRESS_ASIDE.test(m.aside.trim())) || (label.includes(' ') && PRESS_ROLE.test(label)) || (title !== undefined && (PRESS_ROLE.test(title) || PRESS_TITLE_END.test(title))) || opensShow) {
      press.add(label);
      pressNames.add(lastWord);
    }
    // "SOUNDBITE (KEVIN TREVIÑO, WITNESS):": the clip's speaker is the one the parentheses name, title and all.
    // "SOUNDBITE: (Dwayne Pickering, neighbor)", the words on the next line: the same, the name in running case too.
    const clipLine = CLIP_LABELS.has(label) && m.aside === undefined ? CLIP_LINE.exec(m.words.trim()) : null;
    const clip = clipLine ? clipLine[1] : CLIP_LABELS.has(label) && m.aside !== undefined && CLIP_SPEAKER.test(m.aside.trim()) ? m.aside.trim() : null;
    if (!clip && (NOT_SPEAKER_LABELS.has(label.replace(/\.$/u, '')) || press.has(label) || (!label.includes(' ') && pressNames.has(label)))) continue;
    const { labelAt } = m;
    const start = clip ? text.indexOf(clip, labelAt + label.length) : labelAt;
    // The source runs over the title: "TODD LYONS, ACTING ICE DIRECTOR" says who speaks.
    const end = clip ? start + clip.length : title === undefined ? start + label.length : text.indexOf(title, start + label.length) + title.length;
    const colon = m.colon ?? text.indexOf(':', end);
    const below = clipLine ? lineBelow(text, m.wordsAt + m.words.length) : null;
    if (clipLine && !below) continue;
    const contentStart = below ? below.start : m.wordsAt;
    const contentEnd = below ? below.end : contentStart + m.words.trimEnd().length;
    // "(Editor's note: …)" inside the line is the outlet's, and ends the turn.
    const note = editorsNoteAt(text, contentStart, contentEnd);
    turns.push({ label: { start, end }, colon, content: { start: contentStart, end: note > contentStart ? note : contentEnd }, next: -1, noted: note >= 0 });
  }
  if (labelled < MIN_TURNS || Math.max(0, ...floors.values()) < 2) return [];
  // "CLAIM: DHS says …", "CLAIM: A widely shared Facebook post says …": a label of two lines or more, each opening on a
  // report of its own (its source within the line's first words), heads those reports, and is no speaker.
  const labelOf = (t: (typeof turns)[number]): string => text.slice(t.label.start, t.label.end);
  const opening = (t: (typeof turns)[number]): boolean => found.some((a) => opensOn(text, t.content, a));
  const headings = new Set(turns.map(labelOf).filter((label) => turns.filter((t) => labelOf(t) === label).length >= MIN_TURNS && turns.every((t) => labelOf(t) !== label || opening(t))));
  const out: Attribution[] = [];
  for (const t of turns) {
    // Words another attribution already reads from this turn: its content starts here, or its cue is
    // the label's colon ("PICKETT: “The agent was attacked first.”", a quotation the label introduces).
    if (found.some((a) => a.content.start === t.content.start || a.cue?.start === t.colon) || headings.has(labelOf(t))) continue;
    const sentence = analysis.sentences.find((s) => t.content.start >= s.start && t.content.start < s.end)?.index ?? 0;
    const fragments = [t.content, ...(t.next < 0 || t.noted ? [] : paragraphsBetween(text, t.content.end, t.next, found))].map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
    const last = fragments[fragments.length - 1];
    out.push({
      kind: 'direct',
      source: { start: t.label.start, end: t.label.end, text: text.slice(t.label.start, t.label.end) },
      cue: { start: t.colon, end: t.colon + 1, text: ':' },
      content: { start: t.content.start, end: last.end, text: text.slice(t.content.start, last.end), fragments },
      speaker: null,
      sentence,
    });
  }
  return out;
}

const NEXT_LINE = /^\s*\n[ \t]*(\S[^\n]*)/u;
// "HUERTA (on camera):", "(BEGIN VIDEO CLIP)": a line that opens on a label or a stage direction.
const OPENS_LABEL_OR_DIRECTION = /^(?:\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:[ \t]*\([^()\n]*\))?:|[([])/u;

/** The next line with words after `from` (blank lines skipped), unless another label or a stage direction opens it: a clip's words below its label. */
function lineBelow(text: string, from: number): { start: number; end: number } | null {
  const m = NEXT_LINE.exec(text.slice(from));
  if (!m) return null;
  const words = m[1].trimEnd();
  if (OPENS_LABEL_OR_DIRECTION.test(words)) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + words.length };
}

// How many words may stand before a report's source at the head of a turn's line ("A widely shared" before "Facebook post").
const OPENING_WORDS = 3;

// "We believe …", "I think …": the label's own voice, no report of someone else's.
const OWN_VOICE = /^(?:i|we|you|he|she|they|it)$/iu;

/** Whether the attribution's source and cue stand in the line `content`, the source (no pronoun) within its first words. */
function opensOn(text: string, content: { start: number; end: number }, a: Attribution): boolean {
  if (!a.source || !a.cue || a.source.start < content.start || a.cue.end > content.end || OWN_VOICE.test(a.source.text)) return false;
  const before = text.slice(content.start, a.source.start).trim();
  // "I heard the guy say …" is the label's own account of what someone said.
  const words = before === '' ? [] : before.split(/\s+/u);
  return words.length <= OPENING_WORDS && !words.some((w) => OWN_VOICE.test(w));
}
