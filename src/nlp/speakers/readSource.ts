import type { Speaker } from '../../domain/attribution.js';
import { withoutQuotations } from '../../lib/withoutQuotations.js';
import { apposedRelation } from './apposedRelation.js';
import { isCaptionDefendant } from './captionDefendants.js';
import { describeDescription, type DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import { relationGroup } from './describeRelation.js';
import { describeUnnamedTitle } from './describeUnnamedTitle.js';
import { readPartitive } from './readPartitive.js';
import { readFamilyAndCounsel } from './readFamilyAndCounsel.js';
import { readElderOrYounger } from './readElderOrYounger.js';
import { findCapitalsName } from './findCapitalsName.js';
import { readDefinedTerm } from './definedTerms.js';
import { orgTouching } from './readDescription.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { courtesyGender, type PersonRecord } from './personRegistry.js';
import { OFFICE_ROLES } from '../../domain/roles.js';
import { personEntity } from './personEntity.js';
import { readPseudonym } from './readPseudonym.js';
import { isWrittenAsThing } from './isWrittenAsThing.js';
import { roleOfTitle } from './registerPersons.js';
import { readNamePhrase } from './readNamePhrase.js';
import { readCivilDefendants } from './readCivilDefendants.js';
import { readGovernment } from './readGovernment.js';
import { insideAnyTurn } from './insideAnyTurn.js';
import { readHearingMember } from './readHearingMember.js';
import { readAccount } from './readAccount.js';
import { relationAfterName } from './relationAfterName.js';
import { readInterviewee } from './readInterviewee.js';
import { readPresidingJudge } from './readPresidingJudge.js';
import { readSwornWitness } from './readSwornWitness.js';
import { readJointAnaphor, readJointSource, readTitledPair } from './readJointSource.js';
import { readLedeIdentity, readLedeOfficer } from './readLedeIdentity.js';
import { readNamedBody } from './readNamedBody.js';
import { readBodyInitials } from './readBodyInitials.js';
import { readForeignMission } from './readForeignMission.js';
import { readServingBody } from './readServingBody.js';
import { readNewsOutlet } from './readNewsOutlet.js';
import { readOutletWork } from './readOutletWork.js';
import { readWorkAuthor } from './readWorkAuthor.js';
import { readAutopsy } from './readAutopsy.js';
import { readAgedDescription } from './readAgedDescription.js';
import { readApposedNoun } from './readApposedNoun.js';
import { readClergyNoun } from './readClergyNoun.js';
import { organizationEntity } from './organizationEntity.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { Gender, RoleVocab } from './roleVocab.js';
import type { SpeakerContext } from './speakerContext.js';
import { bearerBesideBothSurnames, bearerOfSubjectsSecondSurname, relativeSpeakingBySurname, subjectSpeakingBySurname, unrelatedBearerWithAge } from './subjectBySurname.js';
import { foldName, splitWords, type Word } from './words.js';
import { withSeat } from './titleAffiliation.js';

const PERSONAL: Readonly<Record<string, Gender>> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };
const PLURAL = new Set(['they', 'them', 'their']);
const NEUTER = new Set(['it', 'its']);
const PRONOUN_REACH = 3;

function withSpeaker(ctx: SpeakerContext, entity: Entity | null, site: DescriptionSite): Entity | null {
  if (!entity?.person || entity.speaker) return entity;
  return personEntity(entity.person, describePerson(ctx, entity.person, [], site));
}

/**
 * "A DHS spokeswoman said … She said he had a prior conviction": a spokeswoman or spokesman (or a
 * spokesperson, when no person of that gender is within reach) who spoke
 * since the person a "she" or "he" would otherwise mean is who the pronoun means, and speaks for the
 * body they were resolved to (their occurrence's entity). The body is no person, so the pronoun search
 * passes over it; without this the daughter named before was given the agency's words.
 */
function spokespersonSince(ctx: SpeakerContext, word: Word, gender: Gender, person: Entity | null): Entity | null {
  const here = ctx.sentenceAt(word.start);
  // With no one resolved, a person named since the spokesperson whom the pronoun could mean (two of
  // them, say, neither sure) still stands between: "a DHS spokesperson said …. Qureshi's adviser,
  // professor Ingrid Ashworth, disputed the department's account. She said …" is no spokesperson's.
  const stands = (o: SpeakerContext['occurrences'][number]) =>
    person ? o.entity.key === person.key : here - o.sentence <= PRONOUN_REACH && o.entity.person !== null && !o.entity.plural && !o.entity.heads.includes('spokesperson') && (ctx.persons.genderOf(o.entity.person) ?? gender) === gender;
  const personAt = Math.max(-1, ...ctx.occurrences.filter((o) => o.start < word.start && stands(o)).map((o) => o.start));
  // Occurrences come in the order the passes found them: the latest start is the one nearest.
  let found: Entity | null = null;
  let foundAt = -1;
  for (const o of ctx.occurrences) {
    if (!o.speaker || o.start >= word.start || o.start <= personAt || o.start < foundAt || here - o.sentence > PRONOUN_REACH || !o.entity.heads.includes('spokesperson')) continue;
    // "A spokesperson for the sheriff's office said … , she said": a spokesperson of no gender, when no
    // person the pronoun could mean is within reach.
    const own = splitWords(ctx.text, o.start, o.end).some((w) => ctx.vocab.spokesNouns.has(w.norm) && (ctx.vocab.genderWords.get(w.norm) === gender || (person === null && !ctx.vocab.genderWords.has(w.norm))));
    if (!own) continue;
    found = o.entity.speaker ? o.entity : null;
    foundAt = o.start;
  }
  return found;
}

/**
 * Whether a sentence names a video, a report or another thing that speaks for no one (vocab/roles.json
 * inanimateSources), holds no filing's noun, and names no body or filing after the thing.
 */
function lastThingOf(ctx: SpeakerContext, sentence: { readonly start: number; readonly end: number }): boolean {
  const words = splitWords(ctx.text, sentence.start, sentence.end);
  let thing = words.length - 1;
  while (thing >= 0 && !ctx.vocab.inanimateSources.has(words[thing].norm)) thing--;
  if (thing < 1 || words.some((w) => ctx.vocab.filings.has(w.norm))) return false;
  const end = words[thing].end;
  return !ctx.occurrences.some((o) => o.start >= end && o.end <= sentence.end && (o.entity.kind === 'organization' || o.entity.kind === 'filing'));
}

// What a recording does, and a body or a filing does not: "It shows", "It appears to show".
const SHOWING = /^(?:shows?|showed|shown|depicts?|depicted|captures?|captured|appears?|appeared)$/i;

/**
 * "The complaint says the officer was struck in the knee. It says officers found a knife": an "It"
 * opening its sentence after a sentence that opens on a filing speaking is that filing.
 */
