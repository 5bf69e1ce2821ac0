import type { OrganizationMention } from '../../domain/analysis.js';
import type { Role } from '../../domain/roles.js';
import { describeGroup } from './describeGroup.js';
import { describePerson } from './describePerson.js';
import { describeRelation } from './describeRelation.js';
import { filingEntity, issuerOf } from './describeFiling.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { LEADING_FUNCTION_WORD, phraseName, wordsText } from './phraseName.js';
import { organizationEntity, roleOfOrganization } from './organizationEntity.js';
import { personEntity } from './personEntity.js';
import { prosecutorOffice } from './prosecutorOffice.js';
import { readDescription } from './readDescription.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import { ISSUING, statementHeads } from './statementHeads.js';
import type { SpeakerContext } from './speakerContext.js';
import { splitWords, type Word } from './words.js';

export interface DescriptionSite {
  readonly at: number;
  readonly attribution: number;
}

const REACH = 3;

function anaphoricOrganization(ctx: SpeakerContext, site: DescriptionSite, noun: string): Entity | null {
  const head = ctx.vocab.anaphoricOrgNouns.get(noun);
  if (head === undefined) return null;
  // "the agency" has no name of its own to match: any agency will do; "the department" needs a Department.
  const wanted = head ?? 'agency';
  const accepts = (e: Entity) => e.kind === 'organization' && e.heads.includes(wanted);
  const before = resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, accepts });
  const own = namedInOwnTag(ctx, site, accepts);
  // "DHS said … A Border Patrol agent shot a man, the agency said": which one speaks cannot be told.
  if (before && own && before.key !== own.key) return null;
  return before ?? bodyOfLastSpeaker(ctx, site, accepts) ?? own ?? (head === null ? null : onlyOneBefore(ctx, site.at, accepts));
}

/**
 * "Hours after …, the Department of Homeland Security said …" and, twenty sentences on, "the department
 * described a different sequence": beyond reach, the one organisation of that head the text named
 * before, when it named no other.
 */
function onlyOneBefore(ctx: SpeakerContext, at: number, accepts: (e: Entity) => boolean): Entity | null {
  const found = new Map<string, Entity>();
  for (const o of ctx.occurrences) if (o.start < at && accepts(o.entity)) found.set(o.entity.key, o.entity);
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * "A Border Patrol agent shot a man Monday, the agency said": with nothing before the sentence, the
 * one organisation of that kind the tag's own reported words name before it.
 */
function namedInOwnTag(ctx: SpeakerContext, site: DescriptionSite, accepts: (e: Entity) => boolean): Entity | null {
  return resolveAnaphor(ctx, { ...site, attribution: -1, gender: null, reach: 0, includeContent: true, accepts });
}

/** The organisation a named person speaks for ("CBP spokesperson Ana Ruiz" → CBP), as an entity. */
function bodyOf(ctx: SpeakerContext, e: Entity): Entity | null {
  const r = e.person;
  return r?.organization ? organizationEntity({ name: r.organization, agencyId: r.agencyId }, ctx.vocab) : null;
}

/**
 * "CBP spokesperson Ana Ruiz said … The agency said": with no organisation named within reach, the
 * body of the person who spoke last (within reach) for one.
 */
function bodyOfLastSpeaker(ctx: SpeakerContext, site: DescriptionSite, accepts: (e: Entity) => boolean): Entity | null {
  const speaker = resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, accepts: (e) => e.kind === 'person' && e.speaker !== null && e.person !== null });
  const body = speaker ? bodyOf(ctx, speaker) : null;
  return body && accepts(body) ? body : null;
}

const HOLDER_ROLES: ReadonlySet<Role> = new Set(['elected_official', 'official', 'prosecutor']);

/**
 * "A spokesman for the mayor", "a spokesperson for the Colorado governor": the spokesperson of an
 * office of one holder speaks for it, in its role ("spokesperson for the mayor").
 */
