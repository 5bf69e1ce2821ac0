import type { PgConnection } from './openConnection.js';
import { parseJson, toJson, WHOLE, type ReviewTable, type DecisionRow, type VisibilityRow } from '../rows/reviewRows.js';

export function createReviewTable(db: PgConnection): ReviewTable {
  return {
    listReviewTallies: () =>
      db
        .query<{ incident_id: string; confirmed: number; corrected: number }>(
          `SELECT incident_id, count(*) FILTER (WHERE verdict = 'confirmed')::int AS confirmed,
             count(*) FILTER (WHERE verdict = 'corrected')::int AS corrected
           FROM review_decisions GROUP BY incident_id ORDER BY incident_id`,
        )
        .map((r) => Object.freeze({ incidentId: r.incident_id, confirmed: r.confirmed, corrected: r.corrected })),
    saveDecision(d) {
      db.query(
        `INSERT INTO review_decisions (incident_id, kind, key, verdict, value_json, original_json, actor, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT(incident_id, kind, key) DO UPDATE SET verdict = excluded.verdict, value_json = excluded.value_json,
           original_json = excluded.original_json, actor = excluded.actor, at = excluded.at`,
        [d.incidentId, d.kind, d.key, d.verdict, toJson(d.value), toJson(d.original), d.actor, d.at],
      );
    },
    listDecisions: (incidentId) =>
      db.query<DecisionRow>(`SELECT * FROM review_decisions WHERE incident_id = $1 ORDER BY kind, key`, [incidentId]).map((r) =>
        Object.freeze({
          incidentId: r.incident_id,
          kind: r.kind,
          key: r.key,
          verdict: r.verdict,
          value: parseJson(r.value_json),
          original: parseJson(r.original_json),
          actor: r.actor,
          at: r.at,
        }),
      ),
    saveVisibility(rule) {
      db.query(
        `INSERT INTO visibility_rules (incident_id, field, visibility, actor, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT(incident_id, field) DO UPDATE SET visibility = excluded.visibility, actor = excluded.actor, at = excluded.at`,
        [rule.incidentId, rule.field ?? WHOLE, rule.visibility, rule.actor, rule.at],
      );
    },
    listVisibility: (incidentId) =>
      db.query<VisibilityRow>(`SELECT * FROM visibility_rules WHERE incident_id = $1 ORDER BY field`, [incidentId]).map((r) =>
        Object.freeze({ incidentId: r.incident_id, field: r.field === WHOLE ? null : r.field, visibility: r.visibility, actor: r.actor, at: r.at }),
      ),
    listPrivateIncidentIds: () =>
      db
        .query<{ incident_id: string }>(`SELECT incident_id FROM visibility_rules WHERE field = '' AND visibility = 'private' ORDER BY incident_id`)
        .map((r) => r.incident_id),
  };
}
