import type { Token } from '../../domain/analysis.js';
import { makeSpan, type Span } from '../../lib/spans.js';
import type { AttributionContext, TokenRange } from './attributionContext.js';
import { matchPhraseAt } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { cueVerbAt, isAdjectivalParticiple, isIdiomNoCue } from './cueAt.js';
import { isUnassertedVerb } from './isUnassertedVerb.js';
import { evidenceVerbAt } from './evidenceVerbAt.js';
import { nounObjectEnd } from './nounObjectEnd.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';
import { findSourceAfter } from './findSourceAfter.js';
import { contentRange, pack, type Found } from './foundRelation.js';
import { resolveSourcePhrase } from './resolveSourcePhrase.js';
import { findSourceBefore } from './findSourceBefore.js';
import { findSubjectPastOpening } from './findSubjectPastOpening.js';
import { findSubordinateSubject } from './findSubordinateSubject.js';
import { findTaggedClauseSubject } from './findTaggedClauseSubject.js';
import { findContactSubject } from './findContactSubject.js';
import { findTimedConjunction } from './findTimedConjunction.js';
import { isWorkTitleAt } from './isWorkTitleAt.js';
import { placesObject } from './placesObject.js';
import { NO_SOURCE } from './sourceResult.js';
import { findCoordinateSubject, findDashedSubject } from './findCoordinateSubject.js';
import { findAsReportedBy } from './findAsReportedBy.js';
import { findPassiveReport } from './findPassiveReport.js';
import { subordinateClauseEnd } from './subordinateClauseEnd.js';
import { asideClauseBefore } from './asideClauseBefore.js';
import { butClauseEnd } from './butClauseEnd.js';
import { findRelativeTail } from './findRelativeTail.js';
import { findRelativeEnd, findRelativeReport } from './findRelativeReport.js';
import { findCoordinatedRelativeSpeaker, findRelativeSpeaker } from './findRelativeSpeaker.js';
import { isPollPhrase } from './isPollPhrase.js';
import { isPublishedThing } from './isPublishedThing.js';
import { findShortAnswer } from './findShortAnswer.js';
import { findOpeningParticiple } from './findOpeningParticiple.js';
import { isSpacedDash, PERSONAL, RELATIVE } from './isNpToken.js';
import { skipReportingExtras } from './skipReportingExtras.js';
import { widenCueGroup } from './widenCueGroup.js';
import { widenCueAdverb } from './widenCueAdverb.js';
import { widenCueRelease } from './widenCueRelease.js';
import { widenCueStatement } from './widenCueStatement.js';
import { coordinatedVerbAt } from './coordinatedVerbAt.js';
import { deniesMotion } from './deniesMotion.js';
import { isObjectNoun } from './isObjectNoun.js';
import { resolveComplement } from './resolveComplement.js';
import { lacksReportedClause } from './lacksReportedClause.js';
import { opensConcession } from './opensConcession.js';
import { opensDemonstrativeObject } from './opensDemonstrativeObject.js';
import { hasMistaggedVerb } from './hasMistaggedVerb.js';
import { findClauseFloor, findClauseOpening, findClauseSubject, findEarlierCueSource, findForwardEnd, hasClause, isParticipleAfterSubordinator, QUOTE_MARKS, TERMINAL } from './clauseBounds.js';

const CAPITAL_START = /^\p{Lu}/u;

/** Header fields of a text file ("Title: …") are metadata, not reporting. */
const HEADER_FIELD = /^(?:title|outlet|url|published|updated|author|byline|date|source|dateline)\s*:/i;

type Blocked = (k: number) => boolean;

const DASHES = new Set(['–', '—', '--']);

/** After an explicit "that" the clause may open with anything ("said that over the last days …"). */
function hadThatAt(tokens: readonly Token[], k: number, afterCue: number): boolean {
  return afterCue > k + 1 && tokens[afterCue - 1].normal === 'that';
}

const TIME_OPENERS = new Set(['the', 'that', 'last', 'this', 'earlier', 'later']);
const TIME_ORDER = new Set(['same', 'next', 'following', 'previous']);
const TIME_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month']);

/** "…, CBP said the day of the shooting.", "…, she said that night": a time phrase with no preposition. */
function opensTimePhrase(tokens: readonly Token[], k: number): boolean {
  if (!TIME_OPENERS.has(tokens[k].normal)) return false;
  const noun = TIME_ORDER.has(tokens[k + 1]?.normal ?? '') ? k + 2 : k + 1;
  return TIME_NOUNS.has(tokens[noun]?.normal ?? '');
}

/** "…, Lamb said from his office in Orlando.": no verb, no quotation, only a short modifier before the end. */
function onlyModifiersLeft(tokens: readonly Token[], k: number, end: number, rulesOnly = false): boolean {
  if (end - k > 12 || !(/^(?:in|on|at|from|during|after|before|with|to|by|outside|inside|near|via|while|under)$/.test(tokens[k].normal) || (rulesOnly && opensTimePhrase(tokens, k)))) return false;
  for (let j = k; j < end; j++) {
    const t = tokens[j];
    // "…, investigators found in a report released Tuesday.": a participle describing the report.
    if (RELEASED.has(t.normal) && tokens[j - 1].pos === 'NOUN') continue;
    // "…, Ruiz said in posing the question", "…, Ruiz said during a speech to win delegates": a gerund after a
    // preposition, an infinitive after a noun (the rules alone).
    if (rulesOnly && j > k && (t.pos === 'VERB' || (t.pos === 'AUX' && t.normal === 'be')) && ((t.normal.endsWith('ing') && tokens[j - 1].pos === 'ADP') || (tokens[j - 1].normal === 'to' && tokens[j - 2]?.pos === 'NOUN'))) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || QUOTE_MARKS.test(t.text) || t.text === ',' || t.text === ':') return false;
  }
  return TERMINAL.test(tokens[end - 1].text);
}

const NOTHING_BUT = new Set(['nothing', 'anything', 'everything']);
const JUDGED_NOUNS = new Set(['claim', 'claims']);
const VERDICTS = new Set(['false', 'true', 'misleading', 'wrong', 'inaccurate', 'unfounded', 'unsupported', 'baseless', 'untrue', 'correct', 'accurate']);

/** "… is false", "… is not supported by video": the clause after the noun's "that" ends on a verdict of "is" or "was". */
function isJudgedAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from + 1; j < end - 1; j++) {
    if (tokens[j].normal !== 'is' && tokens[j].normal !== 'was') continue;
    const next = tokens[j + 1].normal === 'not' ? tokens[j + 2] : tokens[j + 1];
    if (next && (VERDICTS.has(next.normal) || (tokens[j + 1].normal === 'not' && next.normal === 'supported'))) return true;
  }
  return false;
}

const UNNAMED = new Set(['named', 'identified', 'quoted']);

/** "asked not to be named", "asked not to be identified": a wish to stay unnamed. ("asked that her name not be used" is a request reported, as PolNeAR reads "asked".) */
function asksAnonymity(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.normal === 'not' && tokens[k + 2]?.normal === 'to' && tokens[k + 3]?.normal === 'be' && UNNAMED.has(tokens[k + 4]?.normal ?? '');
}

const REPORT_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const REPORT_AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'previously', 'later']);

/** "ICE has said he …", "the agency said …": a clause from `from` that opens on a subject of its own and a verb of saying. */
function opensOwnReport(ctx: AttributionContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  let j = from;
  // "ICE's March 9 release stated …": a possessive and a date inside the subject (the rules alone).
  const inSubject = (t: Token): boolean => REPORT_SUBJECT.has(t.pos) || (ctx.rulesOnly === true && j > from && (t.pos === 'NUM' || t.normal === "'s" || t.normal === '’s'));
  while (j < to && j - from < (ctx.rulesOnly === true ? 6 : 4) && inSubject(tokens[j])) j++;
  if (j === from) return false;
  while (j < to && REPORT_AUXILIARIES.has(tokens[j].normal)) j++;
  return j < to && cueVerbAt(tokens, j, ctx.lexicon)?.speech === true;
}

// "dashboard camera video", "the autopsy report", "court records": a record whose account is its own.
const RECORD_HEADS = new Set(['video', 'videos', 'footage', 'recording', 'recordings', 'records', 'report', 'autopsy', 'logs', 'photos', 'images']);
const RECORD_REACH = 14;

/**
 * Whether a clause opening at `from` is a record's own account: a subject holding a record noun, then
 * within a few words and no comma a cue or an evidence verb ("video released by officials late
 * Wednesday shows that …").
 */
function opensRecordAccount(ctx: AttributionContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  if (!RECORD_HEADS.has(tokens[from]?.normal ?? '') && !(tokens[from]?.pos === 'DET' || tokens[from]?.pos === 'ADJ' || tokens[from]?.pos === 'NOUN')) return false;
  let record = false;
  for (let j = from; j < to && j < from + RECORD_REACH; j++) {
    const t = tokens[j];
    if (t.pos === 'PUNCT' || QUOTE_MARKS.test(t.text)) return false;
    if (RECORD_HEADS.has(t.normal)) record = true;
    else if (record && j > from && (cueVerbAt(tokens, j, ctx.lexicon) !== null || evidenceVerbAt(tokens, j, ctx.lexicon) !== null) && !tokens[j].normal.endsWith('ed')) return true;
  }
  return false;
}

