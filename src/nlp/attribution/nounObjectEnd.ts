import type { Token } from '../../domain/analysis.js';

const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_SUBJECT = 5;
const MAX_OBJECT = 5;
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "four minutes after a 911 caller reported gunshots, and city officers did nothing but direct traffic": a
 * report whose object is a noun phrase, no clause, ends at ", and" when a clause with its own subject
 * and finite verb follows; that clause is the writer's (or an outer speaker's), not the reporter's. The
 * comma, or `to` when the words from `from` are no such object (a verb before the comma, no clause after).
 * The rules alone (stop 71).
 */
export function nounObjectEnd(tokens: readonly Token[], from: number, to: number): number {
  // "asked for the information …": a preposition's object is no report's.
  if (!OBJECT_OPENERS.has(tokens[from]?.pos ?? '')) return to;
  for (let j = from; j < to - 3; j++) {
    const t = tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || /^["“”:;]$/u.test(t.text)) return to;
    if (t.text !== ',') {
      // "reported gunshots", "reported two arrests": a short noun phrase; a long run may be a clause the tagger misread ("changes cost … their jobs").
      if (j - from >= MAX_OBJECT) return to;
      continue;
    }
    if (j === from || tokens[j + 1].normal !== 'and') return to;
    let x = j + 2;
    while (x < to && x - (j + 2) < MAX_SUBJECT && SUBJECT_PARTS.has(tokens[x].pos)) x++;
    const verb = tokens[x];
    return x > j + 2 && verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.normal.endsWith('ing'))) ? j : to;
  }
  return to;
}
