import { splitsWord } from '../../lib/splitsWord.js';
import type { SilenceVocab } from './silenceVocab.js';

/** A place where a text says someone has not answered, and whose camp that someone is, when it can be told. */
export interface Silence {
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  /** null when the words before a withholding cue name no actor of either camp ("Garcia could not be reached"). */
  readonly camp: 'state' | 'other' | null;
}

// How far back from a cue its subject is looked for, and where a clause before it ends: the
// subject of "declined to comment" sits just before it, not in an earlier quotation or clause.
const SUBJECT_WINDOW = 90;
const CLAUSE_BREAK = /[.;:"“”?!]|\b(?:but|while|whereas|although)\b/giu;

/**
 * Every statement of silence in `text`. A withholding cue ("ICE declined to comment", "his lawyer
 * did not respond") is the silence of the nearest actor named before it in its clause. A cue that
 * says an answer never came ("nobody has explained", "we can't get a straight answer", "she was
 * given no explanation") is the state's silence whoever utters it: in reporting on the use of force
 * the party expected to explain is the state.
 */
export function findSilence(text: string, vocab: SilenceVocab): Silence[] {
  const out: Silence[] = [];
  const scan = (regexes: readonly RegExp[], campOf: (index: number) => Silence['camp']) => {
    for (const re of regexes) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (splitsWord(text, m.index, m.index + m[0].length) || out.some((s) => m.index < s.end && s.start < m.index + m[0].length)) continue;
        out.push(Object.freeze({ start: m.index, end: m.index + m[0].length, cue: m[0], camp: campOf(m.index) }));
      }
    }
  };
  scan(vocab.unanswered, () => 'state');
  scan(vocab.silence, (index) => subjectCamp(text.slice(0, index), vocab));
  return out.sort((a, b) => a.start - b.start);
}

function subjectCamp(before: string, vocab: SilenceVocab): 'state' | 'other' | null {
  let clause = before.slice(-SUBJECT_WINDOW);
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of clause.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  if (cut >= 0) clause = clause.slice(cut);
  const state = lastMatch(vocab.silentState, clause);
  const other = lastMatch(vocab.silentOther, clause);
  if (state < 0 && other < 0) return null;
  return other > state ? 'other' : 'state';
}

function lastMatch(regexes: readonly RegExp[], text: string): number {
  let last = -1;
  for (const re of regexes) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (!splitsWord(text, m.index, m.index + m[0].length)) last = Math.max(last, m.index);
  }
  return last;
}
