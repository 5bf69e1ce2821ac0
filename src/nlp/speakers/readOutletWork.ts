import type { Entity } from './entity.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName, type Word } from './words.js';

const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * The outlet's own reporting as a source: "according to a KTWN review of the footage" (the outlet
 * "KTWN 5 News"; "an analysis by the Star Tribune", reviewedByOutlet), "the station's analysis",
 * "our analysis" (unquoted) is. The words naming the owner of the work must name the outlet
 * (namesOwnOutlet); null otherwise.
 */
export function readOutletWork(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  if (!ctx.outlet || words.length < 2) return null;
  const reviewed = reviewedByOutlet(ctx, words);
  if (reviewed) return reviewed;
  const noun = words.findIndex((w, i) => i > 0 && ctx.vocab.outletWorkNouns.has(w.norm));
  if (noun < 0) return null;
  // Only "of …" may follow the noun: "a review of the footage", not "a review board said".
  if (noun + 1 < words.length && words[noun + 1].norm !== 'of') return null;
  const first = words[0];
  if (first.norm === 'our' && noun === 1) return ctx.quotes.some((q) => first.start >= q.start && first.start < q.end) ? null : ctx.outlet;
  // "a KTWN review", or the owner in the possessive: "the station's analysis", "NSPR's review".
  const owner = words[noun - 1].possessive ? words.slice(0, noun) : DETERMINERS.has(first.norm) ? words.slice(1, noun) : [];
  return namesOwnOutlet(ctx, owner) ? ctx.outlet : null;
}

// "an analysis of government statements, court records and news reports by the Ledger": the words of what it is of.
const MAX_WORK_OBJECT = 12;
const REVIEWED = new Set(['reviewed', 'obtained', 'examined', 'seen', 'verified', 'analyzed', 'analysed']);
// The participle naming who wrote a record: "filed by", "written by", "signed by".
const AUTHORED = new Set(['filed', 'written', 'signed', 'sent', 'prepared', 'submitted', 'issued', 'authored', 'compiled']);

/**
 * "according to a birth certificate and a passport reviewed by the Observer Wire": records the outlet
 * says it saw stand on its word; "according to an analysis by the Star Tribune" (of "Minnesota Star
 * Tribune") or "an analysis of the audio by the radio station": its own work is its word. Another
 * outlet's work ("an analysis by the Ledger") is not its. Null unless the words after "by" name the outlet.
 */
function reviewedByOutlet(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  // "a frame-by-frame analysis by the Star Tribune": a work noun before "by" too, or before what it is "of".
  const work = words.findIndex((w, i) => i > 0 && ctx.vocab.outletWorkNouns.has(w.norm));
  const by = words.findIndex((w, i) => i > 1 && w.norm === 'by' && (REVIEWED.has(words[i - 1].norm) || ctx.vocab.outletWorkNouns.has(words[i - 1].norm) || (work > 0 && work < i && words[work + 1]?.norm === 'of' && i - work <= MAX_WORK_OBJECT)));
  if (by < 0) return null;
  // "An internal review obtained by the Times found …", "according to an internal report obtained by
  // the Ledger": what the outlet obtained someone else wrote; what it reviewed it vouches for, and so
  // is its own "review of records obtained by the Times".
  if (words[by - 1].norm === 'obtained' && !(work > 0 && work < by - 2 && words[work + 1]?.norm === 'of')) return null;
  // "Her video, which … was reviewed by MWS, shows": a recording shows what it shows (vocab/roles.json recordingSources), on the footage's side.
  // Its own "analysis of the audio by the radio station" stays its word.
  if (REVIEWED.has(words[by - 1].norm) && !(work > 0 && work < by) && words.slice(0, by).some((w) => ctx.vocab.recordingSources.has(w.norm))) return null;
  // "according to an internal email reviewed by the Ledger": a message is its writer's words, not the outlet's.
  if (REVIEWED.has(words[by - 1].norm) && !(work > 0 && work < by) && words.slice(0, by).some((w, i) => ctx.vocab.messageSources.has(w.norm) || ctx.vocab.messageSources.has(`${w.norm} ${words[i + 1]?.norm ?? ''}`))) return null;
  // "an internal complaint filed by a member of the arrest team and reviewed by …", "a preliminary report from
  // the County Medical Examiner's Office reviewed by …": the record names who wrote it; those are its words, not the outlet's.
  if (words.slice(0, by - 1).some((w, i) => (AUTHORED.has(w.norm) && words[i + 1]?.norm === 'by') || (w.norm === 'from' && words[i + (words[i + 1]?.norm === 'the' ? 2 : 1)]?.capitalized))) return null;
  // "according to his family and immigration records reviewed by the Ledger": the family speaks too; no one alone.
  const and = words.findIndex((w, i) => i < by && w.norm === 'and');
  if (and > 0 && words.slice(0, and).some((w) => ctx.vocab.relationRoles.has(w.norm))) return null;
  return namesOwnOutlet(ctx, words.slice(by + 1)) ? ctx.outlet : null;
}

/**
 * Whether `name` names the outlet of the document: its name or the start ("a KTWN review", "by the
 * Ledger" of "The Ledger Data Desk") or the end ("by the Observer Wire") of it, its initials ("NSPR" of "North Star Public
 * Radio"), or the noun it calls itself by in its own text, by its kind ("the station" of a
 * broadcaster, "the newspaper" of any other outlet; vocab/roles.json outletSelfNouns).
 */
function namesOwnOutlet(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const name = words[0]?.norm === 'the' ? words.slice(1) : words;
  if (!name.length) return false;
  const outletName = ctx.outlet?.speaker?.name ?? '';
  const folded = foldName(outletName).split(/\s+/u);
  // "the Ledger" of "The Ledger Data Desk": the outlet's own article is no word of its name.
  const outletWords = folded[0] === 'the' ? folded.slice(1) : folded;
  if (!name.every((w) => w.capitalized)) return selfNoun(ctx, name, outletWords);
  const named = name.map((w) => foldName(w.norm));
  if (named.length === 1 && named[0].length >= 3 && named[0] === initials(outletName)) return true;
  if (named.length > outletWords.length) return false;
  const head = outletWords.slice(0, named.length);
  const tail = outletWords.slice(outletWords.length - named.length);
  return named.every((w, i) => head[i] === w) || named.every((w, i) => tail[i] === w);
}

/** "the station" of "North Star Public Radio", "the newspaper" of "Lakefront Tribune". */
function selfNoun(ctx: SpeakerContext, name: readonly Word[], outletWords: readonly string[]): boolean {
  if (name.length > 2 || name.some((w) => w.capitalized)) return false;
  const { broadcastMarkers, broadcast, print } = ctx.vocab.outletSelfNouns;
  const phrase = name.map((w) => w.norm).join(' ');
  const broadcaster = outletWords.some((w, i) => broadcastMarkers.has(w) || broadcastMarkers.has(`${w} ${outletWords[i + 1] ?? ''}`));
  return (broadcaster ? broadcast : print).has(phrase);
}

const CAPITALISED = /^\p{Lu}/u;

/** The initials of the capitalised words of a name, lower-cased: "North Star Public Radio" → "nspr". */
function initials(name: string): string {
  return name.split(/\s+/u).filter((w) => CAPITALISED.test(w)).map((w) => w[0]).join('').toLowerCase();
}
