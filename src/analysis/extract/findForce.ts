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
  const force: string[] = [];
  const sources: FieldSource[] = [];
  for (const type of vocab.forceTypes) {
    for (const s of sentences) {
      const hit = findAll(type.patterns, s.text)[0];
      if (!hit) continue;
      sources.push({ field: `force.${force.length}`, span: Object.freeze({ start: s.start + hit.start, end: s.start + hit.end, text: hit.text }) });
      force.push(type.label);
      break;
    }
  }
  return Object.freeze({ force: Object.freeze(force), sources: Object.freeze(sources) });
}
