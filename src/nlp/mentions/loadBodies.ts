import { z } from 'zod';
import { compilePhrases, type PhraseMatcher } from './phraseMatcher.js';
import { readVocab } from './readVocab.js';

/** A civil-society body of vocab/bodies.json: no agency, but a speaker stories name by a short name. */
export interface Body {
  readonly name: string;
  readonly aliases: readonly string[];
  /** It has state or city affiliates: "the ACLU of Texas". */
  readonly chapters: boolean;
}

export interface BodyRegistry {
  /** Longest alias starting at a position, case-sensitive. */
  readonly matcher: PhraseMatcher<Body>;
  /** Nouns that name an affiliate before "of": "the North Carolina chapter of the ACLU". */
  readonly chapterNouns: ReadonlySet<string>;
  /** Words a body's name opens with and a person's does not: "Alianza" of "Alianza Inmigrante del Golfo". */
  readonly nameHeads: ReadonlySet<string>;
  /** Whether a name is a body's canonical name, or an affiliate's ("American Civil Liberties Union of Texas"). */
  isBodyName(name: string): boolean;
}

const BodiesFileSchema = z.object({
  nameHeads: z.array(z.string().min(1)).default([]),
  chapterNouns: z.array(z.string().min(1)),
  bodies: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1), chapters: z.boolean() })).min(1),
});

let cached: BodyRegistry | null = null;

/** The bodies of vocab/bodies.json, read and checked once per process. */
export function loadBodies(): BodyRegistry {
  if (!cached) {
    const file = readVocab('bodies.json', BodiesFileSchema);
    const pairs: [string, Body][] = [];
    for (const b of file.bodies) for (const alias of b.aliases) pairs.push([alias, Object.freeze({ ...b, aliases: Object.freeze([...b.aliases]) })]);
    const names = new Set(file.bodies.map((b) => b.name));
    const chaptered = file.bodies.filter((b) => b.chapters).map((b) => `${b.name} of `);
    cached = Object.freeze({
      matcher: compilePhrases(pairs),
      chapterNouns: new Set(file.chapterNouns.map((n) => n.toLowerCase())),
      nameHeads: new Set(file.nameHeads),
      isBodyName: (name: string) => names.has(name) || chaptered.some((c) => name.startsWith(c)),
    });
  }
  return cached;
}