function filingSpokeBefore(ctx: SpeakerContext, word: Word): Entity | null {
  const at = ctx.sentenceAt(word.start);
  const sentence = ctx.analysis.sentences[at];
  const before = ctx.analysis.sentences[at - 1];
  if (!sentence || !before || splitWords(ctx.text, sentence.start, word.start).length > 0) return null;
  const opening = splitWords(ctx.text, before.start, before.end).slice(0, 3);
  const filing = ctx.occurrences.find((o) => o.sentence === at - 1 && o.speaker && o.entity.kind === 'filing' && opening.some((w) => w.start >= o.start && w.end <= o.end));
  return filing?.entity ?? null;
}

/**
 * "There is video from the school's camera, and it shows the car never moved": a video, a report, an
 * autopsy named before "it" in its sentence, with no body or filing named since, is what "it" means.
 */
function thingBefore(ctx: SpeakerContext, word: Word, cue: string | null): boolean {
  const at = ctx.sentenceAt(word.start);
  const sentence = ctx.analysis.sentences[at];
  if (!sentence) return false;
  // "The footage, which KXRD has reviewed, is 30 seconds long. It shows …": an "It" opening its
  // sentence goes on about the thing the sentence before opened on.
  const before = ctx.analysis.sentences[at - 1];
  const opening = before && splitWords(ctx.text, sentence.start, word.start).length === 0 ? splitWords(ctx.text, before.start, before.end).slice(0, 3) : [];
  // "The complaint offers a narrower account. It says …": so does a filing the sentence before opened on.
  if (opening.some((w) => ctx.vocab.inanimateSources.has(w.norm) || ctx.vocab.filings.has(w.norm))) return true;
  // "The Courier reviewed the video, which is about 25 seconds long. It shows …": a thing the sentence
  // before names, with no filing in it and no filing or body named after the thing, is what "It" that
  // shows goes on about ("ICE released a video. It said …" is still the agency).
  if (opening.length && cue !== null && SHOWING.test(cue.split(/\s+/)[0]) && lastThingOf(ctx, before)) return true;
  // "The criminal complaint is more specific: it says …": a filing the pronoun's own sentence names before it.
  const thing = splitWords(ctx.text, sentence.start, word.start).filter((w) => ctx.vocab.inanimateSources.has(w.norm) || ctx.vocab.filings.has(w.norm)).at(-1);
  return thing !== undefined && !ctx.occurrences.some((o) => o.start >= thing.end && o.end <= word.start && (o.entity.kind === 'organization' || o.entity.kind === 'filing'));
}

/**
 * "O'HARA: I'd add that we have not been given access": an "I" inside someone's quoted words (or a
 * transcript's turn), whose speaker is already known, is that speaker.
 */
/**
 * "I told him my name", unquoted, in a piece told in its bylined author's voice: the author. Not inside
 * another's direct words: "CALLER: … I think it's Border Patrol" is the caller's, whoever they are.
 */
