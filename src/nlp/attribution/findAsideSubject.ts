import type { Token } from '../../domain/analysis.js';
import { isPartOfThem } from './findAppositiveSource.js';
import { isNpToken, POSSESSIVE } from './isNpToken.js';
import { finishRange } from './scanNounPhraseBack.js';
import type { SourceResult } from './sourceResult.js';

const CAPITAL_START = /^\p{Lu}/u;

// Words that open when a paper was filed: "filed Tuesday", "unsealed last week".
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'earlier', 'late']);

const ASIDE_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'from', 'of', 'with', 'like', 'unlike', 'despite', 'while', 'when', 'speaking', 'facing', 'according', 'for']);

/**
 * "Clinton, during a town hall in Columbus, Ohio, said" / "Grassley, facing a challenge in Iowa, a
 * swing state, said": the subject opens the clause and an aside that is no noun phrase (a
 * preposition, a participle or an absolute phrase first — "her voice breaking" —, no finite verb,
 * no quotation) stands between it and the cue (the absolute phrase and an infinitive inside the
 * aside for the rules alone: in 'combined' the tagger reads those itself);
 * so does a discourse adverb or a "for" phrase ("Ruiz, however, said", "Ruiz, for example, said").
 */
export function findAsideSubject(tokens: readonly Token[], comma: number, floor: number, rulesOnly: boolean): SourceResult | null {
  let c1 = floor;
  while (c1 < comma && tokens[c1].text !== ',') c1++;
  if (c1 >= comma || c1 === floor) return null;
  const opener = tokens[c1 + 1];
  // "managing director" is a role (an appositive), not an aside.
  const participle = opener.pos === 'VERB' && opener.normal.endsWith('ing') && tokens[c1 + 2]?.pos !== 'NOUN';
  // "Ruiz, clad in a red coat, said", "Ruiz, flanked by deputies, said": a past participle and its preposition (the rules alone).
  // "Three of them, interviewed separately by the Observer, said": an adverb may stand between.
  const adpAt = tokens[c1 + 2]?.pos === 'ADV' ? c1 + 3 : c1 + 2;
  // "The criminal complaint against Ochoa, filed Tuesday, says": or a day right after it.
  const pastParticiple = rulesOnly && opener.pos === 'VERB' && !opener.normal.endsWith('ing') && (tokens[adpAt]?.pos === 'ADP' || DAY_WORDS.has(tokens[c1 + 2]?.normal ?? '')) && !CAPITAL_START.test(opener.text);
  // "Ruiz, however, said": a discourse adverb alone between commas.
  const adverb = comma - c1 <= 3 && tokens.slice(c1 + 1, comma).every((t) => t.pos === 'ADV');
  // "Ruiz, her voice breaking, said": an absolute phrase, a possessive noun and its participle.
  const absolute = rulesOnly && POSSESSIVE.has(opener.normal) && tokens.slice(c1 + 2, comma).some((t) => t.pos === 'VERB' && t.normal.endsWith('ing'));
  if (!participle && !pastParticiple && !adverb && !absolute && !ASIDE_OPENERS.has(opener.normal)) return rulesOnly ? findApposedAsideSubject(tokens, comma, floor, c1) : null;
  // "speaking on condition of anonymity because the investigation is ongoing": the reason the speaker
  // gives for not being named is a clause of its own, and may hold any verb (the rules alone).
  // "Cruz, when asked what is wrong, responded that …": the question put to the speaker may hold any verb too (the rules alone, round 32).
  const asked = rulesOnly && (opener.normal === 'when' || opener.normal === 'after') && tokens[c1 + 2]?.normal === 'asked' ? c1 + 3 : -1;
  const reason = asked > 0 ? asked : rulesOnly && opener.normal === 'speaking' ? anonymityReason(tokens, c1 + 1, comma) : -1;
  for (let j = c1 + 1; j < (reason > 0 ? reason : comma); j++) {
    const t = tokens[j];
    // "responding to calls … to halt the raids": an infinitive inside the aside is no finite verb.
    const infinitive = rulesOnly && t.pos === 'VERB' && tokens[j - 1].normal === 'to';
    // "in a follow-up statement Friday": a verb joined by a hyphen to the next word is part of a compound noun (the rules alone).
    const compound = rulesOnly && tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end && tokens[j + 2]?.start === tokens[j + 1].end;
    // "The complaint, sworn by deportation officer Marcus Tillery, says": an irregular past participle opening the aside.
    // Only before "by", who did it ("known as Dan" is a name, and "wrote" after it may be the head's own verb).
    const opening = pastParticiple && j === c1 + 1 && tokens[c1 + 2]?.normal === 'by';
    if (t.pos === 'AUX' || /^["“”]$/.test(t.text) || t.text === ';' || (t.pos === 'VERB' && !infinitive && !compound && !opening && !/(?:ing|ed|en)$/.test(t.normal) && !CAPITAL_START.test(t.text))) return null;
  }
  // "Three of them, interviewed separately by the Observer, said": a part of a group named by a pronoun (the rules alone).
  if (rulesOnly && isPartOfThem(tokens, c1, floor)) return { kind: 'source', range: { from: floor, to: c1 } };
  // "Editorial pages across the country, including …, warned": a prepositional phrase inside the subject (the rules alone).
  for (let j = floor; j < c1; j++) if (!isNpToken(tokens, j) && !(rulesOnly && j > floor && tokens[j].pos === 'ADP')) return null;
  const subject = finishRange(tokens, floor, c1);
  return subject.kind === 'source' && subject.range.from === floor ? subject : null;
}

const MAX_APPOSITIVE_TOKENS = 6;

/**
 * "His brother, Francisco Aldama, reached by phone in Nogales, Sonora, said": a subject and the name
 * set off after it, then the aside; the whole "His brother, Francisco Aldama" speaks, not the place
 * the aside ends on (the rules alone).
 */
function findApposedAsideSubject(tokens: readonly Token[], comma: number, floor: number, c1: number): SourceResult | null {
  let c2 = c1 + 1;
  while (c2 < comma && tokens[c2].text !== ',') c2++;
  if (c2 >= comma || c2 - c1 - 1 > MAX_APPOSITIVE_TOKENS || tokens[c1 + 1].pos !== 'PROPN') return null;
  for (let j = c1 + 1; j < c2; j++) if (tokens[j].pos !== 'PROPN') return null;
  // The head is a plain noun phrase about a person ("His brother"), not a place, a day or a phrase with a preposition.
  for (let j = floor; j < c1; j++) if (!isNpToken(tokens, j) || tokens[j].pos === 'ADP') return null;
  if (!tokens.slice(floor, c1).some((t) => t.pos === 'NOUN')) return null;
  const named = findAsideSubject(tokens, comma, c1 + 1, true);
  return named?.kind === 'source' && named.range.from === c1 + 1 && named.range.to === c2 ? { kind: 'source', range: { from: floor, to: c2 } } : null;
}

/** The "because" that opens the reason of "speaking on condition of anonymity because …", or -1. */
function anonymityReason(tokens: readonly Token[], from: number, to: number): number {
  let anonymity = false;
  for (let j = from; j < to; j++) {
    if (tokens[j].normal === 'anonymity') anonymity = true;
    else if (anonymity && tokens[j].normal === 'because') return j;
  }
  return -1;
}
