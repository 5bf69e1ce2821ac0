import type { Attribution, Speaker } from '../../domain/attribution.js';
import type { ClaimDraft } from '../../domain/incident.js';
import type { Side } from '../../domain/roles.js';
import { sideOfRole } from '../../domain/roles.js';
import type { Span } from '../../lib/spans.js';
import { trimSpan } from '../../lib/spans.js';
import type { SentenceInfo } from './describeSentences.js';
import type { FactCheckVerdict } from './findFactCheckVerdict.js';
import type { Facet } from './facetVocab.js';
import type { FacetMatch, MatchOptions } from './matchFacets.js';
import { asThirdPerson } from './asThirdPerson.js';
import { isWrittenAsName } from './isWrittenAsName.js';
import { matchesAny } from './compileRegexList.js';
import { sameName } from '../merge/foldName.js';
import { matchFacets } from './matchFacets.js';
import { pickStances } from './pickStances.js';
import { isInside } from '../../nlp/speakers/quoteRanges.js';
import { namesAnother } from './namesAnother.js';
import { quoteRangesOf } from './quoteRangesOf.js';
import { loadCueLexicon } from '../../nlp/attribution/cueLexicon.js';
import type { RelayContext } from './findRelays.js';
import { findRelays, isRelayed } from './findRelays.js';
import { isScareQuoted } from './isScareQuoted.js';
import { readsRecording } from './readsRecording.js';
import { loadRecordingVocab } from './recordingVocab.js';
import { loadRoleVocab } from '../../nlp/speakers/roleVocab.js';

const NOT_LETTERS = /[^\p{L}]+/u;

