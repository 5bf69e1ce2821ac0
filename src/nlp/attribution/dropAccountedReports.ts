import { matchPhraseAt, tokenAtOrAfter, type AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { makeSpan } from '../../lib/spans.js';

const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ANY_LETTER = /\p{L}/u;

/**
 * Whether the draft's cue names an account rather than a speaker: "according to" (the phrase of
 * vocab/cues.json whose source follows it) or the "in" of a poll phrase ("In a county poll, …").
 */
function isAccountCue(ctx: AttributionContext, d: AttributionDraft): boolean {
  if (d.cueTokens.length === 0) return false;
  const first = d.cueTokens[0];
  const end = d.cueTokens[d.cueTokens.length - 1] + 1;
  if (end === first + 1 && ctx.tokens[first].normal === 'in') return true;
  return matchPhraseAt(ctx.tokens, first, end, ctx.lexicon.sourceAfterPhrases) === end;
}

function cueInsideContent(inner: AttributionDraft, outer: AttributionDraft): boolean {
  const cue = inner.cue;
  return outer !== inner && cue !== null && outer.fragments.some((f) => f.start <= cue.start && cue.end <= f.end);
}

/**
 * Whether the inner relation opens the fragment of the account's content that holds its cue: no
 * word of that fragment stands before its source, cue or content ("According to the report, the
 * guard told …", "“…,” Ruiz said, according to …"). A report further in, such as one inside a
 * relative clause ("their names came up after a shooting in which the victim told detectives …"), is
 * a detail of what the account says and stays.
 */
function opensAccount(ctx: AttributionContext, inner: AttributionDraft, account: AttributionDraft): boolean {
  const cue = inner.cue;
  if (!cue) return false;
  const first = Math.min(cue.start, inner.source?.start ?? cue.start, ...inner.fragments.map((f) => f.start));
  return account.fragments.some((f) => f.start <= cue.start && cue.end <= f.end && first >= f.start && (!ANY_LETTER_OR_DIGIT.test(f.text.slice(0, first - f.start)) || isOpeningPhrase(ctx, f.start, first)));
}

/**
 * "On Monday, Ruiz said …, according to the Star.": between `start` and `end` (characters) a short
 * phrase with no verb or quotation, closed by a comma, opens the account's content before the report
 * (the rules alone, like the whole pass).
 */
function isOpeningPhrase(ctx: AttributionContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  const from = tokenAtOrAfter(tokens, start);
  let last = from;
  for (let k = from; k < tokens.length && tokens[k].end <= end; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || /["“”]/u.test(t.text) || (t.text === ',' && k < tokens.length - 1 && tokens[k + 1].end <= end && tokens[k + 1].text !== ',')) return false;
    last = k;
  }
  return last - from >= 1 && last - from <= 12 && tokens[last].text === ',';
}

/**
 * "The AP reported that, according to an analysis of the records, 85 of the meetings …": the account
 * stands inside the report, whose content goes on past the account's source; that report is the
 * outer one. A report whose content only runs on to the end of its sentence over a closing "…,
 * according to X." does not hold the account.
 */
function holdsAccount(inner: AttributionDraft, account: AttributionDraft): boolean {
  const { cue, source } = account;
  if (!cue || !source || !cueInsideContent(account, inner)) return false;
  return inner.fragments.some((f) => f.start <= cue.start && source.end < f.end && ANY_LETTER.test(f.text.slice(source.end - f.start)));
}

const POLL_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies']);

/** Whether the draft's source names a poll, a survey or a study ("A county poll in May", "The survey"): what it shows is what respondents answered. */
function isPollSource(ctx: AttributionContext, d: AttributionDraft): boolean {
  const source = d.source;
  if (!source || !d.cue || isAccountCue(ctx, d)) return false;
  for (let k = tokenAtOrAfter(ctx.tokens, source.start); k < ctx.tokens.length && ctx.tokens[k].end <= source.end; k++) if (POLL_NOUNS.has(ctx.tokens[k].normal)) return true;
  return false;
}

/** Whether a word of the draft's cue is a verb of saying ("said", "say"). */
function hasSpeechCue(ctx: AttributionContext, d: AttributionDraft): boolean {
  return d.cueTokens.some((k) => ctx.lexicon.verbs.get(ctx.tokens[k].normal)?.speech === true);
}

/**
 * "A county poll in May showed that 58 percent of voters said they would back the levy": the
 * respondents' answers reach the text only through the poll, as after "In a county poll, …"; a
 * report whose verb of saying stands anywhere in the poll's content is the poll's (PolNeAR train,
 * round 29: 9 such relations of the rules, none annotated; gold gives the words to the poll).
 */
function isPollAnswer(ctx: AttributionContext, d: AttributionDraft, polls: readonly AttributionDraft[]): boolean {
  return polls.some((o) => cueInsideContent(d, o)) && hasSpeechCue(ctx, d);
}

const SHARES = new Set(['percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'plurality']);

/**
 * "The poll also finds that, while 37 percent of voters say …", "Polls show as many as 30 percent of
 * his backers say …": a share of people whose verb of saying follows a poll, survey or study named
 * earlier in its sentence answers that poll, even when the poll's own verb ("finds", "has bad news
 * for") is no cue the rules read (PolNeAR train, round 30: 8 such relations of the rules, 1 annotated).
 */
function isShareAfterPoll(ctx: AttributionContext, d: AttributionDraft): boolean {
  const { tokens } = ctx;
  const source = d.source;
  if (!source || !hasSpeechCue(ctx, d)) return false;
  const from = tokenAtOrAfter(tokens, source.start);
  let share = false;
  for (let k = from; k < tokens.length && tokens[k].end <= source.end; k++) if (SHARES.has(tokens[k].normal)) share = true;
  if (!share) return false;
  for (let k = ctx.sentences[d.sentence].tokenStart; k < from; k++) if (POLL_NOUNS.has(tokens[k].normal)) return true;
  return false;
}

const DOCUMENT_NOUNS = new Set(['report', 'reports', 'copy', 'records', 'record', 'documents', 'document', 'memo', 'email', 'emails', 'letter', 'filing', 'complaint', 'affidavit', 'transcript']);
const WRITING_VERBS = new Set(['wrote', 'writes', 'write']);

/**
 * "An officer wrote in his report that the teen reached …, according to a copy of the report obtained
 * by the Ledger": the account is the very document the inner source wrote, so what it says is theirs,
 * seen by the outlet in their own words; the inner relation stays beside the account.
 */
function writtenInAccount(ctx: AttributionContext, inner: AttributionDraft, account: AttributionDraft): boolean {
  const source = account.source;
  if (!source || !inner.cueTokens.some((k) => WRITING_VERBS.has(ctx.tokens[k].normal))) return false;
  for (let k = tokenAtOrAfter(ctx.tokens, source.start); k < ctx.tokens.length && ctx.tokens[k].end <= source.end; k++) {
    if (DOCUMENT_NOUNS.has(ctx.tokens[k].normal)) return true;
  }
  return false;
}

// Pages and posts a party publishes itself: "a GoFundMe page", "a fundraising page", "a post on Facebook".
const OWN_PAGE_NOUNS = new Set(['gofundme', 'fundraiser', 'page', 'post', 'posts', 'website', 'blog']);
// What opens a page's name that is no one else's: "a GoFundMe page", "her Facebook post".
const OWN_PAGE_OPENERS = new Set(['a', 'an', 'his', 'her', 'their']);

/**
 * "The family … says he was shot in the back, according to a GoFundMe page set up for his funeral":
 * the account is a page or post the inner source put out, so what it says is theirs, as for a
 * document they wrote (writtenInAccount); the inner relation stays beside the account.
 */
function publishedInAccount(ctx: AttributionContext, inner: AttributionDraft, account: AttributionDraft): boolean {
  const source = account.source;
  if (!source || !hasSpeechCue(ctx, inner)) return false;
  // A page of no one named, or theirs: not "the school's Facebook post", which another put out.
  const from = tokenAtOrAfter(ctx.tokens, source.start);
  if (!OWN_PAGE_OPENERS.has(ctx.tokens[from]?.normal ?? '')) return false;
  for (let k = from; k < ctx.tokens.length && ctx.tokens[k].end <= source.end; k++) {
    if (OWN_PAGE_NOUNS.has(ctx.tokens[k].normal)) return true;
  }
  return false;
}

// Records of the very words spoken: "a transcript of the hearing", "a recording of the call", "video of the meeting".
const VERBATIM_NOUNS = new Set(['transcript', 'transcripts', 'recording', 'recordings', 'audio', 'video', 'videos', 'footage', 'tape', 'tapes']);

/**
 * "“He was face down in the dirt,” Beltrán told the court, according to a transcript of the hearing":
 * the account is a record of the inner source's own words as spoken, so what it says is theirs, as
 * for a document they wrote (writtenInAccount); the inner relation stands, and the account, which says
 * nothing of its own, goes.
 */
function recordedInAccount(ctx: AttributionContext, inner: AttributionDraft, account: AttributionDraft): boolean {
  const source = account.source;
  if (!source || !hasSpeechCue(ctx, inner)) return false;
  for (let k = tokenAtOrAfter(ctx.tokens, source.start); k < ctx.tokens.length && ctx.tokens[k].end <= source.end; k++) {
    if (VERBATIM_NOUNS.has(ctx.tokens[k].normal)) return true;
  }
  return false;
}

/**
 * "“We will appeal,” Ruiz said, according to the Salem Star.", "According to the county's report, the
 * guard told investigators the gate was open.", "In a county poll, 58 percent said …": what Ruiz,
 * the guard or the respondents said reaches the text only through the account, which the outer
 * relation names as its source and whose content holds the inner report whole. The inner relation
 * would put words in their mouth that nobody has seen them say (PolNeAR annotates only the outer
 * relation: on train, 6 of 44 such inner relations of the rules are annotated), so it is dropped and
 * the account stands.
 */
export function dropAccountedReports(ctx: AttributionContext, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  const accounts = drafts.filter((d) => isAccountCue(ctx, d));
  const polls = drafts.filter((d) => isPollSource(ctx, d));
  const ownWords = (d: AttributionDraft, o: AttributionDraft) => writtenInAccount(ctx, d, o) || publishedInAccount(ctx, d, o) || recordedInAccount(ctx, d, o);
  // A record of someone's words as spoken says nothing of its own: the words are theirs alone.
  const records = new Set(accounts.filter((o) => drafts.some((d) => recordedInAccount(ctx, d, o) && cueInsideContent(d, o))));
  const kept = drafts.filter((d) => !records.has(d) && !accounts.some((o) => opensAccount(ctx, d, o) && !holdsAccount(d, o) && !ownWords(d, o)) && !isPollAnswer(ctx, d, polls) && !isShareAfterPoll(ctx, d));
  // The writer's words end where the outlet's sourcing of them begins (", according to a copy …").
  return kept.map((d) => {
    const account = accounts.find((o) => ownWords(d, o) && cueInsideContent(o, d));
    return account ? cutBefore(ctx.text, d, account.cue!.start) : d;
  });
}

function cutBefore(text: string, d: AttributionDraft, at: number): AttributionDraft {
  let end = at;
  while (end > 0 && /[\s,;—–-]/u.test(text[end - 1])) end--;
  const fragments = d.fragments.filter((f) => f.start < end).map((f) => (f.end > end ? makeSpan(text, f.start, end) : f));
  return fragments.length ? { ...d, fragments } : d;
}