const CLOSING_MARK = new Set(['”', '"', "'"]);
const CHARGE_TOWARD = new Set(['at', 'toward', 'towards', 'into', 'through', 'forward', 'ahead']);
const RELEASED = new Set(['released', 'issued', 'published', 'filed', 'posted', 'obtained', 'dated', 'sent']);

/**
 * Where the content before a "…, X said" ends (exclusive), or -1 when no comma separates it from
 * the source at `sf`: the comma itself, or a comma inside closing quotation marks (`…,” X said`).
 */
function findHeadEnd(tokens: readonly Token[], sf: number, floor: number): number {
  if (sf <= floor) return -1;
  if (tokens[sf - 1].text === ',') return sf - 1;
  let j = sf - 1;
  while (j > floor && CLOSING_MARK.has(tokens[j].text) && sf - j <= 2) j--;
  return j < sf - 1 && tokens[j].text === ',' && j > floor ? sf : -1;
}



const AUTHOR_PREPOSITIONS = new Set(['from', 'by']);

/** Whether a report noun of the lexicon ("statement", "email", "letter") ends the phrase before token `k`, a day or listener aside. */
function followsReportNoun(ctx: AttributionContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = ctx.tokens[j];
    // "is discrediting a report from Bloomberg saying …": the report names an author of its own, who is not the clause's subject (the rules alone).
    if (ctx.rulesOnly === true && AUTHOR_PREPOSITIONS.has(t.normal) && j > 0 && ctx.lexicon.nouns.has(ctx.tokens[j - 1].normal)) return false;
    if (ctx.lexicon.nouns.has(t.normal)) return ctx.rulesOnly !== true || !hasOtherAuthor(ctx.tokens, j);
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADP' && t.pos !== 'DET') return false;
  }
  return false;
}

// "after she saw a post …", "received a letter …": the clause's subject took the report in, not out
// ("read a statement" may be the spokesman's own reading of it).
const RECEIVING_VERBS = new Set(['saw', 'seen', 'see', 'sees', 'received', 'receive', 'receives', 'reviewed', 'obtained', 'heard', 'hear', 'got']);

/**
 * Whether the report noun at `noun` names an author other than the clause's subject: a possessor
 * ("the department's statement"; "its statement" is the subject's own), or the subject only received
 * it ("saw a post").
 */
