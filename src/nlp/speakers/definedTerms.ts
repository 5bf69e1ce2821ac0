import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import { matchLongest, splitWords } from './words.js';

/** A court filing's stand-in for an unnamed person: `ICE Officer 1 ("O-1")`, `Border Patrol Agent A (BPA-A)`. */
interface DefinedTerm {
  /** "ICE Officer": the words before the number, singular. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

// `ICE Officer 1 ("O-1")`, `Border Patrol Agent A (BPA-A)`: a label, its number or letter, the code.
const DEFINITION = /((?:\p{Lu}[\p{L}.]*\s+){1,4})(?:\d+|\p{Lu})\s+\(["“]?(\p{Lu}+)-?(?:\d+|\p{Lu})["”]?\)/gu;
// `two ICE Deportation Officers (O-1 and O-2)`: a plural label, then its codes.
const GROUP_DEFINITION = /((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*s)\s+\(["“]?(\p{Lu}+)-(?:\d+|\p{Lu})["”]?(?:(?:,\s*|,?\s+and\s+)["“]?\p{Lu}+-(?:\d+|\p{Lu})["”]?)+\)/gu;
// "O-1", "BPA-A" (a letter needs the hyphen: "BPAA" is a word).
const USE = /^(\p{Lu}+)(?:-?(\d+)|-(\p{Lu}))$/u;
const DEFINED_USE = /\(["“]?(\p{Lu}+)(?:-?(\d+)|-(\p{Lu}))["”]?\)$/u;

// A capitalised determiner or number that opens a sentence is not part of the label: "Two ICE Officers (O-1 and O-2)".
const LEAD = /^(?:The|A|An|Two|Three|Four|Five|Both|Several|Other)\s+/u;

/** Defined terms by their letters: `("BPA-1")` → "BPA" → "Border Patrol Agent". */
function findDefinedTerms(text: string): Map<string, DefinedTerm> {
  const terms = new Map<string, DefinedTerm>();
  const define = (letters: string, at: number, written: string, plural: boolean) => {
    const lead = written.match(LEAD)?.[0].length ?? 0;
    // A plural label's span stops before its ending, so its title reads as one ("Officer").
    const trimmed = written.slice(lead).trim();
    const label = plural ? trimmed.replace(/s$/u, '') : trimmed;
    if (!terms.has(letters)) terms.set(letters, { label, start: at + lead, end: at + lead + label.length });
  };
  for (const m of text.matchAll(DEFINITION)) define(m[2], m.index ?? 0, m[1], false);
  for (const m of text.matchAll(GROUP_DEFINITION)) define(m[2], m.index ?? 0, m[1], true);
  return terms;
}

/**
 * "O-1", or the definition itself, as a speaker: "ICE Officer 1 (O-1, unnamed)", with the agency
 * named in the label. Numbers other than the defined one follow the same pattern ("BPA-2"); a
 * plural definition ("two ICE Deportation Officers (O-1 and O-2)") defines each of its codes.
 */
export function readDefinedTerm(ctx: SpeakerContext, start: number, end: number): Entity | null {
  // "Border Patrol Agent B (BPA-B), who was positioned …": the definition ends the phrase's first part.
  const raw = ctx.text.slice(start, end).trim().split(/,(?![^(]*\))/)[0].trim();
  const use = raw.match(USE) ?? raw.match(DEFINED_USE);
  if (!use) return null;
  const term = findDefinedTerms(ctx.text).get(use[1]);
  if (!term) return null;
  const labelWords = splitWords(ctx.text, term.start, term.end);
  const hasTitle = labelWords.some((_, i) => matchLongest(labelWords, i, ctx.vocab.titleRoles));
  if (!hasTitle) return null;
  const org = ctx.organizations.find((o) => o.start < term.end && o.end > term.start) ?? null;
  const orgSpeaker = org ? organizationEntity(org, ctx.vocab).speaker : null;
  const id = use[2] ?? use[3];
  const code = `${use[1]}-${id}`;
  const name = `${term.label} ${id} (${code}, unnamed)`;
  return makeEntity({
    key: `term:${code}`,
    kind: 'person',
    speaker: makeSpeaker(name, orgSpeaker?.affiliation ?? null, orgSpeaker?.role ?? 'official'),
  });
}
