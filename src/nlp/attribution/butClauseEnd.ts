import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

const THIRD_PERSON = new Set(['he', 'she', 'they']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
// ", but they …", ", yet they offer no evidence …".
const CONTRASTS = new Set(['but', 'yet']);

const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SHOWING = new Set(['show', 'say', 'suggest', 'indicate', 'contradict']);
const RECORD_NOUNS = new Set(['video', 'videos', 'footage', 'photo', 'photos', 'photographs', 'images', 'recording', 'recordings', 'records', 'documents', 'data', 'logs']);

const NEGATABLE = new Set(['did', 'does', 'would', 'could', 'has', 'have', 'had']);
const NOT = new Set(['not', "n't", 'n’t']);
const WITHHOLDING = new Set(['declined', 'refused', 'declines', 'refuses']);
// ", a figure it has not backed up", ", a claim the agency did not explain": the writer's aside on the words.
const ASIDE_NOUNS = new Set(['figure', 'claim', 'number', 'statistic', 'assertion', 'characterization', 'description', 'account', 'estimate']);
const ASIDE_SUBJECTS = new Set(['it', 'that', 'which', 'the', 'they', 'he', 'she', 'officials', 'dhs', 'ice', 'cbp']);

/** Whether the words at `k` open an aside of the writer's on what was said: "a figure it has not backed up". */
function isWritersAside(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.normal === 'a' || tokens[k]?.normal === 'an') && ASIDE_NOUNS.has(tokens[k + 1]?.normal ?? '') && ASIDE_SUBJECTS.has(tokens[k + 2]?.normal ?? '');
}

/**
 * "officials say he had a gun, videos show a phone": after a comma, a clause of its own whose subject
 * is a record (a video, a photo, documents) and whose verb is a cue (`isCue`) with words after it is
 * the record's account, no part of the speaker's. Not an inner tag set off by commas ("the car,
 * videos show, was stopped"). The comma, or -1.
 */
