import { isPossessor } from './isPossessor.js';
import { escapeRegExp } from '../../lib/escapeRegExp.js';
import type { OrganizationMention } from '../../domain/analysis.js';
import type { Speaker } from '../../domain/attribution.js';
import type { Role } from '../../domain/roles.js';
import { loadPlaces } from '../mentions/loadPlaces.js';
import { actsForGovernment } from './actsForGovernment.js';
import { apposedCouple, apposedRelation } from './apposedRelation.js';
import { apposedTitle, titleRoleOf } from './apposedTitle.js';
import { relationAfterName } from './relationAfterName.js';
import { isCaptionDefendant } from './captionDefendants.js';
import { isInterviewer } from './isInterviewer.js';
import { insideAnyTurn } from './insideAnyTurn.js';
import { coCounselOf, hiredByFamily, representingCounsel, representsClause, representsOfficeHolder, retainedByNoClient, retainedCounsel, retainedInDescription, type Counsel } from './counselRelation.js';
import type { DescriptionSite } from './describeDescription.js';
import { servesNoLonger } from './describeUnnamedTitle.js';
import { NOT_SERVING } from './notServing.js';
import { makeSpeaker, type Entity } from './entity.js';
import { runningCase } from './findCapitalsName.js';
import { roleOfOrganization } from './organizationEntity.js';
import { loadTitles } from '../mentions/loadTitles.js';
import { surnameWords, type PersonRecord } from './personRegistry.js';
import { DESCRIPTION_STOPS, readDescription, type Description } from './readDescription.js';
import { isNameConnector, readNamedBody } from './readNamedBody.js';
import { relativeOfSubject } from './relativeOfSubject.js';
import { resolveTarget } from './resolveTarget.js';
import { isIdentifiedOfficer } from './isIdentifiedOfficer.js';
import { heardOrSaw } from './heardOrSaw.js';
import { namedAtScene } from './namedAtScene.js';
import { phraseBeforeName } from './apposedOffice.js';
import type { SpeakerContext } from './speakerContext.js';
import { reportsOwnKin, speaksOfOwnKin } from './speaksOfOwnKin.js';
import { principalOffice } from './principalOffice.js';
import { spokesWords, spokesWordsRole } from './spokesWordsRole.js';
import { tellsForce } from './tellsForce.js';
import { titleAffiliation } from './titleAffiliation.js';
import { roleOfTitle } from './registerPersons.js';
import { foldName, matchLongest, splitWords, type Word } from './words.js';

const CAPITAL_THEN_NOT_CAPITAL = /^\p{Lu}(?!\p{Lu})/u;

const RELATION_ROLES: ReadonlySet<Role> = new Set(['subject_counsel', 'family', 'witness', 'other']);
const INDEFINITE = new Set(['a', 'an']);

// "one of Soto's attorneys", "another of his lawyers": one of a relation's many is of that relation.
const PARTITIVE = new Set(['one', 'another', 'two']);

/**
 * The organisation occurring last before `at` in the text, within its paragraph and the one before.
 * Occurrences come in the order the passes found them, not in the text's: the latest start wins.
 */
function bodyBefore(ctx: SpeakerContext, at: number, groups = false): Entity | null {
  const floor = ctx.text.lastIndexOf('\n\n', ctx.text.lastIndexOf('\n\n', at) - 1);
  let found: { start: number; entity: Entity } | null = null;
  for (const o of ctx.occurrences) {
    // "asked ICE to respond to the family's account. … spokesman Brent Sayles wrote": a group named as the owner of what
    // another answers is not whom the spokesperson speaks for.
    const body = o.entity.kind === 'organization' || (groups && o.entity.kind === 'group' && !SPOKEN_FOR_BY_NONE.has(o.entity.speaker?.role ?? 'other') && !isPossessor(ctx.text, o));
    if (o.end > at || o.start <= floor || !body || !o.entity.speaker) continue;
    if (!found || o.start > found.start) found = { start: o.start, entity: o.entity };
  }
  return found?.entity ?? null;
}


// Groups no spokesperson speaks for: "Witnesses said …" is no body.
const SPOKEN_FOR_BY_NONE: ReadonlySet<string> = new Set(['witness', 'subject', 'journalist']);

const PLACE_RELATIVES = new Set(['where', 'whereby', 'wherever']);

// "who has led ICE", "who heads the agency's Chicago office", "who now runs the department": a body led
// now, in the present or the perfect ("who led ICE until 2024" led it once).
const LEADS = /^who\s+(?:now\s+|also\s+)?(?:heads|leads|runs|directs|oversees|commands|has\s+(?:led|headed|run|directed|overseen|commanded))\s+$/u;

/** The agency a "who leads …" clause says the person leads (the first the clause names), or null. */
function ledBody(ctx: SpeakerContext, segment: readonly Word[]): OrganizationMention | null {
  if (segment.length < 3 || segment[0].norm !== 'who') return null;
  const end = segment[segment.length - 1].end;
  const body = ctx.organizations.find((o) => o.start > segment[0].start && o.start < end);
  return body && LEADS.test(ctx.text.slice(segment[0].start, body.start).replace(/\bthe\s+$/u, '')) ? body : null;
}

const THE: Word = { text: 'the', norm: 'the', start: -1, end: -1, capitalized: false, possessive: false };
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'one', 'another']);

// Family nouns of two or more whose one member the vocabulary lists no noun for ("parent" alone is anyone's).
const PLURAL_KIN: Readonly<Record<string, string>> = { parents: 'parent', grandparents: 'grandparent' };

/** A title set off with no determiner: "acting assistant secretary for legislative affairs". */
function isBareTitle(segment: readonly Word[]): boolean {
  return segment.length >= 2 && !DETERMINERS.has(segment[0].norm) && !segment[0].possessive;
}

