import type { FieldSource } from '../../domain/incident.js';
import { findAll } from './compileRegexList.js';
import type { SentenceInfo } from './describeSentences.js';
import type { ForceVocab } from './forceVocab.js';
import { loadForceVocab } from './forceVocab.js';

export interface FoundForce {
  readonly force: readonly string[];
  readonly sources: readonly FieldSource[];
}

/** The kinds of force the incident's sentences tell, as vocabulary labels, in vocabulary order. */
export function findForce(sentences: readonly SentenceInfo[], vocab: ForceVocab = loadForceVocab()): FoundForce {
  const firstHit = (patterns: readonly RegExp[]): { s: SentenceInfo; hit: { start: number; end: number; text: string } } | null => {
    for (const s of sentences) {
      const hit = findAll(patterns, s.text)[0];
      if (hit) return { s, hit };
    }
    return null;
  };
  const hits = new Map(vocab.forceTypes.map((type) => [type.id, firstHit(type.patterns)] as const));
  const force: string[] = [];
  const sources: FieldSource[] = [];
  for (const type of vocab.forceTypes) {
    // "they shot me" after "fired pepper balls": the ambiguous word is the other kind's.
    const found = type.ambiguous.length === 0 || type.yieldsTo.some((id) => hits.get(id)) ? hits.get(type.id) : firstHit(type.all);
    if (!found) continue;
    const { s, hit } = found;
    sources.push({ field: `force.${force.length}`, span: Object.freeze({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text }) });
    force.push(type.label);
  }
  return Object.freeze({ force: Object.freeze(force), sources: Object.freeze(sources) });
}