function hasOtherAuthor(tokens: readonly Token[], noun: number): boolean {
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = tokens[j];
    if (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’') return true;
    if (RECEIVING_VERBS.has(t.normal)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}


function resolveVerb(ctx: AttributionContext, k: number, verb: CueVerb, from: number, end: number): Found | null {
  const { tokens } = ctx;
  const floor = findClauseFloor(ctx, from, k);
  const cue = { from: k, to: k + 1 };
  // "Video posted online shows …": the participle modifies the noun; no cue (the rules alone).
  if (ctx.rulesOnly === true && isPublishedThing(tokens, k, verb)) return null;
  // "The latest hiccup adds to the drama that …", "adding to her delegate lead": "add to" and a thing
  // grows it, no report ("added to People" names a listener; the rules alone).
  if (ctx.rulesOnly === true && verb.lemma === 'add' && tokens[k + 1]?.normal === 'to' && tokens[k + 2] !== undefined && tokens[k + 2].pos !== 'PROPN') return null;
  // "he had done nothing but ask agents to show a warrant": a bare verb after "nothing but" is what was done, no report
  // ("fixed nothing but said …" coordinates a report; the rules alone).
  if (ctx.rulesOnly === true && tokens[k - 1]?.normal === 'but' && NOTHING_BUT.has(tokens[k - 2]?.normal ?? '') && tokens[k].normal === verb.lemma) return null;
  // "DHS claim that the driver rammed agents is false": the noun of a headline, its clause then judged (the rules alone).
  if (ctx.rulesOnly === true && JUDGED_NOUNS.has(tokens[k].normal) && tokens[k + 1]?.normal === 'that' && isJudgedAfter(tokens, k + 2, end)) return null;
  // "A woman who asked not to be named said …": a wish to stay unnamed reports nothing; nor does "because she feared retaliation said …", a noun and another cue (the rules alone).
  if (ctx.rulesOnly === true && verb.lemma === 'ask' && asksAnonymity(tokens, k)) return null;
  if (ctx.rulesOnly === true && verb.speech !== true && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 2] !== undefined && cueVerbAt(tokens, k + 2, ctx.lexicon)?.speech === true) return null;
  // "The knife officers reported finding, according to …, was a box cutter": a gerund with no object of its own is a
  // relative clause's gap ("the knife [that] officers reported finding"), no report (the rules alone, stop 71).
  if (ctx.rulesOnly === true && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].normal.endsWith('ing') && (tokens[k + 2]?.text === ',' || tokens[k + 2]?.pos === 'AUX')) return null;
  // "after he charged at officers": "charge" toward someone is a rush, no accusation (the rules alone).
  if (ctx.rulesOnly === true && verb.lemma === 'charge' && CHARGE_TOWARD.has(tokens[k + 1]?.normal ?? '')) return null;
  // "findings … contradict U.S. claims that agents were under attack": the verb's object noun (the rules alone).
  if (ctx.rulesOnly === true && isObjectNoun(tokens, k, ctx.lexicon)) return null;
  // "found out from a classmate's Instagram story, which showed …": learning of it, no report (the rules alone).
  if (ctx.rulesOnly === true && verb.lemma === 'find' && tokens[k + 1]?.normal === 'out' && FOUND_OUT_FROM.has(tokens[k + 2]?.normal ?? '.')) return null;
  // "this Court denied Officer Haller's claim of qualified immunity", "DENIED as to Counts I and III": a ruling (the rules alone).
  if (ctx.rulesOnly === true && verb.lemma === 'deny' && (deniesMotion(tokens, k + 1, end) || (tokens[k].text === 'DENIED' && tokens[k + 1]?.normal === 'as'))) return null;
  // "Ruiz cut the budget and on Monday announced …": a day between a conjunction and the verb; the
  // phrase before the conjunction is no speaker, the coordinated clause's subject is (below; the rules alone).
  const timed = ctx.rulesOnly === true ? findTimedConjunction(tokens, k, floor) : -1;
  const before = timed > 0 ? NO_SOURCE : findSourceBefore(ctx, k, floor);
  if (before.kind === 'negated') return null;
  const afterCue = skipReportingExtras(ctx, k + 1, end, verb);
  // "…, Ruiz said — and then she left.": after a spaced dash the sentence goes on with no report of hers (the rules alone).
  const dashAfter = ctx.rulesOnly === true && afterCue < end && (DASHES.has(tokens[afterCue].text) || isSpacedDash(tokens, afterCue));
  // "…, Ruiz said in her 2012 book, ''A River Son.''": the work's title ends the tag (the rules alone).
  const restEmpty = afterCue >= end || TERMINAL.test(tokens[afterCue].text) || onlyModifiersLeft(tokens, afterCue, end, ctx.rulesOnly === true) || dashAfter || (ctx.rulesOnly === true && isWorkTitleAt(tokens, afterCue, end));
  if (before.kind === 'source') {
    const sf = before.range.from;
    const headEnd = findHeadEnd(tokens, sf, floor);
    const commaBefore = headEnd >= 0;
    // "her ratings (at one point as low as 19 percent, Gutin says) hurt her husband": a tag closing a
    // parenthesis reports the words inside it, not the sentence around it (the rules alone).
    const opened = ctx.rulesOnly === true && commaBefore && tokens[afterCue]?.text === ')' ? openParenthesisBefore(tokens, from, headEnd) : -1;
    if (opened >= 0) {
      const inside = contentRange(tokens, opened + 1, headEnd, true, false, false);
      return inside ? pack(before.range, cue, [inside]) : null;
    }
    // The head is a clause whatever its first word ("In Ohio, turnout fell, she said."), after a verb of saying.
    if (commaBefore && restEmpty) return pack(before.range, cue, [reportedClause(ctx, verb, floor, headEnd, verb.speech)]);
    // "Still, she said, …": the connective the floor skipped is the head before the tag.
    const opening = findClauseOpening(ctx, from, k);
    const midHeadEnd = commaBefore ? headEnd : findHeadEnd(tokens, sf, opening);
    // "…, analysts say; in 2012, Romney won 27 percent": a semicolon after the tag goes on with the speaker's words, like a comma (the rules alone).
    const semicolon = ctx.rulesOnly === true && commaBefore && tokens[afterCue]?.text === ';';
    if (midHeadEnd >= 0 && (tokens[afterCue]?.text === ',' || semicolon)) {
      // "…, Ruiz said, adding that …": a participle after the comma is a cue of its own, not content.
      const participle = tokens[afterCue + 1]?.pos === 'VERB' && tokens[afterCue + 1].normal.endsWith('ing');
      const tailEnd = participle ? afterCue : findForwardEnd(ctx, afterCue + 1, end, floor);
      // "…, Oquendo said; ICE has said he had a final order of removal": after the semicolon another speaker's report, no part of hers.
      // "…, his attorney told jurors Monday, while prosecutors said …": a contrast opening another's report, no
      // part of his (the rules alone; PolNeAR train and dev unchanged).
      // "…, the examiner has found, and dashboard camera video released late Wednesday shows that …": another account (the rules alone, stop 71).
      const contrast = ctx.rulesOnly === true && ((CONTRASTS.has(tokens[afterCue + 1]?.normal ?? '') && opensOwnReport(ctx, afterCue + 2, end)) || (tokens[afterCue + 1]?.normal === 'and' && opensRecordAccount(ctx, afterCue + 2, end)));
      const othersReport = (semicolon && opensOwnReport(ctx, afterCue + 1, tailEnd)) || contrast;
      const tail = participle || othersReport ? null : contentRange(tokens, afterCue + 1, tailEnd, true);
      if (othersReport) {
        const own = commaBefore ? contentRange(tokens, floor, headEnd) : null;
        return own ? pack(before.range, cue, [own]) : null;
      }
      // A headline's "…, poll finds;" closing its line has no clause after the semicolon: no report.
      if (semicolon && !tail) return null;
      // "The golf industry, she said, is doing better": the head may be the subject of the tail's clause;
      // a connective before the tag is a head of its own, as PolNeAR has it.
      const head = (commaBefore ? contentRange(tokens, floor, headEnd) : null) ?? (tail && !participle && midHeadEnd > opening ? { from: opening, to: midHeadEnd } : null);
      // "It was, he said, one of the worst floods": after a clause the rest of its sentence is its second part (the rules alone).
      const rest = !tail && !participle && commaBefore && head && ctx.rulesOnly === true ? contentRange(tokens, afterCue + 1, tailEnd, true, false, false) : null;
      // "relied on press releases because, the authors wrote, the figures cannot be reconciled": a head
      // that ends on "because" or "although" is the writer's clause; the tag reports what follows it (the
      // rules alone; PolNeAR train and dev unchanged, with "since", "while", "if", "when" … train content fell).
      if (ctx.rulesOnly === true && tail && commaBefore && LEAD_SUBORDINATORS.has(tokens[headEnd - 1]?.normal ?? '')) return pack(before.range, cue, [tail]);
      return pack(before.range, cue, [head, tail ?? rest]);
    }
    if (restEmpty) return null;
    // "It was a hard year, he said, on condition of anonymity.", "It is up to us, he says, to fix it.": the
    // comma after the tag went with a phrase the extras skip; the head stands, and an infinitive
    // after the comma carries it on (the rules alone).
    if (commaBefore && ctx.rulesOnly === true && tokens[k + 1]?.text === ',' && afterCue === k + 2) {
      const head = contentRange(tokens, floor, headEnd);
      const infinitive = tokens[afterCue].normal === 'to' && tokens[afterCue + 1]?.pos === 'VERB';
      const rest = infinitive ? contentRange(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor), true) : null;
      if (head) return pack(before.range, cue, [head, rest]);
    }
    // "the fee, which the mayor said was unfair": the relative pronoun is the reported clause's subject (the rules alone).
    // The scan may open the source on the pronoun ("the bill, which critics said was unfair"), whose comma is no tag's.
    const relative = ctx.rulesOnly === true && (!commaBefore || RELATIVE.has(tokens[sf].normal)) ? findRelativeReport(tokens, before.range, afterCue, end, floor) : null;
    if (relative) return pack(relative.source, cue, relative.content);
    // A colon lead-in without quotation marks introduces what was written, to the paragraph's end.
    if (tokens[afterCue].text === ':') {
      // "In a statement, the department said:" closing its paragraph: the next paragraph is what it wrote (a quoted one is the quotation passes'; the rules alone).
      const block = ctx.rulesOnly === true && afterCue + 1 >= paragraphEnd(ctx, k) && verb.speech ? nextParagraph(ctx, k) : null;
      if (block) return pack(before.range, cue, [contentRange(tokens, block.from, block.to, true, true)]);
      return pack(before.range, cue, [contentRange(tokens, afterCue + 1, paragraphEnd(ctx, k), true, CAPITAL_START.test(tokens[afterCue + 1]?.text ?? ''))]);
    }
    // "41 percent said yes", "a third said the same of Lee": an answer, not a clause (the rules alone).
    const answerEnd = ctx.rulesOnly === true && verb.lemma === 'say' ? findShortAnswer(tokens, afterCue, end) : -1;
    if (answerEnd > 0) return pack(before.range, cue, [{ from: afterCue, to: answerEnd }]);
    // "Tom told Ana Diaz, who opened her door and said …": a relative clause describes the listener; it is no content (the rules alone).
    if (ctx.rulesOnly === true && afterCue > k + 1 && tokens[afterCue].text === ',' && RELATIVE.has(tokens[afterCue + 1]?.normal ?? '')) return null;
    // "“…!” Ruiz declared, noting …", "After Ruiz testified, the panel …", "a charge that Ruiz denied, noting …":
    // what follows the comma is a participle of its own or the main clause, no content of this cue (the rules alone).
    if (ctx.rulesOnly === true && afterCue === k + 1 && tokens[afterCue].text === ',' && (isOtherParticipleAt(ctx, afterCue + 1) || closesClauseBefore(tokens, before.range.from, floor))) return null;
    // "…, as DHS claimed, Jennings said he could not confirm it": after an "as" aside, another's report is no
    // content of it (the rules alone; PolNeAR train and dev, rules and scored, unchanged).
    if (ctx.rulesOnly === true && afterCue === k + 1 && tokens[afterCue].text === ',' && tokens[before.range.from - 1]?.normal === 'as' && opensOwnReport(ctx, afterCue + 1, end)) return null;
    // "… disputed that Ibarra was 31, as his family says, noting …": an "as" aside after a "that" clause
    // reports that clause; what follows the comma is the outer clause's (the rules alone).
    const asided = ctx.rulesOnly === true && afterCue === k + 1 && tokens[afterCue].text === ',' ? asideClauseBefore(tokens, ctx.lexicon, floor, before.range.from) : null;
    if (asided) return pack(before.range, cue, [asided]);
    // "If he was driving toward the agents, as the government says, we would like …": an "as" aside after
    // a conditional or concessive clause that opens the sentence reports that clause, not the main one (the rules alone).
    const hedged = ctx.rulesOnly === true && afterCue === k + 1 && tokens[afterCue].text === ',' ? hedgedClauseBefore(tokens, floor, before.range.from) : null;
    if (hedged) return pack(before.range, cue, [hedged]);
    // After an explicit "that" the clause may open with anything ("said that over the last days …").
    // "The woman, whose lawyer says she was unarmed, remains in custody": the relative ends where the main clause's verb takes over (the rules alone).
    const whose = ctx.rulesOnly === true && tokens[before.range.from].normal === 'whose' && before.range.from > floor && tokens[before.range.from - 1].text === ',';
    const reach = whose ? findRelativeEnd(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor)) : findForwardEnd(ctx, afterCue, end, floor);
    // "saying “stop resisting” as the man lies still": a quotation right after the cue, then a time clause of the writer's (the rules alone).
    const forward = ctx.rulesOnly === true ? quotationBeforeTimeClause(tokens, afterCue, reach) : reach;
    // "While Ruiz says the plan is sound, the board …": the subordinate clause ends at its comma, where the main clause takes over (the rules alone).
    // A part that is no clause ("announced his candidacy in June, he …") keeps the old reading.
    const subordinateEnd = ctx.rulesOnly === true ? subordinateClauseEnd(tokens, floor, before.range.from, afterCue + 1, forward) : forward;
    // "Ruiz said she will not ask him to withdraw, but she has bristled at …": the writer goes on about the speaker (the rules alone).
    const contrastEnd = ctx.rulesOnly === true ? butClauseEnd(tokens, afterCue, subordinateEnd, before.range, (j) => cueVerbAt(tokens, j, ctx.lexicon) !== null || evidenceVerbAt(tokens, j, ctx.lexicon) !== null) : subordinateEnd;
    // "a 911 caller reported gunshots, and city officers did nothing but …": a noun object, then another's clause (the rules alone).
    const objectEnd = ctx.rulesOnly === true && !hadThatAt(tokens, k, afterCue) ? nounObjectEnd(tokens, afterCue, contrastEnd) : contrastEnd;
    const shortened = contrastEnd < forward ? contentRange(tokens, afterCue, contrastEnd, hadThatAt(tokens, k, afterCue)) : objectEnd < contrastEnd ? contentRange(tokens, afterCue, objectEnd, true, false, false) : null;
    // "The agents announced their presence and broke down the door": a second predicate of the speaker ends the content (the rules alone; not before a cue of its own).
    const coordinated = ctx.rulesOnly === true && !shortened && !hadThatAt(tokens, k, afterCue) ? coordinatedVerbAt(tokens, afterCue, forward) : -1;
    const readForward = shortened ?? reportedClause(ctx, verb, afterCue, forward, hadThatAt(tokens, k, afterCue)) ?? (ctx.rulesOnly === true && hadThatAt(tokens, k, afterCue) ? untaggedThatClause(tokens, afterCue, forward) : null);
    const ownCue = coordinated > 0 && cueVerbAt(tokens, tokens[coordinated + 1]?.pos === 'ADV' ? coordinated + 2 : coordinated + 1, ctx.lexicon) !== null;
    const plainForward = readForward && coordinated > 0 && !ownCue ? contentRange(tokens, afterCue, coordinated, true, false, false) : readForward;
    // "Since Trump announced his candidacy in June 2015, he …": a noun phrase that ends the subordinate clause is the
    // content, not the main clause after it, which only lent the reading its verb (the rules alone).
    const nounPhrase = plainForward && !shortened && ctx.rulesOnly === true && subordinateEnd < forward && subordinateEnd === contrastEnd ? contentRange(tokens, afterCue, subordinateEnd, true, false, false) : null;
    const plain = nounPhrase ?? plainForward;
    // "said in an oral history of those years that …": a phrase the extras do not know, then "that" (the rules alone);
    // not a report inside another's "that" clause ("cited reports that Ruiz said in a call that …").
    const opensOwn = before.range.from === 0 || tokens[before.range.from - 1].normal !== 'that';
    const past = !plain && ctx.rulesOnly === true && verb.lemma === 'say' && opensOwn && !TIME_HEADS.has(tokens[before.range.to - 1].normal) ? thatAfterPhrase(tokens, afterCue, forward) : -1;
    // "Mr. Kasich reported having $1.3 million in cash", "Ruiz admitted taking the money": a gerund object reports what was done (the rules alone).
    // "The group asked whether candidates supported the act": the tagger reads "whether" as a preposition (the rules alone).
    // Not after "say" or "tell": "said whether …" is nearly always a report that was not made ("Nor has ICE said whether …").
    // "When a reporter asked whether the agent wore a camera, Keane said …": the question ends where its clause does.
    const whether = !plain && ctx.rulesOnly === true && tokens[afterCue]?.normal === 'whether' && verb.lemma !== 'say' && verb.lemma !== 'tell' ? contentRange(tokens, afterCue, subordinateEnd, true) : null;
    const gerund = !plain && !whether && past < 0 && ctx.rulesOnly === true && afterCue === k + 1 && GERUND_REPORTS.has(verb.lemma) && isGerundAt(tokens, afterCue) ? contentRange(tokens, afterCue, forward, true, false, false) : null;
    return pack(before.range, cue, [past > 0 ? contentRange(tokens, past, forward, true) : (plain ?? whether ?? gerund)]);
  }
  // "Tom Hale, who said the pier would reopen, resigned.": the phrase the relative describes (the rules alone).
  // Of the verbs of saying only "say": "who told Congress when asked …: “…”", "who argued a few days ago that …" run wrong more often.
  // Other verbs of saying when "that" follows at once ("Ruiz, who noted that …", round 32).
  const relativeSpeaker = ctx.rulesOnly === true && before.kind === 'none' && !restEmpty && (verb.lemma === 'say' || !verb.speech || tokens[k + 1]?.normal === 'that') ? findRelativeSpeaker(ctx, k, from) : null;
  if (relativeSpeaker) return pack(relativeSpeaker, cue, [contentRange(tokens, afterCue, findRelativeEnd(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor)), hadThatAt(tokens, k, afterCue))]);
  // "Noting that turnout fell, Ruiz said …": the main clause's subject (the rules alone).
  const opening = ctx.rulesOnly === true && k === floor ? findOpeningParticiple(ctx, k, end) : null;
  if (opening) return pack(opening.subject, cue, [contentRange(tokens, afterCue, opening.contentEnd, true)]);
  // "…, then said …" coordinates like "and said".
  const thenAfterComma = k > floor + 2 && tokens[k - 1].normal === 'then' && tokens[k - 2].text === ',';
  // "Ruiz fixed nothing but said …": "but" coordinates the same way for a verb of saying (the rules alone);
  // a quotation after it ("but said, “…”") is left to the quotation passes, which read it better.
  const butSpeech = (at: number): boolean => verb.speech && tokens[at].normal === 'but' && !QUOTE_MARKS.test(tokens[tokens[afterCue]?.text === ',' ? afterCue + 1 : afterCue]?.text ?? '');
  const butVerb = ctx.rulesOnly === true && k > floor + 1 && butSpeech(k - 1);
  // "… closed the file and then said …", "… but now said …": an adverb between the conjunction and the verb (the rules alone).
  const andAdverb = ctx.rulesOnly === true && k > floor + 2 && COORDINATED_ADVERBS.has(tokens[k - 1].normal) && (tokens[k - 2].normal === 'and' || butSpeech(k - 2));
  const andTimed = timed > 0 && (tokens[timed].normal === 'and' || butSpeech(timed));
  if (k > floor + 1 && (tokens[k - 1].normal === 'and' || andAdverb || thenAfterComma || butVerb || andTimed) && !restEmpty) {
    // "Graham called both … “crazy” and said …": the second verb shares the clause's subject.
    // "…, and when Ruiz thanked the town and said …": the subordinate clause's subject (the rules alone).
    const andAt = andTimed ? timed : andAdverb ? k - 2 : k - 1;
    const subordinate = ctx.rulesOnly === true && tokens[andAt].normal === 'and' ? findSubordinateSubject(ctx, floor, andAt + 1) : null;
    // "Tom told Ana Diaz, who opened her door and said …": the relative's subject (the rules alone).
    const relative = ctx.rulesOnly === true && tokens[k - 1].normal === 'and' && verb.lemma === 'say' ? findCoordinatedRelativeSpeaker(ctx, k, from) : null;
    // "Guests get tickets, and aides are on hand to take their names and announce …": the last ", and" clause's own subject (the rules alone).
    // "She drew his ire - he called her weak and said …": the clause after the dash (the rules alone).
    const coordinate = ctx.rulesOnly === true && !relative && !subordinate ? inflectedSubject(tokens, findCoordinateSubject(ctx, floor, andAt, true) ?? findDashedSubject(ctx, floor, andAt)) : null;
    const clauseSubject = relative ?? subordinate ?? coordinate ?? findClauseSubject(ctx, floor, k) ?? (ctx.rulesOnly === true && verb.speech ? namedSubjectPastOpening(ctx, floor, k, tokens[k + 1]?.normal === 'that') : null);
    // "…, Bains said, the agent ordered him out and told him …": the clause after the tag (the rules alone).
    const subject = clauseSubject && ctx.rulesOnly === true ? findTaggedClauseSubject(ctx, clauseSubject, k) ?? clauseSubject : clauseSubject;
    // The subordinate clause ends at its comma, where the main clause takes over ("…, a man yelled").
    const forward = findForwardEnd(ctx, afterCue, end, floor);
    const contentEnd = subordinate || relative ? firstCommaOutsideQuotes(tokens, afterCue, forward) : forward;
    // The adverb belongs to the cue, as in "has also said" (widenCueGroup).
    if (subject) return pack(subject, andAdverb ? { from: k - 1, to: k + 1 } : cue, [thatContent(ctx, k, afterCue, contentEnd, true)]);
  }
  if (k > floor + 1 && tokens[k].normal.endsWith('ing') && tokens[k - 1].text !== ',' && !restEmpty && followsReportNoun(ctx, k)) {
    // "Her campaign sent an email to supporters stating …": the participle's subject is the clause's,
    // past an opening phrase ("On Friday, Ruiz issued a statement saying …", the rules alone).
    const subject = findClauseSubject(ctx, floor, k) ?? (ctx.rulesOnly === true ? findSubjectPastOpening(ctx, floor, k) : null);
    if (subject && subject.to < k - 1) return pack(subject, cue, [contentRange(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor), hadThatAt(tokens, k, afterCue))]);
  }
  // `…, said X` or, after a quotation closing the clause, `… “as soon as possible,” said X` (a verb
  // of saying: after `starred in “Parks,”` a verb has its subject before the title).
  // A doubled apostrophe (`,'' said X`) is two tokens (the rules alone).
  const doubled = ctx.rulesOnly === true && k > floor + 2 && tokens[k - 1].text === "'" && tokens[k - 2].text === "'" && tokens[k - 2].end === tokens[k - 1].start && tokens[k - 3].text === ',';
  const quoteClosed = verb.speech && k > floor + 1 && ((CLOSING_MARKS.has(tokens[k - 1].text) && tokens[k - 2].text === ',') || doubled);
  if (k > floor && (tokens[k - 1].text === ',' || quoteClosed)) {
    const after = findSourceAfter(ctx, k + 1, end, { roleToEnd: true });
    // "…, said Ana Ruiz." names the speaker right after the cue; "…, said on the same call" does not.
    // After a quotation the speaker is named ("said Ines Marl"): "posted the clip" has an object there.
    // "Kiedis said his band, known as Dan, wrote new songs.": a head that reports speech of its own is no content of an inverted tag (the rules alone).
    const reportedHead = ctx.rulesOnly === true && !quoteClosed && headReports(ctx, floor, k - 1);
    // "…, saying the fewer guns the better.": a participle names no speaker after it; its subject is the clause's (the rules alone).
    const participle = ctx.rulesOnly === true && tokens[k].normal.endsWith('ing');
    const named = (!quoteClosed || CAPITAL_START.test(tokens[k + 1]?.text ?? '')) && !reportedHead && !participle;
    if (named && after.kind === 'source' && after.range.from === k + 1 && (after.range.to >= end || TERMINAL.test(tokens[after.range.to].text) || endsTag(ctx, after.range.to, end))) {
      // The head is a clause whatever its first word ("In Ohio, turnout fell, said Ruiz."), like "…, Ruiz said." (the rules alone).
      return pack(after.range, cue, [reportedClause(ctx, verb, floor, quoteClosed ? k : k - 1, ctx.rulesOnly === true && verb.speech && !tokens[k].normal.endsWith('ing'))]);
    }
    // "…, said Tom Hale, who leads the county board.": the relative describes the speaker (the rules alone).
    const relativeEnd = ctx.rulesOnly === true && named && verb.speech && !tokens[k].normal.endsWith('ing') && after.kind === 'source' && after.range.from === k + 1 ? findRelativeTail(tokens, after.range.to, end) : -1;
    if (relativeEnd > 0 && after.kind === 'source') return pack({ from: after.range.from, to: relativeEnd }, cue, [reportedClause(ctx, verb, floor, quoteClosed ? k : k - 1, true)]);
    // "The contrast with Hale, said Ruiz, would be clear.": an inverted tag inside the sentence; the words
    // before it and the predicate or clause after it are the content, in two fragments (the rules alone).
    const inner = ctx.rulesOnly === true && named && verb.speech && !quoteClosed && !tokens[k].normal.endsWith('ing') && after.kind === 'source' && after.range.from === k + 1 ? innerTag(ctx, floor, k - 1, after.range, end) : null;
    if (inner) return pack(inner.source, cue, inner.content);
    if (tokens[k].normal.endsWith('ing') && !restEmpty) {
      // The cue just before the comma speaks again ("…,” Spicer said, adding …"); else the clause's subject.
      // "…, and the union has sued the city, saying …": a coordinated clause's own subject (the rules alone).
      const coordinate = ctx.rulesOnly === true ? findCoordinateSubject(ctx, floor, k - 1) : null;
      // "Morales said her husband called her, telling her …": the caller inside the report (the rules alone).
      const caller = ctx.rulesOnly === true ? findContactSubject(ctx, floor, k - 1) : null;
      const subject = caller ?? findEarlierCueSource(ctx, floor, k - 1) ?? coordinate ?? findClauseSubject(ctx, floor, k) ?? (ctx.rulesOnly === true ? findSubjectPastOpening(ctx, floor, k) : null);
      if (subject) return pack(subject, cue, [thatContent(ctx, k, afterCue, findForwardEnd(ctx, afterCue, end, floor), false)]);
    }
  }
  // "Ruiz drew fire by saying the pier was unsafe": after "by" the clause's subject speaks, when no cue of its own stands before the participle (the rules alone).
  if (ctx.rulesOnly === true && verb.speech && k > floor + 1 && tokens[k].normal.endsWith('ing') && BY_GERUND.has(tokens[k - 1].normal) && !restEmpty) {
    const subject = byGerundSubject(ctx, floor, k);
    if (subject) return pack(subject, cue, [contentRange(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor), hadThatAt(tokens, k, afterCue))]);
  }
  // "… have said they would back him, while emphasizing it is no endorsement": the clause's subject (the rules alone).
  const sub = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  // Not after a dash: "the challenge is to find a way … - while arguing …" attaches the participle far back.
  if (ctx.rulesOnly === true && sub > floor + 1 && !restEmpty && !DASHES.has(tokens[sub - 1].text) && !isSpacedDash(tokens, sub - 1) && isParticipleAfterSubordinator(ctx, sub, end)) {
    const subject = findEarlierCueSource(ctx, floor, sub) ?? findClauseSubject(ctx, floor, sub);
    if (subject && !hasOtherInfinitive(ctx, subject.to, sub)) return pack(subject, sub < k - 1 ? { from: k - 1, to: k + 1 } : cue, [contentRange(tokens, afterCue, findForwardEnd(ctx, afterCue, end, floor), hadThatAt(tokens, k, afterCue))]);
  }
  if (k > floor + 1 && DASHES.has(tokens[k - 1].text) && tokens[k].normal.endsWith('ing') && !restEmpty) {
    // "Rubio flipped his choice – saying he …": a participle after a dash, like one after a comma.
    const subject = findClauseSubject(ctx, floor, k);
    if (subject) return pack(subject, cue, [thatContent(ctx, k, afterCue, findForwardEnd(ctx, afterCue, end, floor), false)]);
  }
  return null;
}

