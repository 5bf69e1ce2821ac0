import type { Analysis, PersonMention, PlaceMention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { ClaimDraft, FieldSource, IncidentDraft } from '../../domain/incident.js';
import type { StageRef } from '../../domain/stage.js';
import { createWordTest } from '../../lib/createWordTest.js';
import { makeSpan } from '../../lib/spans.js';
import { foldName, surnameParts } from '../merge/foldName.js';
import { isAgencyInScope, isIncidentAgency, nameAgency } from './agencyScope.js';
import { buildClaims } from './buildClaims.js';
import { matchesAny } from './compileRegexList.js';
import { screenSetOf } from './compileScreenSet.js';
import type { SentenceInfo } from './describeSentences.js';
import { describeSentences } from './describeSentences.js';
import { loadFacets, type Facet } from './facetVocab.js';
import { findCaptionDefendants } from './findCaptionDefendants.js';
import { findCharges } from './findCharges.js';
import { findEventDate } from './findEventDate.js';
import { findForce } from './findForce.js';
import { findPageFurniture } from './findPageFurniture.js';
import { findPersons } from './findPersons.js';
import { findPlace, isAgencyOffice } from './findPlace.js';
import { findAuthorVoice } from './findAuthorVoice.js';
import { findFilingVoice } from './findFilingVoice.js';
import { findAdvocacyVoice } from './findAdvocacyVoice.js';
import { findFactCheckVerdict, type FactCheckVerdict } from './findFactCheckVerdict.js';
import { findRecordSubjects } from './findRecordSubjects.js';
import { findEstateSubjects } from './findEstateSubjects.js';
import { findPublisherAgency, findPublisherVoice, findReleaseHeaderVoice } from './findPublisherVoice.js';
import { loadForceVocab, type ForceVocab } from './forceVocab.js';
import { matchFacets } from './matchFacets.js';
import type { IncidentSegment } from './segmentIncidents.js';
import { segmentIncidents } from './segmentIncidents.js';
import { deniesInvolvement } from './deniesInvolvement.js';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// How far into the body a civil caption stands.
const ESTATE_HEAD = 1500;
const DIACRITICS = /\p{M}+/gu;

// Version 71 (stop 61): the age of one with the subject ("The passenger in the truck, a 27-year-old man,", "the 16-year-old
// passenger") is theirs, unless the sentence tells of force on them (namesAnother); "his wife or 15-year-old daughter" the
// daughter's (vocab/facets.json). Also in 71: "on suspicion of transporting undocumented migrants" is no status of the
// driver's, "put an ICE officer in the hospital" no one hit (vocab/facets.json); "an officer had suffered …" is the
// officer's injury, no wound of the subject's (OFFICER_SUFFERS); "not stupid enough to try to run somebody over" no
// claim that he did (NOT_ENOUGH_TO).
// Version 72 (stop 62): a roundup in sections is cut at its headings (segmentIncidents): a numbered item's long headline
// and a place run in at the head of its paragraph ("Yuma. On Nov. 17, …") head a section (describeSentences); three
// sections headed by new places, or two under headings on different days of different people, make a roundup; each
// section that tells an account is an incident, undated ones too, and the lede that lists the accounts' days, the
// reactions and a policy item are in none. A timeline's heading dates force told a sentence or more below it
// (findEventDate). "took him to the ground", "was taken down by … officers", "tackle him" tell force (vocab/force.json).
// Also in 72: a sentence with two dates tells its force on the one right after its word of force ("discharged … on
// Monday, six days after an ICE officer shot him … on Feb. 10"), and a week that holds a day tells no other account
// (isRoundup), so a follow-up is no roundup; a discharge's day is later than the event (findEventDate); "one of several
// … in which" counts incidents, and the place a count names is no place of the aside it opens. "doctors removed two
// bullets" is no count of shots fired; "a rap sheet that does not exist" is no record (vocab/facets.json). What "a prior
// conviction for" names, and a charge with a year after it ("arrested for drunken driving in 2015"), are no charges of
// the case (isPriorCharge, findCharges). A date that closes a relative clause telling the force ("a 22-year-old who was
// shot … north of Yuma in November, filed a claim") dates the force, not what the sentence goes on to (findEventDate).
// "X, the worker killed by an ICE officer earlier this month, was struck by three bullets" tells no other incident
// (describeSentences); "a forensic pathologist from Minneapolis" places nothing (findPlace).
// Version 73 (stop 63): an editor's note ("Correction, Jan. 23: …") tells no force and dates nothing (describeSentences);
// a response, a removal or a dismissal dates no force ("a response that lawmakers dismissed this week"), and a day in
// someone's words refines no month (findEventDate); the age of one who filmed it is theirs (namesAnother); an aside that
// names only the story's own people retells its account (segmentIncidents); an agency's office after a comma, and
// "Office of U.S. Senator X", publish in their voice (findPublisherVoice); a demand that prosecutors drop a charge is no
// charge dropped, "charged with driving at an officer" no act, "took charge of the scene" no charge, and "two of his
// three children are U.S. citizens" no status of his (vocab/facets.json, matchFacets); another city's state is no state
// of the incident's city (findPlace).
// Version 74 (stop 64): "Laredo, Texas — Aug. 9, 2023." run in at the head of a paragraph heads its section
// (describeSentences); after a count ("For the second time in four days", "the first of two forceful arrests"), two
// accounts in one paragraph, each of its own day and person, are incidents of their own, an account of people named
// before is none, and "since November" dates no account (segmentIncidents, vocab/force.json seriesMarkers); an
// anniversary's "a year ago this week" dates the event, an order "issued Tuesday" does not, a year a quotation's force
// stands beside places nothing, and a month is refined by no day of a sentence that tells neither force, officers nor
// "what happened", nor by "as of Tuesday" (findEventDate).
// Version 75 (stop 65): "threw him face-first into the curb" and "kneeling on Seitkali's back" are force
// (vocab/force.json); force "during the operation" a lede dated tells of one occasion (describeSentences); a patient
// "transferred Sunday" dates no crash of Saturday (findEventDate).
// Version 76 (stop 66): a count that closes a story ("Zoom out: … in at least two North Carolina cities this month. In
// Durham, Rafael Quintero Ibarra was shot …") sets the account after it apart when it tells of someone not named before
// (segmentIncidents countsBeforeAnother); a jury's verdict day dates no incident (findEventDate datesCourtAct); the
// lawyer of another person named speaks on no side of the subject's (buildClaims sideOfSpeaker); a charge an officer who
// shot someone goes on trial on is no claim about the man he shot (isOfficerCharged); "a 41-year-old captain" and "a
// 29-year-old Border Patrol agent" give no age of the person (vocab/facets.json age); "told the Ledger by phone from
// Nogales" places nothing (findPlace ORIGIN_BEFORE); "Teodoro Villalba Arriaga, who was shot on July 8," is the one
// force was used on though he speaks (findPersons FORCE_AFTER).
// Version 77 (stop 67): a rebuttal's "CLAIM:" paragraph is no claim of the voice (buildClaims); "a second man who was
// detained at the scene, 41-year-old Julio Paz" is no subject, and his age no claim of the subject's (findPersons,
// namesAnother); "Nothing I see shows him ramming anything" and "Anyone who tries to run down a federal officer …" claim
// no ramming (matchFacets); "the officer, identified only by the initials J.R., was struck in the left knee" is the
// officer's wound (isOfficerClause).
// Version 78 (stop 68): a release's opening paragraph dates the force its next paragraph tells (findEventDate
// sceneDates); "discharged his service-issued firearm" is force; the one charged "in the shooting of" another is the
// officer (findPersons chargedForForce); force in another year, done to someone new, is another case (segmentIncidents);
// a local office named as the outlet speaks its release (findPublisherVoice localOfficeOf); in a reporter's turn the
// rest of a sentence after another's cue is theirs (buildClaims); no wound in a birth at a hospital, no count of shots
// in "One round passed through" or "Officer 1 fired three rounds", no judgment in "unlawful use of a weapon", no weapon
// in officers who "ran at the truck with guns", no miss in "the person who shot him" after "hard to square with"
// (vocab/facets.json, isContradicted); "gets people killed" is no one's death (findOutcome); illegal reentry is its own
// charge (vocab/charges.json); a timeline's "All times are on Wednesday, Jan. 14" dates it (conventionDay); "is also
// reviewing a Jan. 3 shooting near Nogales" and counts of outcomes and of a report's incidents tell other cases or
// many (vocab/force.json); an agency that says it took no part, that someone only asked to act, or of a job held once is
// none of the incident's agencies; a photographer in a credit is no person of it.
// "asked the Illinois State Police to open an investigation", "to request an independent review by the Georgia Bureau
// of Investigation": a body asked to investigate (not "called on CBP to release any footage", CBP's own).
const ASKED_BEFORE = /\b(?:asked|asks|ask|asking|urged|urges|urge|called on|calls on)\s+(?:the\s+)?$/iu;
const TO_INVESTIGATE_AFTER = /^\s+to\s+(?:open|conduct|launch|begin|start|lead|take over|investigate|review|examine|look into)\b/iu;
const REVIEW_BY_BEFORE = /\brequest(?:ed|s|ing)?\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:review|investigation|inquiry)\s+by\s+(?:the\s+)?$/iu;

