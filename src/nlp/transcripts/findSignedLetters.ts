import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { withoutQuotations } from '../../lib/withoutQuotations.js';

// "Ronald Kessler, Gurnee", "— Luis Carrillo, alderman, 1st Ward, Waukegan": a paragraph of one line that
// is a name of two to four capitalised words (not opening on an article), a comma, and where the writer
// lives or what they are, with no sentence's end.
const SIGNATURE = /^(?:[—–-][ \t]*)?((?!(?:The|A|An|In|On|At|By|For)\b)\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}),[ \t]*[^\n.!?:;"“”]{2,80}$/u;
// A letter's own headline: a short paragraph of one line ("Once or twice?", "Let the courts decide").
const HEADLINE = /^[^\n]{1,80}$/u;
// A sentence's end, which a headline has none of (but for a question).
const SENTENCE_END = /[.!]["”’)]?$/u;
const MAX_LETTER_PARAGRAPHS = 10;
// A writer speaking to the paper or its readers: "I", "my", "your", "we" outside quotation marks.
const WRITER_SPEAKING = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b/u;

interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The body's paragraphs (separated by blank lines), each trimmed. */
function paragraphsOf(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

function isHeadline(p: Paragraph): boolean {
  return HEADLINE.test(p.text) && !SENTENCE_END.test(p.text) && !SIGNATURE.test(p.text);
}

/**
 * A page of letters to the editor, each signed at its end ("Ronald Kessler, Gurnee"): the letter's
 * paragraphs are its writer's words, not the paper's, as direct words with no cue. A page is two
 * signed letters or more; each letter runs from the headline above it (or the signature before it) to
 * its signature, and speaks in its writer's voice ("I", "your") outside quotation marks. A first
 * letter with no headline above it is left alone: the paper's own introduction may stand there
 * (precision over recall).
 */
export function findSignedLetters(text: string, analysis: Analysis, bodyStart = 0): Attribution[] {
  const paragraphs = paragraphsOf(text, bodyStart);
  const signed = paragraphs.flatMap((p, i) => (SIGNATURE.test(p.text) && i > 0 && !isHeadline(paragraphs[i - 1]) ? [i] : []));
  if (signed.length < 2) return [];
  const out: Attribution[] = [];
  let previous = -1;
  for (const at of signed) {
    let first = previous + 1;
    if (previous < 0) {
      // The first letter starts after the last headline above its signature, or not at all.
      let headline = -1;
      for (let k = at - 1; k >= 0 && at - k <= MAX_LETTER_PARAGRAPHS + 1; k--) {
        if (isHeadline(paragraphs[k])) {
          headline = k;
          break;
        }
      }
      previous = at;
      if (headline < 0) continue;
      first = headline + 1;
    } else if (isHeadline(paragraphs[first])) first++;
    previous = at;
    const body = paragraphs.slice(first, at);
    if (body.length === 0 || body.length > MAX_LETTER_PARAGRAPHS) continue;
    // Two credit lines ("Ana Ruiz, Reuters") around the paper's own paragraphs are no letter: a letter speaks in its writer's voice.
    if (!WRITER_SPEAKING.test(withoutQuotations(text.slice(body[0].start, body[body.length - 1].end)))) continue;
    const signature = paragraphs[at];
    const name = SIGNATURE.exec(signature.text)![1];
    const nameStart = signature.start + signature.text.indexOf(name);
    const sentence = analysis.sentences.find((s) => body[0].start >= s.start && body[0].start < s.end)?.index ?? 0;
    const fragments = body.map((p) => ({ start: p.start, end: p.end, text: p.text }));
    const last = body[body.length - 1];
    out.push({
      kind: 'direct',
      source: { start: nameStart, end: nameStart + name.length, text: name },
      cue: null,
      content: { start: body[0].start, end: last.end, text: text.slice(body[0].start, last.end), fragments },
      speaker: null,
      sentence,
    });
  }
  return out;
}