function spokespersonOfOffice(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Entity | null {
  const words = d.complement;
  if (words.length < 2 || words.length > 4 || words[0].norm !== 'the') return null;
  const noun = words[words.length - 1];
  const role = ctx.vocab.titleRoles.get(noun.norm);
  if (!role || !HOLDER_ROLES.has(role) || !words.slice(1, -1).every((w) => w.capitalized)) return null;
  const name = `spokesperson for ${phraseName(ctx.text, words).replace(/^The\b/u, 'the')}`;
  return makeEntity({ key: `spokes:${name}`, kind: 'person', speaker: makeSpeaker(name, null, role), heads: ['spokesperson'] });
}

/** "the agency's", "the department's" owning the head: the word an organisation named before is pointed back to by. */
function anaphoricOwner(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Word | null {
  return d.definite && d.possessorName.length === 1 && ctx.vocab.anaphoricOrgNouns.has(d.possessorName[0].norm) ? d.possessorName[0] : null;
}

function spokesperson(ctx: SpeakerContext, site: DescriptionSite, d: ReturnType<typeof readDescription>): Entity | null {
  if (d.organization) return organizationEntity(d.organization, ctx.vocab, ['spokesperson']);
  // "the agency's spokesperson": the body "the agency" points back to.
  const owner = anaphoricOwner(ctx, d);
  if (owner) {
    const body = anaphoricOrganization(ctx, { ...site, at: owner.start }, owner.norm);
    return body ? makeEntity({ ...body, heads: [...body.heads, 'spokesperson'] }) : null;
  }
  if (d.definite) return resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, accepts: (e) => e.heads.includes('spokesperson') });
  // "A spokeswoman for the agency": the body "the agency" alone would be.
  if (d.complement.length === 2 && d.complement[0].norm === 'the' && !d.modifiers.length && !d.possessorName.length) {
    const body = anaphoricOrganization(ctx, site, d.complement[1].norm);
    if (body) return makeEntity({ ...body, heads: [...body.heads, 'spokesperson'] });
    // "A spokesman for the mayor": an office of one holder (spokespersonOfOffice, below).
    if (!ctx.vocab.titleRoles.has(d.complement[1].norm)) return null;
  }
  // "A sheriff's spokesman said": the office of the one county whose sheriff the document names.
  if (d.possessorName.length === 1 && d.possessorName[0].norm === 'sheriff' && !d.complement.length) {
    const office = countySheriffOffice(ctx);
    return office ? makeEntity({ ...office, heads: [...office.heads, 'spokesperson'] }) : null;
  }
  const office = spokespersonOfOffice(ctx, d);
  if (office) return office;
  // "a spokesperson for the bureau's field office": the phrase names its own body, which is not
  // the organisation named just before; no guess.
  if (d.complement.length || d.possessorName.length) return null;
  // "The FBI is investigating, a bureau spokeswoman said": a spokesperson whose modifier is the head
  // of the one organisation of that kind in the sentence or the one before, its own reported words included.
  const kind = d.modifiers.length === 1 ? ctx.vocab.anaphoricOrgNouns.get(d.modifiers[0].norm) : undefined;
  if (kind) {
    const body = resolveAnaphor(ctx, { ...site, attribution: -1, gender: null, reach: 1, includeContent: true, accepts: (e) => e.kind === 'organization' && e.heads.includes(kind) });
    return body ? makeEntity({ ...body, heads: [...body.heads, 'spokesperson'] }) : null;
  }
  // "a police spokesperson", "a hospital spokeswoman" in a story of a Border Patrol shooting: a
  // modifier that names another kind of body than any the text resolves is no agency's spokesperson.
  if (d.modifiers.some((m) => !ctx.vocab.anaphoricOrgNouns.has(m.norm) && !AGENCY_ADJECTIVES.has(m.norm))) return null;
  const agency = (e: Entity) => e.kind === 'organization' && e.heads.includes('agency');
  // "The FBI is investigating, a spokesperson said": the one agency its own words name, unless another was named just before.
  const before = resolveAnaphor(ctx, { ...site, gender: null, reach: 1, accepts: agency });
  // Not "a hospital spokeswoman": a modifier names another body than the one its words are about.
  const own = d.modifiers.length ? null : namedInOwnTag(ctx, site, agency);
  if (before && own && before.key !== own.key) return null;
  const org = before ?? own;
  return org ? makeEntity({ ...org, heads: [...org.heads, 'spokesperson'] }) : null;
}

/** Words before "spokesperson" that name no body of their own ("a federal spokesperson"). */
const AGENCY_ADJECTIVES: ReadonlySet<string> = new Set(['federal']);

// Records a sworn filing cites without saying whose they are ("Records checks show …").
const CITED_RECORDS = new Set(['records', 'record', 'data', 'record checks', 'records checks', 'record check']);

/**
 * Who issued the statement (or release, report) a phrase names, as the entity that speaks through
 * it: a later "the statement said" points back to it (statementIssuer).
 */