/** Reads "a lawyer for X", "Hale's sister", "a spokesperson for the … Office" into the record, once. */
function learnFromDescriptors(ctx: SpeakerContext, record: PersonRecord, descriptors: readonly (readonly Word[])[]): void {
  for (const written of descriptors) {
    const segment = written.length > 3 && PARTITIVE.has(written[0].norm) && written[1].norm === 'of' ? written.slice(2) : written;
    // "Sister Margarita Olvera", "Father Pfleger": a capitalised honorific alone before the name is clergy, no kin.
    if (segment.length === 1 && segment[0].capitalized && loadTitles().isHonorific(segment[0].text)) continue;
    // "…, where the Esquivel family attends Mass": a clause about the place named before, nothing of the person.
    if (PLACE_RELATIVES.has(segment[0]?.norm ?? '')) continue;
    // "the coalition's director", "the group's president": a title held in a civic body (vocab/roles.json
    // civicBodyNouns) is no office of state.
    if (segment.length >= 3 && segment[0].norm === 'the' && segment[1].possessive && ctx.vocab.civicBodyNouns.has(segment[1].norm)) {
      record.titleRole ??= 'other';
      continue;
    }
    // "ICE defended the officers. Its field office director, Marcus Whitfield, …": the body named last holds the office.
    const holder = segment.length >= 2 && segment[0].norm === 'its' ? bodyBefore(ctx, segment[0].start) : null;
    if (holder?.speaker) {
      record.organization ??= holder.speaker.affiliation ?? holder.speaker.name;
      record.titleRole ??= holder.speaker.role;
      continue;
    }
    // "Thomas Hadley, who has led ICE in an acting capacity since September,": one who leads a body holds its office.
    const led = ledBody(ctx, segment);
    if (led) {
      record.organization ??= led.name;
      record.titleRole ??= roleOfOrganization(led.name, led.agencyId, ctx.vocab);
      continue;
    }
    // "Marcus Feld, a former ICE supervisor": an office he no longer holds gives him no role of it.
    const past = pastOfficeIn(segment, ctx.vocab);
    if (past !== null) {
      record.pastOffice ??= past;
      continue;
    }
    // "a lawyer who has represented him in an unrelated matter": the relative after the lawyer's noun says whose.
    const who = segment.findIndex((w) => w.norm === 'who');
    const represents = record.relation ? null : (representsClause(ctx, segment) ?? retainedInDescription(ctx, segment) ?? (who > 0 ? representsClause(ctx, segment.slice(who)) : null));
    if (represents) {
      learnCounsel(ctx, record, represents);
      continue;
    }
    // "Tom Lee, a lawyer who represents the officer": counsel to one who holds an office is no lawyer of the subject's.
    if (!record.relation && who > 0 && representsOfficeHolder(ctx, segment.slice(who))) {
      record.titleRole ??= 'other';
      continue;
    }
    // "an attorney who was hired by the city": counsel to a body, no one's lawyer in the case.
    const bodyCounsel = record.relation ? null : retainedByNoClient(ctx, segment);
    if (bodyCounsel) {
      record.relation = { role: 'subject_counsel', noun: bodyCounsel, of: null, clientless: true };
      continue;
    }
    // "Feeney's co-counsel, Priya Raman": counsel for the client of the counsel named.
    const coCounsel = record.relation ? null : coCounselOf(ctx, segment);
    if (coCounsel) {
      record.relation = coCounsel;
      continue;
    }
    // "a lawyer the family retained", the family's one no name: counsel, not kin, of no one named.
    const hiredNoun = record.relation ? null : hiredByFamily(ctx, segment);
    if (hiredNoun) {
      record.relation = { role: 'subject_counsel', noun: hiredNoun, of: null };
      continue;
    }
    // "the president of the National Border Patrol Council": a body no vocabulary lists, whose name
    // holds an agency's, is not the agency (readNamedBody).
    const body = bodyAfterOf(ctx, segment);
    if (body?.speaker) {
      record.organization ??= body.speaker.name;
      record.titleRole ??= body.speaker.role;
      continue;
    }
    const office = titleOfUnit(segment, ctx.vocab);
    if (office) {
      record.titleRole ??= office;
      continue;
    }
    const d = readDescription(segment, ctx.organizations, ctx.vocab);
    // "the Border Patrol union official": a union of an agency's workers speaks for them, not for the agency.
    if (d.organization?.agencyId && segment.some((w) => LABOR_WORDS.has(w.norm))) {
      record.titleRole ??= 'other';
      continue;
    }
    if (d.organization) record.organization ??= d.organization.name;
    // "a vice president of the National Border Patrol Council's Local 2366": a title at a body that is
    // no agency (vocab/bodies.json) holds no office of state, whatever the title means elsewhere.
    if (!d.head && d.organization && d.organization.agencyId === null) {
      record.titleRole ??= roleOfOrganization(d.organization.name, null, ctx.vocab);
      continue;
    }
    if (!d.head) {
      // "The agent, Kyle Brandt": a title set off before the name is his; so is "the agent who fired,
      // Charles Exum", the clause after the title saying which agent.
      // So is "a deputy assistant secretary at DHS who flew in from Washington".
      const who = segment.findIndex((w, i) => i >= 2 && (w.norm === 'who' || w.norm === 'that'));
      const titled = who > 0 ? segment.slice(0, who) : segment;
      const title = officeOf(ctx, titled);
      if (title) record.titleRole ??= title;
      // "CBP's El Paso Sector chief": a title after an agency's unit is an office of that agency.
      else if (d.organization?.agencyId && ctx.vocab.titleRoles.has(titled[titled.length - 1]?.norm ?? '')) record.titleRole ??= roleOfOrganization(d.organization.name, d.organization.agencyId, ctx.vocab);
      continue;
    }
    // "Daniel Crowe, the police chief", "the field office director", "The district attorney, Elena Barragán": a
    // title set off whole is the office, whatever word inside it the description reads as its head ("police",
    // "office", "attorney").
    const wholeTitle = d.head.kind === 'spokes' ? null : officeOf(ctx, segment);
    if (wholeTitle !== null && wholeTitle !== 'subject_counsel' && wholeTitle !== 'family') {
      // An office outranks a courtesy title before the name ("Dr. Lena Hart, the county's chief medical examiner").
      if (record.titleRole === null || record.titleRole === 'other') record.titleRole = wholeTitle;
      continue;
    }
    if (d.head.kind === 'spokes') {
      const role = spokesRole(ctx, d);
      if (role !== 'family') record.titleRole ??= role;
      else if (!record.relation) {
        const target = resolveTarget(ctx, d, { implicitSubject: false });
        record.relation = { role, noun: `${d.head.norm} for the family`, of: target === record ? null : target };
      }
      continue;
    }
    const role = ctx.vocab.relationRoles.get(d.head.norm) ?? ctx.vocab.titleRoles.get(d.head.norm);
    if (!role || record.relation) continue;
    // "A lawyer for the Department of Justice, Sean Skedzielewski": counsel for a government body speaks for it.
    if (role === 'subject_counsel' && d.organization && !d.possessivePronoun && d.possessorName.length === 0) {
      const body = roleOfOrganization(d.organization.name, d.organization.agencyId, ctx.vocab);
      if (body !== 'other') {
        record.titleRole ??= body;
        continue;
      }
    }
    // "The government's attorney, Kenneth Abernathy": the state's counsel, no one's lawyer in the case.
    if (role === 'subject_counsel' && actsForGovernment(d, false)) {
      record.titleRole ??= 'prosecutor';
      continue;
    }
    const target = role === 'subject_counsel' || role === 'family' ? resolveTarget(ctx, d, { implicitSubject: false }) : null;
    // "Castañeda's daughter, Lucía Castañeda": nobody is their own relative; the surname meant another.
    const of = target === record ? null : kinBySurname(ctx, record, role, target, d.head.norm, d.possessivePronoun !== null && d.possessivePronoun.norm !== 'their');
    const headText = d.head.words.map((w) => w.text.toLowerCase()).join(' ');
    // A named person is one of a relation's many: "one of Soto's attorneys" is an attorney for Soto.
    // So is one of "His parents, Lucía and Ernesto Beltrán": a parent.
    const noun = PLURAL_KIN[headText] ?? (headText.endsWith('s') && ctx.vocab.relationRoles.has(headText.slice(0, -1)) ? headText.slice(0, -1) : headText);
    // "Fernando García, an immigration lawyer who has tracked pursuits": a lawyer introduced with "a" and
    // given no client (no "for …", no "his") is no one's counsel here.
    // So is "a staff attorney with the ACLU of Colorado": the words after name where the lawyer works.
    // So is "A lawyer for Elkhorn Valley Poultry": a body's name no person bears, after "for".
    const clientless =
      role === 'subject_counsel' && of === null && INDEFINITE.has(segment[0]?.norm ?? '') && !d.possessivePronoun && d.possessorName.length === 0 && (d.complement.length === 0 || EMPLOYER_LINK.test(ctx.text.slice(d.head.words[d.head.words.length - 1].end, d.complement[0].start)) || namesBodyClient(ctx, d)) && !representsSomeone(ctx, segment);
    const possessorGender = d.possessivePronoun ? (ctx.vocab.genderWords.get(d.possessivePronoun.norm) ?? null) : null;
    record.relation = clientless ? { role, noun, of, clientless } : { role, noun, of, possessorGender };
    if (clientless && d.complement.length && namesBodyClient(ctx, d)) record.organization ??= ctx.text.slice(d.complement[0].start, d.complement[d.complement.length - 1].end);
    ctx.persons.addEvidence(record, ctx.vocab.genderWords.get(d.head.norm) ?? null, 2);
  }
}

