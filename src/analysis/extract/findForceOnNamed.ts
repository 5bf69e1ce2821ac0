import type { Mention } from '../../domain/analysis.js';
import type { Span } from '../../domain/span.js';

/** What findForceOnNamed reads: a sentence, where it starts in the document, and the mentions within it. */
interface NamedSentence {
  readonly start: number;
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/**
 * The first verb of force (`verb`, a vocabulary pattern anchored at the end: "…\s+$") written right
 * before a person the sentence names, "tackled" in "ICE agents tackled Luis Cardenas, 31": its span
 * within the sentence, or null.
 */
export function findForceOnNamed(verb: RegExp, sentence: NamedSentence): Span | null {
  for (const m of sentence.mentions) {
    if (m.kind !== 'person') continue;
    const at = m.start - sentence.start;
    const from = Math.max(0, at - 40);
    const found = verb.exec(sentence.text.slice(from, at));
    if (!found) continue;
    const text = found[0].trimEnd();
    return Object.freeze({ start: from + found.index, end: from + found.index + text.length, text });
  }
  return null;
}
