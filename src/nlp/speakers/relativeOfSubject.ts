import { escapeRegExp } from '../../lib/escapeRegExp.js';
import { whoseKinBefore } from './whoseKin.js';
import { apposedRelation } from './apposedRelation.js';
import type { PersonRecord, Relation } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';

const POSSESSIVE_PRONOUN = new Set(['his', 'her', 'their']);
// How far back, in sentences, the person a possessive pronoun points to may be named.
const REACH = 1;

/**
 * "Rosa Delgado had just finished her shift … Her son, Julián Delgado, 23, was shot": a person whose
 * relative the subject is set off as (a possessive and a kin noun of vocab/roles.json before the
 * subject's name, the possessive the person's name or a pronoun whose nearest named person, in the
 * same sentence or the one before, is them) is family of the subject. The noun is the subject's
 * ("son"), so the relation's noun is only "relative".
 */
export function relativeOfSubject(ctx: SpeakerContext, record: PersonRecord): Relation | null {
  const subject = ctx.subject;
  if (!subject) return kinNamedAfter(ctx, record);
  if (subject === record) return null;
  const named = unnamedKinNamed(ctx, record, subject) ?? kinByGivenName(ctx, record, subject);
  if (named) return named;
  for (let at = ctx.text.indexOf(subject.name); at >= 0; at = ctx.text.indexOf(subject.name, at + 1)) {
    if (whoseRelative(ctx, at) === record) return { role: 'family', noun: 'relative', of: subject };
    const words = apposedRelation(ctx.text, at, at + subject.name.length, ctx.vocab);
    if (!words || ctx.vocab.relationRoles.get(words[words.length - 1].norm) !== 'family') continue;
    const possessor = words[0];
    if (POSSESSIVE_PRONOUN.has(possessor.norm)) {
      const sentence = ctx.sentenceAt(possessor.start);
      const before = ctx.occurrences.filter((o) => o.end <= possessor.start && o.sentence >= sentence - REACH && o.entity.kind === 'person');
      if (before.at(-1)?.entity.person === record) return { role: 'family', noun: 'relative', of: subject };
      // "Efraín Solís said his wife, Leticia Solís, …": the speaker's own name, in the source of the
      // attribution being resolved, is no occurrence yet; the name mentioned last before the pronoun is.
      const last = before.at(-1)?.end ?? -1;
      const mention = lastPersonBefore(ctx, possessor.start, last, sentence);
      if (mention && mention.name !== subject.name && ctx.persons.lookup(mention.name) === record) return { role: 'family', noun: 'relative', of: subject };
    } else if (ctx.persons.lookup(possessor.text.replace(/['’]s?$/u, '')) === record) {
      return { role: 'family', noun: 'relative', of: subject };
    }
  }
  return null;
}

/** The person named right before ", whose brother" when the subject's name at `at` follows it. */
function whoseRelative(ctx: SpeakerContext, at: number): PersonRecord | null {
  const comma = whoseKinBefore(ctx.text, at, ctx.vocab);
  if (comma < 0) return null;
  const named = ctx.occurrences.find((o) => o.end === comma && o.entity.kind === 'person')?.entity.person;
  if (named) return named;
  // A speaker's own name in the source of the attribution being resolved is no occurrence yet.
  const mention = ctx.analysis.mentions.find((m) => m.kind === 'person' && m.end === comma);
  const found = mention?.kind === 'person' ? ctx.persons.lookup(mention.name) : null;
  return found && found !== 'ambiguous' ? found : null;
}

/** The last person mentioned in `sentence` that ends after `after` and at or before `end`. */
function lastPersonBefore(ctx: SpeakerContext, end: number, after: number, sentence: number): { readonly name: string } | null {
  let found: { readonly name: string } | null = null;
  for (const m of ctx.analysis.mentions) {
    if (m.kind === 'person' && m.end <= end && m.end > after && ctx.sentenceAt(m.start) === sentence) found = m;
  }
  return found;
}

// ", whose son, Daniel Cruz," right after the speaker's name: the kin noun, then the name it gives.
const WHOSE_KIN_NAMED = /^,\s+whose\s+(?:(?:older|younger|elder|eldest|oldest|youngest|only|teenage|adult)\s+)?([\p{L}-]+),?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;

/**
 * "said Yesenia Cruz, whose son, Daniel Cruz, is a junior", in a story that tells of "her 17-year-old
 * son" and never names him as the one force befell: no subject was found, but the clause says whose
 * kin the speaker is; family of the person it names.
 */
function kinNamedAfter(ctx: SpeakerContext, record: PersonRecord): Relation | null {
  for (let at = ctx.text.indexOf(record.name); at >= 0; at = ctx.text.indexOf(record.name, at + 1)) {
    const m = WHOSE_KIN_NAMED.exec(ctx.text.slice(at + record.name.length, at + record.name.length + 80));
    if (!m || ctx.vocab.relationRoles.get(m[1].toLowerCase()) !== 'family') continue;
    const kin = ctx.persons.lookup(m[2]);
    if (kin === record) continue;
    return { role: 'family', noun: 'relative', of: kin && kin !== 'ambiguous' ? kin : null };
  }
  return null;
}

/**
 * "His sister said he was unarmed. “He had his hands up,” Dulce Esparza Loera said", of Ernesto
 * Loera: a person first named as a speaker right after the subject's unnamed relative spoke (in the
 * same sentence or the one before), who bears the subject's surname and is given no title, body or
 * relation of their own, is that relative; a relative of another gender is not.
 */
function unnamedKinNamed(ctx: SpeakerContext, record: PersonRecord, subject: PersonRecord): Relation | null {
  if (record.title || record.titleRole || record.organization || record.agencyId) return null;
  const surname = subject.words[subject.words.length - 1];
  if (!record.words.slice(1).includes(surname)) return null;
  const first = ctx.text.indexOf(record.name);
  if (first < 0) return null;
  const sentence = ctx.sentenceAt(first);
  const prior = ctx.occurrences.filter((o) => o.speaker && o.end <= first && o.sentence >= sentence - 1).at(-1);
  const key = prior?.entity.key.split(':') ?? [];
  if (!prior || prior.entity.person || key[0] !== 'family' || key.length !== 3 || key[2] !== String(subject.id)) return null;
  const gender = ctx.persons.genderOf(record);
  if (prior.entity.gender && gender && prior.entity.gender !== gender) return null;
  return { role: 'family', noun: key[1], of: subject };
}

/**
 * "Villaseñor's wife, Araceli, sat in the second row. … Araceli Villaseñor said": a relative the text
 * introduces by the given name alone, after the subject's surname and a kin noun, is that relative
 * when named in full later with that given name.
 */
function kinByGivenName(ctx: SpeakerContext, record: PersonRecord, subject: PersonRecord): Relation | null {
  if (record.words.length < 2) return null;
  const given = record.name.split(/\s+/u)[0];
  // Most records are no one's kin so introduced: a text without "Given," is answered without a regular expression built and run over it.
  if (!ctx.text.includes(`${given},`)) return null;
  const surname = subject.name.split(/\s+/u).pop()!;
  const m = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?([\\p{Ll}-]+),\\s+${escapeRegExp(given)},`, 'u').exec(ctx.text);
  if (!m || ctx.vocab.relationRoles.get(m[1].toLowerCase()) !== 'family') return null;
  return { role: 'family', noun: m[1].toLowerCase(), of: subject };
}
