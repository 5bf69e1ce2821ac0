import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { loadGivenNameLists } from '../mentions/loadGivenNames.js';
import { normalizePhrase } from './words.js';

const roleSchema = z.enum(ROLES);
const wordList = z.array(z.string().min(1));

const rolesFileSchema = z.object({
  titles: z.partialRecord(roleSchema, wordList),
  titleAffiliations: z.record(z.string(), z.string()),
  nationalOfficeHolders: z.record(z.string(), z.array(z.string().min(1))).default({}),
  relations: z.partialRecord(roleSchema, wordList),
  groups: z.array(z.object({ nouns: wordList, role: roleSchema, affiliation: z.string().optional() })),
  groupModifierAffiliations: z.record(z.string(), z.string().nullable()),
  spokesNouns: wordList,
  spokesGovernmentWords: wordList.default([]),
  spokesOtherBodies: wordList.default([]),
  statementNouns: wordList,
  anaphoricOrgNouns: z.record(z.string(), z.string().nullable()),
  filings: z.array(z.object({ nouns: wordList, name: z.string(), criminalName: z.string().optional(), civilName: z.string().optional(), role: roleSchema.optional(), agencyRecord: z.boolean().optional(), inCourt: z.boolean().optional() })),
  filingVoice: wordList,
  courtVoice: wordList,
  courtHeadings: wordList,
  inanimateSources: wordList,
  recordingSources: wordList.default([]),
  messageSources: wordList.default([]),
  civicBodyNouns: wordList.default([]),
  accountNouns: wordList.default([]),
  institutionSources: wordList,
  criminalCues: wordList,
  civilCues: wordList,
  subjectCues: wordList,
  otherPersonModifiers: wordList.default([]),
  subjectDescriptors: wordList,
  witnessCues: wordList,
  personNouns: wordList,
  officeModifiers: wordList.default([]),
  officeUnits: wordList.default([]),
  outletWorkNouns: wordList,
  newsWorkNouns: wordList,
  clergy: z.object({ honorifics: wordList, nouns: wordList }),
  outletSelfNouns: z.object({ broadcastMarkers: wordList, broadcast: wordList, print: wordList }),
  gender: z.object({ female: wordList, male: wordList }),
  organizationRoles: z.partialRecord(roleSchema, wordList),
  organizationDefaultRole: z.object({ withAgencyId: roleSchema, withoutAgencyId: roleSchema }),
  jointTitles: z.array(z.object({ plurals: wordList.min(1), role: roleSchema, heads: wordList.min(1) })).default([]),
});


export type Gender = 'female' | 'male';

