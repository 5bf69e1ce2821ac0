import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportIncidents } from '../exportIncidents.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { presentIncident } from './presentIncident.js';

// A made-up report: the agency and a relative disagree on the car; the relative also asks why he
// was stopped and says he is held under another name, which the agency leaves unanswered.
const REPORT = `Title: Border Patrol agent shoots driver in Millbrook
Outlet: Example Daily
Published: 2025-06-03

MILLBROOK, Texas — A Border Patrol agent shot a driver during a traffic stop in Millbrook on Monday, the agency said.

U.S. Customs and Border Protection said in a statement that the driver, Tomas Reyna, 41, drove toward the agent, who fired two shots.

Reyna's sister, Lucia Reyna, said he was driving away when the agent fired. She said the family has not been allowed to see him and that he is being held under a different name.

"Nobody has told us why they stopped him," Lucia Reyna said.`;

let dir: string;
let px: Parallax;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-present-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('presentIncident', () => {
  it('exports each point with its kind, and an unanswered point with its silent camp and the claims stating the silence', () => {
    ingestDocument(px.store, { raw: new TextEncoder().encode(REPORT), fileName: 'report.txt' });
    const [incident] = [...exportIncidents(px.store)];
    const kinds = Object.fromEntries(incident.contested.map((p) => [p.facet, p.kind]));
    expect(kinds).toMatchObject({ vehicle_movement: 'conflict', reason_for_approach: 'unanswered', treatment_in_custody: 'unanswered' });
    const why = incident.contested.find((p) => p.facet === 'reason_for_approach')!;
    expect(why.silent?.camp).toBe('state');
    expect(why.positions.map((p) => p.speakers)).toEqual([['Lucia Reyna']]);
    // The silence is stated in the relative's own words: that claim is the evidence.
    const evidence = why.silent!.claimIds.map((id) => incident.claims.find((c) => c.id === id)?.text ?? '');
    expect(evidence.some((text) => /nobody has told us/i.test(text))).toBe(true);
    expect(incident.contested.find((p) => p.kind === 'conflict')?.silent).toBeUndefined();
  });

  it('reads a point stored before kinds existed as a conflict', () => {
    ingestDocument(px.store, { raw: new TextEncoder().encode(REPORT), fileName: 'report.txt' });
    const stored = px.store.listIncidents({ limit: 1, offset: 0 }).items[0];
    const legacy = { ...stored, contested: stored.contested.map(({ facet, positions }) => ({ facet, positions })) };
    expect(presentIncident(px.store, legacy).contested.every((p) => p.kind === 'conflict' && p.silent === undefined)).toBe(true);
  });
});