function statement(ctx: SpeakerContext, site: DescriptionSite, d: ReturnType<typeof readDescription>): Entity | null {
  const issuer = statementOwner(ctx, site, d);
  const noun = d.head!.norm;
  return issuer && !issuer.heads.includes(noun) ? makeEntity({ ...issuer, heads: [...issuer.heads, noun] }) : issuer;
}

function statementOwner(ctx: SpeakerContext, site: DescriptionSite, d: ReturnType<typeof readDescription>): Entity | null {
  const issuer = d.organization ?? issuedBy(ctx, d);
  if (issuer) return organizationEntity(issuer, ctx.vocab);
  // "the new statement", "the revised statement": words of when, no owner.
  const modifiers = d.modifiers.filter((w) => !STATEMENT_AGES.has(w.norm));
  const owner = d.possessorName.length === 1 ? d.possessorName[0] : modifiers.length === 1 ? modifiers[0] : null;
  if (owner) return anaphoricOrganization(ctx, { ...site, at: owner.start }, owner.norm);
  const kin = issuingKin(ctx, site, d);
  if (kin) return kin;
  if (!d.definite || modifiers.length || d.possessivePronoun) return citedRecords(ctx, d);
  const noun = d.head!.norm;
  const earlier = statementIssuer(ctx, site, noun) ?? issuedBefore(ctx, site, noun);
  return earlier && !unresolvedIssuerSince(ctx, site, noun, earlier) ? earlier : null;
}

const STATEMENT_AGES = new Set(['new', 'revised', 'updated', 'latest', 'earlier', 'original', 'first', 'second', 'initial', 'later', 'amended']);
// "DHS issued a revised statement on Friday": a body putting out a statement, no words of it reported.
// "The inspector general issued a report Tuesday. The report found …": the same for a report, a letter.
// "A DHS spokesperson responded Thursday night with a written statement", "ICE gave a different account in a news release",
// "CBP issued its own initial statement Friday".
const ISSUED_STATEMENT =
  /\b(?:issued|released|put out|posted|published|sent|wrote|signed|provided|emailed|shared|responded(?:\s+[\p{L}]+){0,3}?\s+with|[\p{L}]+\s+(?:[\p{L}-]+\s+){0,4}?in)\s+(?:a|an|its)\s+(?:(?:own|first|initial|new|revised|updated|amended|brief|short|written|official)\s+){0,2}([\p{L}-]+)(?:\s+(\p{L}+))?/gu;
// "an amended statement that ICE posted to its website": the statement first, its issuer after it.
const STATEMENT_THEN_ISSUER = /\b(?:a|an|its)\s+(?:(?:first|initial|new|revised|updated|amended|brief|short|written|official)\s+){0,2}([\p{L}-]+)\s+(?:that\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:posted|issued|released|put\s+out|published|sent)\b/gu;
// "The new version says" of the statement just named: a version is a statement of the same body's.
const VERSION_NOUNS = new Set(['version']);

// "DHS responded on X on Friday. “…,” the post said.": a post put out on a platform, no noun for it.
const POST_NOUNS = new Set(['post', 'tweet', 'posts']);
const POSTED_ON = /\b(?:posted|responded|wrote|replied|commented|said)\s+on\s+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|TikTok|Truth Social|social media)\b/u;

const BODY_BY_KIND = /\bthe (agency|department|bureau)\b/iu;

/**
 * "DHS issued a revised statement on Friday. “…,” the new statement reads.": the one agency named
 * before the verb of a sentence within reach that puts out a statement; null when there is none or
 * several.
 */