const ORGANIZATION_LINKS = new Set(['at', 'with', 'of', 'for', 'in']);
// Participles that place one in a body: "assigned to", "based at", "stationed in".
const PLACED = new Set(['assigned', 'based', 'stationed', 'detailed', 'posted']);
// Words of a body of workers: "the Border Patrol union official", "an ICE officers' association leader".
const LABOR_WORDS = new Set(['union', 'unions', 'association', 'guild', 'brotherhood']);

/** The role of the title the words hold, read whole or before the agency it serves ("the field office director for ICE …"). */
function officeOf(ctx: SpeakerContext, words: readonly Word[]): Role | null {
  const titled = ofAgency(ctx, words);
  const read = (w: readonly Word[]) => titleRoleOf(w, ctx.vocab) ?? titleRoleOf(beforeOrganization(w, ctx.organizations), ctx.vocab) ?? titleRoleOf(beforePortfolio(w), ctx.vocab);
  // "Meredith Cole, acting assistant secretary for legislative affairs,": a title set off with no article
  // reads as it would with one.
  return read(titled) ?? (isBareTitle(titled) ? read([THE, ...titled]) : null);
}

/** "ICE's Chicago field office director" reads as "the Chicago field office director" of the agency the possessive names; other words as they are. */
function ofAgency(ctx: SpeakerContext, words: readonly Word[]): readonly Word[] {
  const first = words[0];
  if (!first?.possessive || !ctx.organizations.some((o) => o.start === first.start && o.agencyId !== null)) return words;
  return [{ ...first, text: 'the', norm: 'the', capitalized: false, possessive: false }, ...words.slice(1)];
}

// "the assistant secretary for public affairs": a portfolio after a ranked title, in lower case.
const PORTFOLIO_LINKS = new Set(['for', 'of']);
// The ranks of an appointed office's second tier ("a director of communications" may be any group's).
const SECOND_TIER = new Set(['assistant', 'deputy', 'under', 'associate']);

/** The words before a portfolio in lower case after a ranked title ("the assistant secretary | for public affairs"); all of them when there is none. */
function beforePortfolio(words: readonly Word[]): readonly Word[] {
  const at = words.findIndex((w, i) => i >= 2 && PORTFOLIO_LINKS.has(w.norm));
  if (at < 2 || !words.slice(0, at).some((w) => SECOND_TIER.has(w.norm))) return words;
  return words.slice(at + 1).every((w) => !w.capitalized) ? words.slice(0, at) : words;
}

/**
 * "a deputy assistant secretary at the Department of Homeland Security": the words before the link
 * to an agency the description names (one of vocab/agencies.json: "a director at Amnesty
 * International" holds no office), where the title ends; all of them when it names none.
 */
function beforeOrganization(words: readonly Word[], organizations: readonly OrganizationMention[]): readonly Word[] {
  const opens = (w: Word | undefined) => w !== undefined && organizations.some((o) => o.start === w.start && o.agencyId !== null);
  const at = words.findIndex((w, i) => (ORGANIZATION_LINKS.has(w.norm) || (w.norm === 'to' && PLACED.has(words[i - 1]?.norm ?? ''))) && (opens(words[i + 1]) || (words[i + 1]?.norm === 'the' && opens(words[i + 2]))));
  // "a deportation officer assigned to ICE's Los Angeles field office": the participle goes with the link.
  const cut = at >= 1 && PLACED.has(words[at - 1].norm) ? at - 1 : at;
  return cut >= 2 ? words.slice(0, cut) : words;
}

/**
 * "Consul Rodrigo Méndez said …. His brother, Mario Loera, said", of Ernesto Loera: a "his" the
 * nearest man takes, when the relative bears the subject's surname and not that man's, is the subject's.
 * An in-law ("Her brother-in-law, Efraín Castañeda", of the subject's wife) bears the spouse's.
 */
function kinBySurname(ctx: SpeakerContext, record: PersonRecord, role: Role, target: PersonRecord | null, noun: string, possessed: boolean): PersonRecord | null {
  const subject = ctx.subject;
  if (role !== 'family' || !subject || target === subject || noun.endsWith('in-law')) return target;
  const own = surnameWords(record);
  // "Mariela Araujo, his older sister", of Tomás Araujo-Villalba, where "his" reaches no one for sure:
  // the man whose surname she bears.
  const surnames = surnameWords(subject);
  if (!target) return possessed && own.some((w) => surnames.includes(w)) ? subject : null;
  // "Her other son, Arturo Ventura Salcedo", of Eusebia Salcedo Ramírez: a child bears the mother's first
  // surname as the second of two, so any surname of the one "her" means keeps the relative hers.
  // "Durham Mayor Leonardo Ames … Yesenia Quintero, his sister,": a surname of the subject's
  // (Rafael Quintero Mejía's first of two), and none of the one "his" reached, makes her the subject's.
  const targets = surnameWords(target);
  return own.some((w) => surnames.includes(w)) && !own.some((w) => targets.includes(w)) ? subject : target;
}