/** The cue words of vocab/roles.json and vocab/speakers-given-names.json, indexed for lookup. */
export interface RoleVocab {
  /** lower-cased title → role, e.g. "assistant secretary" → official. */
  readonly titleRoles: ReadonlyMap<string, Role>;
  readonly titleAffiliations: ReadonlyMap<string, string>;
  /** Surnames (lower case) of those who hold or held a national office, by its title ("president"). */
  readonly nationalOfficeHolders: ReadonlyMap<string, ReadonlySet<string>>;
  /** lower-cased relation noun → role, e.g. "lawyer" → subject_counsel. */
  readonly relationRoles: ReadonlyMap<string, Role>;
  readonly groups: ReadonlyMap<string, { readonly role: Role; readonly affiliation: string | null }>;
  readonly groupModifierAffiliations: ReadonlyMap<string, string | null>;
  readonly spokesNouns: ReadonlySet<string>;
  /** Words beside a spokesperson noun that make them a government's ("a military spokesman"). */
  readonly spokesGovernmentWords: ReadonlyMap<string, true>;
  /** Nouns of a body that is no government's, beside a spokesperson noun ("Coalition spokesperson …"). */
  readonly spokesOtherBodies: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  readonly anaphoricOrgNouns: ReadonlyMap<string, string | null>;
  /** A filing's type by noun; `role` is `court` for what a court issues (an order, a ruling), else `court_filing`. */
  /**
   * Papers a story cites; `agencyRecord`: one an agency keeps of its own (a police report), its own words when it names the agency;
   * `inCourt`: false for one filed with an agency, not a court (a wrongful-death claim), which no court district the story names holds.
   */
  readonly filings: ReadonlyMap<string, { readonly name: string; readonly criminalName: string | null; readonly civilName: string | null; readonly role: Role; readonly agencyRecord: boolean; readonly inCourt: boolean }>;
  /** How a party's filing speaks of its filer ("Plaintiffs allege", "the affiant"). */
  readonly filingVoice: ReadonlySet<string>;
  /** How a court's own order speaks of the court ("the Court finds"). */
  readonly courtVoice: ReadonlySet<string>;
  /** A heading in capitals that makes a document a court's own ("ORDER GRANTING …", "OPINION"). */
  readonly courtHeadings: ReadonlySet<string>;
  /** Head nouns of sources that are no one ("video of the stop", "records"): never a he/she antecedent. */
  readonly inanimateSources: ReadonlySet<string>;
  /** Head nouns of a recording ("video", "body camera"): whoever owns it ("the agency's video"), what it shows is its own. */
  readonly recordingSources: ReadonlySet<string>;
  /** Head nouns of a message someone wrote ("an internal email", "text messages"): the writer's words, whoever obtained them. */
  readonly messageSources: ReadonlySet<string>;
  /** Nouns of bodies outside government ("the coalition's director"): a title held in one is no office of state. */
  readonly civicBodyNouns: ReadonlySet<string>;
  /** What a person tells as theirs: "Okafor's account", "her description", "his testimony". */
  readonly accountNouns: ReadonlySet<string>;
  /** Heads of a speaker phrase that name a body, not a person ("the village", "the school district"). */
  readonly institutionSources: ReadonlySet<string>;
  readonly criminalCues: ReadonlySet<string>;
  readonly civilCues: ReadonlySet<string>;
  readonly subjectCues: ReadonlySet<string>;
  readonly subjectDescriptors: readonly string[];
  /** Words that set one man apart from another ("the other man's", "the young man's"): such a possessor may not be the subject. */
  readonly otherPersonModifiers: ReadonlySet<string>;
  readonly witnessCues: ReadonlySet<string>;
  /** Nouns that make "a/one/another …" an unnamed person ("a woman", "one neighbor"): personNouns and every one-word relation noun. */
  readonly unnamedPersonNouns: ReadonlySet<string>;
  /** Lower-case words that may stand before a title and keep it an office ("the homeland security secretary"). */
  readonly officeModifiers: ReadonlySet<string>;
  /** The last words of the name of an agency's subdivision ("the Tucson Sector", "the Chicago Field Office"), which speaks as no body of its own. */
  readonly officeUnits: ReadonlySet<string>;
  /** What a newsroom's own reporting is called: "a KTWN review of the footage", "our analysis". */
  readonly outletWorkNouns: ReadonlySet<string>;
  /** What a newsroom publishes, whose words are its own: "a report in the Globe", "a Washington Post story". */
  readonly newsWorkNouns: ReadonlySet<string>;
  /** A member of the clergy: the honorifics before a name ("Rev.", folded "rev") and the nouns that call one ("the pastor"). */
  readonly clergy: { readonly honorifics: ReadonlySet<string>; readonly nouns: ReadonlySet<string> };
  /** How an outlet names itself in its own text ("the station", "the newspaper"), by kind; a broadcaster's name holds one of `broadcastMarkers`. */
  readonly outletSelfNouns: { readonly broadcastMarkers: ReadonlySet<string>; readonly broadcast: ReadonlySet<string>; readonly print: ReadonlySet<string> };
  /** Gendered words (pronouns, titles, kin terms) and common given names. */
  readonly genderWords: ReadonlyMap<string, Gender>;
  readonly givenNames: ReadonlyMap<string, Gender>;
  /** A plural title as written, lower-cased ("sens", "u.s senators") → the role of those it titles and the plurals a later phrase calls them by. */
  readonly jointTitles: ReadonlyMap<string, { readonly role: Role; readonly heads: readonly string[] }>;
  /** Lower-cased fragments of organisation names and the role they imply, checked in file order. */
  readonly organizationRoles: readonly (readonly [string, Role])[];
  readonly organizationDefaultRole: { readonly withAgencyId: Role; readonly withoutAgencyId: Role };
}