const CLOSING_MARKS = new Set(['”', '"', "''"]);

/** The "(" left open before token `to` (from `floor`), or -1 when none is open there. */
function openParenthesisBefore(tokens: readonly Token[], floor: number, to: number): number {
  for (let j = to - 1; j >= floor; j--) {
    if (tokens[j].text === ')') return -1;
    if (tokens[j].text === '(') return j;
  }
  return -1;
}

/** Verbs of saying whose object may be a gerund phrase that reports an act ("reported spending $1 million", "admitted lying"). */
const GERUND_REPORTS = new Set(['report', 'admit', 'acknowledge', 'deny', 'recall', 'suggest']);
const GERUND_OBJECTS = new Set(['NUM', 'SYM', 'DET', 'PRON']);
const NOT_GERUNDS = new Set(['according', 'including', 'regarding', 'concerning', 'following', 'during', 'nothing', 'something', 'anything', 'everything']);

/** A gerund at `j` opening a verb's object: a verb in -ing that is no preposition in disguise. */
function isGerundAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !t.normal.endsWith('ing') || NOT_GERUNDS.has(t.normal)) return false;
  // "reported spending $1.1 million": the tagger may read the gerund as a noun before its object.
  return t.pos === 'VERB' || (t.pos === 'NOUN' && GERUND_OBJECTS.has(tokens[j + 1]?.pos ?? ''));
}