// What opens the words of where one works: "a lawyer with the ACLU", "an attorney at the Texas Civil Rights Project".
const EMPLOYER_LINK = /^\s*(?:with|at|from)\s*$/iu;
const FOR_LINK = /^\s*for\s*$/iu;

/**
 * "a lawyer for Elkhorn Valley Poultry": after "for", two or more capitalised words that open on no
 * given name and name no person the text knows; a company or a body, no one's lawyer in the case.
 */
function namesBodyClient(ctx: SpeakerContext, d: Description): boolean {
  const client = d.complement;
  if (client.length < 2 || !d.head || !client.every((w) => w.capitalized) || ctx.vocab.givenNames.has(client[0].norm)) return false;
  if (!FOR_LINK.test(ctx.text.slice(d.head.words[d.head.words.length - 1].end, client[0].start))) return false;
  return ctx.persons.lookup(ctx.text.slice(client[0].start, client[client.length - 1].end)) === null;
}
const REPRESENTS = /\b(?:represent(?:s|ed|ing)?|retained|hired)\b/iu;

/** Whether the words of a description, or the clause right after them, say whom the lawyer represents. */
function representsSomeone(ctx: SpeakerContext, segment: readonly Word[]): boolean {
  const end = segment[segment.length - 1]?.end ?? 0;
  return REPRESENTS.test(ctx.text.slice(segment[0]?.start ?? 0, end + 40));
}

// Where the words about the person's own office end: "a former ICE supervisor | who now consults …", "| and", "| now at …".
const OFFICE_ENDS: ReadonlySet<string> = new Set([...DESCRIPTION_STOPS, 'and', 'now', 'turned', 'until', 'since', 'when']);
// What may stand before "former" in a description of the person's own office ("a", "the president's").
const OFFICE_OPENS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'also']);

/**
 * "a former ICE supervisor who now consults", "a retired Border Patrol agent", "the president's
 * former special envoy": the office a descriptor says the person held once, from its "former" /
 * "retired" on ("former ICE supervisor"); null when the word is not about the person's own office
 * ("a lawyer for former agents", "the super PAC backing former Gov. Jeb Bush").
 */
function pastOfficeIn(segment: readonly Word[], vocab: SpeakerContext['vocab']): string | null {
  const end = segment.findIndex((w) => OFFICE_ENDS.has(w.norm));
  const own = end < 0 ? segment : segment.slice(0, end);
  const from = own.findIndex((w) => NOT_SERVING.has(w.norm));
  if (from < 0 || from === own.length - 1 || !own.slice(0, from).every((w) => OFFICE_OPENS.has(w.norm) || w.possessive)) return null;
  // An office ends on a noun ("supervisor") or a title ("Chief", "Rep."), not on someone's name ("former Gov. Jeb Bush").
  const last = own[own.length - 1];
  if (last.capitalized && !vocab.titleRoles.has(last.norm)) return null;
  return own.slice(from).map((w) => (w === own[from] ? w.text.toLowerCase() : w.text)).join(' ');
}

// The word right before a mention: "former" in "former ICE director Sarah Saldaña"; or before one or two
// words that say which office ("Former federal prosecutor Allison Drury", the mention starting at "prosecutor").
const WORD_BEFORE = /(\p{L}+)(?:[\s-]+(?:federal|state|county|city|assistant|deputy|U\.S\.|\p{Lu}[\p{L}.]*)){0,2}[\s-]+$/u;

/**
 * "said former ICE director Sarah Saldaña": the title a mention of the person is written with,
 * when the word before it says the office is no longer theirs ("former ICE director"); else null.
 */
function formerTitle(ctx: SpeakerContext, record: PersonRecord): string | null {
  // Asked for a role and again for an affiliation: read once per person.
  const known = formerTitles.get(record);
  if (known !== undefined) return known;
  const found = readFormerTitle(ctx, record);
  formerTitles.set(record, found);
  return found;
}

const formerTitles = new WeakMap<PersonRecord, string | null>();

function readFormerTitle(ctx: SpeakerContext, record: PersonRecord): string | null {
  for (const m of ctx.analysis.mentions) {
    if (m.kind !== 'person' || m.title === null) continue;
    // The word before first: few titles follow "former", and a name lookup folds the name.
    const before = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 32), m.start));
    if (!before || !NOT_SERVING.has(before[1].toLowerCase()) || ctx.persons.lookup(m.name) !== record) continue;
    const written = ctx.text.slice(m.start, m.end);
    const title = written.endsWith(m.name) ? written.slice(0, written.length - m.name.length).trim() : '';
    const between = before[0].slice(before[1].length).trim();
    if (title) return [before[1].toLowerCase(), between, title].filter(Boolean).join(' ');
  }
  return null;
}

/**
 * The body named in full after "of", "for", "with" or "at" in a descriptor ("the president of the National Border
 * Patrol Council", "an organizer with the Southern Border Communities Coalition"), if any.
 */
function bodyAfterOf(ctx: SpeakerContext, segment: readonly Word[]): Entity | null {
  const link = segment.findIndex((w) => w.norm === 'of' || w.norm === 'for' || w.norm === 'with' || w.norm === 'at');
  // "a lawyer for the … Center" may be the family's lawyer the centre lends, and a relative is no member: the
  // relation noun decides; an advocate's body ("an organizer with …") is theirs.
  const relation = ctx.vocab.relationRoles.get(segment[link - 1]?.norm ?? '');
  if (link < 1 || link >= segment.length - 2 || relation === 'subject_counsel' || relation === 'family') return null;
  // "president of the National Treasury Employees Union chapter that covers CBP officers": the name ends
  // where its capitalised words do; a unit of the body and what a clause says of it are no part of it.
  const after = segment.slice(link + 1);
  const opens = after[0]?.norm === 'the' ? 1 : 0;
  const stop = after.findIndex((w, i) => i >= opens && !(w.capitalized && !w.possessive) && !isNameConnector(w.norm));
  return readNamedBody(stop < 0 ? after : after.slice(0, stop), ctx.vocab);
}

const TITLE_OPENS = new Set(['the', 'a', 'an', 'acting', 'interim']);
const UNIT_LINKS = new Set(['of', 'for']);

/**
 * "chief patrol agent of the Tucson Sector", "special agent in charge of the Chicago Field Office",
 * "Director of Field Operations for the San Diego Field Office": a title of vocab/roles.json, then "of"
 * (and perhaps a portfolio and "for") and a subdivision no vocabulary lists (vocab/roles.json
 * officeUnits), which speaks as no body of its own. The title's role, or null.
 */