function authorSpeaking(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null {
  if (!ctx.author || ctx.quotes.some((q) => word.start >= q.start && word.start < q.end)) return null;
  if (ctx.contents.some((c) => c.attribution !== site.attribution && word.start >= c.start && word.end <= c.end && ctx.attributions[c.attribution].kind === 'direct')) return null;
  return personEntity(ctx.author, describePerson(ctx, ctx.author, [], site));
}

function quotedSpeaker(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null {
  const quoted = ctx.quotes.some((q) => word.start >= q.start && word.end <= q.end);
  // A transcript's turn ("O'HARA: …") is direct speech with no quotation marks.
  const around = ctx.contents.find((c) => c.attribution !== site.attribution && word.start >= c.start && word.end <= c.end && (quoted || ctx.attributions[c.attribution].kind === 'direct'));
  const source = around ? ctx.attributions[around.attribution].source : null;
  if (!source) return null;
  const said = ctx.occurrences.find((o) => o.speaker && o.start === source.start && o.end === source.end);
  return said?.entity.speaker ? said.entity : null;
}

// "Then Daniela spoke for herself.", "Her son, Marco, took the microphone.": someone else takes the floor.
const TAKES_FLOOR = /(?:^|[.!?]["”]?\s+)(?:Then\s+|Next,?\s+|Later,?\s+|Finally,?\s+)?([\p{Lu}][^.!?]{0,60}?)\s+(?:spoke|speaks|began speaking|took the (?:microphone|mic|podium|stage|lectern)|stepped (?:up )?to the (?:microphone|mic|podium|lectern))\b[^.!?]*[.!?]/gu;

const FLOOR_PRONOUNS = new Set(['she', 'he', 'they']);

/**
 * Whether, between the last mention of `entity` and the pronoun, a sentence tells someone else taking
 * the floor ("Then Daniela spoke for herself."): a "she said" after it is not the one before (a gap
 * rather than the wrong mouth, when the one who took it is no registered person).
 */
function floorPassedSince(ctx: SpeakerContext, entity: Entity, word: Word): boolean {
  const last = ctx.occurrences.filter((o) => o.entity.key === entity.key && o.start < word.start).reduce((a, o) => Math.max(a, o.start), -1);
  if (last < 0) return false;
  const between = ctx.text.slice(last, word.start);
  for (const m of between.matchAll(TAKES_FLOOR)) {
    const who = foldName(m[1]);
    if (entity.person && entity.person.words.some((w) => who.includes(w))) continue;
    // "She spoke in Spanish": a pronoun takes the floor for whom it means, no one new.
    if (FLOOR_PRONOUNS.has(who)) continue;
    return true;
  }
  return false;
}

function readPronoun(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null | undefined {
  const p = word.norm;
  if (p in PERSONAL) {
    // "(He told my mom not to worry …)": a report with "my" outside quotation marks, in a piece no one tells in the
    // first person, is someone's own words relayed, whose "he" cannot be told from here.
    if (ctx.author === null && relaysFirstPerson(ctx, site.attribution)) return null;
    const gender = PERSONAL[p];
    // The author of a piece told in the first person is "I" in it, never "he" or "she".
    const entity = resolveAnaphor(ctx, { ...site, gender, reach: PRONOUN_REACH, accepts: (e) => e.kind === 'person' && !e.plural && (ctx.author === null || e.person !== ctx.author) });
    const spokes = spokespersonSince(ctx, word, gender, entity);
    if (spokes) return spokes;
    if (entity && floorPassedSince(ctx, entity, word)) return null;
    if (entity?.person) ctx.persons.addEvidence(entity.person, gender);
    return withSpeaker(ctx, entity, site);
  }
  if (PLURAL.has(p)) return resolveAnaphor(ctx, { ...site, gender: null, reach: PRONOUN_REACH, accepts: (e) => e.plural });
  if (NEUTER.has(p)) return filingSpokeBefore(ctx, word) ?? (thingBefore(ctx, word, ctx.attributions[site.attribution].cue?.text ?? null) ? null : resolveAnaphor(ctx, { ...site, gender: null, reach: PRONOUN_REACH, accepts: (e) => !e.plural && (e.kind === 'organization' || e.kind === 'filing') }));
  // A transcript never speaks as "I": one outside any turn it prints is a speaker's it does not mark.
  if (p === 'i') return quotedSpeaker(ctx, word, site) ?? (ctx.ownFiling?.heads.includes('transcript') ? null : ctx.ownFiling) ?? authorSpeaking(ctx, word, site);
  // "We rate it false", "we asked the agency": unquoted, a news text's "we" is its outlet. Inside
  // quotation marks "we" is whoever is quoted (a family, an agency), never the outlet.
  // Inside an interviewee's turn ("A: We've asked the U.S. attorney's office to dismiss it") it is theirs, and no one's for sure.
  if (p === 'we') return ctx.quotes.some((q) => word.start >= q.start && word.start < q.end) || insideOthersTurn(ctx, word.start) ? null : ctx.outlet;
  if (p === 'you') return null;
  if (p === 'who') return withSpeaker(ctx, relativeAntecedent(ctx, word) ?? groupBeforeRelative(ctx, word, site), site);
  // "according to a DHS statement, which said …": the statement's (its issuer's), named right before.
  if (p === 'which') return relativeAntecedent(ctx, word, (e) => e.kind === 'organization' || e.kind === 'filing') ?? statementBefore(ctx, word, site);
  return undefined;
}

// A first person's own kin or things: "my mom", "our house" ("He told me" is a narrator's report, whom the writer heard).
const FIRST_PERSON_OWN = /\b(?:[Mm]y|[Oo]ur)\b/u;

/** Whether the report's listener and words, outside quotation marks, speak in the first person. */
function relaysFirstPerson(ctx: SpeakerContext, index: number): boolean {
  const a = ctx.attributions[index];
  // A direct quotation's words are the speaker's own, "my" and all.
  if (a.kind !== 'indirect') return false;
  const from = a.cue?.end ?? a.source?.end ?? a.content.start;
  return from < a.content.end && FIRST_PERSON_OWN.test(withoutQuotations(ctx.text.slice(from, a.content.end)));
}

/** Whether `at` lies in a transcript or interview turn ("A: …", "INGRAM: …") taken by someone other than a journalist. */
function insideOthersTurn(ctx: SpeakerContext, at: number): boolean {
  const turn = ctx.attributions.find((a) => a.cue?.text === ':' && a.source !== null && a.content.start <= at && at < a.content.end);
  if (!turn) return false;
  const taker = ctx.occurrences.find((o) => o.speaker && o.start === turn.source!.start)?.entity.speaker;
  return taker?.role !== 'journalist';
}

// "… of them, Carl Benning, 61,": a group, then a name set off right after "one".
const ONE_OF_NAME = /^\s+of\s+(?:them|the\s+[\p{Ll}-]+|those\s+[\p{Ll}-]+|the\s+two|the\s+[\p{Ll}-]+\s+[\p{Ll}-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=,|\.|$)/u;

/**
 * "“It was going straight,” said one of them, Carl Benning, 61, of Oklahoma City": a source "one"
 * whose words go on with "of them" and a name set off is the person so named, when the document
 * knows them as one person.
 */
function nameAfterOne(ctx: SpeakerContext, word: Word, end: number, site: DescriptionSite): Entity | null {
  if (word.norm !== 'one') return null;
  const m = ONE_OF_NAME.exec(ctx.text.slice(end, end + 120));
  if (!m) return null;
  const record = ctx.persons.lookup(m[1]);
  return record && record !== 'ambiguous' ? personEntity(record, describePerson(ctx, record, [], site)) : null;
}

/**
 * "Defendant asks that …" in a court's order or a party's filing whose criminal caption charges the
 * document's subject ("United States v. Marimar Martinez"): the capitalised party name is that
 * person. Not in a news story, where "the defendant" may be anyone charged.
 */
function captionParty(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null {
  if (word.text !== 'Defendant' || !ctx.ownFiling || !ctx.subject || !isCaptionDefendant(ctx, ctx.text, ctx.subject.words)) return null;
  return personEntity(ctx.subject, describePerson(ctx, ctx.subject, [], site));
}

// Between a name and its "who": a comma, or short asides ("Ana Ruiz, 34, of Dover, who …"), or one description
// set off after it ("Jolene Marchetti, a 33-year-old dental hygienist who goes by @jolene.shoots, who said …").
const RELATIVE_GAP = /^,(?:[^,.;:!?"“”]{1,30},){0,2}\s*$|^,\s*(?:an?|the)\s[^,.;:!?"“”]{1,80},\s*$/u;
// A social-media handle ("@jolene.shoots.spokane"), whose periods end no sentence.
const HANDLE = /@[\w.]+\w/gu;
// "Tom Hale and Ana Ruiz, who …": two people, whom the "who" may mean together.
const COORDINATED = /^\s*(?:,|and|&|or)\s*(?:and\s+)?$/u;

/**
 * "said Ana Ruiz, 34, who said she was hit": a relative "who" is the person named right before it,
 * past a comma and at most two short asides; nobody when anything else stands between
 * ("consternation among Jewish leaders, who …" is not the Trump named earlier in the sentence) or
 * when that person is one of two or more named together.
 */
// The determiners and possessives a phrase before ", which" may open on.
const OPENING_DETERMINER = /\b(?:the|a|an|its|his|her|their)\s/giu;

/**
 * "… the agency's earlier statement, which said …": the statement a relative "which" follows, as
 * its issuer when the statement phrase names one (describeDescription); null otherwise. The phrase
 * runs from the last determiner before the comma.
 */
function statementBefore(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(word.start)];
  const from = Math.max(sentence ? sentence.start : 0, word.start - 90);
  const chunk = /([^,;:()"“”]*?)\s*,\s*$/u.exec(ctx.text.slice(from, word.start));
  if (!chunk) return null;
  const starts = [...chunk[1].matchAll(OPENING_DETERMINER)];
  const last = starts[starts.length - 1];
  if (!last) return null;
  const start = from + chunk.index + (last.index ?? 0);
  const words = splitWords(ctx.text, start, from + chunk.index + chunk[1].length);
  if (!words.length || !ctx.vocab.statementNouns.has(words[words.length - 1].norm)) return null;
  const entity = describeDescription(ctx, words, site);
  return entity?.speaker ? entity : null;
}

// "a clash between federal officials, who said …", "at the request of his parents, who say …": the plural noun phrase right before ", who", after
// the word that opens it; nothing between but letters and spaces.
const GROUP_BEFORE_WHO = /(?:^|[,;:(—–]\s*|\b(?:between|among|from|by|(?<of>of)|with|and|including|prompting|angering|drawing)\s+)(?<group>(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{Ll}'’-]+s)\s*,\s*$/u;

/**
 * "setting off a clash between federal officials, who said the man tried to run the officer over":
 * the group a relative "who" follows when no person is named right before it, as its description
 * reads ("federal officials", official); null when the phrase is no group a description names.
 */
function groupBeforeRelative(ctx: SpeakerContext, word: Word, site: DescriptionSite): Entity | null {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(word.start)];
  const from = Math.max(sentence ? sentence.start : 0, word.start - 80);
  const m = GROUP_BEFORE_WHO.exec(ctx.text.slice(from, word.start));
  if (!m) return null;
  const group = m.groups!.group;
  const start = from + m.index + m[0].lastIndexOf(group);
  const words = splitWords(ctx.text, start, start + group.length);
  if (!words.length) return null;
  const entity = describeDescription(ctx, words, site);
  // After "of", only kin: not "Saturday's crowd of organizers, who said …", whom no one names.
  if (m.groups!.of !== undefined && entity?.speaker?.role !== 'family') return null;
  return entity?.speaker && entity.plural ? entity : null;
}

// The speaker phrase up to its "who": a name, perhaps after a relation ("His employer, Dwayne Pittman, ").
const NAME_THEN_COMMA = /^(?:[^,;:"“”]{1,40},\s*){1,2}$/u;

function relativeAntecedent(ctx: SpeakerContext, word: Word, accepts: (e: Entity) => boolean = (e) => e.kind === 'person'): Entity | null {
  // "His employer, Dwayne Pittman, who said he watched from the dock, said …": the "who" inside the
  // speaker phrase of another attribution, resolved before it, right after that phrase's name.
  const within = ctx.occurrences.find((o) => o.speaker && o.start < word.start && o.end >= word.end && NAME_THEN_COMMA.test(ctx.text.slice(o.start, word.start)));
  if (within && accepts(within.entity) && !within.entity.plural) return within.entity;
  const before = ctx.occurrences.filter((o) => o.end <= word.start).sort((a, b) => b.end - a.end);
  const [nearest, previous] = before;
  if (!nearest || !accepts(nearest.entity) || nearest.entity.plural) return null;
  if (!RELATIVE_GAP.test(ctx.text.slice(nearest.end, word.start).replace(HANDLE, '@handle'))) return null;
  if (previous && previous.end <= nearest.start && COORDINATED.test(ctx.text.slice(previous.end, nearest.start))) return null;
  return nearest.entity;
}

/**
 * The one person named in full with a given name, as a given name alone calls them: kin, a child, one
 * the story is about; not a lawyer or an officeholder, whom news calls by the surname ("Mateo, 11,
 * and Daniel, 6, still ask …" is no "Daniel Okafor", the family's attorney).
 */
function byGivenNameOfKin(ctx: SpeakerContext, name: string): PersonRecord | null {
  const found = ctx.persons.byGivenName(name);
  if (!found) return null;
  const professional = found.namedAsCounsel || found.relation?.role === 'subject_counsel' || (found.titleRole !== null && OFFICE_ROLES.has(found.titleRole));
  return professional ? null : found;
}

function readName(ctx: SpeakerContext, words: readonly Word[], descriptors: readonly (readonly Word[])[], title: string | null, site: DescriptionSite): Entity | null {
  const name = ctx.text.slice(words[0].start, words[words.length - 1].end);
  let found = ctx.persons.lookup(name);
  // "SILVA stated" in a filing that wrote "PAULO ANDRE SILVA COSTA" first: a surname in the middle of the name.
  const capitals = !found && words.length === 1 ? findCapitalsName(ctx.text, words[0].text, ctx.vocab) : null;
  if (capitals) found = ctx.persons.lookup(capitals);
  // "“He was parked,” Yesenia said": a given name alone, of the one person the text names in full with it.
  if (!found && words.length === 1 && !title) found = byGivenNameOfKin(ctx, name);
  // "Arredondo says" where the subject and his wife share the name: the subject's, as news style has it.
  const courtesy = courtesyOf(words);
  // "Mr. Petrenko said" of Oleksandr Petrenko and his wife Iryna: the courtesy title says which.
  if (found === 'ambiguous' && courtesy) found = bearerOfGender(ctx, words, courtesy) ?? found;
  if (found === 'ambiguous') {
    found =
      paragraphSpeakerBySurname(ctx, words, site) ??
      bearerOfSubjectsSecondSurname(ctx, words, site.at) ??
      bearerBesideBothSurnames(ctx, words, site.at) ??
      relativeSpeakingBySurname(ctx, words, contentOf(ctx, site.attribution), site.at) ??
      subjectSpeakingBySurname(ctx, words) ??
      unrelatedBearerWithAge(ctx, words) ??
      onlyOneNamedBefore(ctx, words, site.at);
    if (!found) return null;
  }
  // "Paz said" after "Lucía Paz Aguirre came home", with "Paz's sister, Gabriela Paz" named only paragraphs
  // on: a surname alone is of someone named before it; the one named so, when one is, or no one.
  if (found && words.length === 1 && !title && found.words[0] !== foldName(words[0].text) && namedOnlyAfter(ctx, found, site.at)) found = bearerNamedBefore(ctx, words[0], site.at);
  // "Officer Ruiz said" in a story of Ana Ruiz shot by agents: an official's title over the surname of
  // the person force was used on is someone else, whom the text does not name in full (a gap).
  if (found && found === ctx.subject && title && roleOfTitle(title, ctx.vocab) === 'official' && !found.title) return null;
  // "“I wasn't moving,” Mr. Petrenko said" where the text names only his wife in full: not her (a gap).
  if (found && courtesy && ctx.persons.genderOf(found) !== null && ctx.persons.genderOf(found) !== courtesy) return null;
  // A lone name counts only when the phrase introduces it ("Haddad’s partner, …, Rosa") or titles it.
  // "Agent Ortiz said": the title gives the role, as it does to a full name.
  if (!found && (words.length >= 2 || descriptors.length || title)) {
    // "Prairie Gold Pork, which employs 1,400 people, said": a body the text writes as one, no person.
    if (!title && isWrittenAsThing(ctx.text, name)) return makeEntity({ key: `org:${foldName(name)}`, kind: 'organization', speaker: makeSpeaker(name, name, 'other'), heads: [] });
    found = ctx.persons.add(name, { title, titleRole: roleOfTitle(title, ctx.vocab) }, { single: true });
    // Registered only now ("Rep. Steve Israel", whose surname the mentions took for a country): the
    // given name still says he or she, as it does for the names registered first (registerPersons).
    if (found && found.female === 0 && found.male === 0) ctx.persons.addEvidence(found, ctx.vocab.givenNames.get(found.words[0]) ?? null, 1);
  }
  if (!found) return null;
  return personEntity(found, describePerson(ctx, found, descriptors, site));
}

/** The gender of a courtesy title opening a name of two words ("Mr. Petrenko"); undefined for none. */
function courtesyOf(words: readonly Word[]): 'female' | 'male' | undefined {
  return words.length === 2 ? courtesyGender(words[0].text) : undefined;
}

/**
 * The one person bearing the surname after a courtesy title whom the text tells as of its gender, or
 * with none so told, the one it does not tell as of the other; null when none or several.
 */
function bearerOfGender(ctx: SpeakerContext, words: readonly Word[], gender: 'female' | 'male'): PersonRecord | null {
  const surname = foldName(words[words.length - 1].text);
  const bearers = ctx.persons.all().filter((r) => r.words[r.words.length - 1] === surname);
  const told = bearers.filter((r) => ctx.persons.genderOf(r) === gender);
  if (told.length === 1) return told[0];
  const possible = bearers.filter((r) => (ctx.persons.genderOf(r) ?? gender) === gender);
  return told.length === 0 && possible.length === 1 ? possible[0] : null;
}

/** Whether the text writes the record's full name only after `at`. */
function namedOnlyAfter(ctx: SpeakerContext, record: PersonRecord, at: number): boolean {
  if (record.words.length < 2) return false;
  const first = ctx.text.indexOf(record.name);
  return first > at;
}

/** The one person whose full name, written before `at`, holds the word: "Paz" of "Lucía Paz Aguirre"; null when none or several. */
function bearerNamedBefore(ctx: SpeakerContext, word: Word, at: number): PersonRecord | null {
  const folded = foldName(word.text);
  const found = ctx.persons.all().filter((r) => r.words.length >= 2 && r.words.slice(1).includes(folded) && ctx.text.indexOf(r.name) >= 0 && ctx.text.indexOf(r.name) < at);
  return found.length === 1 ? found[0] : null;
}

/** The words of an attribution, or nothing. */
function contentOf(ctx: SpeakerContext, attribution: number): string {
  const content = ctx.attributions[attribution]?.content;
  return content ? ctx.text.slice(content.start, content.end) : '';
}

/** The one description after a name that is a body ("the department", "the agency", "DHS"), or null. */
function bodyAfterName(ctx: SpeakerContext, name: readonly Word[], descriptors: readonly (readonly Word[])[]): readonly Word[] | null {
  if (descriptors.length !== 1) return null;
  const [d] = descriptors;
  if (d[0].start < name[name.length - 1].end || !ctx.text.slice(name[name.length - 1].end, d[0].start).includes(',')) return null;
  const last = d[d.length - 1];
  const body = (d[0].norm === 'the' && d.length === 2 && ctx.vocab.anaphoricOrgNouns.has(last.norm)) || ctx.organizations.some((o) => o.start === d[0].start && o.end === last.end);
  return body ? d : null;
}

/**
 * "Ms. ARCENEAUX. Mr. Amsel, the family's attorney tells us …": inside a transcript's turn, a name called out and
 * then a description that runs to the cue, with no comma closing it, is whom the words are addressed to; the
 * description speaks, not the name. The description, or null.
 */
function describedAfterAddress(ctx: SpeakerContext, name: readonly Word[], descriptors: readonly (readonly Word[])[], sourceEnd: number): readonly Word[] | null {
  if (descriptors.length !== 1) return null;
  const [d] = descriptors;
  const last = name[name.length - 1];
  if (d[0].start < last.end || !ctx.text.slice(last.end, d[0].start).includes(',') || d[d.length - 1].end !== sourceEnd) return null;
  return insideAnyTurn(ctx, name[0].start) ? d : null;
}

/**
 * The name before an account a person gives ("Okafor's account", "Delia Okafor's description",
 * vocab/roles.json accountNouns), without its possessive ending; null for any other phrase, and
 * for a body's account ("DHS's account"), read as the body.
 */
function accountOwner(ctx: SpeakerContext, words: readonly Word[]): Word[] | null {
  const last = words[words.length - 1];
  if (words.length < 2 || words.length > 4 || !ctx.vocab.accountNouns.has(last.norm)) return null;
  const name = words.slice(0, -1);
  const end = name[name.length - 1];
  if (!end.possessive || !name.every((w) => w.capitalized) || ctx.organizations.some((o) => o.start < end.end && o.end > name[0].start)) return null;
  const bare = end.text.replace(POSSESSIVE_END, '');
  return [...name.slice(0, -1), { ...end, text: bare, end: end.start + bare.length, possessive: false }];
}

const POSSESSIVE_END = /['’]s?$/u;

/**
 * The titled person whose office the phrase names ("Mayor Ana Ruiz's office", "Doña Ana County
 * Sheriff Alberto Ruelas's office"), read as that person; null when the words before "office" are no
 * title and name (a body's office is the body's, "the governor's office" an office of a seat).
 */
function officeHolder(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const last = words[words.length - 1];
  if (words.length < 3 || words.length > 9 || last.norm !== 'office') return null;
  const end = words[words.length - 2];
  if (!end.possessive || !words.slice(0, -1).every((w) => w.capitalized || w.norm === 'of')) return null;
  const bare = end.text.replace(POSSESSIVE_END, '');
  const phrase = readNamePhrase(ctx.text, words[0].start, end.start + bare.length, ctx.vocab);
  if (!phrase.name || phrase.name.length < 2 || !phrase.titleRole || phrase.titleRole === 'other') return null;
  return readName(ctx, phrase.name, phrase.descriptors, phrase.title, site);
}

const FIRST_PERSON = /\b(?:I|my|me|I['’]m|I['’]ve)\b/u;

/**
 * "His uncle, Jorge Ramírez, said the boy, Daniel Ramírez, had gone to buy snacks. “He was just a
 * kid,” Ramírez said.": a surname two people share, in the paragraph where one of them has just
 * spoken and none other of that surname has spoken before, is that speaker going on. Not when the
 * words are in the first person, which may be the other one's own ("“I just wanted to go home,”
 * Ramírez said" after his wife spoke): then the rules after this decide.
 */
function paragraphSpeakerBySurname(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): PersonRecord | null {
  if (words.length !== 1) return null;
  const content = ctx.attributions[site.attribution]?.content;
  if (!content || FIRST_PERSON.test(ctx.text.slice(content.start, content.end))) return null;
  const surname = foldName(words[0].text);
  let last: { start: number; record: PersonRecord } | null = null;
  const spoke = new Set<PersonRecord>();
  for (const o of ctx.occurrences) {
    const record = o.entity.person;
    if (!o.speaker || !record || o.start >= site.at || foldName(record.name.split(/\s+/u).pop() ?? '') !== surname) continue;
    spoke.add(record);
    if (!last || o.start > last.start) last = { start: o.start, record };
  }
  // "Ernesto Valdivia said … his wife, Lucia Valdivia, said. Valdivia said …": when both have spoken,
  // the surname alone is the one the story calls by it (subjectSpeakingBySurname).
  if (!last || spoke.size !== 1) return null;
  const between = ctx.text.slice(last.start, site.at);
  if (!between.includes('\n')) return last.record;
  return speaksOfOtherBearer(ctx, last.record, surname, between, ctx.text.slice(content.start, content.end)) ? last.record : null;
}

const PARAGRAPH_BREAK = /\n\s*\n/gu;
const SHE = /\b(?:she|her)\b/iu;
const HE = /\b(?:he|him|his)\b/iu;

/**
 * "Her father, Hector Ruvalcaba, said she was taken to hospital. … ⏎ “She was standing there with her
 * friends,” Ruvalcaba said.": in the paragraph right after the one where a bearer of the surname
 * spoke, words that speak of another bearer as "she" (or "he"), when every other bearer is of that
 * gender and the speaker is not, are the speaker going on.
 */
function speaksOfOtherBearer(ctx: SpeakerContext, speaker: PersonRecord, surname: string, between: string, content: string): boolean {
  if ((between.match(PARAGRAPH_BREAK) ?? []).length !== 1) return false;
  const others = ctx.persons.all().filter((r) => r !== speaker && foldName(r.name.split(/\s+/u).pop() ?? '') === surname);
  const own = ctx.persons.genderOf(speaker);
  const gender = others.length ? ctx.persons.genderOf(others[0]) : null;
  if (!own || !gender || own === gender || others.some((r) => ctx.persons.genderOf(r) !== gender)) return false;
  // Another bearer named in full between them is someone the words may be by.
  if (others.some((r) => between.includes(r.name))) return false;
  return (gender === 'female' ? SHE : HE).test(content);
}

/**
 * "Tomás Bernal, 52, says …", then "… Bernal said", and his son Diego Bernal named only after it: a
 * surname two people share is the one of them the text has named in full before it, when only one.
 */
function onlyOneNamedBefore(ctx: SpeakerContext, words: readonly Word[], at: number): PersonRecord | null {
  if (words.length !== 1) return null;
  const surname = foldName(words[0].text);
  const named = new Set<PersonRecord>();
  for (const m of ctx.analysis.mentions) {
    if (m.start >= at) break;
    if (m.kind !== 'person' || !m.name.includes(' ')) continue;
    const record = ctx.persons.lookup(m.name);
    if (!record || record === 'ambiguous') continue;
    // "Marcos Villalobos Ortega" is called "Villalobos" as his sister "Araceli Villalobos" is.
    const words = m.name.split(/\s+/u).map(foldName);
    const paternal = ctx.persons.hasDoubleSurname(record) && words[words.length - 2] === surname;
    if (words[words.length - 1] === surname || paternal) named.add(record);
  }
  return named.size === 1 ? [...named][0] : null;
}

// "Relatives of one of the dead, Maria Torres, 24, said": the source the attribution stage took is the
// name alone; the plural and its "of" open the clause before it.
const PLURAL_OF_BEFORE = /^\s*(?:(?:the|some|two|three|several)\s+)?[\p{L}-]+\s+(?:of|for)\s+[^,;.:"“”]{1,40},\s*$/iu;

/** The words of a clause opening "<plural> of <someone>," right before `start`, as one descriptor; none otherwise. */
function pluralBefore(ctx: SpeakerContext, start: number): (readonly Word[])[] {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(start)];
  const from = sentence ? sentence.start : 0;
  if (!PLURAL_OF_BEFORE.test(ctx.text.slice(from, start))) return [];
  const words = splitWords(ctx.text, from, start);
  return words.length >= 3 ? [words] : [];
}

const DETERMINER = new Set(['the', 'a', 'an', 'some', 'two', 'three', 'several']);

/**
 * "Relatives of the dead man, Mario Torres", "Friends of the victim, Ana Ruiz": a plural relation
 * noun and "of" or "for" before the name make the name whom they stand for, not who speaks: the
 * group speaks (relationGroup: "family of Mario Torres", "attorneys for Ana Ruiz", "friends of …"). Undefined when the phrase is not so built.
 */
function pluralOfName(ctx: SpeakerContext, descriptors: readonly (readonly Word[])[], name: readonly Word[]): Entity | null | undefined {
  const before = descriptors.find((d) => d.length >= 3 && d[d.length - 1].end <= name[0].start);
  if (!before) return undefined;
  const head = DETERMINER.has(before[0].norm) ? 1 : 0;
  const noun = before[head];
  const link = before[head + 1];
  const role = ctx.vocab.relationRoles.get(noun?.norm ?? '');
  if (!role || !link || (link.norm !== 'of' && link.norm !== 'for') || !/s$/u.test(noun.norm) || noun.norm.endsWith('ss')) return undefined;
  // The person the name is in the document's registry; none known (or two) leaves no speaker rather than a guess.
  const target = ctx.persons.lookup(ctx.text.slice(name[0].start, name[name.length - 1].end));
  return target && target !== 'ambiguous' ? relationGroup(role, noun.norm, target) : null;
}

// "Sen. Tom Hale (R-Ariz.)", "Congresswoman Lena Ortiz (TX-23)", "Ald. Ruth Cruz (30th)": a party,
// state, district or ward in parentheses after a name is no part of it.
const DESIGNATION = /\s*\((?:[DRI]|[DRI]-[\p{L}. ]{2,16}|[A-Z]{2}-\d{1,2}|[A-Z]{2}-AL|\d{1,2}(?:st|nd|rd|th)(?: [Ww]ard)?)\)\s*$/u;

/** Where the name of a source phrase ends: before a trailing party, state or district designation. */
function nameEnd(text: string, start: number, end: number): number {
  const hit = DESIGNATION.exec(text.slice(start, end));
  return hit && hit.index > 0 ? start + hit.index : end;
}

// What may stand before a relation set off before a speaker: the sentence's start, a quotation mark or dash, a comma, "and".
const CLAUSE_OPENING = /(?:^|[,"“‘—–]|\band)\s*$/u;

/** Whether `at` opens a clause of its sentence: not "Speaking after his brother, Ana Diaz said". */
function opensClause(ctx: SpeakerContext, at: number): boolean {
  const sentence = ctx.analysis.sentences[ctx.sentenceAt(at)];
  return CLAUSE_OPENING.test(ctx.text.slice(sentence ? sentence.start : 0, at));
}

/** "ICE, which oversees HSI": the words before a relative clause set off by a comma, which says more of the body named before it. */
function beforeRelative(text: string, words: readonly Word[]): readonly Word[] {
  const at = words.findIndex((w, i) => i > 0 && (w.norm === 'which' || w.norm === 'who') && text.slice(words[i - 1].end, w.start).includes(','));
  return at > 0 ? words.slice(0, at) : words;
}

/**
 * "The National ICE Council, the union that represents ICE officers", "The union that represents ICE
 * officers, the National ICE Council": a body named in full on one side of the one comma of the
 * source (or a known agency before it: "Homeland Security Investigations, the investigative arm of ICE"),
 * the other side saying what it is.
 */
function apposedBody(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  const commas = words.flatMap((w, i) => (i > 0 && ctx.text.slice(words[i - 1].end, w.start).includes(',') ? [i] : []));
  if (commas.length !== 1) return null;
  const [at] = commas;
  const after = words.slice(at);
  // Only an apposition: "the …" or "a …" on the other side of the comma.
  if (after[0].norm === 'the' || after[0].norm === 'a' || after[0].norm === 'an') {
    // "Homeland Security Investigations, the investigative arm of ICE": a known agency before the comma too.
    const before = readNamedBody(words.slice(0, at), ctx.vocab) ?? knownBody(ctx, words.slice(0, at));
    if (before) return before;
  }
  return after[0].norm === 'the' ? readNamedBody(after, ctx.vocab) : null;
}

const BODY_HEADS: readonly string[] = Object.freeze(['group', 'organization']);

/**
 * An organisation mention that the source phrase is, past a leading "the": a known agency, or a body
 * of vocab/bodies.json ("the ACLU of Texas"); null otherwise.
 */
function knownBody(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  const from = words[0].norm === 'the' && words.length > 1 ? words[1].start : words[0].start;
  const to = words[words.length - 1].end;
  const org = ctx.organizations.find((o) => o.start === from && o.end === to);
  // "The ACLU said … The group said": a body, unlike an agency, is what "the group" speaks for.
  return org ? organizationEntity(org, ctx.vocab, org.agencyId === null ? BODY_HEADS : []) : null;
}

// "the family, witnesses and a federal official": three or more items, none a name, the last after "and" or "or".
const PARTY_LIST = /^(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3}(?:,\s*(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3})+,?\s+(?:and|or)\s+(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3}$/u;

function isListOfParties(text: string, source: { readonly start: number; readonly end: number }): boolean {
  const phrase = text.slice(source.start, source.end);
  return phrase.includes(',') && PARTY_LIST.test(phrase.charAt(0).toLowerCase() + phrase.slice(1));
}

const SWORN_WORDS = new Set(['declaration', 'affidavit', 'testimony', 'deposition']);
const SWORN_OPENERS = new Set(['the', 'a', 'his', 'her', 'their']);

const ISSUED_BY = new Set(['from', 'by']);

/**
 * Where the name starts in "the declaration of Raymond Castellanos", "the sworn testimony of Agent
 * Ruiz", "a statement from Tricia Boland": after the "of" of a sworn account, or the "from" or "by"
 * of a statement (vocab/roles.json statementNouns); else -1.
 */
function declarantStart(words: readonly Word[], vocab: RoleVocab): number {
  let i = SWORN_OPENERS.has(words[0]?.norm ?? '') ? 1 : 0;
  if (words[i]?.norm === 'sworn') i++;
  const head = words[i]?.norm ?? '';
  const link = words[i + 1]?.norm ?? '';
  const opens = (SWORN_WORDS.has(head) && link === 'of') || (vocab.statementNouns.has(head) && ISSUED_BY.has(link));
  return opens && words[i + 2]?.capitalized === true ? words[i + 2].start : -1;
}

const REFLEXIVE = /\s+(?:himself|herself|themselves)$/u;

/** "Herrera himself": the phrase without the reflexive that stresses who speaks. */
function withoutReflexive(text: string, source: { readonly start: number; readonly end: number }): { readonly start: number; readonly end: number } {
  const m = REFLEXIVE.exec(text.slice(source.start, source.end));
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
}

/** The entity an attribution's source phrase names, or null when it cannot be told with confidence. */
// " — Yesenia Ortiz, a cashier who watched from inside the store — ", " — Sgt. Gabriel Munguía — ": a name
// set off by dashes, the whole of what stands between a source and its cue.
const DASHED_ASIDE = /^\s*[—–]\s*(\p{Lu}[^—–\n"“”]*?)\s*[—–]\s*$/u;

/**
 * "Another witness — Yesenia Ortiz, a cashier who watched from inside the store — put it more bluntly:",
 * "Its spokesman — Sgt. Gabriel Munguía — put it briefly:": the person the dashes name, described by
 * the source's words as well as the aside's. Null when the aside names no one.
 */
function dashedName(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite, between: string, at: number): Entity | null {
  const aside = DASHED_ASIDE.exec(between);
  if (!aside) return null;
  const start = at + between.indexOf(aside[1]);
  const told = readNamePhrase(ctx.text, start, start + aside[1].length, ctx.vocab);
  return told.name ? readName(ctx, told.name, [...told.descriptors, words], told.title, site) : null;
}

export function readSource(ctx: SpeakerContext, index: number): Entity | null {
  const written = ctx.attributions[index].source;
  if (!written) return null;
  const source = withoutReflexive(ctx.text, written);
  const words = splitWords(ctx.text, source.start, source.end);
  if (!words.length) return null;
  const site: DescriptionSite = { at: source.start, attribution: index };
  // "A: They pulled him out of the truck." in a printed interview: the person it introduces.
  // In a court transcript, the witness sworn last ("TRAVIS DALE KELLERMAN, called as a witness …").
  if (words.length === 1 && words[0].text === 'A' && (ctx.attributions[index].cue?.text === ':' || ctx.attributions[index].cue?.text === '.')) return readSwornWitness(ctx, site) ?? readInterviewee(ctx, site);
  // "Mr. TOLLIVER. I yield back.": a member of the committee at a congressional hearing.
  const hearingMember = readHearingMember(ctx, ctx.text.slice(source.start, source.end), site);
  if (hearingMember !== undefined) return hearingMember;
  // "@USBPChiefSPW wrote on X", "the Spokane Sector account posted": the body the account is, or the handle itself.
  const account = readAccount(ctx, { text: ctx.text.slice(source.start, source.end) }, words, site);
  if (account) return account;
  // "THE COURT: Overruled." in a court transcript: the judge presiding.
  if (ctx.attributions[index].cue?.text === ':' && ctx.text.slice(source.start, source.end) === 'THE COURT') return readPresidingJudge(ctx, site);
  if (words.length === 1) {
    const one = nameAfterOne(ctx, words[0], source.end, site);
    if (one) return one;
    const pronoun = readPronoun(ctx, words[0], site);
    if (pronoun !== undefined) return pronoun;
    const party = captionParty(ctx, words[0], site);
    if (party) return party;
  }
  // "…, who added that DHS has never identified the gang it says he joined": a phrase that runs on to
  // "it" before the cue is a clause whose "it" speaks, whom the phrase's name is not.
  // After the cue ("said Darnell Pruitt, 61, the retired mail carrier who filmed it") the "it" is an object.
  const cue = ctx.attributions[index].cue;
  if (words.length > 2 && words[words.length - 1].norm === 'it' && (!cue || cue.start >= source.end)) return null;
  const dashed = cue && cue.start > source.end ? dashedName(ctx, words, site, ctx.text.slice(source.end, cue.start), source.end) : null;
  if (dashed) return dashed;
  const term = readDefinedTerm(ctx, source.start, source.end);
  if (term) return term;
  // "according to Okafor's account": the person whose account it is.
  const teller = accountOwner(ctx, words);
  if (teller) {
    const told = readNamePhrase(ctx.text, teller[0].start, teller[teller.length - 1].end, ctx.vocab);
    return told.name ? readName(ctx, told.name, told.descriptors, told.title, site) : null;
  }
  // "Doña Ana County Sheriff Alberto Ruelas's office said", "Mayor Ana Ruiz's office said": the office speaks for its holder.
  const holder = officeHolder(ctx, words, site);
  if (holder) return holder;
  const member = readPartitive(ctx, words, site) ?? readFamilyAndCounsel(ctx, words, site) ?? readElderOrYounger(ctx, words, site);
  if (member) return member;
  // "according to the family, witnesses and a federal official": several parties of different sides; none speaks alone.
  if (isListOfParties(ctx.text, source)) return null;
  // "The agency's video shows", "The agent's own body camera shows": a recording, whoever owns it, is no one.
  if (isOwnedRecording(ctx, words) || isMadeRecording(ctx, words)) return null;
  // "An independent autopsy commissioned by his family found …", "according to the autopsy report".
  const autopsy = readAutopsy(ctx, words, site);
  if (autopsy) return autopsy;
  // "… Elena Marsh remembers …. “…,” the 38-year-old freelance photographer said": the one person just named.
  // "The Rev. Gregory Okafor, 61, has spent …. The pastor said": the one named by a clergy honorific just before.
  // "Verónica Ibarra Lozano, the consul of Mexico in Milwaukee … The consul added": the one set beside that noun.
  const aged = readAgedDescription(ctx, words, site) ?? readClergyNoun(ctx, words, site) ?? readApposedNoun(ctx, words, site);
  if (aged) return aged;
  // "a tally kept by Frontera Watch": the body whose work it is (after the outlet's own work, and another newsroom's).
  const outletWork = readOutletWork(ctx, words) ?? readNewsOutlet(ctx, words) ?? readWorkAuthor(ctx, words);
  if (outletWork) return outletWork;
  const joint = readJointSource(ctx, words, site) ?? readJointAnaphor(ctx, words, site) ?? readGovernment(ctx, words, site) ?? readCivilDefendants(ctx, words);
  if (joint) return joint;
  // "Sen. Marcus Delgado and Rep. Owen Fitch wrote": the two together, or no one; never the second alone.
  const pair = readTitledPair(ctx, words, site);
  if (pair !== undefined) return pair;
  // "ICE in Chicago said", "The Mexican consulate in Nogales said": a body and where it serves.
  const serving = readServingBody(ctx, words) ?? readForeignMission(words, ctx.text);
  if (serving) return serving;
  // "The Harris County Institute of Forensic Sciences said": a body the vocabulary knows (an
  // examiner's office), named whole, is that agency's, with its role.
  const whole = knownBody(ctx, words);
  if (whole) return whole;
  // "The Immigrant Legal Resource Center said": a body no vocabulary lists, named in full.
  const body = readNamedBody(beforeRelative(ctx.text, words), ctx.vocab) ?? apposedBody(ctx, words) ?? readBodyInitials(ctx, words);
  if (body) return body;
  // "Agent A stated", "Deportation Officer J.M. wrote": a filing's mark for someone it does not name.
  const pseudonym = readPseudonym(ctx, words, site);
  if (pseudonym) return pseudonym;
  // "the declaration of Raymond Castellanos, the Deputy Field Office Director for ICE": the declarant speaks.
  const declarant = declarantStart(words, ctx.vocab);
  if (declarant >= 0) {
    const sworn = readNamePhrase(ctx.text, declarant, nameEnd(ctx.text, declarant, source.end), ctx.vocab);
    const body = sworn.name !== null && orgTouching(ctx.organizations, sworn.name) !== null;
    if (sworn.name && sworn.name.length >= 2 && !body) return readName(ctx, sworn.name, sworn.descriptors, sworn.title, site);
  }
  const phrase = readNamePhrase(ctx.text, source.start, nameEnd(ctx.text, source.start, source.end), ctx.vocab);
  const onOrganization = phrase.name !== null && orgTouching(ctx.organizations, phrase.name) !== null;
  // "REP. OCHOA: Mr. Haverkamp, the department said …": a name called out before a body, which no
  // person is, is whom the words are addressed to; the body speaks.
  const addressed = phrase.name && !onOrganization ? bodyAfterName(ctx, phrase.name, phrase.descriptors) : null;
  if (addressed) return describeDescription(ctx, addressed, site);
  // The description that speaks after an addressed name names no one sure: the text sets it beside the name it is not.
  if (phrase.name && !onOrganization && describedAfterAddress(ctx, phrase.name, phrase.descriptors, source.end)) return null;
  if (phrase.name && !onOrganization) {
    // "Good's wife, Rebecca Good, who was filming, said": a relation set off before a source that opens on the name.
    const first = phrase.name[0];
    const apposed = apposedRelation(ctx.text, first.start, phrase.name[phrase.name.length - 1].end, ctx.vocab);
    // Before a source that opens on the name, the relation must open a clause; inside the source
    // phrase ("a GoFundMe page created by his aunt, Rosa Mena") it is the name's apposition.
    const within = apposed !== null && first.start !== words[0].start && apposed[0].start >= words[0].start;
    const opening = apposed && (within || (first.start === words[0].start && opensClause(ctx, apposed[0].start))) ? apposed : null;
    const group = pluralOfName(ctx, [...phrase.descriptors, ...pluralBefore(ctx, source.start)], phrase.name);
    if (group !== undefined) return group;
    // "COUNCIL PRESIDENT BELTRÁN": the seat before the title is part of it.
    const seat = phrase.prefix.length ? ctx.text.slice(phrase.prefix[0].start, phrase.prefix[phrase.prefix.length - 1].end) : '';
    const title = phrase.title ? withSeat(seat, phrase.title, ctx.vocab) : null;
    // "…,” said Lorena Montoya, his sister, on the courthouse steps": a relation set off right after a source that ends on the name.
    const lastName = phrase.name[phrase.name.length - 1];
    const after = lastName.end === source.end && ctx.attributions[site.attribution].cue !== null && ctx.attributions[site.attribution].cue!.end <= source.start ? relationAfterName(ctx.text, source.end, ctx.vocab) : null;
    const descriptors = [...phrase.descriptors, ...(opening ? [opening] : []), ...(after ? [after] : [])];
    return readName(ctx, phrase.name, descriptors, title, site);
  }
  const described = describeDescription(ctx, phrase.name ? beforeRelative(ctx.text, words) : (phrase.descriptors[0] ?? words), site);
  // "an assistant U.S. attorney" reads as an unnamed relation ("attorney") with no speaker: the title says more.
  if (described?.speaker || phrase.name) return described;
  // "A Mesa man who was born in Tucson says …", "A Border Patrol agent who shot a driver testified …",
  // named with an age in the next paragraph.
  return readLedeOfficer(ctx, words, site) ?? describeUnnamedTitle(ctx, words, site) ?? readLedeIdentity(ctx, words, site) ?? described;
}

export type { Speaker };

/** Whether the phrase is a possessive, then a recording ("The agency's own video", "the agent's body camera"). */
function isOwnedRecording(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const last = words[words.length - 1].norm;
  const two = words.length >= 2 ? `${words[words.length - 2].norm} ${last}` : '';
  if (!ctx.vocab.recordingSources.has(last) && !ctx.vocab.recordingSources.has(two)) return false;
  // The recording heads the phrase: "the newspaper's analysis of the audio" is the analysis, the outlet's.
  if (words.some((w) => PREPOSITIONS.has(w.norm))) return false;
  return /['’]s?\s/u.test(ctx.text.slice(words[0].start, words[words.length - 1].start));
}

const PREPOSITIONS = new Set(['of', 'from', 'by', 'in', 'on', 'at', 'with', 'for']);

// "Footage livestreamed by …", "A video taken by …": a participle that says who made the recording.
const MADE_BY = /^(?:\p{L}+ed|taken|shot|made|shown|seen)$/u;

/**
 * Whether the phrase is a recording and who made it ("Footage livestreamed by one of the organizing
 * groups, Portland Immigrant Solidarity Network,", "A video recorded by Ana Ruiz"): what it shows is
 * the footage's, not its maker's words.
 */
function isMadeRecording(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const head = words.findIndex((w) => ctx.vocab.recordingSources.has(w.norm));
  if (head < 0 || head > 2 || words.slice(0, head).some((w) => w.capitalized && w.start !== words[0].start)) return false;
  const made = words[head + 1];
  return made !== undefined && MADE_BY.test(made.norm) && words[head + 2]?.norm === 'by';
}