/**
 * An inverted tag inside its sentence ("HEAD, said X, TAIL"): the head from `floor` to the comma at
 * `comma`, and after the speaker a predicate ("would be clear") or a clause ("but her record does not
 * …") to the sentence end, in two fragments. A role with no verb between the speaker's comma and the
 * next one ("said Ana Ruiz, a vice president, the firm …") is the speaker's. A conjunction and a clause
 * ("…, said Ruiz, and the port closed.", "…, but her record does not …") are the tail too. Null when no comma follows the speaker, when the tail is neither, or when it is a reporting
 * participle (", adding …") or a relative describing the speaker.
 */
function innerTag(ctx: AttributionContext, floor: number, comma: number, speaker: TokenRange, end: number): { source: TokenRange; content: TokenRange[] } | null {
  const { tokens } = ctx;
  let source = speaker;
  const role = roleBeforeComma(tokens, speaker.to, end);
  if (role > 0) source = { from: speaker.from, to: role };
  const at = source.to;
  if (tokens[at]?.text !== ',' || at + 1 >= end) return null;
  const first = tokens[at + 1];
  // "…, said Tom Hale, who leads the board": a relative describes the speaker, it reports nothing.
  if (first.normal.endsWith('ing') || QUOTE_MARKS.test(first.text) || RELATIVE.has(first.normal)) return null;
  const head = contentRange(tokens, floor, comma, true, false, false);
  const predicate = first.pos === 'AUX' || (first.pos === 'VERB' && !first.normal.endsWith('ing'));
  const tail = contentRange(tokens, at + 1, end, predicate);
  if (head && tail) return { source, content: [head, tail] };
  // "The town lost, said Ruiz, and the port closed.": a conjunction, then a clause with its own subject (not
  // "reported it to the police, and removed it", whose object the scan took for a speaker), goes on with her words.
  const joined = first.pos === 'CCONJ' && tokens[speaker.from].pos !== 'PRON' && NOUN_PHRASE_OPENERS.has(tokens[at + 2]?.pos ?? '') ? contentRange(tokens, at + 1, end, true) : null;
  return head && joined && hasClause(tokens, floor, comma) ? { source, content: [head, joined] } : null;
}

