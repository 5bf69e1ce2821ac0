import type { DescriptionSite } from './describeDescription.js';
import { NOT_SERVING } from './notServing.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { findPolicePlaces } from './findPolicePlaces.js';
import { phraseName, wordsText } from './phraseName.js';
import type { Description } from './readDescription.js';
import { resolveAnaphor } from './resolveAnaphor.js';
import type { SpeakerContext } from './speakerContext.js';

// The places a document names police of depend on the document alone: scanned once per context,
// not again at every "police" it mentions.
const policePlacesByContext = new WeakMap<SpeakerContext, ReadonlySet<string>>();
const STATE_FORCE = /(?:^|\s)State$/u;
const STATE_POLICE = /\b(?:(?!The\b)\p{Lu}\p{Ll}+ ){1,2}State Police\b/u;

function policePlaces(ctx: SpeakerContext): ReadonlySet<string> {
  let places = policePlacesByContext.get(ctx);
  if (places) return places;
  const found = new Set<string>();
  for (const words of findPolicePlaces(ctx.text)) found.add(words.trim());
  for (const o of ctx.organizations) {
    const m = o.name.match(/^(.+?) Police\b/);
    if (m) found.add(m[1]);
  }
  // "Oregon State Police": a state's police are called so every time; a bare "police" is the local force.
  for (const place of found) if (STATE_FORCE.test(place)) found.delete(place);
  places = found;
  policePlacesByContext.set(ctx, places);
  return places;
}

// The name depends on the document and the place alone; each asks a new regular expression over the
// whole text, so the answers are kept per context.
const policeNamesByContext = new WeakMap<SpeakerContext, Map<string | null, string | null>>();

/** "Dayton police" → the department the document names in full, else the words as written. */
function policeName(ctx: SpeakerContext, place: string | null): string | null {
  let names = policeNamesByContext.get(ctx);
  if (!names) {
    names = new Map();
    policeNamesByContext.set(ctx, names);
  }
  let name = names.get(place);
  if (name === undefined) {
    name = findPoliceName(ctx, place);
    names.set(place, name);
  }
  return name;
}

function findPoliceName(ctx: SpeakerContext, place: string | null): string | null {
  const places = policePlaces(ctx);
  const at = place ?? (places.size === 1 ? [...places][0] : null);
  if (!at) return null;
  const full = ctx.text.match(new RegExp(`\\b${at} Police (?:Department|Bureau)\\b`));
  const org = ctx.organizations.find((o) => o.name.startsWith(`${at} Police`));
  return full?.[0] ?? org?.name ?? `${at} police`;
}

/** Officials, authorities, investigators, police: named by their organisation or as written. */
/** Whether the group's words say it serves no longer ("former officials"), and none says some still do ("current and former"). */
function servesNoMore(d: Description): boolean {
  return d.words.some((w) => NOT_SERVING.has(w.norm)) && !d.words.some((w) => STILL_SERVING.has(w.norm));
}

const STILL_SERVING = new Set(['current', 'serving', 'active']);

export function describeGroup(ctx: SpeakerContext, d: Description, site: DescriptionSite): Entity | null {
  const head = d.head!;
  const info = ctx.vocab.groups.get(head.norm)!;
  const heads = [head.norm, head.words[head.words.length - 1].norm];
  // "Legal scholars and former officials", "retired agents": those who no longer serve speak for no body ("current and former" still may).
  // "church officials", "school officials", "union officials": officials of a body that is no government's (vocab/roles.json spokesOtherBodies).
  const ofOtherBody = d.modifiers.some((w) => ctx.vocab.spokesOtherBodies.has(w.norm));
  const role = info.role !== 'other' && (servesNoMore(d) || ofOtherBody) ? 'other' : info.role;
  const group = (key: string, name: string, affiliation: string | null) =>
    makeEntity({ key, kind: 'group', plural: true, speaker: makeSpeaker(name, role === info.role ? affiliation : null, role), heads });
  if (d.definite) {
    const earlier = resolveAnaphor(ctx, { ...site, gender: null, reach: 3, accepts: (e) => e.kind === 'group' && e.heads.includes(head.norm) });
    if (earlier) return earlier;
  }
  if (head.norm === 'police') {
    // "state police said": the state's force ("Illinois State Police" where the text names it), never a
    // town's police the text names too.
    if (d.modifiers.some((w) => w.norm === 'state')) {
      const state = STATE_POLICE.exec(ctx.text)?.[0] ?? null;
      return state ? makeEntity({ key: `police:${state}`, kind: 'organization', speaker: makeSpeaker(state, state, info.role), heads: [...heads, 'state'] }) : group('police:state', 'state police', null);
    }
    const place = d.modifiers.filter((w) => w.capitalized);
    // "…, police said" in a story that names no police force: police, as written (as "authorities" are).
    const name = policeName(ctx, place.length ? wordsText(ctx.text, place) : null);
    if (!name) return place.length || policePlaces(ctx).size > 0 ? null : group('police:', 'police', null);
    return makeEntity({ key: `police:${name}`, kind: 'organization', speaker: makeSpeaker(name, name, info.role), heads: [...heads, ...name.toLowerCase().split(' ')] });
  }
  if (d.organization) return group(`${head.norm}:${d.organization.name}`, `${d.organization.name} ${phraseName(ctx.text, head.words)}`, d.organization.name);
  const modifier = [...d.modifiers, ...head.words].map((w) => ctx.vocab.groupModifierAffiliations.get(w.norm)).find((a) => a !== undefined);
  const name = phraseName(ctx.text, [...d.modifiers, ...head.words]);
  return group(`${head.norm}:${name}`, name, modifier ?? info.affiliation);
}