function askedToInvestigate(before: string, after: string): boolean {
  return (ASKED_BEFORE.test(before) && TO_INVESTIGATE_AFTER.test(after)) || REVIEW_BY_BEFORE.test(before);
}

// "22 years as a deputy with the", "a former", "a retired": the agency of a job its holder no longer has.
const FORMER_JOB_BEFORE = /\b(?:(?:years?|decades?|career)\s+(?:as\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:deputy|officer|agent|trooper|investigator|supervisor|official)\s+)?(?:with|at|in|for)\s+(?:the\s+)?|(?:former|retired|ex-)\s*)$/iu;

// Version 79 (stop 69): a source's first account that the text says it revised ("ICE initially said Campos, 34, …" and
// then "in a corrected statement that Campos, 24, …") gives no age or wound when the revised one does (findRevisedAccounts).
// Also in 79: "the second use of force … in less than a month" counts incidents, and a day right after "filed", "issued"
// or "posted" dates no force ("the complaint filed Feb. 14, which says the agent fired"); "The Courier separately sought
// records about a Dec. 2 incident in Nogales" opens an aside; a byline ("By Gregory Tallis") heads no section, so a story
// told under topical headings ("Shots fired", "Where he was hit") is no roundup (segmentIncidents, describeSentences,
// vocab/force.json); "has two children who are U.S. citizens" is the children's status (matchFacets); a term held up in
// single quotes inside someone's direct words ("This is what 'self-defense' looks like") is no claim of it (isScareQuoted);
// "ICE public affairs officer Dana Whitcomb" is no officer of the incident (findPersons); an agency record's "Subject:
// TOVAR MANRIQUE, Ezequiel" is whom it is about, as a caption's defendant is (findRecordSubjects); "There is no version
// of this where she was a threat" claims no threat (matchFacets); "The first pepper ball hit my left hand", "a foam round
// struck him" tell force; "Nor is Elgin an isolated event." counts incidents, so the case told after it is its own
// (vocab/force.json).
// Version 80 (stop 70): a question put to someone ("asked her why her husband tried to run over an officer", a judge who
// "questioned government lawyers about how an officer could have feared for his life"), what was invented ("they invented
// a criminal history") or set aside ("beside the door rather than in front of the car") claims nothing (matchFacets,
// buildClaims); "one round striking him" counts no shots; "He's 38", "told me Villaseñor is 41 and …", "listed his age
// as 29" give ages; a truck not running, a man never behind the wheel tell no car driven at officers; "Nobody said ICE"
// tells officers who did not identify themselves. A wrongful-death caption's decedent ("the Estate of ERNESTO VALDIVIA
// RUIZ, deceased") is whom the complaint is about, and a relative's complaint for the estate speaks as the family's
// counsel (findEstateSubjects, findFilingVoice); the United States' own motion speaks as the government; an advocacy
// group's tracker or report as the group (findAdvocacyVoice). A month holds its days, a count of "this year" dates no
// account, "sued … on Tuesday" dates the suit and "called Thursday for …" the call; "pronounced dead at 8:52 a.m." is no
// time of the force; an arrest under a "Criminal and immigration history" heading dates no event (findEventDate,
// segmentIncidents). "A separate confrontation is drawing attention", "The report also describes the March 27 arrest of
// …" open another case, one opened under a heading runs on to the next heading; the lede's own "February 9 incident"
// is the story's; "officers punched him and used a Taser on him" tells force (vocab/force.json, segmentIncidents).
// "Mateo Ibarra, 23," of Mateo Ibarra-Quintanilla is his age (namesAnother). What one "declined to address", "not
// allowed to see the officer's report" and "the best way to protect himself" claim nothing; "Your report states …" is
// someone's own report, no papers of no one's (buildClaims). "The teen's mother, Yesenia Cordero, has filed a complaint"
// names a relative, not the one force was used on (findPersons).
// Version 81 (stop 71): agents who "brought the man to the ground", a man "hit with a baton", an "electronic control
// weapon" and a "bullet wound" tell force; a release's "fatal vehicle crash … on the night of Saturday, March 14",
// "executed a search warrant Tuesday", "last week's immigration raid" and "the arrest of <Name> … on September 18, 2025"
// date the event, a force sentence that gives only a time takes its paragraph's day, and no question, updated count of
// arrests or day of "accounts" given dates it (findEventDate, segmentIncidents). A case a speaker "pointed to" or an office
// is "separately reviewing" is another incident (vocab/force.json). A city naming an agency's office ("HSI Kansas City"),
// where the wounded were taken, a group works or a judge sits, and a question's, is no place (findPlace). A letter's
// addressee and "The 2024 Rio Rico incident" are no persons; "a 38-year-old Mexican citizen" is the traveler a release
// does not name (findPersons, findUnnamedSubject). Charges one "could face" are none brought (findCharges). Facets: stances
// a facet marks compatible, access to counsel, compliance with a policy, "unless … justified", an elbow driven into an
// officer, quoted knives, claims the speaker calls false in the next sentence, "the ramming claim", officers who
// identified themselves, ages spelled out or said of a name of several words, "three more shots", warnings "given", a
// bullet that "entered his chest", "in the direction of" an officer and an examiner's "cardiac arrest in the setting of
// physical restraint" (vocab/facets.json, matchFacets, isContradicted).
export const EXTRACT_STAGE: StageRef = Object.freeze({ name: 'extract', version: 81 });