function otherReportAt(tokens: readonly Token[], from: number, to: number, isCue: (k: number) => boolean): number {
  let verb = false;
  for (let j = from; j < to - 3; j++) {
    const t = tokens[j];
    if (/["“”]/.test(t.text)) return -1;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) verb = true;
    if (t.text !== ',' || !verb) continue;
    // "videos show a phone": the tagger may read the plain form after a plural as a noun.
    const isMisread = (x: number) => x > j + 1 && tokens[x].pos === 'NOUN' && SHOWING.has(tokens[x].normal) && /s$/u.test(tokens[x - 1].normal) && SUBJECT_PARTS.has(tokens[x + 1]?.pos ?? '');
    let x = j + 1;
    while (x < to && x - j <= 4 && SUBJECT_PARTS.has(tokens[x].pos) && !isMisread(x)) x++;
    const misread = isMisread(x);
    // Only a record's account: a video, a photo, a document (its words are never the speaker's).
    if (x === j + 1 || x >= to - 1 || !tokens.slice(j + 1, x).some((w) => RECORD_NOUNS.has(w.normal))) continue;
    if (!((tokens[x].pos === 'VERB' && isCue(x)) || misread)) continue;
    const next = tokens[x + 1];
    if (next.text !== ',' && !/^[.!?]$/.test(next.text)) return j;
  }
  return -1;
}

/** "the logs show …", "the video shows …" at `k`: a short subject holding a record noun, then a cue (the tagger may read a plural's "show" as a noun). */
function recordReportsAt(tokens: readonly Token[], k: number, isCue: (k: number) => boolean): boolean {
  for (let x = k; x < k + 4 && SUBJECT_PARTS.has(tokens[x]?.pos ?? ''); x++) {
    if (!RECORD_NOUNS.has(tokens[x].normal)) continue;
    const next = tokens[x + 1];
    return next !== undefined && ((next.pos === 'VERB' && isCue(x + 1)) || (SHOWING.has(next.normal) && /s$/u.test(tokens[x].normal)));
  }
  return false;
}

// A closing quotation mark, as its own token.
const CLOSING_QUOTE = /^["”]$/u;

/** Where a short subject ("the agency", "officials", "CBP") starting at `k` ends: the index after it, or -1. */
function silentSubjectEnd(tokens: readonly Token[], k: number): number {
  let x = k;
  while (x < k + 3 && SUBJECT_PARTS.has(tokens[x]?.pos ?? '')) x++;
  return x > k ? x : -1;
}

/**
 * Where a reported clause from `from` to `to` ends before ", but he …" (or ", yet they …") or ", but later said …" (a
 * cue by `isCue` right after "but" and an adverb, the speaker's next report): a contrast whose subject is
 * a third-person pronoun and a verb goes on about the speaker, in the writer's words ("Ruiz said she
 * will not ask him to withdraw, but she has bristled at …"). The content before the comma is a clause
 * outside quotation marks; a source that is another pronoun ("she said …, but they …") leaves it
 * alone. Returns `to` when no such comma stands. PolNeAR train (round 25, a report whose speaker
 * stands before the cue): gold ends there 11 times against 3.
 */
export function butClauseEnd(tokens: readonly Token[], from: number, to: number, source: TokenRange, isCue: (k: number) => boolean = () => false): number {
  const report = otherReportAt(tokens, from, to, isCue);
  if (report >= 0) return report;
  // Most contents hold no ", but": the scan below is needed only when one stands (speed only).
  let but = from;
  while (but < to - 3 && !((tokens[but].text === ',' || CLOSING_QUOTE.test(tokens[but].text)) && (CONTRASTS.has(tokens[but + 1].normal) || isWritersAside(tokens, but + 1)))) but++;
  if (but >= to - 3) return to;
  const speaker = source.to - source.from === 1 ? tokens[source.from].normal : '';
  let quoted = false;
  let clause = false;
  for (let j = from; j < to - 3; j++) {
    const t = tokens[j];
    if (/["“”]/.test(t.text) || (t.text === "'" && tokens[j + 1]?.text === "'")) quoted = !quoted;
    // A verb inside quotation marks makes a clause too: "testified that the tailgate “clipped” him, but he …".
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) clause = true;
    if (quoted) continue;
    // "said DHS “routinely coordinates with local partners” but did not say whether …": with no comma, after
    // the quoted words, what the speaker did not say, in the writer's words.
    if (CLOSING_QUOTE.test(t.text) && tokens[j + 1]?.normal === 'but' && NEGATABLE.has(tokens[j + 2]?.normal ?? '') && NOT.has(tokens[j + 3]?.normal ?? '') && isCue(j + 4)) return j + 1;
    // "…1,000 percent, a figure it has not backed up with data": the writer's word on what was said.
    if (t.text === ',' && clause && isWritersAside(tokens, j + 1)) return j;
    // "said his camera “must have malfunctioned,” but the logs show …": a comma closed inside the quotation (stop 71).
    const closedComma = CLOSING_QUOTE.test(t.text) && tokens[j - 1]?.text === ',';
    if ((t.text !== ',' && !closedComma) || !CONTRASTS.has(tokens[j + 1].normal) || !clause) continue;
    // "…, but the logs show no recording": a record's own account, no part of the speaker's words.
    if (recordReportsAt(tokens, j + 2, isCue)) return closedComma ? j + 1 : j;
    if (closedComma) continue;
    // "DHS initially said she had rammed agents, but later said only that …": the speaker's own next
    // report, a verb of saying with no subject of its own, is no part of the first one's words.
    const next = tokens[j + 2].pos === 'ADV' ? j + 3 : j + 2;
    if (tokens[next]?.pos === 'VERB' && isCue(next)) return j;
    // "…two officers were injured, but did not give details": what the speaker did not do, in the writer's words.
    if (NEGATABLE.has(tokens[next]?.normal ?? '') && NOT.has(tokens[next + 1]?.normal ?? '')) return j;
    if (WITHHOLDING.has(tokens[next]?.normal ?? '') && tokens[next + 1]?.normal === 'to') return j;
    // "…, but the agency has not said whether …": another subject that has not said, in the writer's words.
    const silent = silentSubjectEnd(tokens, j + 2);
    if (silent > 0 && NEGATABLE.has(tokens[silent]?.normal ?? '') && NOT.has(tokens[silent + 1]?.normal ?? '') && isCue(silent + 2)) return j;
    const subject = tokens[j + 2].normal;
    if (!THIRD_PERSON.has(subject) || (PRONOUNS.has(speaker) && speaker !== subject)) continue;
    const verb = tokens[j + 3].pos === 'ADV' ? tokens[j + 4] : tokens[j + 3];
    if (verb && (verb.pos === 'AUX' || verb.pos === 'VERB')) return j;
  }
  return to;
}
