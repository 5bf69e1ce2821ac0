import { humanize } from './format.js';

/**
 * The columns of the contested table: one per `Side` of src/domain/roles.ts, in that fixed order.
 * Each side also names its camp (mirrors `camp()` there), which tints the column: the state's
 * account (officials, prosecutors, court documents) against everyone else (what a video shows
 * among them), the outlet apart.
 */
export const SIDE_COLUMNS = Object.freeze(
  [
    ['officials', 'Officials'],
    ['prosecutors', 'Prosecutors'],
    ['subject', 'Subject & counsel'],
    ['family', 'Family'],
    ['witnesses', 'Witnesses'],
    ['documents', 'Documents'],
    ['footage', 'Video & photos'],
    ['courts', 'Courts'],
    ['outlet', "Outlet's own reporting"],
    ['others', 'Others'],
  ].map(([key, label]) => Object.freeze({ key, label, camp: campOfSide(key) })),
);

export function campOfSide(side) {
  if (side === 'officials' || side === 'prosecutors' || side === 'documents') return 'state';
  if (side === 'outlet') return 'outlet';
  return 'other';
}

/** Finds the document a claim was read from (by version, else by document id). */
export function documentOfClaim(incident, claim) {
  return (
    incident.documents.find((d) => d.versionId === claim.versionId) ??
    incident.documents.find((d) => d.id === claim.documentId) ??
    null
  );
}

/**
 * The column that stands for a silent camp on an unanswered point: the state's silence goes under
 * officials, the other camp's under the subject and counsel.
 */
export const SILENT_COLUMN = Object.freeze({ state: 'officials', other: 'subject' });

/**
 * One row per contested facet, one cell per side; each cell holds that side's positions, each
 * position its claims joined with their document (for outlet and date). Claim ids the incident
 * does not contain are skipped rather than invented; a side this UI does not know goes to "others".
 * An unanswered point (`kind: 'unanswered'`) also puts its silence in the silent camp's column:
 * `{ silent: true, summary, claims }`, the claims being the sentences that state the silence.
 */
export function buildContestedRows(incident) {
  const claimsById = new Map(incident.claims.map((c) => [c.id, c]));
  const known = new Set(SIDE_COLUMNS.map((c) => c.key));
  const withDocuments = (ids) =>
    ids
      .map((id) => claimsById.get(id))
      .filter(Boolean)
      .map((claim) => ({ claim, document: documentOfClaim(incident, claim) }));
  return incident.contested.map((point) => {
    const cells = Object.fromEntries(SIDE_COLUMNS.map((c) => [c.key, []]));
    for (const position of point.positions) {
      cells[known.has(position.side) ? position.side : 'others'].push({ ...position, claims: withDocuments(position.claimIds) });
    }
    const kind = point.kind === 'unanswered' && point.silent ? 'unanswered' : 'conflict';
    if (kind === 'unanswered') {
      const column = SILENT_COLUMN[point.silent.camp] ?? 'others';
      cells[column].push({ silent: true, camp: point.silent.camp, summary: point.silent.summary, claims: withDocuments(point.silent.claimIds ?? []) });
    }
    return { facet: point.facet, label: point.label || humanize(point.facet), kind, cells };
  });
}

/** The columns worth showing: the sides with a claim or a silence on at least one point, in the fixed order. */
export function selectSideColumns(rows) {
  return SIDE_COLUMNS.filter((column) => rows.some((row) => row.cells[column.key].some((position) => position.silent || position.claims.length)));
}
