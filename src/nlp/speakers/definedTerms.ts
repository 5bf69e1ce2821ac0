import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import { matchLongest, splitWords } from './words.js';

/** A court filing's stand-in for an unnamed person: `ICE Officer 1 ("O-1")`. */
interface DefinedTerm {
  /** "ICE Officer": the words before the number. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const DEFINITION = /((?:\p{Lu}[\p{L}.]*\s+){1,4})\d+\s+\(["“](\p{Lu}+)-?\d+["”]\)/gu;
const USE = /^(\p{Lu}+)-?(\d+)$/u;

/** Defined terms by their letters: `("BPA-1")` → "BPA" → "Border Patrol Agent". */
function findDefinedTerms(text: string): Map<string, DefinedTerm> {
  const terms = new Map<string, DefinedTerm>();
  for (const m of text.matchAll(DEFINITION)) {
    const start = m.index ?? 0;
    if (!terms.has(m[2])) terms.set(m[2], { label: m[1].trim(), start, end: start + m[1].trimEnd().length });
  }
  return terms;
}

/**
 * "O-1", or the definition itself, as a speaker: "ICE Officer 1 (O-1, unnamed)", with the agency
 * named in the label. Numbers other than the defined one follow the same pattern ("BPA-2").
 */
export function readDefinedTerm(ctx: SpeakerContext, start: number, end: number): Entity | null {
  const raw = ctx.text.slice(start, end).trim();
  const use = raw.match(USE) ?? raw.match(/\(["“](\p{Lu}+)-?(\d+)["”]\)$/u);
  if (!use) return null;
  const term = findDefinedTerms(ctx.text).get(use[1]);
  if (!term) return null;
  const labelWords = splitWords(ctx.text, term.start, term.end);
  const hasTitle = labelWords.some((_, i) => matchLongest(labelWords, i, ctx.vocab.titleRoles));
  if (!hasTitle) return null;
  const org = ctx.organizations.find((o) => o.start < term.end && o.end > term.start) ?? null;
  const orgSpeaker = org ? organizationEntity(org, ctx.vocab).speaker : null;
  const code = `${use[1]}-${use[2]}`;
  const name = `${term.label} ${use[2]} (${code}, unnamed)`;
  return makeEntity({
    key: `term:${code}`,
    kind: 'person',
    speaker: makeSpeaker(name, orgSpeaker?.affiliation ?? null, orgSpeaker?.role ?? 'official'),
  });
}