// A sentence hedged this way right after an attributed one goes on reporting that source:
// "According to a complaint, X. An agent reportedly told him to leave…"
// A one-regex list so matchesAny screens it: most sentences hold none of the three words.
const QUESTION = /\?["”’)]*\s*$/u;
// "CLAIM: Agents shot an unarmed man in the back." / "FACT: …": a rebuttal's heading of what others
// say, which the piece goes on to deny. Asterisks and bullets of a scraped page may stand before it.
const REBUTTED_LABEL = /^[\s*_#>•-]*(?:the\s+)?(?:false\s+)?(?:claim|myth|fiction|rumou?r|allegation|what\s+they\s+(?:say|claim))\s*[:：]/iu;
const WITHDRAWN = /\b(?:an? |the )?(?:earlier|previous|prior|original) version of this (?:story|article|report|post)\b|\b(?:incorrectly|erroneously|mistakenly|wrongly) (?:reported|stated|said|described|identified)\b|\bstated as fact that\b/iu;

// The outlet's clause after an attribution: a comma, then "as", "while", "even as", "though".
// Or a semicolon: "Federal officials have said Good tried to run the officer over; bystander videos show …".
const OWN_TAIL = /^[”"’]?(?:,\s+(?:as|while|even as|though|although)|;)\s+/u;
const MIN_TAIL = 30;
// "Federal prosecutors moved to dismiss the charges …, weeks after DHS described her as …": the outlet's
// clause before every attribution of its sentence, when it ends where a clause of time or contrast opens.
const OWN_HEAD_END = /,\s+(?:(?:(?:hours|days|weeks|months|a day|a week|a month) )?after|as|while|even as|though|although|but)\s+$/u;
const MIN_HEAD = 40;

const CARRY_ON: readonly RegExp[] = Object.freeze([/\b(?:reportedly|allegedly|purportedly)\b/iu]);

/**
 * The claims of one incident segment: for each attribution in it with a resolved speaker, one claim
 * per facet its content speaks to; for each of the outlet's own sentences about the incident, one
 * claim per facet with no speaker (side "outlet"), or, when an agency published the document (`voice`,
 * see findPublisherVoice), with the agency as speaker. The outlet's sentence that tells what a video
 * shows ("Videos verified by the paper show him holding a phone", readsRecording) puts its claims on
 * the side "footage", still with no speaker, except those about the recording itself. A fact check's verdict
 * (`verdict`, findFactCheckVerdict) speaks as the outlet in its own voice. An attribution whose speaker could not be resolved
 * yields nothing: a gap, never a guess; nor do the parts of a speaker's words that retell someone
 * else's (findRelays).
 */
export function buildClaims(
  text: string,
  sentences: readonly SentenceInfo[],
  attributions: readonly Attribution[],
  isAboutIncident: (s: SentenceInfo) => boolean,
  facets?: readonly Facet[],
  voice: Speaker | null = null,
  /** Whether unattributed words in quotation marks are the voice's too (a release's), or someone's (an op-ed's). */
  voiceOwnsQuotes = true,
  /** The name of the person force was used on: their own words ("My hands were up") are read of them, on the subject's side. */
  subject: string | null = null,
  /** A fact check's verdict: the outlet's rating sentences speak in its voice as a fact checker, not as neutral reporting. */
  verdict: FactCheckVerdict | null = null,
): ClaimDraft[] {
  const inSegment = new Set(sentences.map((s) => s.index));
  const series = sentences.filter((s) => s.series);
  const questions = sentences.filter((s) => QUESTION.test(s.text));
  const claims: ClaimDraft[] = [];
  // Where each attributed reading already stands in `claims`, by facet, stance, offset and speaker.
  const readAt = new Map<string, number>();
  let quotes: ReturnType<typeof quoteRangesOf> | null = null;
  // The publishing voice's own words, the same for every sentence: made once, when first needed.
  let voiceWords: Set<string> | null = null;
  attributions.forEach((a, index) => {
    // "She had her hands up, a witness said", "He was 34, according to a relative": no one the text
    // names, but on the witnesses' or the family's side.
    const unnamedSide = a.speaker ? null : sideOfUnnamed(text, a);
    if (!inSegment.has(a.sentence) || (!a.speaker && !unnamedSide)) return;
    // "sharply questioned government lawyers about how an officer could have feared for his life": a question reported, no claim.
    if (isQuestionAsked(text, a)) return;
    const pieces = a.content.fragments.length ? a.content.fragments : [a.content];
    // "Border Patrol has said he threw rocks", in a lawmaker's words: the agency's claim, not hers.
    let context: RelayContext | null = null;
    const own = a.speaker !== null && isSubjectSpeaking(a.speaker, subject);
    const side: Side = own ? 'subject' : a.speaker ? sideOfSpeaker(a.speaker, subject) : unnamedSide!;
    // "Her lawyer denied that she rammed the vehicle": the lawyer's account is the other stance.
    const options = { denied: isDenial(text, a) };
    const newsroomTurn = a.speaker?.role === 'journalist' && a.cue?.text === ':';
    const matches = pieces.flatMap((p) => {
      const words = text.slice(p.start, p.end);
      // "This is what 'self-defense' looks like": a term held up in quotes inside one's own words is no claim of it.
      const found = forSide(own ? matchOwnWords(words, p.start, facets, options) : matchFacets(words, p.start, facets, options), side).filter((m) => !namesAnother(text, m, subject) && !(a.kind === 'direct' && isScareQuoted(text, m.start, m.end)));
      // Most pieces speak to no facet: nothing to tell apart then.
      if (found.length === 0) return found;
      context ??= relayContext(a, () => (quotes ??= quoteRangesOf(text)));
      const relays = findRelays(words, p.start, loadCueLexicon(), context);
      const kept = relays.length ? found.filter((m) => !isRelayed(relays, m.start, m.end)) : found;
      // "PEREIRA: She says her son had his hands up.": in a reporter's turn, what someone else says there is theirs alone.
      // So is the rest of the sentence after their cue: "She said he never drove toward anyone; he was backing out …".
      return newsroomTurn ? kept.filter((m) => !attributions.some((b, j) => j !== index && ((b.content.start <= m.start && m.end <= b.content.end) || reportedBefore(sentences, b, m.start)))) : kept;
    });
    for (const m of pickStances(matches)) {
      // "Our agents are being rammed, dragged and assaulted every single day": words about many incidents tell of none of them.
      if (series.some((s) => m.start >= s.start && m.start < s.end)) continue;
      // "Is there evidence that he himself was a gang member?", "That he killed himself? No.": a question,
      // an anchor's or one echoed to be denied, claims nothing, in anyone's words.
      if (questions.some((s) => m.start >= s.start && m.start < s.end)) continue;
      const piece = pieces.find((p) => m.start >= p.start && m.end <= p.end) ?? a.content;
      const claim = toClaim(m, trimSpan(text, piece.start, piece.end), a, index, null, side);
      // "He said agents ignored him when he said he was a citizen": the same words read twice for one
      // speaker, by a report and the report inside it, are one claim, linked to the narrower report.
      const key = `${m.facet}\u0000${m.stance}\u0000${m.start}\u0000${a.speaker?.name ?? ''}`;
      const earlier = readAt.get(key);
      if (earlier === undefined) {
        readAt.set(key, claims.length);
        claims.push(claim);
      } else if (claim.span.end - claim.span.start < claims[earlier].span.end - claims[earlier].span.start) claims[earlier] = claim;
    }
  });
  // Every attribution's content and cue as [start, end) pairs, read once: each sentence is checked against all of them.
  const said: number[] = [];
  for (const a of attributions) {
    said.push(a.content.start, a.content.end);
    if (a.cue !== null) said.push(a.cue.start, a.cue.end);
  }
  const covered = (s: SentenceInfo) => {
    for (let k = 0; k < said.length; k += 2) if (Math.min(said[k + 1], s.end) > Math.max(said[k], s.start)) return true;
    return false;
  };
  // "…, according to police, as video appeared to show the man running away": a clause after every
  // attribution in its sentence that tells what a recording shows is the outlet's own (not "…, police
  // said, as he drove toward agents": what a source adds after its cue may still be its account).
  const ownTail = (s: SentenceInfo): SentenceInfo | null => {
    let end = s.start;
    for (let k = 0; k < said.length; k += 2) if (said[k] < s.end && said[k + 1] > s.start) end = Math.max(end, said[k + 1]);
    for (const a of attributions) if (a.sentence === s.index && a.source !== null) end = Math.max(end, a.source.end);
    const tail = OWN_TAIL.exec(text.slice(end, s.end));
    if (tail === null || s.end - end < MIN_TAIL) return null;
    const start = end + tail[0].length;
    const words = text.slice(start, s.end);
    return voice === null && readsRecording(words, null) ? { ...s, start, text: words } : null;
  };
  const ownHead = (s: SentenceInfo): SentenceInfo | null => {
    let start = s.end;
    for (let k = 0; k < said.length; k += 2) if (said[k] < s.end && said[k + 1] > s.start) start = Math.min(start, said[k]);
    for (const a of attributions) if (a.sentence === s.index && a.source !== null) start = Math.min(start, a.source.start);
    if (start - s.start < MIN_HEAD) return null;
    const end = OWN_HEAD_END.exec(text.slice(s.start, start));
    return end === null ? null : { ...s, end: s.start + end.index, text: text.slice(s.start, s.start + end.index) };
  };
  // Sentences of a paragraph that opens on a rebutted claim's label are the claim's, not the voice's.
  let rebutted = -1;
  sentences.forEach((whole, i) => {
    if (REBUTTED_LABEL.test(whole.text)) rebutted = whole.paragraph;
    if (whole.paragraph === rebutted) return;
    // "Agents have fired into cars at least five times": a sentence counting incidents tells of none of them.
    // A question ("Did the man drive at officers?", a fact check's headline) claims nothing.
    // "An earlier version of this story … stated as fact that he tried to run over officers": what the
    // outlet withdraws, in an editor's note or a correction, is no claim of its own.
    if (whole.series || QUESTION.test(whole.text) || WITHDRAWN.test(whole.text)) return;
    let s = whole;
    const before = i > 0 && sentences[i - 1].paragraph === s.paragraph ? sentences[i - 1] : null;
    // Whether the outlet's sentence tells what a recording shows (an agency's release describing its
    // own video is the agency's account): asked at most once, and only when it matters below.
    let video: boolean | undefined;
    const readsVideo = () => (video ??= voice === null && readsRecording(s.text, before?.text ?? null));
    // "It shows the car reversing": the attribution stage may read a recording as a source it cannot
    // name; what the recording shows is then read here, as the footage's.
    // In a voice's own piece (a release, an op-ed), what it says a recording shows is its account.
    const tellsRecording = () => (voice === null ? readsVideo() : readsRecording(s.text, before?.text ?? null));
    if (covered(s) && !(attributions.every((a) => a.sentence !== s.index || a.speaker === null) && tellsRecording())) {
      const own = ownTail(s) ?? ownHead(s);
      if (own === null) return;
      s = own;
      video = undefined;
    }
    const carried = i > 0 ? ((matchesAny(CARRY_ON, s.text) ? carriedAttribution(sentences[i - 1], s, attributions) : null) ?? filingGoesOn(text, sentences[i - 1], s, attributions, readsVideo)) : null;
    // "The video of the shooting was released Friday. It shows the car reversing…": about the incident as its video is.
    if (!carried && !isAboutIncident(s) && !(before !== null && readsVideo() && isAboutIncident(before))) return;
    const span = trimSpan(text, s.start, s.end);
    // A verdict's "Videos show the truck turning away" stays what the video shows.
    const speaker = carried ? carried.attribution.speaker : verdict?.sentences.has(s.index) && !readsVideo() ? verdict.speaker : voice;
    let matches = forSide(matchFacets(s.text, s.start, facets), speaker ? sideOfSpeaker(speaker, subject) : 'outlet').filter((m) => !namesAnother(text, m, subject));
    // Words in quotation marks that no attribution claimed are someone's, not the outlet's: a gap.
    if (!carried && (!voice || !voiceOwnsQuotes) && matches.length) {
      quotes ??= quoteRangesOf(text);
      matches = matches.filter((m) => !isInside(quotes!, m.start, m.end));
    }
    // "Police have said he was armed", in a sentence no attribution covers: the police's words, not
    // the outlet's (nor the publishing agency's, unless the agency is the one saying it).
    if (!carried && matches.length) {
      const relays = findRelays(s.text, s.start, loadCueLexicon(), {
        selfWords: (voiceWords ??= wordsOf(voice ? [voice.name, voice.affiliation] : [])),
        isQuoted: (offset) => isInside((quotes ??= quoteRangesOf(text)), offset),
        narration: voice === null,
      });
      if (relays.length) matches = matches.filter((m) => !isRelayed(relays, m.start, m.end));
    }
    const picked = pickStances(matches);
    const recording = !carried && picked.length > 0 && readsVideo();
    const own = recording ? loadRecordingVocab().ownFacets : null;
    for (const m of picked) {
      if (carried) claims.push(toClaim(m, span, carried.attribution, null, null, carried.attribution.speaker ? sideOfSpeaker(carried.attribution.speaker, subject) : undefined));
      else claims.push(toClaim(m, span, null, null, speaker, own && !own.has(m.facet) ? 'footage' : undefined));
    }
  });
  return claims.sort((x, y) => x.span.start - y.span.start || x.facet.localeCompare(y.facet));
}

/** The subject speaks: a speaker the speakers stage took for them, or one of no other role named as they are. */
/** Whether `at` follows another's cue in the cue's own sentence: "She said he never drove toward anyone; he was backing out". */
function reportedBefore(sentences: readonly SentenceInfo[], b: Attribution, at: number): boolean {
  if (!b.cue || b.cue.start >= at) return false;
  const sentence = sentences.find((s) => s.start <= b.cue!.start && b.cue!.start < s.end);
  return sentence !== undefined && at < sentence.end && b.content.start >= b.cue.end;
}

function isSubjectSpeaking(speaker: Speaker, subject: string | null): boolean {
  if (speaker.role === 'subject') return true;
  return subject !== null && speaker.role === 'other' && isWrittenAsName(speaker.name) && sameName(speaker.name, subject);
}

/**
 * The subject's own words, their first person read as the third the patterns are written in ("My
 * hands were up" as "his hands were up"); a stance's words are given back as said.
 */
function matchOwnWords(words: string, offset: number, facets: readonly Facet[] | undefined, options: MatchOptions): FacetMatch[] {
  const asSaid = matchFacets(words, offset, facets, options);
  const third = asThirdPerson(words);
  if (!third) return asSaid;
  const told = matchFacets(third.text, 0, facets, options).map((m) => {
    const start = third.toOriginal(m.start);
    const end = third.toOriginal(m.end);
    const said = m.value === third.text.slice(m.start, m.end) ? words.slice(start, end) : m.value;
    return Object.freeze({ ...m, start: offset + start, end: offset + end, value: said });
  });
  // A pattern written in the first person ("I'm a citizen") still reads the words as said.
  return [...asSaid, ...told.filter((m) => !asSaid.some((o) => o.facet === m.facet && o.start < m.end && m.start < o.end))];
}

/**
 * The matches a side's words may claim: "he was shot in the back" reads as a stance on the force
 * only from the subject's side (vocab/facets.json `sides`); from an examiner or the outlet it is a
 * wound, not a judgement.
 */
function forSide(matches: FacetMatch[], side: Side): FacetMatch[] {
  return matches.some((m) => m.sides !== null && !m.sides.has(side)) ? matches.filter((m) => m.sides === null || m.sides.has(side)) : matches;
}

/** Whether the attribution's cue is a denial (vocab/cues.json "denials"): "denied that …", "flatly disputed that …". */
// A cue of asking, and the content it gives: what the question is about ("government lawyers about how …", "whether …").
const ASKING_CUE = /^(?:ask|asks|asked|question|questions|questioned|press|presses|pressed|grill|grills|grilled|quiz|quizzed|wonder|wonders|wondered)$/iu;
const ASKED_CONTENT = /^\W*(?:[\p{L}'’.-]+\s+){0,4}?(?:about\s+|on\s+)?(?:how|why|whether|if)\b/u;

/** Whether the attribution reports a question put ("questioned the lawyers about how …"): its words are asked, not said. */
function isQuestionAsked(text: string, a: Attribution): boolean {
  return a.cue !== null && ASKING_CUE.test(text.slice(a.cue.start, a.cue.end).trim().split(/\s+/u).pop() ?? '') && ASKED_CONTENT.test(text.slice(a.content.start, a.content.end));
}

function isDenial(text: string, a: Attribution): boolean {
  if (a.cue === null) return false;
  const { denials } = loadCueLexicon();
  return text.slice(a.cue.start, a.cue.end).toLowerCase().split(/\s+/u).some((w) => denials.has(w));
}

/** The speaker's own words, to know their own reporting verbs from a relay of someone else's. */
function relayContext(a: Attribution, quotes: () => ReturnType<typeof quoteRangesOf>): RelayContext {
  return { selfWords: wordsOf([a.speaker?.name, a.speaker?.affiliation, a.source?.text]), isQuoted: (offset) => isInside(quotes(), offset) };
}

/** The lower-case words (3 letters or more) of the names given. */
function wordsOf(names: readonly (string | null | undefined)[]): Set<string> {
  return new Set(names.filter((n): n is string => Boolean(n)).flatMap((n) => n.toLowerCase().split(NOT_LETTERS)).filter((w) => w.length >= 3));
}

function carriedAttribution(previous: SentenceInfo, s: SentenceInfo, attributions: readonly Attribution[]): { attribution: Attribution } | null {
  if (previous.paragraph !== s.paragraph) return null;
  const a = [...attributions].reverse().find((x) => x.sentence === previous.index && x.speaker);
  return a ? { attribution: a } : null;
}

// "According to the complaint, …": the cue of a document's account, which the next sentences go on telling.
const ACCORDING = /^according to$/iu;
const OPENS_ACCORDING = /^\s*according to\b/iu;
// A sentence that turns to another account: "The video, however, shows …".
const TURNS = /\b(?:however|but|though|although|yet|instead of|in contrast)\b/iu;

/**
 * "According to the complaint, officers approached his car. Warsame instead put the car in reverse …":
 * the sentence after a filing's account "according to" it, in the same paragraph, goes on with the
 * filing's narration, unless it turns to another account or tells what a video shows.
 */
function filingGoesOn(text: string, previous: SentenceInfo, s: SentenceInfo, attributions: readonly Attribution[], readsVideo: () => boolean): { attribution: Attribution } | null {
  // Only a sentence that opens on "According to …" frames a narration; one tagged at its end tells only itself.
  if (previous.paragraph !== s.paragraph || TURNS.test(s.text) || !OPENS_ACCORDING.test(previous.text)) return null;
  const a = attributions.find((x) => x.sentence === previous.index && x.speaker?.role === 'court_filing' && x.cue !== null && ACCORDING.test(text.slice(x.cue.start, x.cue.end)));
  return a && !readsVideo() ? { attribution: a } : null;
}

// "lawsuit (District of Colorado)", "ACLU lawsuit", a "civil complaint" (describeFiling): what the plaintiffs
// allege. A bare "complaint" in a story of force is most often the criminal complaint against the person, the state's.
const CIVIL_FILING = /^(?:[\p{L}'’.-]+\s+){0,3}?(?:lawsuit|petition|civil complaint)\b/u;

// Whom a lawyer's affiliation names as the client: "lawyer for Héctor Zamudio Ruiz".
const CLIENT = /^(?:[\p{L}-]+\s+){1,2}?(?:for|of)\s+(.+)$/u;

/**
 * The side a speaker's words are on: their role's (sideOfRole), except a civil suit's filing, which
 * states the plaintiffs' account, not the state's own as its court filings do ("The lawsuit alleges
 * the agent fired without warning"), and the lawyer of someone the story names who is not `subject`
 * (the one force was used on): "Anne Kessler, lawyer for Héctor Zamudio Ruiz", the man arrested
 * beside him, speaks for her own client.
 */
function sideOfSpeaker(speaker: Speaker, subject: string | null = null): Side {
  if (speaker.role === 'court_filing' && CIVIL_FILING.test(speaker.name)) return 'others';
  const client = speaker.role === 'subject_counsel' && subject !== null && speaker.affiliation ? CLIENT.exec(speaker.affiliation)?.[1] : undefined;
  if (client !== undefined && isWrittenAsName(client) && !sameName(client, subject!)) return 'others';
  return sideOfRole(speaker.role);
}

// "a witness", "one neighbor", "another bystander", "a relative": someone the source does not name.
const UNNAMED_ONE = /^(?:a|an|one|another)\s+(?:([\p{L}-]+)\s+)?(\p{L}+)$/iu;
// "A relative who asked not to be named", "Another neighbor, who asked that his name not be printed",
// "a cousin of the man": what follows the noun says why or whose, not who.
const AFTER_NOUN = /,|\s+(?:who|that|of)\b/u;

// "Records show", "according to an internal report obtained by …", "emails reviewed by the paper show": papers no one
// the text names wrote, the first noun phrase of the source (in lower case) ending on one of these.
const RECORD_SOURCE = /^(?:(?:the|an?|some|internal|medical|court|police|hospital|jail|detention|immigration|agency|government|federal|dispatch|incident|use-of-force|emergency(?: room)?|er|autopsy|booking|arrest|internal[- ]affairs|[\p{Ll}-]+-page)\s+)*(?:records?|reports?|documents?|emails?|memos?|memoranda|logs?|messages|files)$/u;
const OWNER_BEFORE = /\b(?:your|our|my|his|her|their)\s+$/iu;
const RECORD_NOUN_END = /\s+(?:obtained|reviewed|released|provided|shared|seen|filed|written|prepared|by|from|of|that|which|show|shows|showed)\b/u;

/**
 * The side of an unnamed witness, neighbor or relative the attribution's source is (vocab/roles.json's
 * relation nouns), or of papers no one named wrote ("Records show", "according to an internal report
 * obtained by …": the documents'), or null.
 */
function sideOfUnnamed(text: string, a: Attribution): Side | null {
  if (!a.source) return null;
  const source = text.slice(a.source.start, a.source.end).trim();
  // "Your report states …" in a letter to the group that wrote it: someone's own report is theirs, no papers of no one's.
  if (RECORD_SOURCE.test(source.toLowerCase().split(RECORD_NOUN_END)[0].trim()) && !OWNER_BEFORE.test(text.slice(Math.max(0, a.source.start - 7), a.source.start))) return 'documents';
  const m = UNNAMED_ONE.exec(text.slice(a.source.start, a.source.end).split(AFTER_NOUN)[0].trim());
  const relations = loadRoleVocab().relationRoles;
  const role = m ? (relations.get(m[2].toLowerCase()) ?? (m[1] ? relations.get(`${m[1]} ${m[2]}`.toLowerCase()) : undefined)) : undefined;
  return role === 'witness' || role === 'family' ? sideOfRole(role) : null;
}

function toClaim(m: FacetMatch, span: Span, a: Attribution | null, index: number | null, voice: Speaker | null = null, side?: Side): ClaimDraft {
  const speaker = a?.speaker ?? voice;
  return Object.freeze({
    facet: m.facet,
    value: m.value,
    stance: m.stance,
    span,
    speaker,
    side: side ?? (speaker ? sideOfSpeaker(speaker) : 'outlet'),
    attribution: index,
  });
}
