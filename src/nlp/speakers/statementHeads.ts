import type { SpeakerContext } from './speakerContext.js';
import { normalizeWord } from './words.js';

// "said in a statement", "wrote in a post on X", "said in an emailed statement", "In a news release, …".
const CHANNEL = /\b(?:in|through|via)\s+(?:a|an|its|his|her|their|the)\s+((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}-]+)\b/giu;
// What CHANNEL needs, without its word boundary and in plain case-insensitive mode, which V8 scans
// several times faster than the Unicode pattern: most windows hold no channel and skip it. 'ſ' is
// the one character Unicode mode folds to one of these letters ('s').
const CHANNEL_WORDS = /(?:in|through|via)\s+(?:a|an|it[sſ]|hi[sſ]|her|their|the)\s/i;
const AFTER_CUE = 60;

/** What a body does to put out its own words ("a report released Wednesday by …"); "obtained by" the outlet is not among them. */
export const ISSUING = new Set(['released', 'issued', 'published', 'posted', 'prepared', 'written', 'signed', 'sent', 'distributed']);
// "In a statement issued the afternoon of the shooting, a DHS spokesperson said": an opening channel of the sentence.
const BEFORE_SOURCE = 90;
const OPENING_REACH = 240;
const OPENS_WITH_CHANNEL = /^\s*(?:In|Through|Via)\s+(?:a|an|its|his|her|their|the)\s/u;

/**
 * The statement nouns an attribution's speaker is said to have spoken through, next to its source
 * and cue ("DHS said in a statement" → ["statement"]), so a later "the statement said" can point
 * back to that speaker; so does a source that is such a statement ("according to a DHS statement").
 * Reported words are not read: "said the statement was false" names none.
 */
export function statementHeads(ctx: SpeakerContext, index: number): string[] {
  const a = ctx.attributions[index];
  if (!a.source) return [];
  const sentence = ctx.analysis.sentences[a.sentence];
  const sentenceStart = sentence?.start ?? 0;
  // "In a statement emailed to the Courier-News on Wednesday and read into the record by the city clerk, an
  // ICE spokesperson said": a channel that opens the sentence is the speaker's however long its clause.
  const opening = a.source.start - sentenceStart <= OPENING_REACH && OPENS_WITH_CHANNEL.test(ctx.text.slice(sentenceStart, sentenceStart + 12));
  const from = opening ? sentenceStart : Math.max(sentenceStart, a.source.start - BEFORE_SOURCE);
  const anchor = Math.max(a.source.end, a.cue?.end ?? 0);
  let to = Math.min(ctx.text.length, anchor + AFTER_CUE, sentence?.end ?? Infinity);
  if (a.content.start >= anchor && !OBJECT_CHANNEL_OPENS.test(ctx.text.slice(a.content.start, a.content.start + 40))) to = Math.min(to, a.content.start);
  const heads: string[] = [];
  // "according to a DHS statement": the source is itself a statement of the speaker it names.
  const own = ctx.text.slice(a.source.start, a.source.end).split(/\s+/u).map(normalizeWord);
  // Its noun ends the source or comes before who issued it: "according to an autopsy report released Wednesday by …".
  if (/^(?:a|an)$/u.test(own[0])) {
    const k = own.findIndex((w, i) => i > 0 && ctx.vocab.statementNouns.has(w) && (i === own.length - 1 || ISSUING.has(own[i + 1]) || own[i + 1] === 'by' || own[i + 1] === 'from'));
    if (k > 0) heads.push(own[k]);
  }
  // After the source, from its end: the cue itself may hold the channel ("CBP said in a statement").
  for (const [window, start] of [[ctx.text.slice(from, a.source.start), from], [ctx.text.slice(a.source.end, to), a.source.end]] as const) {
    if (!CHANNEL_WORDS.test(window)) continue;
    for (const m of window.matchAll(CHANNEL)) {
      const at = start + (m.index ?? 0);
      if (ctx.contents.some((c) => at >= c.start && at < c.end) && !channelAfterObject(ctx, a, at)) continue;
      // "One officer, identified in the report only as Deportation Officer 2, told investigators": where
      // the speaker is named, not the channel they spoke through.
      if (NAMED_IN.test(ctx.text.slice(Math.max(0, at - 30), at))) continue;
      // The first statement noun of up to three words: "in a statement", "in an updated statement", "in a news release".
      const words = m[1].split(/\s+/u).map(normalizeWord);
      const k = words.findIndex((w, i) => ctx.vocab.statementNouns.has(w) || (i > 0 && ctx.vocab.statementNouns.has(`${words[i - 1]} ${w}`)));
      if (k < 0) continue;
      const noun = words[k];
      const phrase = k > 0 ? `${words[k - 1]} ${noun}` : noun;
      if (phrase !== noun && ctx.vocab.statementNouns.has(phrase)) heads.push(phrase, noun);
      else heads.push(noun);
    }
  }
  // "That day, a DHS spokesperson said …. The statement also said …": what a body's spokesperson says for it is its statement.
  // Not a named one ("CBP spokesperson Graham Castellanos said"): a person's words are no body's statement.
  if (!heads.length && own.some((w) => ctx.vocab.spokesNouns.has(w)) && !ctx.analysis.mentions.some((m) => m.kind === 'person' && m.start >= a.source!.start && m.end <= a.source!.end)) heads.push('statement');
  // "DHS wrote on X that …", "posted on Facebook", "tweeted": words put out on a platform are a post.
  if (a.cue && POSTED.test(ctx.text.slice(a.cue.start, Math.min(ctx.text.length, a.cue.end + 30)))) heads.push('post');
  return [...new Set(heads)];
}

// "ICE described it in a news release as …": the object of a complement cue, then its channel.
const OBJECT_CHANNEL_OPENS = /^(?:it|him|her|them|the\s+\p{L}+)\s+(?:in|through|via)\s/iu;
const OBJECT_THEN_CHANNEL = /^(?:it|him|her|them|the\s+\p{L}+)\s+$/iu;

/** Whether the channel at `at` follows, in the words of a complement cue, only its object pronoun or noun ("described it in a news release"). */
function channelAfterObject(ctx: SpeakerContext, a: SpeakerContext['attributions'][number], at: number): boolean {
  return at > a.content.start && at < a.content.end && OBJECT_THEN_CHANNEL.test(ctx.text.slice(a.content.start, at));
}

const NAMED_IN = /\b(?:identified|named|described|mentioned|listed|referred to|cited|quoted|redacted|called)\s+(?:only\s+)?$/u;
const POSTED = /^(?:tweeted|(?:wrote|posted|said)\s+(?:on|in a post on)\s+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|TikTok|Truth Social|social media)\b)/u;
