import type { Sentence } from '../../domain/analysis.js';

const SENTENCE_OR_PARAGRAPH_BREAK = /[.!?]["”’]?\s+(?=["“]?\p{Lu})|\n\s*\n/gu;

/**
 * Maps an offset to its sentence index. Uses the analysis sentences when there are any; otherwise
 * (hand-built analyses in tests, or a stage that failed) splits at sentence-final punctuation and
 * blank lines so pronoun windows still mean something.
 */
export function indexSentences(text: string, sentences: readonly Sentence[]): (offset: number) => number {
  const starts = sentences.length ? sentences.map((s) => s.start) : fallbackStarts(text);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

function fallbackStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_OR_PARAGRAPH_BREAK)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}