/** After the speaker's comma at `at`, a role of noun-phrase words up to the next comma ("a vice president,"): where that comma stands, or -1. */
function roleBeforeComma(tokens: readonly Token[], at: number, end: number): number {
  if (tokens[at]?.text !== ',') return -1;
  for (let j = at + 1; j < end && j <= at + 14; j++) {
    const t = tokens[j];
    if (t.text === ',') return j > at + 1 ? j : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON' || RELATIVE.has(t.normal)) return -1;
  }
  return -1;
}

/** A participle at `j` that reports nothing itself ("repeating a broadside", "supporting her"): a verb in -ing, no cue of the lexicon, not "according". */
function isOtherParticipleAt(ctx: AttributionContext, j: number): boolean {
  const t = ctx.tokens[j];
  return t?.pos === 'VERB' && t.normal.endsWith('ing') && t.normal !== 'according' && !cueVerbAt(ctx.tokens, j, ctx.lexicon);
}

/** Subordinators and object relatives whose clause the cue closes ("after Ruiz testified,", "which Ruiz denies,"); not "as" ("As Ruiz noted, …" reports). */
const CLAUSE_CLOSERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'once', 'until', 'unless', 'if', 'which', 'whom']);

/**
 * Whether a subordinator or an object relative stands right before the source at `from`: "after",
 * "which", or "that" after a noun ("a charge that Ruiz denied"; after a verb "that" opens a content).
 */
function closesClauseBefore(tokens: readonly Token[], from: number, floor: number): boolean {
  if (from === 0) return false;
  const prev = tokens[from - 1];
  if (prev.normal === 'that') return from - 2 >= floor && tokens[from - 2].pos === 'NOUN';
  // "… running away, not toward agents as the agency first said, an inspector found": an "as" inside
  // the clause compares with what went before (an opening "As Ruiz noted, …", ", as Ruiz noted, …" and "and as Ruiz noted, …" report).
  if (prev.normal === 'as') return from - 2 >= floor && tokens[from - 2].pos !== 'PUNCT' && tokens[from - 2].pos !== 'CCONJ';
  return CLAUSE_CLOSERS.has(prev.normal) && (from > floor || CAPITAL_START.test(prev.text));
}

// Openers of a clause whose words one may grant or doubt: "If he was driving toward the agents, as the government says, …".
const HEDGES = new Set(['if', 'although', 'though', 'while', 'whereas', 'unless', 'even']);

/**
 * The clause a sentence opens on with "if", "although" or "while", when it ends at the comma before an
 * "as" aside whose source starts at `from` ("If he was driving toward the agents, as the government says,"):
 * its words past the opener; null otherwise.
 */
function hedgedClauseBefore(tokens: readonly Token[], floor: number, from: number): TokenRange | null {
  if (from - 2 <= floor || tokens[from - 1].normal !== 'as' || tokens[from - 2].text !== ',') return null;
  let open = floor;
  if (tokens[open].normal === 'even' && tokens[open + 1]?.normal === 'if') open++;
  if (!HEDGES.has(tokens[open].normal)) return null;
  for (let i = open + 1; i < from - 2; i++) if (tokens[i].pos === 'PUNCT' && tokens[i].text !== '-') return null;
  return contentRange(tokens, open + 1, from - 2, true);
}

const BY_GERUND = new Set(['by', 'upon']);
const SUBORDINATE_OPENERS = new Set(['although', 'though', 'while', 'because', 'whereas', 'when', 'if', 'unless', 'since']);

/**
 * "Ruiz drew fire last week by saying …": the subject of the clause (past an opening phrase) speaks
 * through the participle after "by", when no cue of its own stands between it and the participle
 * ("Ruiz explained the vote by saying …" is one report, whose cue is "explained"), no other verb
 * takes a subject of its own there (a relative, a "that" clause, a subordinate clause or a
 * parenthesis: "… (Tsongas won the primary, although Clinton won the spin by declaring …"), and no
 * quotation stands on the way.
 */
function byGerundSubject(ctx: AttributionContext, floor: number, k: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  const subject = findClauseSubject(ctx, floor, k) ?? findSubjectPastOpening(ctx, floor, k);
  if (!subject) return null;
  for (let j = subject.to; j < k - 1; j++) {
    const t = tokens[j];
    if (cueVerbAt(tokens, j, lexicon) || (t.pos === 'VERB' && lexicon.complements.has(t.normal)) || QUOTE_MARKS.test(t.text) || t.normal === 'that' || RELATIVE.has(t.normal) || t.text === '(' || t.pos === 'SCONJ' || SUBORDINATE_OPENERS.has(t.normal)) return null;
  }
  return subject;
}

/** Heads of a time phrase the scan back may take for a speaker ("The department two weeks ago said"). */
const TIME_HEADS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades', 'ago', 'later']);

/**
 * "said in an oral history of those years that …", "say by 55% to 41% that …", "said before the
 * hearing that …": a phrase opened by a preposition after the cue, with no verb of its own (a
 * participle may modify its noun), quotation or sentence end, up to "that" and a clause (not "all
 * that, …"). Where the clause starts, or -1.
 */
function thatAfterPhrase(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]?.pos !== 'ADP') return -1;
  for (let j = from + 1; j < Math.min(to - 1, from + 25); j++) {
    const t = tokens[j];
    // "said at a center that works with children": "that" and a verb open a relative clause, no report.
    if (t.normal === 'that') return tokens[j + 1].text === ',' || j === from + 1 || tokens[j + 1].pos === 'VERB' || tokens[j + 1].pos === 'AUX' ? -1 : j + 1;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.normal)) || QUOTE_MARKS.test(t.text) || t.text === ';' || TERMINAL.test(t.text)) return -1;
  }
  return -1;
}

/**
 * The reported clause of a verb from `from` to `to` (contentRange), also, after "say", when the tagger
 * read its only verb as a noun ("said the county monitors 200 wells", "…, Ruiz said."; the rules
 * alone, hasMistaggedVerb).
 */
function reportedClause(ctx: AttributionContext, verb: CueVerb, from: number, to: number, anyOpener: boolean): TokenRange | null {
  const { tokens } = ctx;
  const clause = contentRange(tokens, from, to, anyOpener);
  if (clause || ctx.rulesOnly !== true || verb.lemma !== 'say') return clause;
  return hasMistaggedVerb(tokens, from, to) ? contentRange(tokens, from, to, anyOpener, false, false) : null;
}

const NOUN_PHRASE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * The content from `afterCue` to `to`: after "that" any opener (for every method when `everyMethod`,
 * else the rules alone), and a clause whose verb the tagger missed (the rules alone).
 */
function thatContent(ctx: AttributionContext, k: number, afterCue: number, to: number, everyMethod: boolean): TokenRange | null {
  const { tokens } = ctx;
  const that = hadThatAt(tokens, k, afterCue);
  const rules = ctx.rulesOnly === true;
  return contentRange(tokens, afterCue, to, that && (everyMethod || rules)) ?? (rules && that ? untaggedThatClause(tokens, afterCue, to) : null);
}

/**
 * "Aides have emphasized that the families fall into the last category": after the conjunction "that"
 * a clause follows even when the tagger reads its verb as a noun ("fall"); a noun phrase opening it
 * and at least three words, or null.
 */
function untaggedThatClause(tokens: readonly Token[], from: number, to: number): TokenRange | null {
  if (tokens[from - 1]?.pos !== 'SCONJ' || !NOUN_PHRASE_OPENERS.has(tokens[from]?.pos ?? '')) return null;
  const range = contentRange(tokens, from, to, true, false, false);
  return range && range.to - range.from >= 3 ? range : null;
}

/**
 * "He dismissed efforts by some Republicans to spotlight their differences while saying …", "the
 * challenge is to find a way … while arguing …": an infinitive between the subject and the participle
 * has a subject of its own, who may be the one speaking. Not the infinitive of a cue ("have vowed to
 * win back trust, while acknowledging …").
 */
function hasOtherInfinitive(ctx: AttributionContext, from: number, to: number): boolean {
  const { tokens, lexicon } = ctx;
  for (let j = from + 1; j < to - 1; j++) {
    if (tokens[j].normal !== 'to' || tokens[j + 1].pos !== 'VERB') continue;
    const before = tokens[j - 1];
    if (!(lexicon.verbs.has(before.normal) || lexicon.complements.has(before.normal))) return true;
  }
  return false;
}

/** The first comma outside quotation marks in [from, to), or `to`. */
function firstCommaOutsideQuotes(tokens: readonly Token[], from: number, to: number): number {
  let quoted = false;
  for (let j = from; j < to; j++) {
    if (QUOTE_MARKS.test(tokens[j].text)) quoted = !quoted;
    else if (!quoted && tokens[j].text === ',') return j;
  }
  return to;
}

/**
 * A subject whose own verb shows it is one (an auxiliary, or an inflected verb past adverbs: "aides
 * are", "the league strongly denounced"), or null: in "…, but full-time engage with …" the scan took
 * a modifier and a bare verb for a clause.
 */
