import type Database from 'better-sqlite3';
import { lazyStatement } from './lazyStatement.js';
import { parseJson, toJson, WHOLE, type ReviewTable, type DecisionRow, type VisibilityRow } from '../rows/reviewRows.js';

export function createReviewTable(db: Database.Database): ReviewTable {
  const upsertDecision = lazyStatement(db, `INSERT INTO review_decisions (incident_id, kind, key, verdict, value_json, original_json, actor, at)
    VALUES (@incident_id, @kind, @key, @verdict, @value_json, @original_json, @actor, @at)
    ON CONFLICT(incident_id, kind, key) DO UPDATE SET verdict = excluded.verdict, value_json = excluded.value_json,
      original_json = excluded.original_json, actor = excluded.actor, at = excluded.at`);
  const decisions = lazyStatement<[string], DecisionRow>(db, `SELECT * FROM review_decisions WHERE incident_id = ? ORDER BY kind, key`);
  const upsertVisibility = lazyStatement(db, `INSERT INTO visibility_rules (incident_id, field, visibility, actor, at)
    VALUES (@incident_id, @field, @visibility, @actor, @at)
    ON CONFLICT(incident_id, field) DO UPDATE SET visibility = excluded.visibility, actor = excluded.actor, at = excluded.at`);
  const rules = lazyStatement<[string], VisibilityRow>(db, `SELECT * FROM visibility_rules WHERE incident_id = ? ORDER BY field`);
  const privateIds = lazyStatement<[], { incident_id: string }>(db, 
    `SELECT incident_id FROM visibility_rules WHERE field = '' AND visibility = 'private' ORDER BY incident_id`,
  );
  const tallies = lazyStatement<[], { incident_id: string; confirmed: number; corrected: number }>(db, `SELECT incident_id,
    sum(verdict = 'confirmed') AS confirmed, sum(verdict = 'corrected') AS corrected FROM review_decisions GROUP BY incident_id`);
  return {
    listReviewTallies: () =>
      tallies().all().map((r) => Object.freeze({ incidentId: r.incident_id, confirmed: r.confirmed, corrected: r.corrected })),
    saveDecision(d) {
      upsertDecision().run({
        incident_id: d.incidentId,
        kind: d.kind,
        key: d.key,
        verdict: d.verdict,
        value_json: toJson(d.value),
        original_json: toJson(d.original),
        actor: d.actor,
        at: d.at,
      });
    },
    listDecisions: (incidentId) =>
      decisions().all(incidentId).map((r) =>
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
      upsertVisibility().run({ incident_id: rule.incidentId, field: rule.field ?? WHOLE, visibility: rule.visibility, actor: rule.actor, at: rule.at });
    },
    listVisibility: (incidentId) =>
      rules().all(incidentId).map((r) =>
        Object.freeze({ incidentId: r.incident_id, field: r.field === WHOLE ? null : r.field, visibility: r.visibility, actor: r.actor, at: r.at }),
      ),
    listPrivateIncidentIds: () => privateIds().all().map((r) => r.incident_id),
  };
}
