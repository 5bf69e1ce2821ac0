import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import { compilePhrases, type PhraseMatcher } from './phraseMatcher.js';
import { readVocab } from './readVocab.js';

/** "examiner": a medical examiner or coroner, which reports on the body and takes no part in the force. */
export type AgencyKind = 'federal' | 'state' | 'local' | 'court' | 'examiner' | 'oversight' | 'other';

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly aliases: readonly string[];
  readonly parent: string | null;
  readonly kind: AgencyKind;
}

/** A suffix that names an organisation when a place or a proper name stands before it ("Phoenix" + "Police Department"). */
export interface OrgPattern {
  readonly agencyId: string;
  readonly suffixes: readonly string[];
  /** "place": a known city, county or state must precede; "name": any capitalised name may. */
  readonly before: 'place' | 'name';
}

export interface CourtWords {
  readonly federalPrefixes: readonly string[];
  readonly districtQualifiers: readonly string[];
  readonly circuits: readonly string[];
  /** Units of an agency named after a city ("FBI Phoenix Field Office", "Tucson Sector"). */
  readonly fieldUnits: readonly string[];
}

export interface AgencyRegistry {
  readonly agencies: readonly Agency[];
  get(id: string): Agency | null;
  /** Exact alias lookup, case-sensitive for acronyms; a name in capitals ("U.S. BORDER PATROL") also matches. */
  findByAlias(text: string): Agency | null;
  /** Ancestors, nearest first: Border Patrol → [CBP, DHS]. */
  parentsOf(id: string): Agency[];
  /** Longest agency alias starting at `start` in `text`. */
  readonly aliasMatcher: PhraseMatcher<Agency>;
  readonly patterns: readonly OrgPattern[];
  readonly courts: CourtWords;
  /** Words that make a name a news outlet's ("Times", "Newswire"): outlets are neither persons nor agencies. */
  readonly outletWords: ReadonlySet<string>;
  /** Networks whose name opens a station's or a programme's ("NBC Los Angeles", "Telemundo 52"). */
  readonly outletNetworks: ReadonlySet<string>;
}

const AgencySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  short: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  parent: z.string().nullable(),
  kind: z.enum(['federal', 'state', 'local', 'court', 'examiner', 'oversight', 'other']),
});

const AgenciesFileSchema = z.object({
  agencies: z.array(AgencySchema).min(1),
  patterns: z.array(z.object({ agencyId: z.string(), suffixes: z.array(z.string().min(1)), before: z.enum(['place', 'name']) })),
  courts: z.object({
    federalPrefixes: z.array(z.string()),
    districtQualifiers: z.array(z.string()),
    circuits: z.array(z.string()),
    fieldUnits: z.array(z.string()),
  }),
  outletWords: z.array(z.string().min(1)),
  outletNetworks: z.array(z.string().min(1)),
});

let cached: AgencyRegistry | null = null;

const ACRONYM = /^[A-Z]{2,5}$/u;

/**
 * Aliases with lower-case letters also match in capitals, as court captions write them; an acronym
 * also with a period after each letter, as some newspapers write it ("D.H.S.", "I.C.E.").
 */
function aliasVariants(alias: string): string[] {
  if (ACRONYM.test(alias)) return [alias, `${alias.split('').join('.')}.`];
  const upper = alias.toUpperCase();
  return upper === alias ? [alias] : [alias, upper];
}

function buildRegistry(file: z.infer<typeof AgenciesFileSchema>): AgencyRegistry {
  const agencies = file.agencies.map((a) => Object.freeze({ ...a, aliases: Object.freeze([...a.aliases]) }) as Agency);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  for (const a of agencies) {
    if (a.parent !== null && !byId.has(a.parent)) {
      throw new ParallaxError('stage_failed', `Agency ${a.id} names an unknown parent ${a.parent}.`, { agency: a.id });
    }
  }
  for (const p of file.patterns) {
    if (!byId.has(p.agencyId)) throw new ParallaxError('stage_failed', `Pattern names an unknown agency ${p.agencyId}.`, {});
  }
  const byAlias = new Map<string, Agency>();
  const pairs: [string, Agency][] = [];
  for (const a of agencies) {
    for (const alias of a.aliases) {
      for (const v of aliasVariants(alias)) {
        if (!byAlias.has(v)) byAlias.set(v, a);
        pairs.push([v, a]);
      }
    }
  }
  const aliasMatcher = compilePhrases(pairs);
  return Object.freeze({
    agencies: Object.freeze(agencies),
    get: (id: string) => byId.get(id) ?? null,
    findByAlias: (text: string) => byAlias.get(text.trim().replace(/\s+/g, ' ').replace(/\u2019/g, "'")) ?? null,
    parentsOf(id: string): Agency[] {
      const out: Agency[] = [];
      let current = byId.get(id);
      while (current && current.parent !== null && out.length < 10) {
        current = byId.get(current.parent);
        if (current) out.push(current);
      }
      return out;
    },
    aliasMatcher,
    patterns: Object.freeze(file.patterns.map((p) => Object.freeze({ ...p }))),
    courts: Object.freeze(file.courts),
    outletWords: new Set(file.outletWords),
    outletNetworks: new Set(file.outletNetworks),
  });
}

/** The agency registry from vocab/agencies.json, read and checked once per process. */
export function loadAgencies(): AgencyRegistry {
  if (!cached) cached = buildRegistry(readVocab('agencies.json', AgenciesFileSchema));
  return cached;
}
