import type { PersonRecord } from './personRegistry.js';
import type { Description } from './readDescription.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

const CLAUSE_END = new Set(['who', 'that', 'which', 'whose', 'wounded', 'shot', 'killed', 'during', 'in', 'at', 'on']);

function lookupWords(ctx: SpeakerContext, words: readonly Word[]): PersonRecord | null {
  if (!words.length) return null;
  const found = ctx.persons.lookup(ctx.text.slice(words[0].start, words[words.length - 1].end));
  return found && found !== 'ambiguous' ? found : null;
}

/** "the man", "the Honduran man wounded …": a description that can only mean the subject. */
function namesSubject(ctx: SpeakerContext, words: readonly Word[]): boolean {
  const nouns = new Set(ctx.vocab.subjectDescriptors.map((d) => d.split(' ').pop()));
  const upTo = words.findIndex((w, i) => i > 0 && CLAUSE_END.has(w.norm));
  return words.slice(0, upTo < 0 ? words.length : upTo).some((w) => nouns.has(w.norm));
}

/**
 * Whose lawyers, family or supporters a description speaks of: the possessor ("his", "Alva’s"),
 * the complement ("for Pedro Alva", "for the man"), or, for a bare plural ("Attorneys"), the
 * document's subject. Null when that person cannot be told with confidence.
 */
export function resolveTarget(ctx: SpeakerContext, d: Description, opts: { implicitSubject: boolean }): PersonRecord | null {
  if (d.possessivePronoun) {
    const p = d.possessivePronoun.norm;
    if (p !== 'his' && p !== 'her') return null;
    const entity = resolveAnaphor(ctx, {
      at: d.possessivePronoun.start,
      attribution: -1,
      gender: p === 'his' ? 'male' : 'female',
      reach: 3,
      accepts: (e) => e.kind === 'person' && !e.plural,
      includeContent: true,
    });
    return entity?.person ?? null;
  }
  if (d.possessorName.length) {
    // "the man's brother", "the driver's lawyers": a possessor that can only mean the subject.
    const [only] = d.possessorName;
    if (d.definite && d.possessorName.length === 1 && !only.capitalized && namesSubject(ctx, [only])) return ctx.subject;
    return lookupWords(ctx, d.possessorName);
  }
  if (d.complement.length) {
    const name: Word[] = [];
    for (const w of d.complement) {
      if (!w.capitalized && !(name.length === 0 && w.norm === 'the')) break;
      if (w.norm !== 'the') name.push(w);
    }
    const person = lookupWords(ctx, name);
    if (person) return person;
    return namesSubject(ctx, d.complement) ? ctx.subject : null;
  }
  return opts.implicitSubject ? ctx.subject : null;
}
