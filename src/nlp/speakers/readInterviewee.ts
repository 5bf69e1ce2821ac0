import { firstQuestionAt } from '../transcripts/findInterviewAnswers.js';
import type { DescriptionSite } from './describeDescription.js';
import { describePerson } from './describePerson.js';
import type { Entity } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import { personEntity } from './personEntity.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { Gender } from './roleVocab.js';
import type { SpeakerContext } from './speakerContext.js';
import { foldName } from './words.js';

// A sentence that introduces a printed interview by its subject, who is the person interviewed:
// "Delgado spoke to the Ledger at her home", "where he spoke with two reporters", "sat down with".
const SUBJECT_INTRO = /\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\b|\bsat\s+down\s+with\b|\bwas\s+interviewed\b|\bagreed\s+to\s+(?:an|the)\s+interview\b/iu;
// … or by its object: "Q&A with Vice President Ana Ruiz", "An interview with Rosa Delgado".
const OBJECT_INTRO = /\b(?:Q\s*&\s*A|[Ii]nterview|[Cc]onversation)\s+with\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// The reporters as the subject of the introduction ("We spoke with", "I talked to", "we also sat down with").
const WE_BEFORE = /\b(?:[Ww]e|I)\s+(?:\p{Ll}+\s+)?$/u;
// Between the verb and the person: nothing, or a lower-case word or two ("spoke with attorney Rebecca Lund").
const OBJECT_GAP = /^\s+(?:\p{Ll}+\s+){0,2}$/u;
const PRONOUN = /\b(?:he|him|his|she|her)\b/iu;
const SUBJECT_PRONOUN = /\b(?:he|she)\b/giu;
// How many sentences before the first question the introduction may stand.
const REACH = 6;

/**
 * Who answers a printed interview (the "A:" of "Q: … A: …"): in the last sentence before the first
 * question that introduces it, the person who "spoke to" the paper (named, or a "he"/"she" whose
 * antecedent is clear: "where he spoke with two reporters" is the one named before, not the
 * reporters), or the person named right after "Q&A with" / "an interview with". A surname two
 * people share is the one whose gender the next pronoun gives ("Delgado spoke to the Ledger at her
 * home": Rosa Delgado, not her son Julián Delgado), when only one of them has it. Otherwise nobody.
 */
export function readInterviewee(ctx: SpeakerContext, site: DescriptionSite): Entity | null {
  const firstQuestion = firstQuestionAt(ctx.text);
  if (firstQuestion < 0 || site.at < firstQuestion) return null;
  const sentences = ctx.analysis.sentences;
  const last = ctx.sentenceAt(firstQuestion - 1);
  for (let i = last; i >= 0 && i > last - REACH; i--) {
    const s = sentences[i];
    if (!s || s.end > firstQuestion) continue;
    const found = introduced(ctx, s.start, s.end, sentences[i + 1]?.end ?? s.end, site);
    if (found !== undefined) return found;
  }
  return null;
}

/** The person a sentence introduces as interviewed; undefined when it introduces no interview. */
function introduced(ctx: SpeakerContext, start: number, end: number, pronounsTo: number, site: DescriptionSite): Entity | null | undefined {
  const people = ctx.occurrences.filter((o) => o.start >= start && o.end <= end && o.entity.kind === 'person' && !o.entity.plural);
  const sentence = ctx.text.slice(start, end);
  const verb = SUBJECT_INTRO.exec(sentence);
  if (verb) {
    const at = start + verb.index;
    const named = people.filter((o) => o.end <= at).at(-1);
    const pronoun = [...ctx.text.slice(named ? named.end : start, at).matchAll(SUBJECT_PRONOUN)].at(-1);
    if (pronoun) {
      const offset = (named ? named.end : start) + pronoun.index;
      const antecedent = resolveAnaphor(ctx, { at: offset, attribution: -1, gender: ctx.vocab.genderWords.get(pronoun[0].toLowerCase()) ?? null, reach: 2, accepts: (e) => e.kind === 'person' && !e.plural });
      return speaking(ctx, antecedent?.person ?? null, site);
    }
    // "We spoke with Lund on Tuesday", "I talked to Ana Ruiz": the reporters spoke; whom they spoke with is interviewed.
    if (!named && WE_BEFORE.test(ctx.text.slice(start, at))) {
      const object = people.find((o) => o.start >= at + verb[0].length && OBJECT_GAP.test(ctx.text.slice(at + verb[0].length, o.start)));
      return object ? speaking(ctx, object.entity.person ?? null, site) : null;
    }
    return named ? speaking(ctx, named.entity.person ?? byGender(ctx, ctx.text.slice(named.start, named.end), pronounAfter(ctx, named.end, pronounsTo)), site) : null;
  }
  const after = people.find((o) => OBJECT_INTRO.test(ctx.text.slice(start, o.start)));
  if (after) return speaking(ctx, after.entity.person ?? byGender(ctx, ctx.text.slice(after.start, after.end), pronounAfter(ctx, after.end, pronounsTo)), site);
  return undefined;
}

function speaking(ctx: SpeakerContext, record: PersonRecord | null, site: DescriptionSite): Entity | null {
  return record ? personEntity(record, describePerson(ctx, record, [], site)) : null;
}

function pronounAfter(ctx: SpeakerContext, from: number, to: number): Gender | null {
  const hit = PRONOUN.exec(ctx.text.slice(from, to));
  return hit ? (ctx.vocab.genderWords.get(hit[0].toLowerCase()) ?? null) : null;
}

/** The one bearer of `surname` whose gender is `gender`; null when none or several. */
function byGender(ctx: SpeakerContext, surname: string, gender: Gender | null): PersonRecord | null {
  if (!gender) return null;
  const folded = foldName(surname);
  const fits = ctx.persons.all().filter((r) => foldName(r.name.split(/\s+/u).pop() ?? '') === folded && ctx.persons.genderOf(r) === gender);
  return fits.length === 1 ? fits[0] : null;
}