function readJson(file: string): unknown {
  const url = new URL(`../../../vocab/${file}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (err) {
    throw new ParallaxError('stage_failed', `Cannot read vocab/${file}.`, { file, reason: (err as Error).message });
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(readJson(file));
  if (!parsed.success) throw new ParallaxError('stage_failed', `vocab/${file} is malformed.`, { file, issues: parsed.error.issues.slice(0, 5) });
  return parsed.data;
}

function invert<V>(record: Partial<Record<string, readonly string[]>>, value: (key: string) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, words] of Object.entries(record)) for (const word of words ?? []) map.set(normalizePhrase(word), value(key));
  return map;
}

function buildVocab(): RoleVocab {
  const roles = parseWith(rolesFileSchema, 'roles.json');
  const names = loadGivenNameLists();
  const groups = new Map<string, { role: Role; affiliation: string | null }>();
  for (const g of roles.groups) for (const noun of g.nouns) groups.set(normalizePhrase(noun), { role: g.role, affiliation: g.affiliation ?? null });
  const filings = new Map<string, { name: string; criminalName: string | null; civilName: string | null; role: Role; agencyRecord: boolean; inCourt: boolean }>();
  for (const f of roles.filings) {
    for (const noun of f.nouns) filings.set(normalizePhrase(noun), { name: f.name, criminalName: f.criminalName ?? null, civilName: f.civilName ?? null, role: f.role ?? 'court_filing', agencyRecord: f.agencyRecord ?? false, inCourt: f.inCourt ?? true });
  }
  return Object.freeze({
    titleRoles: invert(roles.titles, (role) => role as Role),
    titleAffiliations: new Map(Object.entries(roles.titleAffiliations).map(([k, v]) => [normalizePhrase(k), v])),
    nationalOfficeHolders: new Map(Object.entries(roles.nationalOfficeHolders).map(([k, v]) => [normalizePhrase(k), new Set(v.map((n) => n.toLowerCase()))])),
    relationRoles: invert(roles.relations, (role) => role as Role),
    groups,
    groupModifierAffiliations: new Map(Object.entries(roles.groupModifierAffiliations).map(([k, v]) => [normalizePhrase(k), v])),
    spokesNouns: new Set(roles.spokesNouns.map(normalizePhrase)),
    spokesGovernmentWords: new Map(roles.spokesGovernmentWords.map((w) => [normalizePhrase(w), true] as const)),
    spokesOtherBodies: new Set(roles.spokesOtherBodies.map(normalizePhrase)),
    statementNouns: new Set(roles.statementNouns.map(normalizePhrase)),
    anaphoricOrgNouns: new Map(Object.entries(roles.anaphoricOrgNouns).map(([k, v]) => [normalizePhrase(k), v])),
    filings,
    filingVoice: new Set(roles.filingVoice.map(normalizePhrase)),
    courtVoice: new Set(roles.courtVoice.map(normalizePhrase)),
    courtHeadings: new Set(roles.courtHeadings.map(normalizePhrase)),
    inanimateSources: new Set(roles.inanimateSources.map(normalizePhrase)),
    recordingSources: new Set(roles.recordingSources.map(normalizePhrase)),
    messageSources: new Set(roles.messageSources.map(normalizePhrase)),
    civicBodyNouns: new Set(roles.civicBodyNouns.map(normalizePhrase)),
    accountNouns: new Set(roles.accountNouns.map(normalizePhrase)),
    institutionSources: new Set(roles.institutionSources.map(normalizePhrase)),
    criminalCues: new Set(roles.criminalCues.map(normalizePhrase)),
    civilCues: new Set(roles.civilCues.map(normalizePhrase)),
    subjectCues: new Set(roles.subjectCues.map(normalizePhrase)),
    subjectDescriptors: roles.subjectDescriptors.map(normalizePhrase),
    otherPersonModifiers: new Set(roles.otherPersonModifiers.map(normalizePhrase)),
    witnessCues: new Set(roles.witnessCues.map(normalizePhrase)),
    officeModifiers: new Set(roles.officeModifiers.map(normalizePhrase)),
    officeUnits: new Set(roles.officeUnits.map(normalizePhrase)),
    outletWorkNouns: new Set(roles.outletWorkNouns.map(normalizePhrase)),
    newsWorkNouns: new Set(roles.newsWorkNouns.map(normalizePhrase)),
    clergy: { honorifics: new Set(roles.clergy.honorifics.map(normalizePhrase)), nouns: new Set(roles.clergy.nouns.map(normalizePhrase)) },
    outletSelfNouns: {
      broadcastMarkers: new Set(roles.outletSelfNouns.broadcastMarkers.map(normalizePhrase)),
      broadcast: new Set(roles.outletSelfNouns.broadcast.map(normalizePhrase)),
      print: new Set(roles.outletSelfNouns.print.map(normalizePhrase)),
    },
    unnamedPersonNouns: new Set([...roles.personNouns, ...Object.values(roles.relations).flat()].map(normalizePhrase).filter((n) => !n.includes(' '))),
    genderWords: invert(roles.gender, (g) => g as Gender),
    organizationRoles: Object.entries(roles.organizationRoles).flatMap(([role, parts]) => (parts ?? []).map((p) => [p.toLowerCase(), role as Role] as const)),
    organizationDefaultRole: roles.organizationDefaultRole,
    givenNames: invert({ female: names.female, male: names.male }, (g) => g as Gender),
    jointTitles: new Map(roles.jointTitles.flatMap((t) => t.plurals.map((p) => [normalizePhrase(p), Object.freeze({ role: t.role, heads: Object.freeze(t.heads.map(normalizePhrase)) })] as const))),
  });
}

let cached: RoleVocab | null = null;

/** Loads the speaker vocabularies once per process; a malformed file fails loudly. */
export function loadRoleVocab(): RoleVocab {
  cached ??= buildVocab();
  return cached;
}