function issuedBefore(ctx: SpeakerContext, site: DescriptionSite, noun: string): Entity | null {
  const at = ctx.sentenceAt(site.at);
  for (let s = at; s >= Math.max(0, at - REACH); s--) {
    const sentence = ctx.analysis.sentences[s];
    if (!sentence) continue;
    const window = ctx.text.slice(sentence.start, Math.min(sentence.end, site.at));
    // "she read aloud a letter from Villeda's family. “…,” the letter reads.": the family it came from.
    const from = fromKinAt(window, noun);
    if (from >= 0) return kinAfter(ctx, site, sentence.start + from, Math.min(sentence.end, site.at));
    const names = (x: RegExpMatchArray, k: number) => x[k]?.toLowerCase() === noun || (VERSION_NOUNS.has(noun) && ctx.vocab.statementNouns.has(x[k]?.toLowerCase() ?? ''));
    // "an amended statement that ICE posted …": the agency named between the noun and the verb.
    const after = [...window.matchAll(STATEMENT_THEN_ISSUER)].find((x) => names(x, 1));
    if (after) {
      const from = sentence.start + (after.index ?? 0) + after[0].indexOf(after[2]);
      const named = ctx.organizations.filter((o) => o.agencyId !== null && o.start >= from && o.end <= from + after[2].length);
      if (named.length === 1) return organizationEntity(named[0], ctx.vocab);
    }
    const m = [...window.matchAll(ISSUED_STATEMENT)].find((x) => names(x, 1) || names(x, 2)) ?? (POST_NOUNS.has(noun) ? POSTED_ON.exec(window) : null);
    if (!m) continue;
    const verbAt = sentence.start + m.index;
    const bodies = ctx.organizations.filter((o) => o.agencyId !== null && o.start >= sentence.start && o.end <= verbAt);
    if (bodies.length) return bodies.length === 1 ? organizationEntity(bodies[0], ctx.vocab) : null;
    // "A spokesperson for the agency sent a statement Tuesday": the body "the agency" is there.
    const kind = BODY_BY_KIND.exec(ctx.text.slice(sentence.start, verbAt));
    if (kind) return anaphoricOrganization(ctx, { ...site, at: sentence.start + kind.index }, kind[1].toLowerCase());
    // "Rep. Ana Fuentes sent a letter to the secretary on Monday. “…,” the letter reads.": the one person named before the verb.
    const occurrences = ctx.occurrences.filter((o) => o.entity.kind === 'person' && o.entity.person && o.start >= sentence.start && o.end <= verbAt);
    const named = new Set(occurrences.map((o) => o.entity.person!));
    if (named.size !== 1) return null;
    // "Villeda's family released a letter": the name is whose family, not who wrote it; the family, when the words say so.
    const possessed = occurrences.find((o) => POSSESSIVE_AFTER.test(ctx.text.slice(o.end, o.end + 3)) || POSSESSIVE_END.test(ctx.text.slice(o.start, o.end)));
    if (possessed) return kinAfter(ctx, site, possessed.start, verbAt);
    const [person] = named;
    return personEntity(person, describePerson(ctx, person, [], site));
  }
  return null;
}

// Papers one person swears to: "The declaration also stated …" after "In a declaration …, Drew Haskins … wrote".
const SWORN_BY_ONE = new Set(['declaration', 'affidavit']);

/**
 * "In a declaration filed with the court Monday, Drew Haskins, the field office director, wrote that ….
 * The declaration also stated …": the one person who speaks in a sentence within reach that brings in
 * "a declaration" (or "his affidavit"); null when none or several do.
 */