function inflectedSubject(tokens: readonly Token[], subject: TokenRange | null): TokenRange | null {
  if (!subject) return null;
  let j = subject.to;
  // "Ana Ruiz, the former mayor, proposed …": the appositive's closing comma stands before the verb.
  if (tokens[j]?.text === ',' && subject.to - subject.from > 2 && tokens.slice(subject.from, subject.to).some((t) => t.text === ',')) j++;
  while (tokens[j]?.pos === 'ADV') j++;
  const verb = tokens[j];
  return verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.normal !== verb.lemma)) ? subject : null;
}

// What follows "found out" when it reports nothing: a source ("from"), a topic ("about") or the clause's end.
const FOUND_OUT_FROM = new Set(['from', 'about', 'through', 'via', 'when', '.', ',', 'on', 'in', 'only', 'later', 'after']);

/** Adverbs that may stand between a coordinating "and" (or a verb of saying's "but") and its verb ("and then said", "but now said"). */
const COORDINATED_ADVERBS = new Set(['then', 'later', 'also', 'again', 'finally', 'eventually', 'subsequently', 'quickly', 'now']);

/**
 * "In Dayton, Ana Ruiz thanked the crowd and said …": past an opening phrase, a subject headed by a name
 * or a personal pronoun; any subject when "that" follows the cue (`anyHead`: "Beyond the footage, the
 * affidavit cited interviews and said that …", round 32).
 */
function namedSubjectPastOpening(ctx: AttributionContext, floor: number, k: number, anyHead = false): TokenRange | null {
  const subject = findSubjectPastOpening(ctx, floor, k);
  if (!subject) return null;
  return anyHead || isNamedHead(ctx.tokens, subject.to - 1) ? subject : null;
}

/** A name or a personal pronoun heads the phrase ending at `j`, also before a party tag ("Rick Scott (R)", "Ana Ruiz (D-Ohio)"). */
function isNamedHead(tokens: readonly Token[], j: number): boolean {
  let head = tokens[j];
  if (head.text === ')') {
    let open = j - 1;
    while (open > j - 6 && open > 0 && tokens[open].text !== '(') open--;
    if (tokens[open].text !== '(' || open === 0) return false;
    head = tokens[open - 1];
  }
  return head.pos === 'PROPN' || (head.pos === 'PRON' && PERSONAL.has(head.normal));
}

/** Whether a verb of saying of the lexicon stands in the head before an inverted tag, outside quotation marks. */
function headReports(ctx: AttributionContext, from: number, to: number): boolean {
  let quoted = false;
  for (let j = from; j < to; j++) {
    if (QUOTE_MARKS.test(ctx.tokens[j].text)) quoted = !quoted;
    // "Two officers responded to the scene within minutes, said Sgt. Trent": a set phrase reports nothing (the rules alone).
    if (quoted || (ctx.rulesOnly === true && (isIdiomNoCue(ctx.tokens, j) || isAdjectivalParticiple(ctx.tokens, j)))) continue;
    if (cueVerbAt(ctx.tokens, j, ctx.lexicon)?.speech === true) return true;
  }
  return false;
}

/**
 * What may follow the speaker of "…, said X" to the sentence end: a short modifier ("on Tuesday",
 * "in a statement") or a reporting participle of its own (", adding that …").
 */
function endsTag(ctx: AttributionContext, j: number, end: number): boolean {
  const { tokens, lexicon } = ctx;
  if (onlyModifiersLeft(tokens, j, end, ctx.rulesOnly === true)) return true;
  return tokens[j].text === ',' && j + 1 < end && tokens[j + 1].normal.endsWith('ing') && cueVerbAt(tokens, j + 1, lexicon) !== null;
}

/** A complement cue at `k` ("called X “…”", "vowed to …"), as a Found with one content part. */
function findComplement(ctx: AttributionContext, k: number, from: number, end: number): Found | null {
  const cueEnd = matchPhraseAt(ctx.tokens, k, end, ctx.lexicon.complements);
  if (cueEnd < 0) return null;
  const frame = ctx.lexicon.complementFrames.get(ctx.tokens.slice(k, cueEnd).map((t) => t.normal).join(' '));
  // "Recent polls show Lee ahead": the tagger reads "show" after a plural as a noun.
  const evidenceNoun = frame === 'evidence' && k > 0 && ctx.lexicon.evidenceNouns.has(ctx.tokens[k - 1].normal);
  // "Her family disputes that she was armed": the tagger reads the form in -s as a noun; after a
  // subject's head and before "that" and a subject it is the verb.
  const thatNoun = frame === 'that' && isVerbReadAsNoun(ctx.tokens, k, cueEnd);
  // "Trump's call for a ban": the noun is no report of its own.
  if (ctx.tokens[k].pos !== 'VERB' && !evidenceNoun && !thatNoun) return null;
  const found = frame ? resolveComplement(ctx, k, cueEnd, frame, from, end) : null;
  return found ? { source: found.source, cue: found.cue, content: [found.content] } : null;
}

const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN']);

/** A one-word cue read as a noun between a subject's head and "that" opening a clause with its subject. */
function isVerbReadAsNoun(tokens: readonly Token[], k: number, cueEnd: number): boolean {
  const prev = tokens[k - 1];
  const that = tokens[cueEnd];
  const after = tokens[cueEnd + 1];
  return cueEnd === k + 1 && tokens[k].pos === 'NOUN' && prev !== undefined && HEADS.has(prev.pos) && that?.normal === 'that' && after !== undefined && CLAUSE_OPENERS.has(after.pos) && after.normal !== 'that';
}

/** The paragraph after the one holding token `k`, when it opens on a capital rather than a quotation mark. */
function nextParagraph(ctx: AttributionContext, k: number): TokenRange | null {
  const last = ctx.sentenceOfToken[paragraphEnd(ctx, k) - 1];
  const first = ctx.sentences[last + 1];
  if (!first || !CAPITAL_START.test(ctx.tokens[first.tokenStart].text)) return null;
  return { from: first.tokenStart, to: paragraphEnd(ctx, first.tokenStart) };
}

/** One past the last token of the paragraph holding token `k`. */
function paragraphEnd(ctx: AttributionContext, k: number): number {
  let s = ctx.sentenceOfToken[k];
  while (s + 1 < ctx.sentences.length && ctx.paragraphOf[s + 1] === ctx.paragraphOf[s]) s++;
  return ctx.sentences[s].tokenEnd;
}

/** "X wrote in a post: Do not …": a capitalised text after a colon is a reproduction, not a paraphrase. */
function isVerbatim(ctx: AttributionContext, found: Found): boolean {
  const first = found.content[0].from;
  return first > 0 && ctx.tokens[first - 1].text === ':' && CAPITAL_START.test(ctx.tokens[first].text);
}

const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us', 'whom']);

/**
 * "a day after he said them, …": "say" with an object pronoun right after it repeats words, it
 * reports no clause; "showed them his passport card, …": "show" with one and then a noun phrase up
 * to a break hands something over (the rules alone).
 */
function saysObjectPronoun(tokens: readonly Token[], verb: CueVerb, found: Found): boolean {
  const first = found.content[0].from;
  if (first !== found.cue.to || !OBJECT_PRONOUNS.has(tokens[first].normal)) return false;
  return verb.lemma === 'say' || (verb.lemma === 'show' && handsOver(tokens, first + 1));
}

/**
 * "The video, which she showed to a reporter, begins after …": a cue whose source follows the relative
 * pronoun that is its object, in a clause set off by commas; what follows the closing comma is the head
 * noun's predicate, no words of the source's.
 */
function objectOfRelative(tokens: readonly Token[], found: Found): boolean {
  const before = tokens[found.source.from - 1];
  if (!before || !(before.normal === 'which' || (before.normal === 'that' && tokens[found.source.from - 2]?.text === ','))) return false;
  if (found.source.to > found.cue.from) return false;
  for (let j = found.cue.to; j < found.content[0].from; j++) if (tokens[j].text === ',') return true;
  return false;
}

const HANDED_PARTS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** From `from`, a noun phrase that runs to a comma, a full stop or the text's end: "his passport card,". */
function handsOver(tokens: readonly Token[], from: number): boolean {
  let j = from;
  while (j < tokens.length && HANDED_PARTS.has(tokens[j].pos) && tokens[j].normal !== 'that') j++;
  return j > from && (j === tokens.length || /^[,.;]$/.test(tokens[j].text));
}

function toSpan(ctx: AttributionContext, r: TokenRange): Span {
  return makeSpan(ctx.text, ctx.tokens[r.from].start, ctx.tokens[r.to - 1].end);
}

const cueStarts = new WeakMap<CueLexicon, ReadonlySet<string>>();

/**
 * Every word a cue of the loop below can start with: a verb form (cueVerbAt, evidenceVerbAt), the
 * first word of a source-after phrase or of a complement, "in" of a poll phrase (isPollPhrase) and "per".
 * Most tokens are none of these, and the loop skips them with one look-up (speed only).
 */
