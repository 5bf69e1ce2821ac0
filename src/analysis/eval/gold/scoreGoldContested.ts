import type { ExportedContested } from '../../../domain/exportContract.js';
import type { GoldContested } from './goldTypes.js';
import { matchSpeakerName } from './matchSpeakerName.js';

export interface FacetVocabulary {
  readonly id: string;
  readonly label: string;
  readonly aliases: readonly string[];
}

export interface ContestedCheck {
  readonly facet: string;
  /** Our facet id the gold facet maps to, or null when no facet in the vocabulary names it. */
  readonly facetId: string | null;
  readonly reported: boolean;
  readonly officialSide: boolean;
  readonly otherSide: boolean;
  readonly ok: boolean;
}

/**
 * A gold contested point is matched when a reported contested point has the same facet and two
 * positions that take different stances, one voiced by one of the gold's official speakers and the
 * other by one of the gold's other speakers. A gold side that names no speaker is a silence: it is
 * matched only by an unanswered point whose silent camp is that side's (the state for the official
 * side), and the gold's other side must still voice one of the point's positions. Sides are not required to be of different camps: the
 * gold sets a later DHS statement or an FBI affidavit against the first DHS account, and so must we.
 * Speakers are read from the gold prose: every parenthesised list ("… (DHS / Dana Whitcombe;
 * criminal complaint)").
 */
export function scoreGoldContested(gold: readonly GoldContested[], reported: readonly ExportedContested[], facets: readonly FacetVocabulary[]): ContestedCheck[] {
  return gold.map((g) => {
    const ids = mapFacets(g.facet, facets);
    const officialNames = speakersOf(g.official);
    const otherNames = speakersOf(g.other);
    const checks = reported
      .filter((c) => ids.includes(c.facet))
      .map((point) => {
        const voicedBy = (names: string[]) => point.positions.filter((p) => p.speakers.some((s) => names.some((n) => matchSpeakerName(s, n))));
        // A gold side that names nobody ("not stated by DHS", "not addressed") is that camp's
        // silence: only a point that marks that very camp as silent matches it.
        const silentOfficial = officialNames.length === 0 && point.silent?.camp === 'state';
        const silentOther = otherNames.length === 0 && point.silent?.camp === 'other';
        const official = voicedBy(officialNames);
        const other = voicedBy(otherNames);
        const ok = (silentOfficial && other.length > 0) || (silentOther && official.length > 0) || official.some((a) => other.some((b) => a.stance !== b.stance));
        return { facetId: point.facet, official: silentOfficial || official.length > 0, other: silentOther || other.length > 0, ok };
      });
    const best = checks.find((c) => c.ok) ?? checks.find((c) => c.official || c.other) ?? checks[0];
    return { facet: g.facet, facetId: best?.facetId ?? ids[0] ?? null, reported: checks.length > 0, officialSide: best?.official ?? false, otherSide: best?.other ?? false, ok: best?.ok ?? false };
  });
}

/**
 * The vocabulary ids a gold facet name covers: the whole name, and each part of a compound name
 * ("who was driving / target of the stop" names two facets; a point on either may match it).
 */
export function mapFacets(name: string, facets: readonly FacetVocabulary[]): string[] {
  const parts = [name, ...(name.includes('/') ? name.split('/') : [])];
  return [...new Set(parts.map((p) => mapFacet(p.trim(), facets)).filter((id): id is string => id !== null))];
}

/** Maps a facet named in prose to a vocabulary id: exact label/alias first, then word overlap. */
export function mapFacet(name: string, facets: readonly FacetVocabulary[]): string | null {
  const n = normalise(name);
  for (const f of facets) if ([f.label, ...f.aliases].some((a) => normalise(a) === n)) return f.id;
  let best: { id: string; score: number } | null = null;
  const words = contentWords(name);
  for (const f of facets) {
    for (const alias of [f.label, ...f.aliases]) {
      const other = contentWords(alias);
      const shared = [...words].filter((w) => other.has(w)).length;
      const score = shared / Math.max(1, new Set([...words, ...other]).size);
      if (score >= 0.5 && (!best || score > best.score)) best = { id: f.id, score };
    }
  }
  return best?.id ?? null;
}

export function speakersOf(prose: string): string[] {
  return [...prose.matchAll(/\(([^()]*)\)/g)]
    .map((m) => m[1])
    .join(';')
    .split(/[;/]|,(?!\s*(?:Jr|Sr)\b)/)
    .map((s) =>
      s
        .replace(/\b\d{2}\b/g, '')
        .replace(/\bper\b.*$/i, '')
        // "DHS first statement", "later DHS statement": the speaker is DHS, the rest names the document.
        .replace(/\b(?:(?:first|later|initial|earlier|second|subsequent|updated)\s+)?(?:(\S+)\s+)?statements?\b/i, (m, who: string | undefined) => who ?? '')
        .replace(/^\s*(?:first|later|initial|earlier|second|subsequent|updated)\s+/i, '')
        .trim(),
    )
    .filter((s) => s.length > 1);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'or', 'whether', 'was', 'who', 'with', 'by', 'before', 'after', 'when', 'his', 'her']);

function contentWords(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter((w) => w && !STOP.has(w)).map((w) => w.replace(/(ing|s)$/, '')));
}