/**
 * The incidents one document reports: its primary incident (localIndex 0) and one draft per
 * incident it mentions in passing (never merged into the first). A document that reports no
 * in-scope use of force yields [] or only passing mentions. Every field value carries its span.
 */
export function extractIncidents(doc: ParsedDocument, analysis: Analysis, attributions: readonly Attribution[]): IncidentDraft[] {
  const vocab = loadForceVocab();
  const furniture = findPageFurniture(doc.text, doc.bodyStart);
  const aside = [...furniture.links, ...furniture.credits, ...furniture.notes];
  const sentences = describeSentences(doc, analysis, vocab).filter((s) => s.start < furniture.trailer && !aside.some((l) => s.start >= l.start && s.start < l.end));
  // An in-scope agency's own release speaks of "officers" without naming itself: its officers are in scope.
  const publisher = findPublisherAgency(doc.metadata);
  const titleInScope = (doc.metadata.title !== null && matchesAny(vocab.scopeActors, doc.metadata.title) && !deniesInvolvement(doc.metadata.title)) || (publisher !== null && isAgencyInScope(publisher.id, vocab.scopeAgencies));
  const own = publisher !== null && isAgencyInScope(publisher.id, vocab.scopeAgencies) && isIncidentAgency(publisher.id) ? publisherMention(doc, publisher) : null;
  const segments = segmentIncidents(sentences, titleInScope);
  const verdict = findFactCheckVerdict(doc.metadata, sentences);
  return segments.map((segment) => {
    const draft = draftIncident(doc, analysis, segment, attributions, own, verdict);
    const checked = verdict !== null && segments.length === 1 && !segment.primary ? checkedStatements(doc, sentences, segment, attributions, verdict) : [];
    return checked.length ? Object.freeze({ ...draft, claims: Object.freeze(mergeClaims(draft.claims, checked)) }) : draft;
  });
}