function cueStartsOf(lexicon: CueLexicon): ReadonlySet<string> {
  let starts = cueStarts.get(lexicon);
  if (!starts) {
    starts = new Set(['in', 'per', ...lexicon.verbs.keys(), ...lexicon.sourceAfterPhrases.keys(), ...lexicon.complements.keys()]);
    cueStarts.set(lexicon, starts);
  }
  return starts;
}

/**
 * Reported speech without (or with only some) quotation marks: "X said (that) …", "…, X said.",
 * "According to X, …", "…, according to X.", "…, said X.", "X, saying …", "X wrote: …".
 * Tokens for which `blocked` is true (inside direct quotes, or cues already used) are skipped;
 * `cueBlocked` may block more tokens as cues only (any quoted text: "I think" inside a quotation
 * is the quoted speaker's hedge, not a new attribution). `complements: false` leaves out the cues whose
 * content is a noun phrase or an infinitive (vocab/cues.json "complements"; resolveComplement).
 */
/**
 * "He blamed the driver for the crash, the agency said.": a relation of the same sentence whose source
 * and cue follow a comma inside another's last content part and close it, and whose content holds that
 * other's cue, is the tag that reports it; the inner content ends at that comma.
 */
function cutBeforeOuterTags(ctx: AttributionContext, founds: readonly Found[]): Found[] {
  const { tokens, lexicon } = ctx;
  // Only a tag of saying: a belief tag ("…, analysts think") stays nested in the content, and dropNestedBeliefs drops it.
  const says = (f: Found): boolean => cueVerbAt(tokens, f.cue.from, lexicon)?.speech === true;
  return founds.map((inner) => {
    const last = inner.content[inner.content.length - 1];
    const tag = founds.find((outer) => outer !== inner && says(outer) && outer.source.from > inner.cue.to && outer.source.to <= outer.cue.from && last.from < outer.source.from && outer.cue.to <= last.to && outer.content.some((r) => r.from <= inner.cue.from && inner.cue.to <= r.to));
    if (!tag || tokens[tag.source.from - 1]?.text !== ',') return inner;
    // The tag closes the content ("…, officials said Tuesday"); a tag inside it ("no different, he said, from …") is an aside.
    for (let j = tag.cue.to; j < last.to; j++) if (tokens[j].text === ',' || tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return inner;
    const cut = contentRange(tokens, last.from, tag.source.from - 1, true, false, false);
    return cut ? { ...inner, content: [...inner.content.slice(0, -1), cut] } : inner;
  });
}

/**
 * "… on a tourist visa that later expired, according to his sister, and has no criminal record, according
 * to court records": a tag whose words stand before it ends at an earlier tag of the same kind inside
 * them; the second report opens after the first one's source (and its "and"). The rules alone; PolNeAR
 * train and dev, rules and scored, unchanged.
 */
function cutAfterEarlierTags(ctx: AttributionContext, founds: readonly Found[]): Found[] {
  const { tokens } = ctx;
  return founds.map((outer) => {
    const first = outer.content[0];
    if (!first || first.to > outer.cue.from) return outer;
    const earlier = founds.find((g) => g !== outer && g.cue.from > first.from && g.source.from > g.cue.from && g.source.to < first.to && tokens[g.cue.from - 1]?.text === ',' && tokens[g.source.to]?.text === ',');
    if (!earlier) return outer;
    let from = earlier.source.to + 1;
    if (tokens[from]?.normal === 'and') from++;
    const cut = contentRange(tokens, from, first.to, true, false, false);
    return cut ? { ...outer, content: [cut, ...outer.content.slice(1)] } : outer;
  });
}

// Words that open, after a tag, a clause set against the speaker's: "while prosecutors said …".
const CONTRASTS = new Set(['while', 'whereas', 'but']);

// Subordinators that, right before a mid-sentence tag, leave the clause before them the writer's.
const LEAD_SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas']);

export function findIndirectAttributions(ctx: AttributionContext, blocked: Blocked, cueBlocked: Blocked = blocked, options: { complements?: boolean } = {}): AttributionDraft[] {
  const complements = options.complements !== false;
  const { tokens, sentences, lexicon, text } = ctx;
  const starts = cueStartsOf(lexicon);
  const drafts: AttributionDraft[] = [];
  for (const sentence of sentences) {
    if (HEADER_FIELD.test(text.slice(sentence.start, sentence.start + 16))) continue;
    const { tokenStart: from, tokenEnd: end } = sentence;
    const inSentence: Found[] = [];
    for (let k = from; k < end; k++) {
      if (!starts.has(tokens[k].normal) || cueBlocked(k)) continue;
      // "In a county poll taken in May, 58 percent said …": an opening poll reads like "According to X, …" (the rules alone).
      // "Per the man's brother, …", "…, per CTV News." reads like "according to" (the rules alone; resolveSourcePhrase tells which "per").
      const phraseEnd = ctx.rulesOnly === true && ((isPollPhrase(tokens, k, end) && findClauseFloor(ctx, from, k) === k) || tokens[k].normal === 'per') ? k + 1 : matchPhraseAt(tokens, k, end, lexicon.sourceAfterPhrases);
      const verb = phraseEnd > 0 || (ctx.rulesOnly === true && (isAdjectivalParticiple(tokens, k) || isIdiomNoCue(tokens, k))) ? null : (cueVerbAt(tokens, k, lexicon, { agreement: ctx.rulesOnly === true }) ?? (ctx.rulesOnly === true ? evidenceVerbAt(tokens, k, lexicon) : null));
      const byVerb = verb && !(ctx.rulesOnly === true && isUnassertedVerb(tokens, k, verb, lexicon, from, end)) ? resolveVerb(ctx, k, verb, from, end) : null;
      const verbFound = verb && byVerb && !(ctx.rulesOnly === true && (lacksReportedClause(ctx, k, verb, byVerb.source, byVerb.content) || placesObject(ctx, k, verb, byVerb.content) || saysObjectPronoun(tokens, verb, byVerb) || objectOfRelative(tokens, byVerb) || opensConcession(tokens, byVerb.cue, byVerb.content) || opensDemonstrativeObject(tokens, byVerb.cue, byVerb.content))) ? byVerb : null;
      // "As reported by the Star, …" reads like "According to the Star, …" (the rules alone).
      // "The meeting was first reported by Politico.": the agent reported the subject (the rules alone).
      const asReported = ctx.rulesOnly === true && phraseEnd < 0 ? (findAsReportedBy(ctx, k, from, end) ?? findPassiveReport(ctx, k, from, end)) : null;
      const found = asReported ?? (phraseEnd > 0 ? resolveSourcePhrase(ctx, k, phraseEnd, from, end) : verbFound) ?? (phraseEnd > 0 || !complements ? null : findComplement(ctx, k, from, end));
      if (found) inSentence.push(found);
    }
    // "He blamed the driver for the crash, the agency said.": the inner report ends before the tag that reports it (the rules alone).
    for (const found of ctx.rulesOnly === true ? cutAfterEarlierTags(ctx, cutBeforeOuterTags(ctx, inSentence)) : inSentence) {
      if (found.content.some((r) => blocked(r.from))) continue;
      const fragments = found.content.map((r) => toSpan(ctx, r));
      const grouped = widenCueGroup(tokens, found.source, ctx.rulesOnly === true ? widenCueRelease(tokens, found.cue, found.source) : found.cue);
      const inRanges = (k: number): boolean => [found.source, ...found.content].some((r) => r.from <= k && k < r.to);
      const cueRange = ctx.rulesOnly === true ? widenCueAdverb(tokens, widenCueStatement(tokens, grouped, inRanges), inRanges) : grouped;
      drafts.push({
        kind: fragments.some((f) => QUOTE_MARKS.test(f.text)) ? 'mixed' : isVerbatim(ctx, found) ? 'direct' : 'indirect',
        source: toSpan(ctx, found.source),
        cue: toSpan(ctx, cueRange),
        fragments,
        sentence: sentence.index,
        cueTokens: Array.from({ length: cueRange.to - cueRange.from }, (_, i) => cueRange.from + i),
      });
    }
  }
  return drafts;
}

const TIME_CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'before', 'after', 'until']);

/** The end of a quotation that opens at `from` and closes before a lower-case "as", "while", "when" … clause within `to`; else `to`. */
function quotationBeforeTimeClause(tokens: readonly Token[], from: number, to: number): number {
  if (!/^["“]$/.test(tokens[from]?.text ?? '')) return to;
  for (let j = from + 1; j < to; j++) {
    if (!/^["”]$/.test(tokens[j].text)) continue;
    const next = tokens[j + 1];
    // Not "“no opinion” when asked whether …": the question the words answer.
    return next !== undefined && j + 1 < to && TIME_CLAUSE_OPENERS.has(next.text) && tokens[j + 2]?.normal !== 'asked' ? j + 1 : to;
  }
  return to;
}
