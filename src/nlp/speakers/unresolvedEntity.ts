import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { heardOrSaw } from './heardOrSaw.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import { saysAnonymous } from './saysAnonymous.js';
import type { Gender } from './roleVocab.js';
import type { SpeakerContext } from './speakerContext.js';
import { tellsForce } from './tellsForce.js';
import { splitWords, type Word } from './words.js';

const CAPITALISED = /^\p{Lu}/u;
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const NOUN_REACH = 2;
const LIVES_NEARBY = /\bwho (?:lives|lived|has lived) (?:on (?:the|that|this) (?:block|street)|nearby|next door|across the (?:street|hall)|down the (?:street|block|hall)|around the corner|in the (?:same )?(?:building|complex))\b/iu;

const COUNTED = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'both']);
const AT_THE_SCENE = /\bwho (?:were|had been) (?:[^,;.]{0,60}?\b(?:at|near|in|inside|outside|on) [^,;.]{0,60}?\bwhen\b|[^,;.]{0,40}?\b(?:nearby|at the scene)\b)|\bwho (?:saw|watched|witnessed|heard|recorded|filmed|posted (?:the|a) video)\b/iu;
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { people: 'person', men: 'man', women: 'woman', children: 'child' };

/** "people", "women", "customers": the plural of one of vocab/roles.json's person nouns. */
function isPluralPersonNoun(ctx: SpeakerContext, norm: string): boolean {
  const single = IRREGULAR_PLURALS[norm] ?? (norm.endsWith('s') ? norm.slice(0, -1) : null);
  return single !== null && ctx.vocab.unnamedPersonNouns.has(single) && !ctx.vocab.relationRoles.has(single);
}

// Words that end a speaker phrase's head noun group: "video of the stop", "a woman who lives nearby".
const HEAD_END = new Set(['of', 'from', 'by', 'in', 'at', 'on', 'with', 'for', 'who', 'that', 'which', 'whose', 'released', 'broadcast', 'published', 'obtained', 'shared', 'posted', 'filed']);

/** The head noun of a phrase: the last word before a preposition, a relative, a participle or a comma. */
function headOf(ctx: SpeakerContext, words: readonly Word[]): Word | undefined {
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (!next) return words[i];
    if (HEAD_END.has(next.norm) || /[,(]/.test(ctx.text.slice(words[i].end, next.start))) return words[i];
  }
  return undefined;
}

/**
 * A speaker phrase nothing could be made of ("A woman who lives nearby"). It stays in the
 * text as an antecedent with no speaker, so the "she said" that follows it resolves to nobody
 * rather than to the last person named before it. A phrase whose head is no one ("video of the
 * stop showed …") is a thing: it must not stand between a "he said" and its speaker. A person the
 * phrase says goes unnamed ("A woman …, who asked not to be named") speaks as its noun instead.
 */
export function unresolvedEntity(ctx: SpeakerContext, index: number): Entity {
  const source = ctx.attributions[index].source!;
  const words = splitWords(ctx.text, source.start, source.end);
  const gender = words.map((w) => ctx.vocab.genderWords.get(w.norm)).find((g): g is Gender => g !== undefined) ?? null;
  const head = headOf(ctx, words);
  if (!gender && head && ctx.vocab.inanimateSources.has(head.norm)) return makeEntity({ key: `unresolved:${index}`, kind: 'thing' });
  // "A woman who lives on the block … said …. “She wasn't trying to hit anybody,” the woman said": the one just heard by that noun.
  if (words.length === 2 && words[0].norm === 'the' && ctx.vocab.unnamedPersonNouns.has(words[1].norm)) {
    const noun = words[1].norm;
    const earlier = resolveAnaphor(ctx, { at: source.start, attribution: index, gender: null, reach: NOUN_REACH, accepts: (e) => e.kind === 'person' && e.speaker !== null && e.heads.includes(noun) });
    if (earlier) return earlier;
  }
  // "A woman who was in the passenger seat, who asked not to be named, said": someone the story says it
  // will not name speaks as its noun ("woman"), on no one's side in particular; one "who lives on the
  // block" is a neighbor, a witness.
  // So does "A store employee" whose words, in a story of force, tell what she saw or heard: a witness.
  const phrase = ctx.text.slice(source.start, source.end);
  // "said a woman who filmed the shooting", "the woman who posted the video wrote": one the phrase puts at the scene saw it.
  const atScene = AT_THE_SCENE.test(phrase) && tellsForce(ctx);
  if (head && (INDEFINITE.has(words[0].norm) || (atScene && words[0].norm === 'the')) && ctx.vocab.unnamedPersonNouns.has(head.norm) && !ctx.vocab.relationRoles.has(head.norm)) {
    const saw = (heardOrSaw(ctx, index) && tellsForce(ctx)) || atScene;
    if (saw || saysAnonymous(phrase)) {
      const speaker = LIVES_NEARBY.test(phrase) ? makeSpeaker('neighbor', null, 'witness') : makeSpeaker(head.text.toLowerCase(), null, saw ? 'witness' : 'other');
      return makeEntity({ key: `unresolved:${index}`, kind: 'person', gender, speaker, heads: [head.norm] });
    }
  }
  // "Two people who were at a gas station when an agent opened fire said": in a story of force by
  // officers, people the phrase counts and puts at the scene as it happened, or has watch it, are
  // witnesses (as "two witnesses" are).
  if (head && words.length > 1 && COUNTED.has(words[0].norm) && isPluralPersonNoun(ctx, head.norm) && AT_THE_SCENE.test(phrase) && tellsForce(ctx)) {
    return makeEntity({ key: `unresolved:${index}`, kind: 'group', plural: true, gender, speaker: makeSpeaker('witnesses', null, 'witness'), heads: [head.norm] });
  }
  const last = words.find((w, i) => i === words.length - 1 || /[,(]/.test(ctx.text.slice(w.end, words[i + 1].start)));
  // "Benavides said", a surname two people share: one capitalised word in -s that is no plural of a
  // person noun ("Witnesses said") is a name, no group, and a "he" after it means no one further back.
  const surname = words.length === 1 && CAPITALISED.test(words[0].text) && !isPluralPersonNoun(ctx, words[0].norm);
  const plural = !gender && words.length > 0 && /s$/.test(last?.norm ?? '') && !/ss$/.test(last?.norm ?? '') && !surname;
  return makeEntity({ key: `unresolved:${index}`, kind: plural ? 'group' : 'person', plural, gender });
}

/** Whether attribution `index`'s speaker phrase is headed by a noun that names a body ("the village", "the school district"). */
export function namesBody(ctx: SpeakerContext, index: number): boolean {
  const source = ctx.attributions[index].source;
  if (!source) return false;
  const head = headOf(ctx, splitWords(ctx.text, source.start, source.end));
  return head !== undefined && ctx.vocab.institutionSources.has(head.norm);
}
