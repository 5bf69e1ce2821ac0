import type { Token } from '../../domain/analysis.js';
import { QUOTE_MARKS } from './clauseBounds.js';

/**
 * Subordinators that open a sentence's first clause, the main clause following its comma: "While
 * Ruiz says the plan is sound, the board wants a vote." Not "as" ("As Ruiz said, …" reports what
 * follows the comma), and not "if", "unless" or "whether" (a hypothetical cue).
 */
const OPENERS = new Set(['while', 'when', 'although', 'though', 'because', 'since', 'after', 'before', 'once', 'whereas', 'until', 'whenever']);

const PREMODIFIER_POS = new Set(['ADV', 'ADJ', 'NUM', 'NOUN', 'PART']);

/**
 * "Not long after Ruiz tweeted …,", "Shortly before", "Two days after": up to three words that measure
 * the subordinator, before it at the clause floor (no verb, no punctuation among them).
 */
function isPremodifier(tokens: readonly Token[], floor: number, s: number): boolean {
  if (s - floor > 3) return false;
  for (let j = floor; j < s; j++) if (!PREMODIFIER_POS.has(tokens[j].pos)) return false;
  return true;
}

/**
 * "According to the complaint, when Ruiz asked …,", "On Friday, after Ruiz said …,": an opening phrase
 * with no verb of its own but "according", closed by a comma right before the subordinator.
 */
function isOpeningPhrase(tokens: readonly Token[], floor: number, s: number): boolean {
  if (s - floor < 2 || tokens[s - 1].text !== ',') return false;
  for (let j = floor; j < s - 1; j++) {
    const t = tokens[j];
    if (t.text === ',' || QUOTE_MARKS.test(t.text) || t.pos === 'AUX' || (t.pos === 'VERB' && t.normal !== 'according')) return false;
  }
  return true;
}

/**
 * Where the content of a report made inside a subordinate clause that opens its sentence ends:
 * "While Ruiz says the bridge is sound, the county wants …" → at the comma after "sound", where the
 * main clause takes over. The subordinator stands right before the source starting at `sourceFrom`,
 * at the clause floor (after "even" in "Even though …"). The content runs over `from`..`to`; the
 * first comma outside quotation marks ends it, or a quotation closed on a comma ("was “bold, even
 * reckless,” the board …") after its closing mark. Returns `to` for any other report. On PolNeAR
 * train (the rules, round 25) 37 contents more are exact with it, one fewer.
 */
export function subordinateClauseEnd(tokens: readonly Token[], floor: number, sourceFrom: number, from: number, to: number): number {
  const s = sourceFrom - 1;
  if (s < floor || !OPENERS.has(tokens[s].normal)) return to;
  if (s !== floor && !(s === floor + 1 && tokens[floor].normal === 'even') && !isPremodifier(tokens, floor, s) && !isOpeningPhrase(tokens, floor, s)) return to;
  let quoted = false;
  for (let j = from; j < to; j++) {
    if (QUOTE_MARKS.test(tokens[j].text)) {
      quoted = !quoted;
      if (!quoted && j > from && tokens[j - 1].text === ',') return j + 1;
    } else if (!quoted && tokens[j].text === ',') return j;
  }
  return to;
}