/**
 * "Fact check: DHS's claim of a 1,000% jump in assaults …", which tells one incident in passing (the
 * statement that cited the figure) and none of its own: what the check, its experts and its verdict
 * say of the statement (facets `aboutStatements`) anywhere in it speaks to that incident's account.
 */
function checkedStatements(doc: ParsedDocument, sentences: readonly SentenceInfo[], segment: IncidentSegment, attributions: readonly Attribution[], verdict: FactCheckVerdict): ClaimDraft[] {
  const facets = loadFacets().filter((f) => f.aboutStatements);
  if (facets.length === 0) return [];
  const inSegment = new Set(segment.sentences.map((s) => s.index));
  const rest = sentences.filter((s) => !inSegment.has(s.index));
  return buildClaims(doc.text, rest, attributions, () => true, facets, null, true, null, verdict);
}

/** The segment's claims and those read elsewhere in the document, in text order, none twice. */
function mergeClaims(own: readonly ClaimDraft[], more: readonly ClaimDraft[]): ClaimDraft[] {
  const key = (c: ClaimDraft) => `${c.facet}\u0000${c.stance}\u0000${c.span.start}\u0000${c.speaker?.name ?? ''}`;
  const seen = new Set(own.map(key));
  return [...own, ...more.filter((c) => !seen.has(key(c)))].sort((x, y) => x.span.start - y.span.start || x.facet.localeCompare(y.facet));
}