function titleOfUnit(segment: readonly Word[], vocab: SpeakerContext['vocab']): Role | null {
  let i = 0;
  while (i < segment.length && TITLE_OPENS.has(segment[i].norm)) i++;
  const title = matchLongest(segment, i, vocab.titleRoles);
  const of = i + (title?.len ?? 0);
  if (!title || title.value === 'other' || segment[of]?.norm !== 'of') return null;
  // "director of field operations for the San Diego Field Office": a portfolio may come before the unit's link.
  let link = of;
  for (let k = of + 1; k < segment.length; k++) if (UNIT_LINKS.has(segment[k].norm)) link = k;
  const unit = segment.slice(segment[link + 1]?.norm === 'the' ? link + 2 : link + 1);
  // "the McAllen Air and Marine Branch": an "and" may join words inside the unit's name.
  if (!unit.length || !unit.every((w, k) => w.capitalized || (w.norm === 'and' && k > 0 && k < unit.length - 1))) return null;
  const last = unit[unit.length - 1].norm;
  const lastTwo = unit.length >= 2 ? `${unit[unit.length - 2].norm} ${last}` : '';
  return vocab.officeUnits.has(last) || vocab.officeUnits.has(lastTwo) ? title.value : null;
}

/**
 * Whom a spokesperson speaks for: the body named ("a CBP spokesman", "a spokeswoman for the ACLU"), a
 * family ("a spokesman for the Ruiz family", "the family's spokesman"), an officeholder ("a
 * spokesman for Gov. …"), a government office by its noun ("the department's spokesman"); with
 * nothing said of whom, a government's. Anyone else's ("a campaign spokesman", "a spokeswoman for
 * the hospital") is no official's.
 */
function spokesRole(ctx: SpeakerContext, d: Description): Role {
  if (d.organization) return roleOfOrganization(d.organization.name, d.organization.agencyId, ctx.vocab);
  // "a spokesman for State's Attorney Yvette Calloway": the principal's office, its seat words and all.
  const office = principalOffice(d.complement, ctx.vocab);
  if (office) return office;
  const around = spokesWords([...d.possessorName, ...d.modifiers, ...d.complement]);
  const said = spokesWordsRole(around, ctx.vocab);
  if (said) return said;
  // "Carter's press secretary": the office of the person the document titled so.
  const principal = around.length ? resolveTarget(ctx, d, { implicitSubject: false }) : null;
  if (principal?.titleRole) return principal.titleRole;
  return around.length ? 'other' : 'official';
}

function learnCounsel(ctx: SpeakerContext, record: PersonRecord, counsel: Counsel): void {
  // No one is their own lawyer: a client read as the lawyer herself is no one the text names.
  record.relation = { role: 'subject_counsel', noun: counsel.noun, of: counsel.of === record ? null : counsel.of };
}

