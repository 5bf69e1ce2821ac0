import type { Token } from '../../domain/analysis.js';
import { QUOTE_MARKS } from './quoteMarks.js';

const SUBJECT_HEADS = new Set(['NOUN', 'PROPN']);
const AFTER_VERB = new Set(['DET', 'NUM', 'ADP', 'ADJ', 'ADV', 'PRON', 'SYM']);
const PAST_BEFORE_NOUN = /^[a-z]{3,}[^e]ed$/;
const PLAIN_FORM = /^[a-z]{3,}[^s]$/;
const PLURAL = /^[a-z]{3,}[^su]s$/;
const PLAIN_OBJECT = new Set(['DET', 'PRON', 'NUM']);
const OBJECT_AFTER = new Set(['PRON', 'DET', 'ADP']);
const IRREGULAR_PAST = new Set(['knelt', 'threw', 'held', 'struck', 'shot', 'hit', 'beat', 'fought', 'bit', 'swung', 'drew', 'tore', 'broke']);

/**
 * Whether the words from `from` to `to` hold a finite verb the tagger read as a noun: a word in -s
 * or -ed right after the subject's noun and before what a verb takes ("the county monitors 200
 * wells", "each year of school yields a raise", "the family deserved better", "the vote signals
 * “the end”"). Asked only of a reported clause that shows no verb at all.
 */
export function hasMistaggedVerb(tokens: readonly Token[], from: number, to: number): boolean {
  return mistaggedVerbAt(tokens, from, to) >= 0;
}

/** The index of the first such verb between `from` and `to`, or -1. */
export function mistaggedVerbAt(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from + 1; j < to - 1; j++) {
    const t = tokens[j];
    // "the officers restrained him", "the officers knelt on him": a past tense read as an adjective, or an irregular one as a noun.
    const pastRead = (t.pos === 'ADJ' && /[a-z]ed$/.test(t.text)) || (t.pos === 'NOUN' && IRREGULAR_PAST.has(t.normal));
    if (pastRead && SUBJECT_HEADS.has(tokens[j - 1].pos) && OBJECT_AFTER.has(tokens[j + 1].pos)) return j;
    if (t.pos !== 'NOUN' || !/[a-z](?:s|ed)$/.test(t.text) || /(?:ss|us|is)$/.test(t.normal)) continue;
    const next = tokens[j + 1];
    if (!SUBJECT_HEADS.has(tokens[j - 1].pos)) continue;
    if (AFTER_VERB.has(next.pos) || QUOTE_MARKS.test(next.text)) return j;
    // "the family deserved answers": a past tense before a bare noun (no noun ends so but "-eed" ones: "seed", "greed").
    if (next.pos === 'NOUN' && PAST_BEFORE_NOUN.test(t.normal)) return j;
  }
  // "officers face a sharp increase": a plain form right after a plural subject, before a determiner.
  for (let j = from + 1; j < to - 1; j++) {
    const t = tokens[j];
    const subject = tokens[j - 1];
    if (t.pos !== 'NOUN' || !PLAIN_FORM.test(t.text) || subject.pos !== 'NOUN' || !PLURAL.test(subject.text)) continue;
    if ((PLAIN_OBJECT.has(tokens[j + 1].pos) || QUOTE_MARKS.test(tokens[j + 1].text)) && (j - 1 === from || !SUBJECT_HEADS.has(tokens[j - 2].pos))) return j;
  }
  return -1;
}