/**
 * An in-scope agency's own release ("Outlet: Department of Homeland Security" in the header): the
 * agency, with the span of its name in the header, so an incident its officers took part in has it
 * among its agencies even when the text never names it. Null when the header does not write it.
 */
function publisherMention(doc: ParsedDocument, agency: { readonly id: string }): { start: number; end: number; agencyId: string } | null {
  const outlet = doc.metadata.outlet;
  if (!outlet) return null;
  const at = doc.text.slice(0, doc.bodyStart).indexOf(outlet);
  return at < 0 ? null : { start: at, end: at + outlet.length, agencyId: agency.id };
}

/** The title as written in the document's header, with the person mentions in it; null when the header does not hold it. */
function headlineOf(doc: ParsedDocument, analysis: Analysis): { start: number; end: number; mentions: PersonMention[] } | null {
  const title = doc.metadata.title;
  if (!title) return null;
  const start = doc.text.slice(0, doc.bodyStart).indexOf(title);
  if (start < 0) return null;
  const end = start + title.length;
  return { start, end, mentions: analysis.mentions.filter((m): m is PersonMention => m.kind === 'person' && m.start >= start && m.end <= end) };
}

const FOOTAGE_WORDS = /\b(?:video|videos|footage|recording)\b/iu;
// "A replica firearm was recovered at the scene.", "No agents were injured.": words of the scene itself.
const AT_THE_SCENE = /\b(?:at the scene|no (?:agents?|officers?|deputies|troopers?) (?:was|were) (?:injured|hurt|wounded))\b/iu;
// Screened first (screenRegex): a sentence without these words is answered from the literal index
// its other lists have already loaded, instead of a case-insensitive regex walk over it.
const FOOTAGE_LIST: readonly RegExp[] = Object.freeze([FOOTAGE_WORDS]);
screenSetOf(FOOTAGE_LIST);

