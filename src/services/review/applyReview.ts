import type { AuditEntry, ReviewDecision, VisibilityRule } from '../../domain/audit.js';
import type { Speaker } from '../../domain/attribution.js';
import type { ExportedIncident } from '../../domain/exportContract.js';
import { sideOfRole } from '../../domain/roles.js';
import { readFieldPath, writeFieldPath } from './fieldPaths.js';
import type { Viewer } from './viewer.js';

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'corrected';

/** An incident as one viewer may see it: reviewers' corrections applied, private parts removed. */
export interface ReviewedIncident {
  readonly incident: ExportedIncident;
  readonly review: {
    readonly status: ReviewStatus;
    readonly private: boolean;
    /** Field paths hidden from this viewer (their values are null here). */
    readonly withheld: readonly string[];
    readonly decisions: readonly ReviewDecision[];
    readonly visibility: readonly VisibilityRule[];
  };
  readonly audit: readonly AuditEntry[];
}

export function reviewStatusOf(tally: { confirmed: number; corrected: number } | undefined): ReviewStatus {
  if (!tally) return 'unreviewed';
  return tally.corrected > 0 ? 'corrected' : 'confirmed';
}

function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}

function applyDecisions(incident: ExportedIncident, decisions: readonly ReviewDecision[]): ExportedIncident {
  const copy = structuredClone(incident) as { -readonly [K in keyof ExportedIncident]: ExportedIncident[K] };
  const claims = copy.claims.map((c) => ({ ...c }));
  for (const d of decisions) {
    if (d.verdict !== 'corrected') continue;
    if (d.kind === 'field') writeFieldPath(copy, d.key, d.value);
    const claim = claims.find((c) => c.id === d.key);
    if (!claim) continue;
    if (d.kind === 'claim' && typeof d.value === 'string') claim.value = d.value;
    if (d.kind === 'speaker') {
      const speaker = d.value as Speaker | null;
      claim.speaker = speaker;
      // A reassigned quote moves to its new speaker's column; no speaker means the outlet's voice.
      claim.side = speaker ? sideOfRole(speaker.role) : 'outlet';
    }
  }
  copy.claims = claims;
  return copy;
}

/** Keys whose values are identifiers or vocabulary, never free text that could carry a withheld value. */
const KEYS_KEPT = new Set(['id', 'versionId', 'documentId', 'facet', 'stance', 'side', 'stage', 'field', 'role', 'outcome', 'datePrecision', 'url', 'claimIds']);

/** The words a withheld value must not show through: the value, and for a name each of its parts. */
export function withheldTerms(path: string, value: unknown): string[] {
  if (typeof value !== 'string' || value.trim().length < 2) return [];
  const parts = /^persons\.\d+\.name$/.test(path) ? value.split(/\s+/).filter((p) => p.length >= 3) : [];
  return [value.trim(), ...parts];
}

/**
 * Masks every whole-word occurrence of the terms with as many "█" as it has code units, so the
 * offsets of every span stay valid (a claim still points at its sentence).
 */
export function maskTerms(text: string, terms: readonly string[]): string {
  if (!terms.length || !text) return text;
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (m) => '█'.repeat(m.length));
}

function maskDeep(value: unknown, terms: readonly string[], key = ''): unknown {
  if (typeof value === 'string') return KEYS_KEPT.has(key) ? value : maskTerms(value, terms);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, terms, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, terms, k)]));
  return value;
}

/** Removes private fields, their provenance, and every trace of their words in the incident's text. */
function withhold(incident: ExportedIncident, paths: readonly string[]): ExportedIncident {
  if (paths.length === 0) return incident;
  const copy = structuredClone(incident) as { -readonly [K in keyof ExportedIncident]: ExportedIncident[K] };
  const terms: string[] = [];
  for (const path of paths) {
    terms.push(...withheldTerms(path, readFieldPath(copy, path)));
    writeFieldPath(copy, path, null);
  }
  copy.sources = copy.sources?.filter((s) => !paths.some((p) => isUnder(s.field, p)));
  return maskDeep(copy, terms) as ExportedIncident;
}

function redactAudit(entries: readonly AuditEntry[], withheld: readonly string[]): AuditEntry[] {
  return entries.map((e) => {
    const field = e.target.kind === 'field' ? e.target.id.slice(e.target.id.indexOf(':') + 1) : null;
    const hidden = field !== null && withheld.some((p) => isUnder(field, p) || isUnder(p, field));
    return hidden ? { ...e, before: null, after: null } : e;
  });
}

/**
 * Builds what a viewer sees of an incident. Corrections always apply (they are the newsroom's
 * published record); private fields are withheld unless the viewer may see them. Returns null
 * when the whole incident is private and the viewer may not see it.
 */
export function applyReview(
  incident: ExportedIncident,
  input: { decisions: readonly ReviewDecision[]; visibility: readonly VisibilityRule[]; audit: readonly AuditEntry[] },
  viewer: Viewer,
): ReviewedIncident | null {
  const isPrivate = input.visibility.some((r) => r.field === null && r.visibility === 'private');
  if (isPrivate && !viewer.canSeePrivate) return null;
  const privatePaths = input.visibility.filter((r) => r.field !== null && r.visibility === 'private').map((r) => r.field as string);
  const withheld = viewer.canSeePrivate ? [] : privatePaths;
  const corrected = applyDecisions(incident, input.decisions);
  const decisions = input.decisions.filter((d) => d.kind !== 'field' || !withheld.some((p) => isUnder(d.key, p)));
  const confirmed = input.decisions.filter((d) => d.verdict === 'confirmed').length;
  return {
    incident: withhold(corrected, withheld),
    review: {
      status: reviewStatusOf(input.decisions.length ? { confirmed, corrected: input.decisions.length - confirmed } : undefined),
      private: isPrivate,
      withheld,
      decisions,
      visibility: input.visibility,
    },
    audit: redactAudit(input.audit, withheld),
  };
}