function declarantBefore(ctx: SpeakerContext, site: DescriptionSite, noun: string): Entity | null {
  const brought = new RegExp(String.raw`\b(?:a|an|his|her)\s+(?:sworn\s+|written\s+|signed\s+)?${noun}\b`, 'iu');
  const at = ctx.sentenceAt(site.at);
  for (let s = at - 1; s >= Math.max(0, at - REACH); s--) {
    const sentence = ctx.analysis.sentences[s];
    if (!sentence || !brought.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    const speakers = new Set(ctx.occurrences.filter((o) => o.speaker && o.entity.person && o.start >= sentence.start && o.end <= sentence.end).map((o) => o.entity.person!));
    if (speakers.size !== 1) return null;
    const [person] = speakers;
    return personEntity(person, describePerson(ctx, person, [], site));
  }
  return null;
}

/** Where the words after "a letter from" begin in `window`, for a statement noun `noun`; -1 when it names none so. */
function fromKinAt(window: string, noun: string): number {
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${escaped}\s+(?:from|by)\s+`, 'iu').exec(window);
  return m ? m.index + m[0].length : -1;
}

// A possessive right after a name ("Villeda's"), not a closing quotation mark ("… Villeda’ said").
const POSSESSIVE_AFTER = /^['’]s\b/u;
const POSSESSIVE_END = /['’]s?$/u;
// The phrase from a possessor's name to its noun: "Villeda's family", "Villeda's sister Ana".
const KIN_PHRASE = /^[^,.;:!?"“”]*?['’]s?\s+([\p{L}-]+)/u;

/**
 * "Villeda's family released a letter", "a letter from Villeda's family": the relative or family a possessor's
 * name opens, read as the same words would be read as a source; null for anything else ("Villeda's employer").
 */
function kinAfter(ctx: SpeakerContext, site: DescriptionSite, from: number, limit: number): Entity | null {
  const m = KIN_PHRASE.exec(ctx.text.slice(from, limit));
  return m ? familyIn(ctx, site, splitWords(ctx.text, from, from + m[0].length)) : null;
}

/** The words after "from" or "by" that name who issued a statement ("released Wednesday by …"); none when there is no such link. */
function issuerWords(d: ReturnType<typeof readDescription>): readonly Word[] {
  const last = d.head!.words[d.head!.words.length - 1];
  let at = d.words.indexOf(last) + 1;
  if (d.words[at] && ISSUING.has(d.words[at].norm)) {
    at++;
    while (d.words[at] && WHEN.has(d.words[at].norm)) at++;
  }
  const link = d.words[at];
  return link && (link.norm === 'from' || link.norm === 'by') ? d.words.slice(at + 1) : [];
}

/**
 * "A statement from Ruiz's family said", "the statement from the family": a family (or a relative)
 * after "from" or "by" issues the statement, read as the same words would be read as a source.
 */
function issuingKin(ctx: SpeakerContext, site: DescriptionSite, d: ReturnType<typeof readDescription>): Entity | null {
  return familyIn(ctx, site, issuerWords(d));
}

/** The family or relative the words name, read as the same words would be read as a source ("Ruiz's family"); null for anyone else. */
function familyIn(ctx: SpeakerContext, site: DescriptionSite, words: readonly Word[]): Entity | null {
  const head = words[words.length - 1];
  if (!head || ctx.vocab.relationRoles.get(head.norm) !== 'family') return null;
  const entity = describeDescription(ctx, words, { ...site, at: words[0].start });
  return entity?.speaker?.role === 'family' ? entity : null;
}

const KIND_OF_PAPER = /\b(criminal|civil)\s+([\p{L}-]+)/giu;

/** Whether the last "criminal complaint" or "civil complaint" (of `noun`) before `at` was criminal or civil; null when none is. */
function kindNamedBefore(text: string, at: number, noun: string): 'criminal' | 'civil' | null {
  let kind: 'criminal' | 'civil' | null = null;
  for (const m of text.slice(0, at).matchAll(KIND_OF_PAPER)) if (m[2].toLowerCase() === noun) kind = m[1].toLowerCase() as 'criminal' | 'civil';
  return kind;
}

// "a report released Wednesday by …": the words of when a body put out its words.
const WHEN = new Set(['on', 'late', 'early', 'earlier', 'last', 'this', 'today', 'yesterday', 'week', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night']);

/**
 * "a statement from U.S. Customs and Border Protection", "a release by the FBI", "a report released
 * Wednesday by the county's medical examiner's office": the organisation right after "from" or "by".
 */
function issuedBy(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): OrganizationMention | null {
  const after = issuerWords(d).filter((w) => w.norm !== 'the');
  const org = after.length ? ctx.organizations.find((o) => o.start <= after[0].start && after[0].start < o.end) : null;
  // The whole rest is the organisation's name: "a statement from CBP officials" is someone else's.
  return org && after.every((w) => w.start < org.end) ? org : null;
}

// Works a story may weigh against each other: "the report" of two issuers means neither for sure.
const WEIGHED_WORKS = new Set(['report', 'review', 'audit', 'investigation', 'study', 'analysis']);

/**
 * "The statement said": whoever was said, within three sentences, to have spoken in a statement;
 * farther back, only the one organisation of the document said to have issued one (an agency's
 * release is cited all through a story; a person's statement many paragraphs back is not the one
 * a later "the statement" means).
 */
function statementIssuer(ctx: SpeakerContext, site: DescriptionSite, noun: string): Entity | null {
  const accepts = (e: Entity) => e.speaker !== null && e.heads.includes(noun);
  const issuers = new Map(ctx.occurrences.filter((o) => o.start < site.at && o.speaker && accepts(o.entity)).map((o) => [o.entity.key, o.entity]));
  // "The report says" after an inspector general's report and the agency's own report: a story
  // weighs one report against another, and the nearer need not be the one it means.
  if (WEIGHED_WORKS.has(noun) && issuers.size > 1) return null;
  const near = resolveAnaphor(ctx, { ...site, gender: null, reach: REACH, accepts });
  if (near) return near;
  if ([...issuers.values()].some((e) => e.kind !== 'organization')) return null;
  // "A family friend, Gabriela Montes, read a short statement on her behalf. “…,” the statement said": a statement read
  // out just before is the one meant, whoever's it is; not the agency's of many paragraphs back.
  if (statementReadJustBefore(ctx, site.at, noun)) return null;
  return issuers.size === 1 ? [...issuers.values()][0] : null;
}

const READ_OUT = /\bread(?:\s+aloud|\s+out)?\s+(?:a|an|the|her|his|their)\s+(?:(?:short|brief|written|prepared|family)\s+)?([\p{L}-]+)/gu;

/** Whether a sentence within reach before `at` tells of someone reading out a `noun` ("read a short statement on her behalf"). */
function statementReadJustBefore(ctx: SpeakerContext, at: number, noun: string): boolean {
  const here = ctx.sentenceAt(at);
  const first = ctx.analysis.sentences[Math.max(0, here - REACH)];
  const window = ctx.text.slice(first?.start ?? 0, at);
  return [...window.matchAll(READ_OUT)].some((m) => m[1].toLowerCase() === noun);
}

/**
 * "GEO said in a statement that …. “Our employees are highly trained,” the statement said", after
 * ICE's statement further back: one the document does not resolve ("GEO") spoke through a statement
 * after `issuer` last did; "the statement" may well be theirs.
 */
function unresolvedIssuerSince(ctx: SpeakerContext, site: DescriptionSite, noun: string, issuer: Entity): boolean {
  const last = Math.max(-1, ...ctx.occurrences.filter((o) => o.start < site.at && o.entity.key === issuer.key).map((o) => o.start));
  return ctx.attributions.some((a, j) => a.source !== null && a.source.start > last && a.source.end <= site.at && !ctx.occurrences.some((o) => o.speaker && o.entity.speaker !== null && o.start <= a.source!.start && a.source!.start < o.end) && statementHeads(ctx, j).includes(noun));
}

/**
 * In a document that is itself a sworn filing, bare records ("Records show", "Records checks show")
 * are what its affiant cites: "records cited in the affidavit (District of …)". In a news story,
 * whose records they are cannot be told.
 */
function citedRecords(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Entity | null {
  const filing = ctx.ownFiling?.speaker;
  if (!filing || d.definite || d.possessivePronoun || d.modifiers.length || !CITED_RECORDS.has(d.head!.norm)) return null;
  const name = `records cited in the ${filing.name}`;
  return makeEntity({ key: `records:${filing.name}`, kind: 'thing', plural: true, speaker: makeSpeaker(name, filing.affiliation, 'court_filing'), heads: ['records'] });
}

/** "The FBI's Dayton field office" → "FBI Dayton Field Office", speaking for the FBI. */
function fieldUnit(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Entity | null {
  const place = d.modifiers.filter((w) => w.capitalized);
  if (d.head?.norm !== 'office' || !d.modifiers.some((w) => w.norm === 'field') || !place.length) return null;
  const org = d.organization!;
  const name = `${issuerOf(d)} ${wordsText(ctx.text, place)} Field Office`;
  const parent = organizationEntity(org, ctx.vocab);
  return makeEntity({ ...parent, key: `org:${name}`, speaker: makeSpeaker(name, org.name, parent.speaker!.role), heads: [...parent.heads, 'office', 'field'] });
}

// "Dale County Sheriff Ann Roe", "the Dale County Sheriff's Office": the county a document's sheriff serves.
const SHERIFF_COUNTY = /\b((?:\p{Lu}\p{Ll}+ ){1,3}County) [Ss]heriff\b/gu;

/**
 * "The sheriff's office" (or department) of the one county whose sheriff the document names:
 * "Dale County Sheriff's Office". Null when no county or two are named.
 */
function sheriffOffice(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Entity | null {
  if (d.possessorName.length !== 1 || d.possessorName[0].norm !== 'sheriff' || (d.head!.norm !== 'office' && d.head!.norm !== 'department')) return null;
  return countySheriffOffice(ctx, d.head!.norm === 'office' ? 'Office' : 'Department');
}

/** "Dale County Sheriff's Office" of the one county whose sheriff the document names; null when none or two. */
function countySheriffOffice(ctx: SpeakerContext, kind: 'Office' | 'Department' = 'Office'): Entity | null {
  const counties = new Set([...ctx.text.matchAll(SHERIFF_COUNTY)].map((m) => m[1]));
  if (counties.size !== 1) return null;
  const name = `${[...counties][0]} Sheriff's ${kind}`;
  return makeEntity({ key: `org:${name}`, kind: 'organization', speaker: makeSpeaker(name, name, 'official'), heads: ['sheriff', 'office', 'department'] });
}

// "Dale County", "St. Clair County": a county a document names (not "County Road 12").
const COUNTY_NAME = /\b((?:St\. )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) County\b/gu;

// Modifiers that say which examiner without naming one: "the county medical examiner", "the state coroner".
const EXAMINER_MODIFIERS = new Set(['county', 'state', 'local', 'chief', 'deputy', 'district', 'regional']);

/**
 * "The county medical examiner", "the coroner's office", where the document names no examiner to
 * point back to: the office as written, of the one county the document names if it names one. Each county has one, so the phrase names a real body that
 * speaks on the record; nothing is guessed beyond the words ("Medical examiner or coroner", vocab
 * agencies). A modifier that names something else ("the former coroner", "a second examiner") gives none.
 */
function examinerOffice(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): Entity | null {
  const kind = ctx.vocab.anaphoricOrgNouns.get(d.head!.norm);
  if ((kind !== 'examiner' && kind !== 'coroner') || d.possessorName.length || d.possessivePronoun || d.complement.length) return null;
  if (!d.modifiers.every((w) => EXAMINER_MODIFIERS.has(w.norm))) return null;
  // "the county medical examiner" of a story that names one county is that county's.
  const counties = new Set([...ctx.text.matchAll(COUNTY_NAME)].map((m) => m[1].replace(LEADING_FUNCTION_WORD, '')));
  const local = d.modifiers.filter((w) => w.norm !== 'county' && w.norm !== 'state');
  const county = counties.size === 1 && !d.modifiers.some((w) => w.norm === 'state') ? `${[...counties][0]} County ` : '';
  const name = county + phraseName(ctx.text, county ? [...local, ...d.head!.words] : [...d.modifiers, ...d.head!.words]);
  return makeEntity({ key: `org:${name.toLowerCase()}`, kind: 'organization', speaker: makeSpeaker(name, name, 'official'), heads: [kind, 'office'] });
}

/**
 * "police and witnesses", "officials and relatives": a group or kin joined by "and" to a head of
 * another role. No one voice speaks for both, so the phrase names no speaker ("federal and local
 * officials", "agents and officials" are one side).
 */
function joinsOtherRole(ctx: SpeakerContext, d: ReturnType<typeof readDescription>): boolean {
  const and = d.modifiers.findIndex((w) => w.norm === 'and');
  if (and < 1) return false;
  const roleOf = (norm: string) => ctx.vocab.groups.get(norm)?.role ?? ctx.vocab.relationRoles.get(norm);
  const joined = roleOf(d.modifiers[and - 1].norm);
  const head = roleOf(d.head!.norm);
  return joined !== undefined && head !== undefined && joined !== head;
}

/**
 * A speaker phrase without a personal name: a group, a relative or lawyer, a spokesperson, a
 * statement or filing, or a definite description of an organisation named earlier.
 */
export function describeDescription(ctx: SpeakerContext, words: readonly Word[], site: DescriptionSite): Entity | null {
  const d = readDescription(words, ctx.organizations, ctx.vocab);
  // The organisation alone ("DHS", "the FBI"): a phrase with more words ("ICE Officer 1") is someone else.
  if (!d.head) return d.organization && !d.rest.length ? organizationEntity(d.organization, ctx.vocab) : null;
  if (joinsOtherRole(ctx, d)) return null;
  switch (d.head.kind) {
    case 'filing': {
      // "The CBP incident report says", "a Tucson Police Department incident report": a record an agency keeps
      // of its own, naming the agency, is that agency's word.
      if (d.organization?.agencyId && ctx.vocab.filings.get(d.head.norm)?.agencyRecord && roleOfOrganization(d.organization.name, d.organization.agencyId, ctx.vocab) === 'official') {
        return organizationEntity(d.organization, ctx.vocab, [d.head.norm]);
      }
      if (d.definite) {
        const earlier = resolveAnaphor(ctx, { ...site, gender: null, reach: 50, accepts: (e) => e.kind === 'filing' && e.heads.includes(d.head!.norm) });
        if (earlier) return earlier;
        const declarant = SWORN_BY_ONE.has(d.head.norm) && !d.modifiers.length && !d.possessorName.length ? declarantBefore(ctx, site, d.head.norm) : null;
        if (declarant) return declarant;
      }
      const phraseText = ctx.text.slice(words[0].start, words[words.length - 1].end);
      // "A criminal complaint filed Thursday … ⏎ The complaint … says", in a story that mentions a civil case too: the kind
      // the text last named the same paper by.
      const kind = d.definite ? kindNamedBefore(ctx.text, site.at, d.head.norm) : null;
      const criminal = kind === null ? ctx.criminal : kind === 'criminal';
      const civil = kind === null ? ctx.civil : kind === 'civil';
      return filingEntity(d.head.norm, { vocab: ctx.vocab, criminal, civil, phraseText, districts: ctx.districts, issuer: issuerOf(d) });
    }
    case 'spokes':
      return spokesperson(ctx, site, d);
    case 'statement':
      return statement(ctx, site, d);
    case 'anaphoricOrg':
      if (d.organization) return fieldUnit(ctx, d) ?? organizationEntity(d.organization, ctx.vocab);
      if (!d.definite) return null;
      {
        // "the agency's Denver field office": the body "the agency" points back to, never the office named last.
        const owner = anaphoricOwner(ctx, d);
        if (owner && owner.norm !== d.head.norm) return anaphoricOrganization(ctx, { ...site, at: owner.start }, owner.norm);
        // "the district attorney's office": the prosecutor's own, never the office named last.
        const prosecutor = prosecutorOffice(ctx, site, d);
        if (prosecutor !== undefined) return prosecutor;
      }
      return anaphoricOrganization(ctx, site, d.head.norm) ?? sheriffOffice(ctx, d) ?? examinerOffice(ctx, d);
    case 'filingVoice':
      return ctx.ownFiling ? ownVoice(ctx, d.head.norm) : citedAffiant(ctx, site, d.head.norm);
    case 'group':
      return describeGroup(ctx, d, site);
    case 'relation':
      // "Flores and two other parents": kin of no one the phrase names, like someone named before them.
      if (d.modifiers.some((w) => w.norm === 'other') && !d.possessivePronoun && d.possessorName.length === 0 && d.complement.length === 0) return null;
      return describeRelation(ctx, d, site, ctx.vocab.relationRoles.get(d.head.norm) as Role);
  }
}

/**
 * The document's own voice: "Plaintiffs allege" in their complaint, "the Court finds" in its order.
 * Each only in its own kind of filing: in a court's order the plaintiffs are parties it tells of,
 * not its voice (a gap, never the court's words), and in a party's filing "the Court" is none.
 */
function ownVoice(ctx: SpeakerContext, noun: string): Entity | null {
  const own = ctx.ownFiling;
  if (!own) return null;
  const court = own.speaker?.role === 'court';
  // "FEDERAL DEFENDANTS' MOTION TO STAY": in the other side's filing, "Plaintiff now asserts" is the party it answers.
  if (!court && defenseHeading(ctx)) return null;
  return court === ctx.vocab.courtVoice.has(noun) ? own : null;
}

// A heading in capitals that names the defense as the filer: "FEDERAL DEFENDANTS' MOTION TO STAY", "THE GOVERNMENT'S RESPONSE".
const DEFENSE_HEADING = /\b(?:DEFENDANTS?|RESPONDENTS?|GOVERNMENT|UNITED STATES)['’]S?\s+(?:[A-Z-]+\s+){0,3}(?:MOTION|BRIEF|RESPONSE|REPLY|OPPOSITION|MEMORANDUM|OBJECTIONS?)\b/u;
const defenseHeadings = new WeakMap<SpeakerContext, boolean>();

/** Whether the filing is the defense's, by its heading in capitals (read once per document). */
function defenseHeading(ctx: SpeakerContext): boolean {
  let found = defenseHeadings.get(ctx);
  if (found === undefined) {
    found = DEFENSE_HEADING.test(ctx.text);
    defenseHeadings.set(ctx, found);
  }
  return found;
}

/**
 * "The affiant wrote" in a story about an affidavit: the words are the affidavit's, the one the
 * story cited before or, with none, an affidavit of its own. Other voices of a filing ("the
 * plaintiffs") are people in a story, read elsewhere.
 */
function citedAffiant(ctx: SpeakerContext, site: DescriptionSite, noun: string): Entity | null {
  if (noun !== 'affiant') return null;
  const earlier = resolveAnaphor(ctx, { ...site, gender: null, reach: 50, accepts: (e) => e.kind === 'filing' && e.heads.includes('affidavit') });
  return earlier ?? filingEntity('affidavit', { vocab: ctx.vocab, criminal: ctx.criminal, civil: ctx.civil, phraseText: '', districts: ctx.districts, issuer: null });
}