function mentionsFootage(text: string): boolean {
  return screenSetOf(FOOTAGE_LIST).pass(text)[0] === 1 && FOOTAGE_WORDS.test(text);
}

/** The claims whose facet requires a kind of force (vocab/facets.json `requiresForce`) the incident's sentences tell; the others all. */
function withToldForce(claims: readonly ClaimDraft[], sentences: readonly SentenceInfo[], vocab: ForceVocab): readonly ClaimDraft[] {
  const required = new Map(loadFacets().flatMap((f) => (f.requiresForce ? [[f.id, f.requiresForce] as const] : [])));
  if (!claims.some((c) => required.has(c.facet))) return claims;
  const told = new Set(findForce(sentences, vocab).force);
  const labels = new Map(vocab.forceTypes.map((t) => [t.id, t.label]));
  return claims.filter((c) => {
    const kind = required.get(c.facet);
    return kind === undefined || told.has(labels.get(kind) ?? kind);
  });
}

/** The claims whose facet requires a mention (vocab/facets.json `requiresMention`) the incident's sentences or its headline make; the others all. */
function withMentioned(claims: readonly ClaimDraft[], sentences: readonly SentenceInfo[], headline: string | null): readonly ClaimDraft[] {
  const required = new Map(loadFacets().flatMap((f) => (f.requiresMention ? [[f.id, f.requiresMention] as const] : [])));
  if (!claims.some((c) => required.has(c.facet))) return claims;
  const mentioned = (re: RegExp) => (headline !== null && re.test(headline)) || sentences.some((s) => re.test(s.text));
  const missing = new Set([...required].filter(([, re]) => !mentioned(re)).map(([id]) => id));
  return missing.size ? claims.filter((c) => !missing.has(c.facet)) : claims;
}

/** Whether the incident's sentences tell a death (the outcome vocabulary's "killed" words). */
function tellsDeath(sentences: readonly SentenceInfo[], vocab: ForceVocab): boolean {
  return sentences.some((s) => matchesAny(vocab.outcomes.killed, s.text));
}

