import type { Analysis, Mention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { StageRef } from '../../domain/stage.js';
import { makeSpan } from '../../lib/spans.js';
import { buildContext, tokenAtOrAfter, type AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { continueQuotedSentences } from './continueQuotedSentences.js';
import { dropEmbeddedPronounReports } from './dropEmbeddedPronounReports.js';
import { dropNestedBeliefs } from './dropNestedBeliefs.js';
import { dropRelayedReports } from './dropRelayedReports.js';
import { dropNestedReports } from './dropNestedReports.js';
import { dropAccountedReports } from './dropAccountedReports.js';
import { loadCueLexicon } from './cueLexicon.js';
import { findAccountColons } from './findAccountColons.js';
import { findPositionClauses } from './findPositionClauses.js';
import { findColonLeads } from './findColonLeads.js';
import { findDirectQuotes } from './findDirectQuotes.js';
import { findIndirectAttributions } from './findIndirectAttributions.js';
import { repairNameVerbs } from './repairNameVerbs.js';
import { repairSpeakerTokens } from './repairSpeakerTokens.js';
import { findQuotes } from './findQuotes.js';
import { finishOpenQuotes } from './finishOpenQuotes.js';
import { findLearnedAttributions, findScoredLearnedAttributions } from './learned/findLearnedAttributions.js';
import { listRelationCandidates, touchesAnyRelation, type RelationCandidate } from './learned/listRelationCandidates.js';
import { narrowToProductSpans } from './learned/narrowToProductSpans.js';
import { loadRelationScorer } from './learned/relationScorerModel.js';
import { selectScoredRelations } from './learned/selectScoredRelations.js';
import { loadTaggerModel, type TaggerModel } from './learned/taggerModel.js';
import { dropParticipleContents } from './dropParticipleContents.js';
import { dropLinkLines } from './dropLinkLines.js';
import { dropPredicateContents } from './dropPredicateContents.js';
import { dropTagContents } from './dropTagContents.js';
import { cutAccountObject } from './cutAccountObject.js';
import { dropAnonymityRequests } from './dropAnonymityRequests.js';
import { dropTimeSources } from './dropTimeSources.js';
import { trimRelativeHead } from './trimRelativeHead.js';
import { dropRelativeObjectReports } from './dropRelativeObjectReports.js';
import { cutCoordinatedReports } from './cutCoordinatedReports.js';
import { extendThingRelative } from './extendThingRelative.js';
import { dropOwnVersions } from './dropOwnVersions.js';
import { trimSourceObject } from './trimSourceObject.js';
import { trimSourceTime } from './trimSourceTime.js';

/**
 * 'rules': the hand-written passes alone. 'learned': the tagger trained on PolNeAR alone (its span
 * conventions: content keeps quotation marks and a leading "that"). 'combined': the rules, plus
 * every learned relation whose cue and content the rules left untouched. 'confident': the same,
 * keeping only learned relations that have a source and that the tagger is sure of
 * (LEARNED_CONFIDENCE_FLOOR), narrowed to the product's span convention. 'scored': the candidates
 * of 'combined' (learned ones narrowed likewise), each kept only if the relation scorer
 * (models/relationScorer.json) finds it likely enough to be right; rules relations can be dropped too.
 */
export type AttributionMethod = 'rules' | 'learned' | 'combined' | 'confident' | 'scored';

export interface AttributionOptions {
  readonly method?: AttributionMethod;
}

/**
 * The least confidence (scoreRelationConfidence: best path minus best path without the cue) for a
 * learned relation to join the rules'. Chosen on PolNeAR train by a held-out split (train on 560
 * articles, measure on the other 280; docs/attribution.md): linked precision .85 with it.
 */
export const LEARNED_CONFIDENCE_FLOOR = 450;

// Version 25: a past tense the tagger read as a noun before a bare noun ("the family deserved answers", hasMistaggedVerb).
// Version 26: a live blog's time stamp opening an entry ("4:02 p.m. — ") is no part of a content, like a dateline;
// a listener whose name opens on a word the tagger reads as a verb ("told The Associated Press the …").
// Version 27 (round 28): a report opening an account's content is the account's (dropAccountedReports); "maintain"
// and "boast" need a clause; no preposition's object as a speaker; a subject pronoun is the whole subject; a
// participle after a subject's aside; an appositive whose closing comma is missing (docs/attribution.md).
// Version 28 (round 29): a bare verb between a noun and an inflected verb heads a compound noun ("the river walk
// told"); a report inside what a poll, survey or study shows is the poll's (dropAccountedReports); a participle
// after ", and <subject> <verb> …" is that clause's (findCoordinateSubject); "Ruiz thanked the …" is no noun phrase.
// Version 29 (lead, probes): no report in a question with "do" nor in a clause a demand governs
// (isUnassertedVerb); a listed adverbial whose noun runs on is crossed whole ("in court filings").
// Version 30 (round 30): a participle after a quotation skips the cues inside it ("she stated, “… I think …,” adding");
// a day between "and"/"but" and the verb coordinates it like "and said" ("… and on Monday announced", findTimedConjunction);
// the name before a party tag heads an appositive or relative after it ("Sen. Ana Ruiz, R-Ill., who …, said");
// a work's quoted title after the tag is no quotation ("…, she wrote in her memoir, “Hard Water.”", isWorkTitleAt);
// a share of people saying something after a poll named earlier in the sentence answers the poll (dropAccountedReports);
// "On Monday, Ruiz said …, according to X." is X's account, the short opening phrase no bar (resolveSourcePhrase, dropAccountedReports);
// "add" with an object and "to" a noun phrase puts something somewhere (vocab/cues.json "placing", placesObject);
// a dash aside may follow a short opening phrase or stand between spaced hyphens (findDashAsideSubject).
// Version 31 (lead, probes): after a tag's comma, a phrase running into a relative "that" is no content
// ("…, his mother said, in an arrest that …"); an "as" inside a clause compares ("not toward agents as the agency said,");
// "A passenger who survived(, a …,) said", "One of them, Jamal Wright, said"; "found" is never a noun; a tag
// may end on a participle describing its report ("… found in a report released Tuesday.").
// Version 32 (round 31): recall of speech relations and wrong speakers of participles (docs/attribution.md,
// round 31): "…, saying that as president, …"; "X, according to Y, VERB …"; "X was reported by Y"; "X are
// more likely to say"; an inverted tag inside its sentence; a listener "X of Y".
// Version 33 (lead, probes): a short capitalised word ending its sentence before a name is no title
// abbreviation ("said Debra Vance of El Paso. Smith said" lost the first relation; isNpToken); "earlier" and
// "later" before a noun are inside the phrase ("The agency's earlier statement said" had "statement" alone);
// a phrase opening on "by" after a participle is its agent, the noun before the participle its head
// ("Body-camera footage released Tuesday by the Department … shows" had "Tuesday by the Department …");
// a verb of saying in -s the tagger reads as a noun between subject and object is a verb ("The suit
// disputes that account, saying …"), "complex" of "apartment complex" a noun; "shot", "struck" … are
// participles like "-ed" ones, and "on Saturday" before the verb a time ("The family of a teenager shot
// … at a Pasadena apartment complex on Saturday says" had no relation).
// Left at 45 at stop 40 (the rules alone): "Prosecutors alleged in a court filing that …" (cueVerbAt);
// "dispute that" as a complement cue; "Agent A stated" (repairSpeakerTokens); ", but later said …" ends the
// report before it (butClauseEnd); "ICE spokesman Luis Ortiz: “…”" (findNameColonSpeaker); "described what
// she saw:" (whatLeadIn). On train the rules gain one relation of 9,857 and the probe fingerprint is
// unchanged: the stacked tagger, trained on the rules' roles, is not retrained for it (a bump would fail
// checkTrainedRules; docs/attribution.md, stop 40). Left at 45 at stop 41 too: "federal prosecutors
// alleged Ortega struck …" (cueVerbAt, the rules alone) changes nothing on train nor the fingerprint.
// Left at 45 at stop 53 (the rules alone): "Attorney Naomi Whitfield of the Northwest Immigrant Rights Project
// said" (a compass word opening a name), "His lead counsel" (repairSpeakerTokens); "he never heard Quiroga say …" (isUnassertedVerb).
// PolNeAR train and dev unchanged, fingerprint unchanged.
// Left at 45 at stop 54 (dropAccountedReports, resolveSourcePhrase): "“…,” Beltrán told the court, according to a
// transcript of the hearing" is Beltrán's, the record dropped; "Per CBP policy, …" names no source. Dev unchanged;
// train loses 2 linked relations of 9,411 (gold gives "according to audio provided by X" to X); fingerprint unchanged.
// Left at 45 at stop 56 (findAsideSubject, the rules alone): "His brother, Francisco Aldama, reached by phone in
// Nogales, Sonora, said" has the brother speak, not "Sonora". Train: one source loses its "of course"; fingerprint unchanged.
// "In a brief written statement, she said" (cueVerbAt): "written" before "statement" is no cue with "a brief" its source; train unchanged.
// "According to the complaint, when Ruiz asked the officers who they were, one of them sprayed …" (subordinateClauseEnd):
// the question ends at the comma before the main clause. Train: +3 exact contents, none lost.
// "A CBP statement issued March 8 said" (overDatedParticiple: a month and day); "said about a dozen students saw …"
// (foundRelation); "an agent can be heard saying “stop resisting” as …" (findSourceBefore, and the quotation ends
// before the writer's "as" clause); "posting on X that" (vocab/cues.json). Train: one linked relation lost of 9,409
// ("asked Mills, Sullivan and Abedin …" cut at the list's comma by subordinateClauseEnd); fingerprint unchanged.
// "…, pastor of Our Lady of Peace Catholic Church, where the family attends Mass, said" (findAppositiveSource): the
// appositive closes before the "where" clause. Train unchanged.
// "Communities United Against Police Brutality, a local advocacy group, said" (isNpToken: a capitalised preposition
// between capitalised words is a word of a name). Train unchanged; fingerprint unchanged.
// "— U.S. Rep. Veronica Escobar, a Democrat: “…”" (findNameColonSpeaker: a short appositive before the colon). Train unchanged.
// "Three of them, interviewed separately by the Observer, said" (findAsideSubject: a part of a group; an adverb
// between the participle and its preposition). Train unchanged.
// Left at 45 at stop 57 (the rules alone): "Frey, who said the video was “sickening,” demanded …" (findRelativeEnd: a
// quotation closed on the clause's comma ends it); "Frey, who called the shooting “reckless,” demanded …"
// (resolveComplement: a complement cue in a relative clause, the pronoun its source, the content ending at the first
// comma outside quotation marks). Train: 40 relations more, exact sources 8,887 → 8,915, contents 7,705 → 7,725,
// linked 9,409 → 9,436; dev unchanged; fingerprint unchanged (checkTrainedRules passes).
// `"Not at that moment," Kessler answered.` then a paragraph that is one quotation: the next question of the
// exchange, not more of the answer (findDirectQuotes, answersQuestion). Train unchanged.
// "described the officer as in front of the car when the video shows him to its side" (findForwardEnd): what a
// recording shows after "when", "but", "though" is the writer's. Train unchanged.
// "said the agent fired, and we see no reason to doubt it" (findForwardEnd): a clause the writer opens with "I" or
// "we" after a comma and a conjunction ends the content. Train: one relation of "Survey I … showed" (source "I") lost.
// "Delia Montemayor, a cashier on her break, said" (isNpToken: a noun after a preposition and a possessive that the
// tagger reads as a verb). Train unchanged.
// "On Tuesday morning Henley tweeted", "Late Friday Ruiz said" (findSourceBefore, withoutOpeningDay): the day opening
// the phrase before a name is when, not who. Train unchanged.
// ", without naming Whitfield" ends a content, after a comma or a quotation closed on one; a content that opens on a
// quotation mark is quoted from its first token (findForwardEnd). Train: 2 contents end at their closing quotation
// mark ("… we begin another,” and he vowed …"), no relation gained or lost.
// "Hollander, the DHS spokesman, alleged on Sunday that …" (cueVerbAt: a past form read as an adjective after the
// aside's comma, a day or a phrase, then "that"). Train unchanged.
// Left at 45 at stop 58 (the rules alone): "“No, sir,” Banning answered" after "Agent Kyle Banning" (repairNameVerbs:
// a word in -ing the text writes as the last of a full name is a surname); "A pedestrian, Arturo Feliciano, 52, said"
// (repairSpeakerTokens: a word alone between an opening "a" and the comma before a name is a noun). Train: one
// relation more ("America Rising, a conservative political action committee, called …"); fingerprint unchanged.
// "The Guatemalan consul in Del Rio, Texas, whose office …, said" is the consul, not "Texas" (findAppositiveSource,
// overPlaceOfName); "what the video shows, though one witness said …" gives the video no content (opensConcession).
// Train: one source whole ("Paul Porter, a truck driver from Ava, Mo., who …" had been "Mo., who …"), nothing lost.
// "said Kwame Adeyemi, the family's attorney, at a news conference outside …": an adverbial naming the report's
// occasion after the appositive's comma closes it (findSourceAfter, reportOccasionAt). Train: one source whole
// ("James Lewis, an international cyber policy expert at the Center for …"), nothing lost.
// "conceded under questioning that …" (skipAdverbialToThat: a gerund after a preposition), "…, Renwick acknowledged
// under questioning from Castellanos." (onlyModifiersLeft: "under"). Train: three relations more ("Zucker responded by
// saying that …" and "Rubio responded …" are in gold), nothing lost.
// "Claim: “…” — Assistant Secretary Dana Whitcomb, in a post on X": a fact check's label is no speaker
// (findNameColonSpeaker) and the quotation after it opens its sentence for the dash's credit (findDirectQuotes). Train unchanged.
// "…, she said, but ICE's March 9 release stated …": a subject with a possessive and a date opens another's report
// after the contrast (opensOwnReport). Train unchanged.
// "…, the release states." (repairSpeakerTokens: "states" after "the" and a document's noun closing a tag). Train unchanged.
// Left at 45 at stop 59 (the rules alone): "But, he argued, officers had responded …" gives the officers no words
// (dropTagContents: a content that is only another relation's tag); "described publicly as an accident but that several
// officials privately say …" gives the first no clause (skipAdverbialToThat: "but that"). Train unchanged.
// Left at 45 at stop 60 (the rules alone): "tweeted shortly after the arrest: “…”" is the quotation alone (skipReportingExtras:
// an adverb leading into a phrase before the colon). PolNeAR train unchanged. "If he was driving toward the agents, as
// the government says, we would like …" gives the government the "if" clause, not the writer's main one (hedgedClauseBefore);
// "… a van this past weekend (her campaign later said that …)" opens the source inside the parenthesis (finishRange);
// "who asked that her name not be used" is no report (dropAnonymityRequests); "When a reporter asked whether …, Keane
// said …" ends the question at its clause's comma; "has already told its version, and its version is not what
// happened" gives the teller the account alone (cutAccountObject).
// Left at 45 at stop 61 (the rules alone): "…, as first reported by the New York Times on Tuesday." reads like "…,
// according to X." (findAsReportedBy; train: +1 exact source and cue); "According to the criminal complaint, filed
// Tuesday, …" takes the set-off participle or relative clause into the source and opens the content after it
// (pastSetOffModifier); "a nurse named Kelly Ostrander told" is one noun phrase (scanNounPhraseBack). "The video,
// which she showed to a reporter, begins …" gives her no words (objectOfRelative); "Asked whether any officer had
// been hit, Lyall answered, “…”" is Lyall's (colonLeadIn, opensOnQuestion).
// Left at 45 at stop 62 (the rules alone): "DHS has said it is referring the matter …, which frankly we see as an
// attempt …" ends before the relative whose subject is a pronoun (opensObjectRelative). Train: +2 exact contents, none
// lost; dev exact content F1 .5486 to .5492.
// Left at 45 at stop 63 (the rules alone): "…, Bains said, the agent ordered him back and told him …" gives "told" to the
// agent (findTaggedClauseSubject); "Morales said her husband called her, telling her …" gives the participle to the
// caller (findContactSubject); the story's earlier version, a month after "in", and a report the subject only received
// ("read the department's statement saying …") speak for no one, and "found out from …" reports nothing (dropOwnVersions,
// dropTimeSources, hasOtherAuthor); nor does "contradict U.S. claims that …", "dispute DHS claims that …" (isObjectNoun);
// "captioned" is a cue (vocab/cues.json); "a claim Ochoa said" is Ochoa's (trimSourceObject); what records show after
// ", and", and a writer's ", a response that …", end a report (findForwardEnd). PolNeAR train: relations 9,916 to 9,914,
// exact sources 8,925 to 8,926, contents 7,728 to 7,729; matched cues and links unchanged.
// Left at 45 at stop 64 (the rules alone): a verb inside quotation marks makes the clause before ", but he …" one
// ("testified that the tailgate “clipped” him, but he did not seek treatment", butClauseEnd); "did not say what the
// officer believed …", "declined to say why …" tell no report of the officer's (isUnassertedVerb). PolNeAR train unchanged.
// Left at 45 at stop 66 (the rules alone): ", as his family says," after a reported clause reports that clause, and a
// participle after the aside is the outer speaker's (asideClauseBefore, clauseBounds earlierCueSource); a list item's
// lead-in "- Benjamin Achterberg, Quintero's attorney: “…”" speaks its quotation (findBulletLeadIn); an aside may hold a
// compound noun ("in a follow-up statement Friday") or open on an irregular participle ("sworn by …", findAsideSubject).
// PolNeAR train: relations 9,913 to 9,914, exact cues 8,936 to 8,937, linked 9,440 to 9,441; dev unchanged.
// Left at 45 at stop 67 (the rules alone): a "which" clause after a name's appositive closes the source ("Raymond
// Castellow, acting field office director for ICE's El Paso field office, which oversees New Mexico, told",
// findAppositiveSource); words that open right on "cited", "released" with a finite verb of their own are the predicate
// of the cue's clause ("the removal order DHS cited “was reopened in 2023”", dropPredicateContents); a show's title in
// quotation marks is part of the listener ("told CBS's “Face the Nation” on Sunday that …", skipReportingExtras
// isTitleQuote); a page's link to another story ("WATCH: …", "Related: … says …") reports nothing (dropLinkLines).
// PolNeAR train: exact contents 7,729 to 7,730, the rest unchanged (9,914 relations; 8,926 exact sources,
// 8,937 cues; 9,441 linked); dev exact content F1 .5492 to .5504 (floor raised), the rest unchanged.
// Left at 45 at stop 69 (the rules alone): "We note this because the agency's spokesperson stated …" reports nothing after
// "this" (opensDemonstrativeObject); "Renata Caldwell-Moss:" keeps the name whole (a touching hyphen is no dash), and "The
// following statement may be attributed to Assistant Secretary … Renata Caldwell-Moss:" gives the colon's quotation to
// her (findNameColonSpeaker). PolNeAR train unchanged (9,914 relations; 8,926 exact sources, 8,937 cues, 7,732
// contents). Tried and dropped: "repeated" as a cue of saying (train sources +7) moved three dev gold relations into the
// scorer's speech-cue group, and the learned methods' features, under their floors.
// Left at 45 at stop 68 (the rules alone): a time opening the speaker phrase is left out ("Last week Albright said",
// trimSourceTime); "The criminal complaint that prosecutors filed the day after the shooting says" is the thing filed
// (extendThingRelative); quoted words end at the comma before a report coordinated after them ("…,” and we urge …",
// cutCoordinatedReports); "which his mother showed me," reports nothing (dropRelativeObjectReports); a tag inside a
// relative clause reports the clause ("who, the agency said, had thrown a rock", trimRelativeHead); words end before
// what the speaker did not say ("… but did not say whether", butClauseEnd). PolNeAR train: exact contents 7,730 to
// 7,732, the rest unchanged (9,914 relations; 8,926 exact sources, 8,937 cues). Tried and dropped: ending a report set
// between dashes at the closing dash (train contents +3) moved the tagger's rule-role features (markRuleRoles) and took
// 'scored' under its floor on dev.
// Left at 45 at stop 65 (the rules alone): "Marcus Feeney, a civil rights attorney the family has retained, said" sets off
// a relative clause with a subject of its own and no "whom" (findAppositiveSource closesContactRelative); "According to the
// affidavit, as agents secured a hallway …, Castillo ignored …" and "…, from at least January 2019 through March 2026,
// they …" report the clause with its opening (resolveSourcePhrase opensTimeClause); an opening phrase runs to fourteen
// words ("In a phone interview from the Douglas County jail this week, Castillo Rojas, speaking in Spanish, said",
// findSourceBefore); "The criminal complaint against Ochoa, filed Tuesday, says" (findAsideSubject) and "The complaint,
// signed by …, states that Ochoa …" (repairSpeakerTokens) have their source; "The complaint against Castaneda, which is
// based on an affidavit, says" is the complaint's, not Castaneda's (findSourceBefore overPrepositionObject); "a tally
// kept by Frontera Watch" runs on past its irregular participle (isNpToken); "Can you confirm where he was hit?" asks,
// it reports nothing (isUnassertedVerb). PolNeAR train one relation fewer, no match lost; dev unchanged.
// Left at 45 at stop 70 (the rules alone): "CBP's written summary, released alongside the video, says" and "CBP's written
// summary released Wednesday says" keep the possessive and its participle in the source (isNpToken: a participle in -en
// after a possessive); a quotation inside one closed at its full stop ("He said, 'Tell them I am not running.'" ICE has
// said Sediqi ignored orders.), which the splitter leaves in one sentence with what follows, takes as its tag only words
// that end the sentence, so the next report keeps its clause (findDirectQuotes). PolNeAR train and dev unchanged (9,914
// relations; 8,926 exact sources, 8,937 cues, 7,732 contents). Tried and dropped: ending the sentence after such a
// quotation in the splitter (sentences@9) gained 2 exact contents on train and on dev, but the learned methods, trained on
// the old sentences, fell under their dev floors.
// Left at 45 at stop 71 (the rules alone): a tag after officers who "responded to the scene within minutes" has its
// clause (headReports skips set phrases); an age written with hyphens is one word of a reported clause's subject
// (lacksReportedClause); "repeats that", "relays that", "advises that" (vocab/cues.json); "ICE's position is that …"
// (findPositionClauses); "a trimmer who coworkers said was struck" (findRelativeReport); "The 17-year-old, who …, said"
// (findAppositiveSource); "a charge his attorney called “…”" (resolveComplement, a speaker after the object's noun or
// "what" only); a tag's words end before ", and" a video that shows (opensRecordAccount), before a quotation's ", but
// the logs show" (butClauseEnd) and a short noun object before ", and" another's clause (nounObjectEnd); "Nothing in
// the footage shows" and "The knife officers reported finding, …, was" report nothing. PolNeAR train, against stop 70:
// 9,914 → 9,923 relations; exact sources 8,926 → 8,930, cues 8,937 → 8,944, contents 7,732 → 7,735; linked matches
// 9,441 → 9,449; one new relation matches no gold ("what her abortion business calls “…”"). Dev unchanged.
export const ATTRIBUTION_STAGE: StageRef = Object.freeze({ name: 'attribution', version: 45 });

function freezeDraft(text: string, draft: AttributionDraft): Attribution {
  const fragments = Object.freeze(draft.fragments.map((f) => makeSpan(text, f.start, f.end)));
  const start = fragments[0].start;
  const end = fragments[fragments.length - 1].end;
  return Object.freeze({
    kind: draft.kind,
    source: draft.source,
    cue: draft.cue,
    content: Object.freeze({ ...makeSpan(text, start, end), fragments }),
    speaker: null,
    sentence: draft.sentence,
  });
}

/**
 * Who said what, as spans: direct quotes first (their cue and content are then off limits), then
 * reported speech. Precision comes first: a quote with no identifiable speaker is left out, and
 * negated cues ("did not say", "declined to comment") are not attributions. `speaker` is left
 * null for the speaker stage. Mentions are accepted for future hints but not needed.
 */
export function findAttributions(
  text: string,
  analysis: Pick<Analysis, 'sentences' | 'tokens'> & { mentions?: readonly Mention[] },
  options: AttributionOptions = {},
): Attribution[] {
  const method = options.method ?? DEFAULT_METHOD;
  if (method === 'scored') return sortAndFreeze(text, selectScoredRelations(findRelationCandidates(text, analysis), loadRelationScorer()));
  if (method === 'learned') return sortAndFreeze(text, findLearnedAttributions(learnedContext(text, analysis, null), loadTaggerModel()));
  const { ruled, built } = findRuled(text, analysis, method);
  if (method === 'rules') return sortAndFreeze(text, ruled);
  const learnedCtx = learnedContext(text, analysis, built);
  if (method === 'combined') return sortAndFreeze(text, [...ruled, ...findLearnedAttributions(learnedCtx, loadTaggerModel()).filter((d) => !touchesAnyRelation(d, ruled))]);
  const { drafts, confidenceOf } = findScoredLearnedAttributions(learnedCtx, loadTaggerModel());
  const learned = drafts.filter((d) => d.source !== null && !touchesAnyRelation(d, ruled) && confidenceOf(d) >= LEARNED_CONFIDENCE_FLOOR).map((d) => narrowToProductSpans(text, d));
  return sortAndFreeze(text, [...ruled, ...learned]);
}

/**
 * The candidates the 'scored' method chooses from (the relations 'combined' finds, with the
 * relation scorer's features); `tagger` defaults to the committed model (training passes a fold's).
 */
export function findRelationCandidates(text: string, analysis: Pick<Analysis, 'sentences' | 'tokens'>, tagger: TaggerModel = loadTaggerModel()): RelationCandidate[] {
  const { ruled, built } = findRuled(text, analysis, 'scored');
  const ctx = learnedContext(text, analysis, built);
  return listRelationCandidates(ctx, ruled, findScoredLearnedAttributions(ctx, tagger));
}

/** The tagger reads the sentences it was trained on (see buildContext); the rules' context when they are the same. */
function learnedContext(text: string, analysis: Pick<Analysis, 'sentences' | 'tokens'>, built: AttributionContext | null): AttributionContext {
  if (built && built.sentences === analysis.sentences && built.tokens === analysis.tokens) return built;
  return buildContext(text, analysis.tokens, analysis.sentences, built?.lexicon ?? loadCueLexicon(), { rejoinQuotes: false });
}

/** The rules' relations as `method` runs them, and their context (without `rulesOnly`). */
function findRuled(text: string, analysis: Pick<Analysis, 'sentences' | 'tokens'>, method: AttributionMethod): { ruled: AttributionDraft[]; built: AttributionContext } {
  // The rules read surnames the tagger took for verbs as names ("Cook said …"). Only the rules
  // alone: the tagger reads its own tags, and in 'combined' and 'confident' it already finds most
  // of these relations with better content spans, which the rules' versions would only displace
  // (PolNeAR dev overlap content F1 -.0001 and -.0002 with them, like the complement cues below).
  const ruleTokens = method === 'rules' ? repairSpeakerTokens(repairNameVerbs(text, analysis.tokens)) : analysis.tokens;
  const built = buildContext(text, ruleTokens, analysis.sentences, loadCueLexicon());
  const ctx = method === 'rules' ? { ...built, rulesOnly: true } : built;
  const quotes = findQuotes(ctx);
  const direct = findDirectQuotes(ctx, quotes);
  const blockedTokens = new Uint8Array(ctx.tokens.length);
  for (const d of direct) {
    for (const k of d.cueTokens) blockedTokens[k] = 1;
    for (const f of d.fragments) for (let k = tokenAtOrAfter(ctx.tokens, f.start); k < ctx.tokens.length && ctx.tokens[k].end <= f.end; k++) blockedTokens[k] = 1;
  }
  const quoted = new Uint8Array(ctx.tokens.length);
  for (const q of quotes) for (let k = tokenAtOrAfter(ctx.tokens, q.start); k < ctx.tokens.length && ctx.tokens[k].end <= q.end; k++) quoted[k] = 1;
  const continued = continueQuotedSentences(ctx, quotes, findIndirectAttributions(ctx, (k) => blockedTokens[k] === 1, (k) => blockedTokens[k] === 1 || quoted[k] === 1, { complements: method === 'rules' }));
  // A quotation the content opens runs on to its closing mark (the rules alone).
  const indirect = ctx.rulesOnly === true ? finishOpenQuotes(ctx, quotes, continued) : continued;
  const leads = findColonLeads(ctx, (k) => blockedTokens[k] === 1);
  // `DHS had laid out its version of events: the man charged …` (the rules alone).
  const accounts = ctx.rulesOnly === true ? findAccountColons(ctx, (k) => blockedTokens[k] === 1) : [];
  // "ICE's position is that …" (the rules alone, stop 71).
  const positions = ctx.rulesOnly === true ? findPositionClauses(ctx, (k) => blockedTokens[k] === 1) : [];
  const ruled = dropRelayedReports(ctx, [...direct, ...leads, ...accounts, ...positions, ...indirect]);
  // The rules alone: the relation scorer was trained on the candidates of the rules as 'combined'
  // runs them, nested relations and all (it weighs nesting itself); dropping these there moved its
  // threshold and took 'scored' under its floors (docs/attribution.md, round 9).
  return { ruled: method === 'rules' ? dropLinkLines(text, dropRelativeObjectReports(text, dropPredicateContents(text, dropParticipleContents(text, dropTagContents(cutAccountObject(text, dropAnonymityRequests(text, dropOwnVersions(text, dropTimeSources(text, extendThingRelative(text, trimSourceObject(text, trimSourceTime(text, trimRelativeHead(text, cutCoordinatedReports(text, dropNestedReports(ctx, dropAccountedReports(ctx, dropEmbeddedPronounReports(ctx, dropNestedBeliefs(ctx, ruled)))))))))))))), ctx.lexicon)))) : ruled, built };
}

/**
 * The complement cues ("called X “…”", "vowed to …") join only the rules: in 'combined' and
 * 'confident' the tagger, trained on PolNeAR, already reads those cues, and the rules' versions
 * would only block its relations (measured on PolNeAR dev: both methods lose precision with them).
 *
 * The product runs the rules: adding learned relations raises recall on PolNeAR but, measured on the
 * dev corpus, also adds a wrong speaker; precision of attribution comes before recall (DESIGN.md).
 */
const DEFAULT_METHOD: AttributionMethod = 'rules';

function sortAndFreeze(text: string, drafts: readonly AttributionDraft[]): Attribution[] {
  return [...drafts].sort((a, b) => a.fragments[0].start - b.fragments[0].start || a.sentence - b.sentence).map((d) => freezeDraft(text, d));
}
