import { actsForGovernment } from './actsForGovernment.js';
import { saysAnonymous } from './saysAnonymous.js';
import type { Role } from '../../domain/roles.js';
import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity, roleOfOrganization } from './organizationEntity.js';
import { personEntity } from './personEntity.js';
import { phraseName } from './phraseName.js';
import type { PersonRecord } from './personRegistry.js';
import type { Description } from './readDescription.js';
import { readNamePhrase } from './readNamePhrase.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import { FAMILY_KEY, namesSubject, plightedInParagraph, resolveTarget } from './resolveTarget.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const THE_NOUN_POSSESSIVE = /^[Tt]he\s+(?:[\p{L}\d-]+\s+)?([\p{Ll}]+)['’]s\s+$/u;
const LOWER_START = /^\p{Ll}/u;
const NOT_A_SUBJECT_NOUN = /^(?:a|an|the|\d.*|[\p{L}-]*-old|young|slain|dead|unarmed|local)$/u;

function isPlural(norm: string): boolean {
  return (norm.endsWith('s') && !norm.endsWith('ss')) || norm === 'family' || norm === 'legal team';
}

/**
 * "his wife" when the document names exactly one person as someone's wife ("His wife, Rosa
 * Lind, said …"), wherever that is: the same relation noun (any singular counsel noun for a
 * lawyer), one name.
 */
// The nouns of one counsel: "the family's lawyer, Javier Castañeda-Holt … the attorney said".
const COUNSEL_NOUNS = new Set(['lawyer', 'attorney']);

/** Whether a relation noun a person was brought in by is the one a later "the …" names: the same, or both a lawyer's. */
function sameRelationNoun(known: string | undefined, noun: string): boolean {
  return known === noun || (known !== undefined && COUNSEL_NOUNS.has(known) && COUNSEL_NOUNS.has(noun));
}

// Words that make a lawyer the state's: "a government lawyer", "the prosecution's attorney".
const STATE_COUNSEL_WORDS = new Set(['government', "government's", 'government’s', 'prosecution', "prosecution's", 'prosecution’s']);

/** "A Justice Department lawyer", "a government attorney": counsel a government body's words name as its own. */
function isStateCounsel(ctx: SpeakerContext, segment: readonly Word[]): boolean {
  if (segment.some((w) => STATE_COUNSEL_WORDS.has(w.norm))) return true;
  const from = segment[0].start;
  const to = segment[segment.length - 1].end;
  return ctx.organizations.some((o) => o.start < to && o.end > from && roleOfOrganization(o.name, o.agencyId, ctx.vocab) !== 'other');
}

const CLIENT_WORDS = new Set(['for', 'representing', 'represents', 'represented', 'his', 'her', 'their']);

/**
 * Whether a lawyer's description ties them to a client: "his attorney", "a lawyer for the family",
 * "the family's lawyer", "an attorney representing him", "the lawyer". A title ("Attorney Naomi
 * Whitfield of …") or "an attorney with the Immigrant Rights Project" names a lawyer, no one's.
 */
function namesClient(seg: readonly Word[]): boolean {
  return seg[0].norm === 'the' || seg.some((w) => w.possessive || CLIENT_WORDS.has(w.norm));
}

/**
 * "Ibarra's lawyer, Graciela Montaño," where "her public defender" is of Yesenia Paredes, in a list of
 * shootings: a relative or counsel whose descriptor names another person as theirs is not the one meant.
 */
function ofAnother(ctx: SpeakerContext, segment: readonly Word[], target: PersonRecord | null): boolean {
  if (!target) return false;
  return segment.some((w) => {
    if (!w.possessive || !w.capitalized) return false;
    const owner = ctx.persons.lookup(w.text.replace(/['’]s?$/u, ''));
    return owner !== null && owner !== 'ambiguous' && owner !== target;
  });
}

function namedRelative(ctx: SpeakerContext, noun: string, target: PersonRecord | null): PersonRecord | null {
  const found = new Set<PersonRecord>();
  // Counsel go by several nouns ("his lawyer" … "his attorney, Ana Ruiz"); kin by one ("wife" is not "sister").
  const counsel = ctx.vocab.relationRoles.get(noun) === 'subject_counsel';
  const same = (w: Word) => w.norm === noun || (counsel && !isPlural(w.norm) && ctx.vocab.relationRoles.get(w.norm) === 'subject_counsel');
  for (const a of ctx.attributions) {
    if (!a.source) continue;
    const phrase = readNamePhrase(ctx.text, a.source.start, a.source.end, ctx.vocab);
    if (!phrase.name || phrase.name.length < 2) continue;
    if (!phrase.descriptors.some((seg) => seg.some(same) && !(counsel && (isStateCounsel(ctx, seg) || !namesClient(seg))) && !ofAnother(ctx, seg, target))) continue;
    const record = ctx.persons.lookup(ctx.text.slice(phrase.name[0].start, phrase.name[phrase.name.length - 1].end));
    if (record && record !== 'ambiguous') found.add(record);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "Defense lawyers", "their attorneys" in a story about two people charged together: the lawyers of
 * both, when nothing else plural stands in the sentences before that "their" could mean.
 */
function jointDefendants(ctx: SpeakerContext, d: Description, site: DescriptionSite): readonly PersonRecord[] | null {
  if (ctx.jointSubjects.length !== 2 || d.possessorName.length || d.complement.length || d.organization) return null;
  const pronoun = d.possessivePronoun?.norm;
  if (pronoun && pronoun !== 'their') return null;
  const key = jointKey(ctx.jointSubjects);
  const antecedent = pronoun ? resolveAnaphor(ctx, { ...site, gender: null, reach: 2, accepts: (e) => e.plural, includeContent: true }) : null;
  if (antecedent && antecedent.key !== key) return null;
  return ctx.jointSubjects;
}

function jointKey(people: readonly PersonRecord[]): string {
  return `counsel:${people.map((p) => p.id).join('+')}`;
}

function groupSpeaker(key: string, name: string, affiliation: string | null, role: Role, head: string): Entity {
  return makeEntity({ key, kind: 'group', plural: true, speaker: makeSpeaker(name, affiliation, role), heads: [head] });
}

/**
 * A plural relation as a speaker, named by whom it stands for: "attorneys for Ana Ruiz" (legal team),
 * "family of Ana Ruiz", "friends of Ana Ruiz"; one entity per relation and person in a document.
 */
export function relationGroup(role: Role, noun: string, target: PersonRecord): Entity {
  if (role === 'subject_counsel') return groupSpeaker(`counsel:${target.id}`, `attorneys for ${target.name}`, `legal team of ${target.name}`, role, noun);
  if (role === 'family') return groupSpeaker(`${FAMILY_KEY}${target.id}`, `family of ${target.name}`, `family of ${target.name}`, role, noun);
  return groupSpeaker(`${noun}:${target.id}`, `${noun} of ${target.name}`, null, role, noun);
}

/** "wife of Ana Ruiz", "attorney for Ana Ruiz", "attorney for the family of Ana Ruiz": a relation named by whose it is. */
function relationName(role: Role, noun: string, target: PersonRecord, viaFamily: boolean): string {
  if (role === 'family') return `${noun} of ${target.name}`;
  return viaFamily ? `${noun} for the family of ${target.name}` : `${noun} for ${target.name}`;
}

/**
 * "Justice Department attorneys", "lawyers for the Department of Homeland Security": a public body's
 * lawyers speak for it, never for the person it is in court with. Counsel of a body with no public
 * role ("ACLU attorneys") may well be the person's and are read as before.
 */
function governmentCounsel(ctx: SpeakerContext, d: Description): Entity | null {
  const org = d.organization;
  if (!org || d.possessivePronoun || d.possessorName.length) return null;
  // "FBI General Counsel James A. Baker" is a person, whoever the name reader took him for.
  // A name after the head is the client's: "Justice Department lawyers representing Brandvold".
  if (d.words.some((w) => w.capitalized && (w.start < org.start || w.start >= org.end) && !d.head!.words.includes(w) && !d.complement.includes(w))) return null;
  const body = organizationEntity(org, ctx.vocab);
  return body.speaker && body.speaker.role !== 'other' ? body : null;
}

/** Lawyers the phrase says act for the government, named by no agency: the government's, on its side. */
function counselOfTheGovernment(d: Description): Entity | null {
  if (!actsForGovernment(d, true)) return null;
  // Which government (federal or a state's) the phrase need not say: no affiliation is guessed.
  return groupSpeaker('counsel:government', 'government lawyers', null, 'prosecutor', d.head!.norm);
}

/** Whether the source phrase of the attribution being resolved says the speaker goes unnamed. */
function namesNoOne(ctx: SpeakerContext, site: DescriptionSite): boolean {
  const source = ctx.attributions[site.attribution]?.source;
  return source != null && saysAnonymous(ctx.text.slice(source.start, source.end));
}

/**
 * The noun of "The man's", "the 19-year-old driver's" before a relation's head, when it is one the
 * vocabulary calls the person force was used on by (vocab/roles.json subjectDescriptors); null otherwise.
 */
function unnamedPossessor(ctx: SpeakerContext, d: Description): string | null {
  const head = d.head!.words[0];
  const before = ctx.text.slice(d.words[0].start, head.start);
  const m = THE_NOUN_POSSESSIVE.exec(before);
  if (!m) return null;
  return ctx.vocab.subjectDescriptors.some((phrase) => phrase === `the ${m[1]}`) ? m[1] : null;
}

/** "of a 22-year-old man shot by …": the first noun of an "of" complement, when it is one vocab/roles.json subjectDescriptors use. */
function complementSubjectNoun(ctx: SpeakerContext, d: Description): string | null {
  const first = d.complement.find((w) => LOWER_START.test(w.text) && !NOT_A_SUBJECT_NOUN.test(w.norm));
  return first && ctx.vocab.subjectDescriptors.includes(`the ${first.norm}`) ? first.norm : null;
}

const RELATIVE_REACH = 2;
const QUANTIFIERS = new Set(['several', 'other', 'some', 'many', 'few', 'numerous', 'multiple', 'fellow', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'most', 'all']);
const FAMILY_POSSESSOR = /^[Tt]he\s+family['’]s\s+$/u;

/** Lawyers, relatives, witnesses and supporters, named by whom they stand for. */
export function describeRelation(ctx: SpeakerContext, d: Description, site: DescriptionSite, role: Role): Entity | null {
  const head = d.head!;
  const government = role === 'subject_counsel' ? (governmentCounsel(ctx, d) ?? counselOfTheGovernment(d)) : null;
  if (government) return government;
  const plural = isPlural(head.norm);
  // "their attorney" after "the family": the family's counsel. "Their son" there is no one sure.
  // "the family's attorney" is the counsel of the family of the one force was used on.
  // So are "Lawyers for the family".
  const forFamily = role === 'subject_counsel' && d.complement.length === 2 && d.complement[0].norm === 'the' && d.complement[1].norm === 'family';
  const familyOwned = forFamily || FAMILY_POSSESSOR.test(ctx.text.slice(d.words[0].start, head.words[0].start));
  const viaFamily = d.possessivePronoun?.norm === 'their' || familyOwned;
  // "according to several parents who were waiting outside", "Other parents said": counted or set
  // apart, the relatives are some of many people's, not the family of the one force was used on.
  // They are a group no one can name, whom a later "they" means and a "his" does not.
  const counted = plural && !d.possessivePronoun && !d.possessorName.length && QUANTIFIERS.has(d.words[0]?.norm ?? '');
  if (counted && role === 'family') return makeEntity({ key: `counted:${site.at}`, kind: 'group', plural: true, heads: [head.norm] });
  const target = familyOwned ? (role === 'subject_counsel' ? ctx.subject : null) : viaFamily && role !== 'subject_counsel' ? null : resolveTarget(ctx, d, { implicitSubject: plural && role !== 'witness' && !counted });
  if (!plural) {
    // "his nephew Karim el Sayed": a name after the noun the name reader could not take is still
    // someone's own name; the one nephew named elsewhere is not who this is.
    const lastHead = head.words[head.words.length - 1];
    // Names in an "of" complement ("the wife of the Guatemalan man shot in Dover") are whose relative, not the relative's.
    const namedAfter = d.words.some((w) => w.start > lastHead.start && w.capitalized && !d.complement.includes(w));
    // "The wife of the Honduran man wounded …" in a lede, the story naming him and "his wife, Anahi
    // Rodriguez" only later and saying too little of him for a subject to stand out: the relation is
    // of whoever the description means, and the one wife named is her.
    const ofSubject = target !== null || (!ctx.subject && d.complement.length > 0 && namesSubject(ctx, d.complement));
    if (ofSubject && (role === 'family' || role === 'subject_counsel') && !namedAfter) {
      const relative = namedRelative(ctx, head.norm, target);
      if (relative) {
        const speaker = describePerson(ctx, relative, [], site);
        // Named as a relative only further on ("according to his wife, Anahi Rodriguez"): the relation's role until then.
        if (speaker.role !== 'other') return personEntity(relative, speaker);
        const affiliation = target ? relationName(role, head.words.map((w) => w.norm).join(' '), target, false) : null;
        return personEntity(relative, makeSpeaker(speaker.name, affiliation, role));
      }
    }
    // From the head and its modifiers, not the possessor: "his attorney" may be a woman.
    const gender = ctx.vocab.genderWords.get(head.norm) ?? d.modifiers.map((w) => ctx.vocab.genderWords.get(w.norm)).find((g) => g === 'female' || g === 'male') ?? null;
    // "his attorney", "Pretti's brother", never named: the relation is the name ("attorney for Alex
    // Pretti"), when whose it is is sure: the possessor is named, or the pronoun means the document's
    // subject (a "his" that the nearest man takes may be wrong, and then so would be the name).
    // In a story of several people force was used on, none standing out, the one the pronoun means is sure
    // when that one is the last of them named before it in its paragraph ("Agents shot Ana Ruiz … Her lawyer said").
    const sure = d.possessorName.length > 0 || target === ctx.subject || (target !== null && ctx.subject === null && d.possessivePronoun !== null && plightedInParagraph(ctx, d.possessivePronoun.start) === target);
    if (target && (role === 'family' || role === 'subject_counsel') && sure) {
      const noun = head.words.map((w) => w.norm).join(' ');
      const name = relationName(role, noun, target, viaFamily);
      return makeEntity({ key: `${role}:${noun}:${target.id}`, kind: 'person', gender, speaker: makeSpeaker(name, name, role), heads: [head.norm] });
    }
    // "The man's cousin said" in a story that names no one force befell: the cousin of the one it
    // befell, whom the noun the story calls him by names ("cousin of the man").
    const ofUnnamed = !target && !ctx.subject && (role === 'family' || role === 'subject_counsel') ? unnamedPossessor(ctx, d) : null;
    if (ofUnnamed) {
      const noun = head.words.map((w) => w.norm).join(' ');
      // Named as written ("the man's cousin"), whose relative it is in the affiliation.
      const written = phraseName(ctx.text, d.words).replace(/^The\b/u, 'the');
      const of = role === 'family' ? `${noun} of the ${ofUnnamed}` : `${noun} for the ${ofUnnamed}`;
      return makeEntity({ key: `${role}:${noun}:the ${ofUnnamed}`, kind: 'person', gender, speaker: makeSpeaker(written, of, role), heads: [head.norm] });
    }
    // "A witness, who declined to give her name, said": a witness or neighbor the text says it will not
    // name speaks as the noun says, on the witnesses' side; a "she" after it is them. One it merely does
    // not name ("A witness told the paper") may be named in another document, and stays unnamed.
    if (role === 'witness' && !target && !d.possessivePronoun && !d.possessorName.length && namesNoOne(ctx, site)) {
      const noun = head.words.map((w) => w.norm).join(' ');
      return makeEntity({ key: `unnamed:${site.at}`, kind: 'person', gender, speaker: makeSpeaker(noun, null, role), heads: [head.norm] });
    }
    // "Fuentes's mother, Carmen Fuentes, said …. The mother said": the relative just named by that noun.
    if (d.definite && !d.possessivePronoun && !d.possessorName.length && !d.complement.length && (role === 'family' || role === 'subject_counsel')) {
      const named = resolveAnaphor(ctx, { ...site, gender: null, reach: RELATIVE_REACH, accepts: (e) => e.kind === 'person' && sameRelationNoun(e.person?.relation?.noun, head.norm) });
      if (named?.person) return personEntity(named.person, describePerson(ctx, named.person, [], site));
    }
    // Someone the text does not name: no speaker, but a "she" after it must not skip past them.
    return makeEntity({ key: `unnamed:${site.at}`, kind: 'person', gender });
  }
  const headText = phraseName(ctx.text, [...d.modifiers, ...head.words]);
  if (role === 'subject_counsel') {
    // "Justice Department lawyers representing Brandvold", the officer who fired: an officer's lawyers
    // are no voice of the subject's side.
    if (target && target !== ctx.subject && !ctx.jointSubjects.includes(target) && describePerson(ctx, target, [], site).role === 'official') {
      return groupSpeaker(`officer-counsel:${target.id}`, `attorneys for ${target.name}`, `legal team of ${target.name}`, 'other', head.norm);
    }
    if (target) return relationGroup(role, head.norm, target);
    const joint = jointDefendants(ctx, d, site);
    return joint ? groupSpeaker(jointKey(joint), `attorneys for ${joint.map((p) => p.name).join(' and ')}`, `legal team of ${joint.map((p) => p.name).join(' and ')}`, role, head.norm) : null;
  }
  if (role === 'family') {
    if (target) return relationGroup(role, head.norm, target);
    // "The family of a 22-year-old man fatally shot by a Border Patrol agent says": in a story that names
    // no one force befell, the family of the one it befell, by the noun the story calls him by.
    const noun = ctx.subject ? null : complementSubjectNoun(ctx, d);
    return noun ? groupSpeaker(`${FAMILY_KEY}the ${noun}`, `family of the ${noun}`, `family of the ${noun}`, role, head.norm) : null;
  }
  if (d.possessivePronoun || d.possessorName.length) return target ? relationGroup(role, head.norm, target) : null;
  if (d.organization && d.complement.length) {
    return groupSpeaker(`${head.norm}:${d.organization.name}`, `${headText} with ${d.organization.name}`, d.organization.name, role, head.norm);
  }
  return groupSpeaker(`${head.norm}:${headText}`, headText, null, role, head.norm);
}
