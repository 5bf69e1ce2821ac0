import type { Token } from '../../domain/analysis.js';
import type { ComplementFrame } from './cueLexicon.js';

const LIGHT_VERBS = new Set(['express', 'expresses', 'expressed', 'expressing']);
// What a source can express that is a stance on something: "expressed concern about …", "… confidence that …".
const STANCE_NOUNS = new Set([
  'concern', 'concerns', 'confidence', 'doubt', 'doubts', 'skepticism', 'scepticism', 'support', 'opposition', 'sympathy',
  'dismay', 'astonishment', 'amazement', 'surprise', 'interest', 'frustration', 'discomfort', 'displeasure', 'dissatisfaction',
  'enthusiasm', 'alarm', 'amusement', 'fear', 'fears', 'optimism', 'pessimism', 'regret', 'hope', 'hopes', 'disappointment',
  'outrage', 'anger', 'disgust', 'disbelief', 'reservations', 'worry', 'worries', 'unease', 'admiration', 'gratitude', 'solidarity',
]);
const OBJECT_LINKS = new Set(['about', 'over', 'for', 'at', 'with', 'toward', 'towards', 'regarding']);

/**
 * "expressed concern that the levee would fail", "expressed support for the plan": a light verb and a
 * bare stance noun with the word that links it to what the stance is about make the cue together
 * (PolNeAR train writes the noun, and its preposition, into the cue about 37 times in 41); the
 * content is then the clause after "that" or the object after the preposition. A noun with a
 * determiner or an adjective ("expressed his concern", "expressed deep concern"), or with nothing
 * after it ("expressed concern."), stays the content; "in" links "interest" alone ("expressed
 * frustration in an interview" is where). Returns the cue's new end, where the content starts (past
 * "that", which the tagger may read otherwise before "so" or "even") and the frame it must fit, or null.
 */
export function widenOverStanceNoun(tokens: readonly Token[], k: number, cueEnd: number, end: number): { readonly cueEnd: number; readonly contentStart: number; readonly frame: ComplementFrame } | null {
  if (cueEnd !== k + 1 || !LIGHT_VERBS.has(tokens[k].normal)) return null;
  const noun = tokens[cueEnd];
  const link = tokens[cueEnd + 1];
  if (!noun || !link || cueEnd + 2 >= end || !STANCE_NOUNS.has(noun.normal) || noun.pos !== 'NOUN') return null;
  if (link.normal === 'that') return { cueEnd: cueEnd + 1, contentStart: cueEnd + 2, frame: 'that' };
  const linked = OBJECT_LINKS.has(link.normal) || (link.normal === 'in' && noun.normal === 'interest');
  return linked ? { cueEnd: cueEnd + 2, contentStart: cueEnd + 2, frame: 'object' } : null;
}
