/**
 * The ids of incidents matching the tsquery in parameter `$n`: one of the incident's claims
 * matches, or the text of a version holding one of its drafts (the SQLite store's rule).
 */
export function matchingIncidentIds(n: number): string {
  const query = `to_tsquery('parallax', $${n})`;
  return `
  SELECT c.incident_id AS id FROM claims c WHERE c.search @@ ${query}
  UNION
  SELECT d.incident_id AS id FROM document_versions v JOIN drafts d ON d.version_id = v.id
  WHERE v.search @@ ${query} AND d.incident_id IS NOT NULL`;
}