function draftIncident(
  doc: ParsedDocument,
  analysis: Analysis,
  segment: IncidentSegment,
  attributions: readonly Attribution[],
  publisher: { start: number; end: number; agencyId: string } | null,
  verdict: FactCheckVerdict | null,
): IncidentDraft {
  const text = doc.text;
  const vocab = loadForceVocab();
  const sources: FieldSource[] = [];
  const add = (field: string, m: { start: number; end: number } | null) => {
    if (m) sources.push({ field, span: makeSpan(text, m.start, m.end) });
  };
  const woundPhrase = (s: SentenceInfo) => matchFacets(s.text, s.start, loadWoundFacet())[0] ?? null;
  // A record's subject field ("Subject: TOVAR MANRIQUE, Ezequiel") names whom it is about, as a caption names its defendant.
  // So does a wrongful-death caption its decedent ("… of the Estate of ERNESTO VALDIVIA RUIZ, deceased").
  const defendants = [...findCaptionDefendants(doc.metadata.title, text.slice(doc.bodyStart)), ...findRecordSubjects(text.slice(doc.bodyStart)), ...findEstateSubjects(text.slice(doc.bodyStart, doc.bodyStart + ESTATE_HEAD))];
  const headline = segment.primary ? headlineOf(doc, analysis) : null;
  const found = findPersons(segment.sentences, text, attributions, woundPhrase, vocab, defendants, [...authorNames(doc.metadata.author), ...outletName(doc.metadata.outlet)], headline);
  // Made once per draft, not once per sentence and name part; each as /\bpart\b/iu, without
  // compiling that regex for every document's names (createWordTest).
  // "Quintanilla was unarmed" of Efraín Quintanilla Robles: the first of a double surname names him too.
  const subjectParts = found.persons.flatMap((p) => (p.role === 'subject' && p.name !== null ? [...surnameParts(p.name), ...firstOfDoubleSurname(p.name)] : [])).map(createWordTest);
  const aboutIncident = (s: SentenceInfo) => {
    vocab.subjectNouns.lastIndex = 0;
    // "Video … shows the SUV pulling away": what the footage of the incident shows is about it.
    if (s.strong || s.weak || vocab.subjectNouns.test(s.text) || mentionsFootage(s.text) || AT_THE_SCENE.test(s.text)) return true;
    if (subjectParts.length === 0) return false;
    const bare = s.text.normalize('NFD').replace(DIACRITICS, '');
    return subjectParts.some((test) => test(bare));
  };
  // An agency's release speaks in the agency's voice, quotations included; a party's op-ed
  // ("I am the attorney for …") in its author's, quotations excepted; a civil complaint brought by the
  // person force was used on in their counsel's, quotations excepted; an advocacy group's report in the group's.
  const publisherVoice = findPublisherVoice(doc.metadata) ?? findReleaseHeaderVoice(text, analysis.mentions);
  const subject = found.persons.find((p) => p.role === 'subject' && p.name !== null)?.name ?? null;
  const voice = publisherVoice ?? findAuthorVoice(doc) ?? findFilingVoice(text, doc.bodyStart, subject) ?? findAdvocacyVoice(doc.metadata);
  const built = buildClaims(text, segment.sentences, attributions, aboutIncident, undefined, voice, publisherVoice !== null, subject, verdict);
  // A cause of death is no claim of an incident that tells no death ("he was beaten for it", of a man who lived).
  const deathOnly = new Set(loadFacets().filter((f) => f.requiresDeath).map((f) => f.id));
  const living = built.some((c) => deathOnly.has(c.facet)) && !tellsDeath(segment.sentences, vocab) ? built.filter((c) => !deathOnly.has(c.facet)) : built;
  // Whether shots hit him is no claim of an incident that tells no shots ("pronounced dead at a hospital", of a death in custody).
  const claims = withMentioned(withToldForce(living, segment.sentences, vocab), segment.sentences, headline === null ? null : text.slice(headline.start, headline.end));
  const claimSentences = new Set(segment.sentences.filter((s) => claims.some((c) => c.span.start < s.end && s.start < c.span.end)).map((s) => s.index));
  const related = segment.sentences.filter((s) => s.strong || s.weak || claimSentences.has(s.index));

  const when = findEventDate(segment.sentences, text, doc.anchor.date);
  add('date', when.dateMention);
  add('time', when.timeMention);
  const headlinePlaces = headline ? analysis.mentions.filter((m): m is PlaceMention => m.kind === 'place' && m.start >= headline.start && m.end <= headline.end && !(m.city !== null && isAgencyOffice(text, m.start, m.end))) : [];
  // "was arrested … at about 7:50 a.m. on March 5 on West Sylvester Street": the sentence that dates the event may place it.
  const dating = [when.dateMention, when.timeMention].flatMap((m) => (m ? segment.sentences.filter((s) => s.start <= m.start && m.end <= s.end).map((s) => s.index) : []));
  // "The Aurora shooting … is one of several in which officers have fired … In November, an officer shot a man in
  // Omaha": a count opens an aside, but the place it names is the story's own, not the aside's, where another is named.
  const uncounted = segment.sentences.filter((s) => !s.series);
  const placing = uncounted.some((s) => s.mentions.some((m) => m.kind === 'place')) ? uncounted : segment.sentences;
  const where = findPlace(placing, new Set([...claimSentences, ...dating]), headlinePlaces, doc.anchor.date);
  add('city', where.city);
  add('state', where.state);
  add('place', where.place);

  const agencies: string[] = [];
  // An agency counts when named with the event, or with a part it took in it or its aftermath
  // ("investigators from … processed the scene", "… agents were also on scene", "… opened a review").
  const involved = segment.sentences.filter((s) => related.includes(s) || matchesAny(vocab.involvement, s.text));
  for (const s of involved) {
    for (const m of s.mentions) {
      if ((m.kind !== 'organization' && m.kind !== 'person') || !m.agencyId || !isIncidentAgency(m.agencyId)) continue;
      // "The Yakima County Sheriff's Office said it is not involved", "She asked the Illinois State Police to open
      // an investigation": a body that says it took no part, or that someone only asked to act, is none of the event's.
      if (m.kind === 'organization' && (askedToInvestigate(text.slice(Math.max(s.start, m.start - 60), m.start), text.slice(m.end, Math.min(s.end, m.end + 40))) || deniesInvolvement(text.slice(m.end, Math.min(s.end, m.end + 60))))) continue;
      // "I spent 22 years as a deputy with the Lake County Sheriff's Office", "a former Border Patrol agent": a job held once.
      if (FORMER_JOB_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
      const name = nameAgency(m.agencyId);
      if (agencies.includes(name)) continue;
      add(`agencies.${agencies.length}`, m);
      agencies.push(name);
    }
  }
  if (publisher && !agencies.includes(nameAgency(publisher.agencyId))) {
    add(`agencies.${agencies.length}`, publisher);
    agencies.push(nameAgency(publisher.agencyId));
  }
  sources.push(...found.sources);
  const charges = findCharges(segment.sentences);
  sources.push(...charges.sources);
  const force = findForce(related, vocab);
  sources.push(...force.sources);
  const footage = pickFootage(claims);
  if (footage) add('footage', footage.claim.span);

  return Object.freeze({
    localIndex: segment.localIndex,
    primary: segment.primary,
    date: when.date,
    datePrecision: when.precision,
    time: when.time,
    city: where.city?.city ?? null,
    state: where.state?.state ?? null,
    place: where.place?.place ?? null,
    agencies: Object.freeze(agencies),
    persons: found.persons,
    charges: charges.charges,
    force: force.force,
    footage: footage?.value ?? null,
    claims: Object.freeze(claims),
    sources: Object.freeze(sources),
  });
}

/**
 * The footage field from the footage claims: the outlet's own statement first, else the first account;
 * of the outlet's, one that says what the video shows against the account ("The video does not show
 * Arce turning around") before one that only says a video exists (the lede's "Newly released video").
 */
function pickFootage(claims: readonly ClaimDraft[]): { value: string; claim: ClaimDraft } | null {
  const facet = loadFacets().find((f) => f.id === 'footage');
  const candidates = claims.filter((c) => c.facet === 'footage');
  const outlet = candidates.filter((c) => c.side === 'outlet');
  const claim = outlet.find((c) => c.stance === 'contradicts') ?? outlet[0] ?? candidates[0];
  if (!facet || !claim) return null;
  const stance = facet.stances.find((s) => s.id === claim.stance);
  return { value: stance?.fieldValue ?? stance?.label ?? claim.value, claim };
}

let woundFacet: readonly Facet[] | null = null;

// One list for the process: matchFacets prepares each facet list it is given once.
function loadWoundFacet(): readonly Facet[] {
  woundFacet ??= Object.freeze(loadFacets().filter((f) => f.id === 'wound_location'));
  return woundFacet;
}

/** "she told Meridian": the outlet's own name, where the mentions took it for a person's. */
function outletName(outlet: string | null): string[] {
  return outlet && outlet.trim() ? [outlet.trim()] : [];
}

/** "Ana Ruiz and Ben Cole", "Ana Ruiz, Ben Cole": the names of a byline's authors. */
function authorNames(author: string | null): string[] {
  if (!author) return [];
  return author
    .split(/\s*(?:,|\band\b|&|;)\s*/u)
    .map((a) => a.replace(/^by\s+/iu, '').trim())
    .filter((a) => a.split(/\s+/u).length >= 2);
}

/** The word before the last of a name of three words or more, capitalised ("Quintanilla" of "Efraín Quintanilla Robles"), as a list. */
function firstOfDoubleSurname(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  const word = words.length >= 3 ? words[words.length - 2] : '';
  return CAPITALISED.test(word) ? [foldName(word)] : [];
}
