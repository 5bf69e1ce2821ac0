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

export const WITHHELD = '[withheld]';

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

/** Removes private fields and every structured trace of their string values (speaker names, sources). */
function withhold(incident: ExportedIncident, paths: readonly string[]): ExportedIncident {
  if (paths.length === 0) return incident;
  const copy = structuredClone(incident) as { -readonly [K in keyof ExportedIncident]: ExportedIncident[K] };
  const secrets = new Set<string>();
  for (const path of paths) {
    const value = readFieldPath(copy, path);
    if (typeof value === 'string') secrets.add(value);
    writeFieldPath(copy, path, null);
  }
  copy.sources = copy.sources?.filter((s) => !paths.some((p) => isUnder(s.field, p)));
  copy.claims = copy.claims.map((c) => (c.speaker && secrets.has(c.speaker.name) ? { ...c, speaker: { ...c.speaker, name: WITHHELD } } : c));
  copy.contested = copy.contested.map((point) => ({
    ...point,
    positions: point.positions.map((p) => ({ ...p, speakers: p.speakers.map((s) => (secrets.has(s) ? WITHHELD : s)) })),
  }));
  return copy;
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
