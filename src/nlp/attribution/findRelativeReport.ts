import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';
import { QUOTE_MARKS, TERMINAL } from './clauseBounds.js';

/**
 * Pronouns that open a relative clause whose subject is reported ("the fee, which the mayor said was
 * unfair"). Only after a comma: on PolNeAR train the restrictive ones ("a plan that critics said
 * would …", "what she said is …") were right 8 times in 16, the others 23 in 26.
 */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom']);

/** A finite verb opens the reported rest of the relative: an auxiliary, or a verb that is not a participle in -ing. */
function isFiniteVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}

/** Whether the main clause's verb comes at `j`: a finite verb, after an adverb or "and" too. */
function opensMainVerb(tokens: readonly Token[], j: number): boolean {
  return isFiniteVerb(tokens[j]) || (tokens[j]?.pos === 'ADV' && isFiniteVerb(tokens[j + 1])) || (tokens[j]?.normal === 'and' && isFiniteVerb(tokens[j + 1]));
}

/**
 * "The man, who officials said was in the country illegally, was held": the relative ends before
 * the comma that hands back to the main clause's verb, or at a dash, semicolon or colon; else at `end`.
 */
export function findRelativeEnd(tokens: readonly Token[], from: number, end: number): number {
  let quoted = false;
  for (let j = from + 1; j < end; j++) {
    const t = tokens[j].text;
    if (QUOTE_MARKS.test(t)) {
      quoted = !quoted;
      // "Frey, who said the video was “sickening,” demanded answers": a quotation closed on the clause's comma.
      if (!quoted && tokens[j - 1].text === ',' && opensMainVerb(tokens, j + 1)) return j + 1;
    }
    if (quoted) continue;
    if (t === ';' || t === ':' || t === '—' || t === '–' || t === '--' || (t === '-' && tokens[j - 1].end < tokens[j].start)) return j;
    if (t === ',' && opensMainVerb(tokens, j + 1)) return j;
  }
  return end;
}

const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Where the relative pronoun (after a comma) before the cue's subject stands, or -1: right before the source, or inside it when the scan ran past it ("the fund, which the mayor"). */
function findPronoun(tokens: readonly Token[], source: TokenRange, floor: number): number {
  for (let p = source.to - 2; p >= source.from; p--) {
    const t = tokens[p];
    // "the bill, which critics said …": the scan may open the source on the pronoun itself.
    if (RELATIVE_OPENERS.has(t.normal)) return p > floor && opensRelative(tokens, p) ? p : -1;
    if (!SUBJECT_PARTS.has(t.pos) && t.text !== '’s' && t.text !== "'s") return -1;
  }
  const p = source.from - 1;
  return p > floor && RELATIVE_OPENERS.has(tokens[p].normal) && opensRelative(tokens, p) ? p : -1;
}

/**
 * After a comma; or "who" right after a noun ("a trimmer who coworkers said was struck"), a person's
 * restrictive relative, which PolNeAR's count above (mostly "that" and "what") leaves apart (stop 71).
 */
// "a trimmer who …": the tagger may read the person noun as an adjective.
const PERSON_HEAD_TAGS = new Set(['NOUN', 'ADJ']);

function opensRelative(tokens: readonly Token[], p: number): boolean {
  return tokens[p - 1].text === ',' || ((tokens[p].normal === 'who' || tokens[p].normal === 'whom') && PERSON_HEAD_TAGS.has(tokens[p - 1].pos));
}

export interface RelativeReport {
  readonly source: TokenRange;
  readonly content: readonly [TokenRange, TokenRange];
}

/**
 * "the fee, which the mayor said was unfair", "the man, who officials said was …": a relative
 * pronoun after a comma and right before the cue's subject stands for
 * the subject of what is reported, and the cue is followed at once (at `afterCue`) by that
 * subject's finite verb. PolNeAR annotates the content as the pronoun and the rest of the relative
 * clause, in two fragments. Returns the source (past the pronoun) and them, or null when the cue is
 * no such report.
 */
export function findRelativeReport(tokens: readonly Token[], source: TokenRange, afterCue: number, end: number, floor: number): RelativeReport | null {
  const pronoun = findPronoun(tokens, source, floor);
  if (pronoun < 0) return null;
  const verbAt = tokens[afterCue]?.pos === 'ADV' ? afterCue + 1 : afterCue;
  if (verbAt >= end || !isFiniteVerb(tokens[verbAt])) return null;
  let stop = findRelativeEnd(tokens, afterCue, end);
  while (stop > afterCue && (TERMINAL.test(tokens[stop - 1].text) || tokens[stop - 1].text === ',')) stop--;
  if (stop <= verbAt) return null;
  return { source: pronoun >= source.from ? { from: pronoun + 1, to: source.to } : source, content: [{ from: pronoun, to: pronoun + 1 }, { from: afterCue, to: stop }] };
}
