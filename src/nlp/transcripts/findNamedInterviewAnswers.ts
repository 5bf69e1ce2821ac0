import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { NOT_SPEAKER_LABELS } from './notSpeakerLabels.js';
import { paragraphsBetween } from './paragraphsBetween.js';

// A line of an interview printed under the speakers' names in running case: "Campos: I was parked.",
// "Valley Voice: What happened?". One to three capitalised words, then a colon; the label may be set
// in bold or italics as the web prints it ("**Campos:** …", "**Campos**: …", "_Campos:_ …").
const NAMED_LINE = /^[ \t]*(?:\*\*|__|\*|_)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?[ \t]+(\S[^\n]*)$/gmu;

// Two voices, each taking the floor twice at least.
const MIN_TURNS = 2;

/**
 * The answers of an interview printed under the speakers' names in running case ("Valley Voice: …?"
 * then "Campos: …"), the form the capitals of a transcript (findTranscriptTurns) and the "Q:"/"A:" of
 * findInterviewAnswers do not cover. Only with exactly two labels that take turns, each twice at least:
 * the one whose lines ask questions is the interviewer (the press: nobody's claim); the other, named
 * in the page's own prose too ("Luis Campos, 48, …"), answers. Each answer runs from its line over the
 * paragraphs after it up to the next label; the last keeps only its own line. Answers another
 * attribution already starts are left to it; lines before `bodyStart` are never answers.
 */
export function findNamedInterviewAnswers(text: string, analysis: Analysis, found: readonly Attribution[], bodyStart = 0): Attribution[] {
  const lines: { label: string; start: number; colon: number; content: { start: number; end: number } }[] = [];
  for (const m of text.matchAll(NAMED_LINE)) {
    if (m.index < bodyStart || NOT_SPEAKER_LABELS.has(m[1].toUpperCase())) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const contentStart = m.index + m[0].length - m[2].length;
    lines.push({ label: m[1], start, colon: text.indexOf(':', start + m[1].length), content: { start: contentStart, end: contentStart + m[2].trimEnd().length } });
  }
  const labels = [...new Set(lines.map((l) => l.label))];
  if (labels.length !== 2 || labels.some((label) => lines.filter((l) => l.label === label).length < MIN_TURNS)) return [];
  const asks = (label: string) => lines.filter((l) => l.label === label && text.slice(l.content.start, l.content.end).trimEnd().endsWith('?')).length;
  const [interviewer, answerer] = asks(labels[0]) >= asks(labels[1]) ? labels : [labels[1], labels[0]];
  // The interviewer asks more than half the time, the one answering never; the one answering is named in the prose.
  if (asks(interviewer) * 2 < lines.filter((l) => l.label === interviewer).length || asks(answerer) > 0 || !namedInProse(text, answerer, lines.map((l) => l.start))) return [];
  const out: Attribution[] = [];
  lines.forEach((line, i) => {
    if (line.label !== answerer || found.some((a) => a.content.start === line.content.start)) return;
    const next = lines[i + 1];
    const fragments = [line.content, ...(next ? paragraphsBetween(text, line.content.end, next.start, found) : [])].map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
    const last = fragments[fragments.length - 1];
    const sentence = analysis.sentences.find((s) => line.content.start >= s.start && line.content.start < s.end)?.index ?? 0;
    out.push({
      kind: 'direct',
      source: { start: line.start, end: line.start + line.label.length, text: line.label },
      cue: { start: line.colon, end: line.colon + 1, text: ':' },
      content: { start: line.content.start, end: last.end, text: text.slice(line.content.start, last.end), fragments },
      speaker: null,
      sentence,
    });
  });
  return out;
}

/** Whether `label` stands in the text somewhere other than at the head of a line (`labelStarts`): "Luis Campos, 48, …" for "Campos". */
function namedInProse(text: string, label: string, labelStarts: readonly number[]): boolean {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) if (!labelStarts.includes(at)) return true;
  return false;
}