// A name called out at a sentence's start ("… no DUI conviction. Mr. Amsel, …"), a courtesy title perhaps before it,
// and a comma after it.
const OPENS_ADDRESS = /(?:^|[.?!:]["”]?\s+)(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?$/u;
const ADDRESSED_AFTER = /^,\s/u;

/**
 * The relation an apposition outside any source gives the person, before the name ("His mother, Rosa
 * Molina, …", "The agent, Kyle Brandt, …") or after it ("by Inés Barragán, Alvarenga Ruiz’s attorney."), as descriptors.
 */
function apposedRelations(ctx: SpeakerContext, record: PersonRecord): (readonly Word[])[] {
  const out: (readonly Word[])[] = [];
  for (const o of ctx.occurrences) {
    if (o.entity.person !== record || o.speaker) continue;
    // "Mr. AMSEL. … ⏎ Ms. FELD. Mr. Amsel, the family's attorney tells us …": a name called out, opening its sentence
    // in someone's turn, is addressed; what follows it is no apposition of it.
    if (OPENS_ADDRESS.test(ctx.text.slice(Math.max(0, o.start - 40), o.start)) && ADDRESSED_AFTER.test(ctx.text.slice(o.end, o.end + 2)) && insideAnyTurn(ctx, o.start)) continue;
    const words = apposedRelation(ctx.text, o.start, o.end, ctx.vocab) ?? relationAfterName(ctx.text, o.end, ctx.vocab) ?? apposedTitle(ctx.text, o.start, ctx.vocab) ?? titleAfterName(ctx, o.end) ?? titleBeforeName(ctx, o.start);
    if (words) out.push(words);
  }
  // "His parents, Lucía and Ernesto Beltrán,": the first of the two is named whole only later.
  const couple = apposedCouple(ctx.text, record.name, ctx.vocab);
  if (couple) out.push(couple);
  return out;
}

// ", the field office director for ICE Enforcement and Removal Operations in Boston,": "the" and a phrase set off after a name.
// ", 36, a deportation officer assigned to ICE's Los Angeles field office,": an age may come first, and "a" for "the".
const TITLE_AFTER = /^,\s*(?:\d{1,3},\s*)?((?:[Tt]he|an?)\s+[^,.;:()"“”]{2,90}?)\s*(?:[,.;)]|$)/u;

/**
 * "Todd Brennan, the field office director for ICE … in Boston, rejected …": a title set off after a
 * name outside any source (the office alone, or before the agency it serves), as a descriptor.
 */
function titleAfterName(ctx: SpeakerContext, end: number): readonly Word[] | null {
  const m = TITLE_AFTER.exec(ctx.text.slice(end, end + 120));
  if (!m) return null;
  const at = end + m[0].indexOf(m[1]);
  const words = splitWords(ctx.text, at, at + m[1].length);
  return officeOf(ctx, words) !== null ? words : null;
}

/** "The acting chief of the U.S. Border Patrol, Douglas Renwick, testified …": a title set off before a name outside any source, as a descriptor. */
function titleBeforeName(ctx: SpeakerContext, start: number): readonly Word[] | null {
  const words = phraseBeforeName(ctx.text, start);
  return words && officeOf(ctx, words) !== null ? words : null;
}

// "said Ana Ruiz, who recorded the video", "Ana Ruiz, who watched from her porch, said": the clause
// right after the speaker's name, its verb one of vocab/roles.json's witnessCues.
const WHO_CLAUSE = /^(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:also\s+|had\s+|was\s+|were\s+)?([\p{L}]+)/u;
// "said Hector Ibarra, who lives in the complex and said he saw the shooting": what the clause says he did.
// "said Abdi Warsame, 44, who said he watched from the service bay": the clause may say only that.
const WHO_SAID = /^(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:[^,.;]{0,60}?\band\s+)?(?:said|says)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+)?([\p{L}]+)/u;
// "Maria Ochoa, who was loading groceries two spaces away, said": a clause putting the speaker at the scene.
// Also "a legal observer who was at the scene", "A trucker who was in the next lane, Jorge Villalobos".
// "who was filling his car at the next pump" and "who was standing on the sidewalk" too; "who owns the shop and was
// standing about 30 feet away" as well.
const WHO_NEAR = /^(?:\s*,\s*\d{1,3})?\s*,?\s*who\s+(?:[^,.;]{0,40}?\band\s+)?(?:was|were|had been)\s+[^,.;]{0,50}?\b(?:nearby|at the scene|across the street|next door|(?:in|at) the (?:next|adjacent|neighboring) [\p{L}-]+|in the (?:other|same) lane|(?:on|at|near|outside|by|in front of) (?:the|a|her|his|their) (?:sidewalk|corner|curb|porch|stoop|driveway|parking lot|bus stop|front (?:yard|door|window))|(?:a few|\d+|two|three|four|five|six|ten|twenty|several) (?:feet|yards|meters|metres|steps|spaces|parking spaces|cars|car lengths|doors|houses) away)\b/u;

// The verb of each "who" clause in a source phrase: "The woman who recorded it", "… and who filmed part of it".
const BARE_WHO_VERB = /\bwho\s+(?:also\s+|had\s+|was\s+|were\s+)?(\p{L}+)/gu;

const AT_DISTANCE = /^(?:(?:he|she|they|I|we) )(?:was|were|had been|stood|had stood) (?:(?:standing|sitting|parked|working|walking) )?(?:(?:about|only|just|some|roughly|maybe|less than|no more than) )?(?:(?:a few|\d+|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty) (?:feet|yards|meters|metres|spaces|car lengths) away|nearby|across the street|next door)\b/iu;

// "Witnesses offered a different account.", "Witnesses described a different scene.": a sentence that
// brings in what witnesses tell, before the first of them speaks.
const WITNESSES_TOPIC = /^\W*(?:(?:other|several|some|two|three|many)\s+)?(?:witnesses|bystanders|onlookers)\s+(?:offered|gave|described|painted|told|recounted|provided|tell|tells|describe|offer|give)\s+(?:a|an|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:account|accounts|scene|picture|story|stories|version|versions)\b[^.!?]*[.!?]?\s*$/iu;

/**
 * "Witnesses offered a different account. Tomás Beltrán, a day laborer …, told KTLA …": one named
 * with no title or kin right in the sentence after one that brings in the witnesses' account is the
 * first of them.
 */
function afterWitnessesTopic(ctx: SpeakerContext, at: number): boolean {
  const here = ctx.sentenceAt(at);
  const before = ctx.analysis.sentences[here - 1];
  if (!before || !WITNESSES_TOPIC.test(ctx.text.slice(before.start, before.end))) return false;
  // The source opens its sentence: "Tomás Beltrán … told", not "The mayor, asked about Beltrán, said".
  const sentence = ctx.analysis.sentences[here];
  return sentence !== undefined && /^\W*$/u.test(ctx.text.slice(sentence.start, at));
}

/**
 * What makes the speaker a witness of the incident in every attribution after it: a clause that has
 * them watch or puts them at the scene, after the source ("said Ana Ruiz, who recorded the video") or
 * closing it ("Maria Ochoa, who was loading groceries two spaces away, said"), or words that they did
 * not see a weapon or a move ("he did not see a knife"). Not merely words that open on "saw" ("I
 * watched the debate"): those make a witness of that attribution alone.
 */
function introducedAsWitness(ctx: SpeakerContext, attribution: number): boolean {
  const a = ctx.attributions[attribution];
  if (!a) return false;
  if (/^(?:(?:he|she|they|I|we) )?(?:did not|didn['’]t|never) see (?:any |a |an |the )?(?:knife|knives|gun|guns|weapon|weapons|firearm|rocks?|anything in|him|her|them|anyone|anybody)\b/iu.test(ctx.text.slice(a.content.start, a.content.start + 60))) return true;
  // "he was about 30 feet away", "she was standing nearby": words that put the speaker at the scene, in a story of force.
  if (AT_DISTANCE.test(ctx.text.slice(a.content.start, a.content.start + 80)) && tellsForce(ctx)) return true;
  if (!a.source) return false;
  if (afterWitnessesTopic(ctx, a.source.start)) return true;
  const source = ctx.text.slice(a.source.start, a.source.end);
  const clause = source.search(/,\s*who\b/u);
  const from = clause >= 0 ? a.source.start + clause : a.source.end;
  const after = ctx.text.slice(from, from + 120);
  if (WHO_NEAR.test(after)) return true;
  // A clause with no comma before it ("a legal observer who was at the scene") is the speaker's
  // unless the words before it speak for someone else ("a lawyer for the man who was at the scene").
  const bare = source.search(/\swho\b/u);
  if (bare >= 0 && !/\b(?:for|of|representing)\b/u.test(source.slice(0, bare))) {
    // "The woman who recorded it, Patricia Villalobos", "a home health aide who was folding laundry … and
    // who filmed part of the encounter": a clause of watching, before the name too.
    if (WHO_NEAR.test(source.slice(bare))) return true;
    for (const m of source.slice(bare).matchAll(BARE_WHO_VERB)) if (ctx.vocab.witnessCues.has(m[1].toLowerCase())) return true;
  }
  return [WHO_CLAUSE.exec(after)?.[1], WHO_SAID.exec(after)?.[1]].some((verb) => verb !== undefined && ctx.vocab.witnessCues.has(verb.toLowerCase()));
}

/** Whether the text sets an official's title off before the person's name ("The agent, Kyle Brandt,"). */
function isTitledOfficial(ctx: SpeakerContext, record: PersonRecord): boolean {
  return ctx.occurrences.some((o) => {
    if (o.entity.person !== record) return false;
    const words = apposedTitle(ctx.text, o.start, ctx.vocab);
    return words !== null && titleRoleOf(words, ctx.vocab) === 'official';
  });
}

// "the attorney for the ICE officer", "a lawyer representing the agent", "the deputy's attorney".
const OFFICER_COUNSEL = /\b(?:(?:attorneys?|lawyers?|counsel) (?:for|representing) (?:the|an?) (?:[\p{L}-]+ ){0,5}?(?:officers?|agents?|deput(?:y|ies)|troopers?)|(?:officer|agent|deputy|trooper)(?:s['’]|['’]s) (?:attorneys?|lawyers?|counsel))\b/u;
// "A grand jury indicted a Border Patrol agent", "Agent Travis Kellner was indicted": an officer charged.
const OFFICER_CHARGED = /\b(?:indicted|charged) (?:an?|the) (?:[\p{L}.-]+ ){0,4}?(?:agent|officer|deputy|trooper)\b|\b(?:agent|officer|deputy|trooper)\b(?:[^.;!?]|(?<=\b\p{Lu})\.){0,80}?\b(?:was|were|has been|had been|is) (?:also )?(?:indicted|charged with (?:murder|manslaughter|homicide|second-degree|first-degree|voluntary|involuntary|aggravated|reckless|criminal|negligent))/iu;
const officerChargedByContext = new WeakMap<SpeakerContext, boolean>();

function officerChargedIn(ctx: SpeakerContext): boolean {
  let found = officerChargedByContext.get(ctx);
  if (found === undefined) officerChargedByContext.set(ctx, (found = OFFICER_CHARGED.test(ctx.text)));
  return found;
}

// The answer depends on the document alone: one scan per context.
const officerCounselByContext = new WeakMap<SpeakerContext, boolean>();

function officerCounselIn(ctx: SpeakerContext): boolean {
  let found = officerCounselByContext.get(ctx);
  if (found === undefined) {
    found = OFFICER_COUNSEL.test(ctx.text);
    officerCounselByContext.set(ctx, found);
  }
  return found;
}

/**
 * "A lawyer for Reese", the officer who fired, or "Reese's brother", where the document's subject
 * is someone else: counsel or kin of another person than the one force was used on is no voice of
 * the subject's side. The other person is known as such when the document writes them firing
 * ("Reese fired three times") or names them as the officer ("identified in court records as"), or
 * has made them a witness, and does not take them for its subject; so is a possessive of the other
 * gender than the subject's that resolved to no one ("her husband", of a man shot). (Not merely
 * another person than the subject: "his wife"'s "his" may resolve to someone else than the husband
 * it means.)
 */
function ofSomeoneElse(ctx: SpeakerContext, record: PersonRecord): boolean {
  const relation = record.relation!;
  const of = relation.of;
  if (relation.role !== 'subject_counsel' && relation.role !== 'family') return false;
  // "Her husband, Paul Mills," in a story of a man shot, "her" resolved to no one: not the man's husband.
  if (of === null && relation.possessorGender && ctx.subject && ctx.jointSubjects.length === 0) {
    const subjectGender = ctx.persons.genderOf(ctx.subject);
    if (subjectGender !== null && subjectGender !== relation.possessorGender) return true;
  }
  // "The attorney for the ICE officer who shot a woman …", then "the attorney, Gregory Lindqvist": a
  // lawyer whose client the text does not name, in a story that speaks of an officer's lawyer, may be
  // the officer's; no side is guessed.
  if (of === null) return relation.role === 'subject_counsel' && officerCounselIn(ctx);
  if (of === ctx.subject || ctx.jointSubjects.includes(of)) return false;
  // "Brandt's lawyer" where "The agent, Kyle Brandt," fired: counsel of an officer speaks for the officer.
  if (of.titleRole === 'official' || isTitledOfficial(ctx, of) || isIdentifiedOfficer(ctx.text, ctx.occurrences, of)) return true;
  // "Her husband, Paul Mills, said" after a witness across the street: a witness's kin are no kin of the man shot.
  if (witnessesByContext.get(ctx)?.has(of) === true) return true;
  const surname = of.name.split(/\s+/u).pop()!;
  return new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}\\s+(?:fired|shot|opened fire)\\b`, 'u').test(ctx.text);
}

function roleOf(ctx: SpeakerContext, record: PersonRecord, attribution: number): Role {
  if (record === ctx.subject || isCaptionDefendant(ctx, ctx.text, record.words)) return 'subject';
  if (isInterviewer(ctx, record, attribution)) return 'journalist';
  if (record.relation?.clientless) return 'other';
  // "The second government witness, Supervisory Agent Dale Pruitt": an officer called as a witness speaks as one.
  if (record.relation?.role === 'witness' && record.titleRole === 'official') return 'official';
  // Kin or counsel of someone else: a witness when their words tell what they saw or heard.
  if (record.relation && RELATION_ROLES.has(record.relation.role)) return ofSomeoneElse(ctx, record) ? (heardOrSaw(ctx, attribution) && tellsForce(ctx) ? 'witness' : 'other') : record.relation.role;
  // "Former ICE director Sarah Saldaña" speaks for no agency now.
  if (servesNoLonger(record) || formerTitle(ctx, record) !== null) return 'other';
  // "Defense attorney Gregory Ashcroft" in a story of an agent indicted: the agent's lawyer, no voice of the subject's side.
  if (record.titleRole === 'subject_counsel' && !record.relation && officerChargedIn(ctx)) return 'other';
  // "CBP Commissioner Dale Whitford": an office of a federal agency is appointed, whatever the same word means of a county.
  // "ICE Executive Director Todd Lyons": a title of no office of state ("executive director", most often a group's), held in a federal agency, is one.
  if ((record.titleRole === 'elected_official' || record.titleRole === 'other') && record.agencyId !== null && roleOfOrganization(record.organization ?? '', record.agencyId, ctx.vocab) === 'official') return 'official';
  // A courtesy title ("Dr. Lena Hart, the county's medical examiner") says less than the office after it.
  if (record.titleRole && record.titleRole !== 'other') return record.titleRole;
  // "an agent, identified in court as Charles Exum": the officer himself, who speaks as one.
  if (isIdentifiedOfficer(ctx.text, ctx.occurrences, record)) return 'official';
  // One introduced as a witness is one in each attribution after it too ("Peña … told the Herald he did
  // not see a knife. "He had a phone in his hand," Peña said"), whatever else they are ("a legal
  // observer who was at the scene", "A trucker who was in the next lane, Jorge Villalobos").
  let seen = witnessesByContext.get(ctx);
  if (seen?.has(record)) return 'witness';
  // Not kin, counsel or an organisation's voice: "Her brother, who was nearby," is family first.
  const plain = !record.relation && !record.organization;
  if (plain && introducedAsWitness(ctx, attribution)) {
    if (!seen) witnessesByContext.set(ctx, (seen = new Set()));
    seen.add(record);
    return 'witness';
  }
  if (record.titleRole && !(record.titleRole === 'other' && record.relation)) return record.titleRole;
  if (record.relation) return record.relation.role;
  if (record.organization) return roleOfOrganization(record.organization, record.agencyId, ctx.vocab);
  // "“My brother never carried a pipe,” said Alonso Echeverria" of Ramiro Echeverria: one who bears the
  // subject's surname and speaks of "my brother" (or "she said her husband …") is his kin, though no
  // apposition says so, in what they say after too.
  if (plain && sharesSubjectsSurname(ctx, record)) {
    let kin = kinByContext.get(ctx);
    const words = kin?.has(record) ? '' : attributionText(ctx, attribution);
    if (words && (speaksOfOwnKin(words) || reportsOwnKin(words, spouseNamedOtherwise(ctx, record) ? null : ctx.persons.genderOf(record)))) {
      if (!kin) kinByContext.set(ctx, (kin = new Set()));
      kin.add(record);
    }
    if (kin?.has(record)) return 'family';
  }
  // "Keisha Morrow … recorded part of it on her phone", "The video was filmed by …, Keisha Dunmore": the
  // narration names them as one who was there, whatever their own words tell.
  if (plain && tellsForce(ctx) && namedAtScene(ctx, record)) {
    if (!seen) witnessesByContext.set(ctx, (seen = new Set()));
    seen.add(record);
    return 'witness';
  }
  if (!heardOrSaw(ctx, attribution)) return 'other';
  // In a story of force by officers, one who told what they saw or heard ("he heard tires screech") goes
  // on as a witness too; in a story of a debate, one who "watched" it does not.
  if (tellsForce(ctx)) {
    if (!seen) witnessesByContext.set(ctx, (seen = new Set()));
    seen.add(record);
  }
  return 'witness';
}

const witnessesByContext = new WeakMap<SpeakerContext, Set<PersonRecord>>();
const kinByContext = new WeakMap<SpeakerContext, Set<PersonRecord>>();

function attributionText(ctx: SpeakerContext, attribution: number): string {
  const content = ctx.attributions[attribution]?.content;
  return content ? ctx.text.slice(content.start, content.end) : '';
}

// "Villaseñor's wife, Rosa,": a spouse the text names by a given name.
const SPOUSE_NAMED = /\b(?:wife|husband),?\s+(\p{Lu}[\p{L}'’-]+)/gu;

const spousesByContext = new WeakMap<SpeakerContext, readonly string[]>();

/** Whether the text names a wife or husband by another given name than the person's: "her husband" is then no sure sign of whose. */
function spouseNamedOtherwise(ctx: SpeakerContext, record: PersonRecord): boolean {
  let spouses = spousesByContext.get(ctx);
  if (!spouses) spousesByContext.set(ctx, (spouses = [...ctx.text.matchAll(SPOUSE_NAMED)].map((m) => foldName(m[1]))));
  return spouses.some((name) => name !== record.words[0]);
}

/** Whether the person's last name is one of the subject's surnames: "Alonso Echeverria" of "Ramiro Echeverria". */
function sharesSubjectsSurname(ctx: SpeakerContext, record: PersonRecord): boolean {
  if (!ctx.subject || record === ctx.subject) return false;
  const surname = foldName(record.name.split(/\s+/u).pop() ?? '');
  return ctx.subject.name.split(/\s+/u).slice(1).some((w) => foldName(w) === surname);
}
// A chamber of Congress, and the state's own a member tagged with a town sits in.
const STATE_CHAMBER: ReadonlyMap<string, string> = new Map([
  ['U.S. Senate', 'state senate'],
  ['U.S. House of Representatives', 'state legislature'],
]);
// ", D-Chicago," after a name: a party and where the member is from.
const PARTY_TAG_AFTER = /^,?\s*\(?[RDI]-(\p{Lu}[^,;()\n]*?)\)?\s*(?:[,;)]|\.?(?=\s|$))/u;

/**
 * "Sen. Darnell Pickett, D-Chicago": a party tag with a town, not a state ("D-Ill."), after the name
 * is a state legislator's; members of Congress are tagged with their state.
 */
function taggedWithTown(ctx: SpeakerContext, record: PersonRecord): boolean {
  const { stateByKey } = loadPlaces();
  for (let at = ctx.text.indexOf(record.name); at >= 0; at = ctx.text.indexOf(record.name, at + 1)) {
    const m = PARTY_TAG_AFTER.exec(ctx.text.slice(at + record.name.length, at + record.name.length + 40));
    if (m) {
      const place = m[1].toLowerCase();
      return !stateByKey.has(place) && !stateByKey.has(`${place}.`) && !stateByKey.has(place.replace(/\.$/u, ''));
    }
  }
  return false;
}

function affiliationOf(ctx: SpeakerContext, record: PersonRecord, role: Role): string | null {
  const rel = record.relation;
  if (rel?.of && role === 'subject_counsel') return `${rel.noun} for ${rel.of.name}`;
  if (rel?.of && role === 'family') return `${rel.noun} of ${rel.of.name}`;
  // "former ICE supervisor": what the person was, when it is what they are known by.
  const past = record.pastOffice ?? formerTitle(ctx, record) ?? (servesNoLonger(record) ? record.title!.replace(CAPITAL_THEN_NOT_CAPITAL, (c) => c.toLowerCase()) : null);
  if (role === 'other' && past !== null) return past;
  if (record.organization) return record.organization;
  if (!record.title) return null;
  const fromTitle = titleAffiliation(splitWords(record.title), ctx.vocab);
  if (fromTitle) return STATE_CHAMBER.get(fromTitle) !== undefined && taggedWithTown(ctx, record) ? STATE_CHAMBER.get(fromTitle)! : fromTitle;
  if (role === 'prosecutor' && /\b(?:u\.s\.|united states) attorney\b/i.test(record.title)) {
    return ctx.districts.length === 1 ? `U.S. Attorney's Office, ${ctx.districts[0]}` : "U.S. Attorney's Office";
  }
  // "said Assistant Secretary Ana Ruiz" in a department's own release: the publisher's official.
  if (role === 'official' && ctx.outletLends && ctx.outlet?.speaker?.role === 'official') return ctx.outlet.speaker.affiliation;
  return null;
}

/** A named person as a speaker: the full name, and the role and affiliation the document gives them. */
/**
 * "Organizers with the Tacoma Immigrant Solidarity Network … insisted …. Spokesperson Luis Carrera
 * acknowledged …": a spokesperson titled by the bare noun, of no body the text names with the title,
 * speaks for the body or the group (organizers, a family; no witnesses) named last in the paragraph or the one
 * before; with none, a government's (roleOfTitle).
 */
function learnBareSpokesBody(ctx: SpeakerContext, record: PersonRecord, site: DescriptionSite): void {
  if (record.organization || record.agencyId || record.relation || !record.title) return;
  const title = splitWords(record.title);
  if (title.length !== 1 || !ctx.vocab.spokesNouns.has(title[0].norm)) return;
  // "MountainView Regional Medical Center spokeswoman": words before the title already said whose (spokesPrefixRole).
  if (record.titleRole !== roleOfTitle(record.title, ctx.vocab)) return;
  const body = bodyBefore(ctx, site.at, true);
  if (!body?.speaker) return;
  record.organization = body.speaker.affiliation ?? body.speaker.name;
  record.titleRole = body.speaker.role;
}

export function describePerson(ctx: SpeakerContext, record: PersonRecord, descriptors: readonly (readonly Word[])[], site: DescriptionSite): Speaker {
  learnFromDescriptors(ctx, record, descriptors);
  learnBareSpokesBody(ctx, record, site);
  if (!record.relation) learnFromDescriptors(ctx, record, apposedRelations(ctx, record));
  if (!record.relation) {
    const retained = retainedCounsel(ctx, record) ?? representingCounsel(ctx, record);
    if (retained) learnCounsel(ctx, record, retained);
  }
  if (!record.relation) record.relation = relativeOfSubject(ctx, record);
  const role = roleOf(ctx, record, site.attribution);
  return makeSpeaker(runningCase(record.name), affiliationOf(ctx, record, role), role);
}
