import type { Position } from '../../domain/incident.js';
import type { ClaimRecord } from '../../domain/records.js';
import type { Side } from '../../domain/roles.js';
import { SIDES, camp, unnamedVoice } from '../../domain/roles.js';
import type { Facet } from '../extract/facetVocab.js';

/** A stored claim, with the publication date of its document when known (for time order). */
export type ComparableClaim = ClaimRecord & { readonly published?: string | null };

const CAMP_ORDER = { state: 0, other: 1, neutral: 2 } as const;

/** Claims in time order: by publication date (unknown last), then document, then position in it. */
export function orderClaims<T extends ComparableClaim>(claims: readonly T[]): T[] {
  return [...claims].sort(
    (a, b) =>
      compareNullable(a.published ?? null, b.published ?? null) ||
      a.documentId.localeCompare(b.documentId) ||
      a.start - b.start ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The positions on one facet: claims grouped by stance and side, the state's camp first, then the
 * other camp, then the outlets' own reporting, and within a side in the order the positions were
 * first taken (an agency's revised account after its first); each with its claim ids and distinct
 * speakers in time order and a one-line summary.
 */
export function groupPositions(facet: Facet | null, claims: readonly ComparableClaim[]): Position[] {
  const groups = new Map<string, ComparableClaim[]>();
  for (const c of orderClaims(claims)) {
    const key = `${c.stance}\u0000${c.side}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const stanceRank = (stance: string) => {
    const i = facet?.stances.findIndex((s) => s.id === stance) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()]
    .map((list) => {
      const { stance, side } = list[0];
      const speakers = speakerNames(list);
      return Object.freeze({
        stance,
        side,
        first: list[0].published ?? null,
        summary: summarise(facet, stance, speakers, side),
        claimIds: Object.freeze(list.map((c) => c.id)),
        speakers: Object.freeze(speakers),
      });
    })
    .sort(
      (a, b) =>
        CAMP_ORDER[camp(a.side)] - CAMP_ORDER[camp(b.side)] ||
        SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
        // Within one side, positions in the order they were first taken: a revised account follows the first.
        compareNullable(a.first, b.first) ||
        stanceRank(a.stance) - stanceRank(b.stance) ||
        a.stance.localeCompare(b.stance),
    )
    .map(({ first: _first, ...position }) => Object.freeze(position));
}

/**
 * Distinct speakers in time order. An official speaks for an agency: the agency (their affiliation)
 * is listed after them, so "Jane Roe" and "Department of Homeland Security" group as one voice.
 */
function speakerNames(claims: readonly ComparableClaim[]): string[] {
  const names: string[] = [];
  for (const c of claims) if (c.speaker && !names.includes(c.speaker.name)) names.push(c.speaker.name);
  const seen = new Set(names.map(foldAgency));
  for (const c of claims) {
    // "U.S. Department of Homeland Security (spokesperson)" → "U.S. Department of Homeland Security".
    const agency = c.speaker?.role === 'official' ? (c.speaker.affiliation?.replace(/\s*\([^)]*\)\s*/gu, ' ').trim() ?? '') : '';
    if (!agency || seen.has(foldAgency(agency))) continue;
    seen.add(foldAgency(agency));
    names.push(agency);
  }
  return names;
}

function foldAgency(name: string): string {
  return name.toLowerCase().replace(/^(?:the\s+)?(?:u\.?s\.?|united states)\s+/u, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "drove toward officers (Jane Roe; Department of Homeland Security)". */
export function summarise(facet: Facet | null, stance: string, speakers: readonly string[], side: Side = 'outlet'): string {
  const label = facet?.kind === 'value' ? `${facet.label.toLowerCase()} ${stance}` : (facet?.stances.find((s) => s.id === stance)?.label ?? stance);
  return `${label} (${speakers.length ? speakers.join('; ') : unnamedVoice(side)})`;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}
