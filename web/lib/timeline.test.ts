import { describe, expect, it } from 'vitest';
import { INCIDENT } from '../testing/fixtures.js';
import { buildTimeline } from './timeline.js';

describe('buildTimeline', () => {
  it('orders claims by document date, then by position in the text', () => {
    const entries = buildTimeline(INCIDENT);
    const dates = entries.map((e) => e.document?.published);
    expect([...dates]).toEqual([...dates].sort());
    const sameDoc = entries.filter((e) => e.claim.versionId === 'ver_one').map((e) => e.claim.start);
    expect(sameDoc).toEqual([...sameDoc].sort((a, b) => a - b));
    expect(entries).toHaveLength(INCIDENT.claims.length);
  });

  it('puts claims from undated or unknown documents last', () => {
    const orphan = { ...INCIDENT.claims[0], id: 'clm_orphan', versionId: 'ver_gone', documentId: 'doc_gone' };
    const entries = buildTimeline({ ...INCIDENT, claims: [orphan, ...INCIDENT.claims] });
    expect(entries.at(-1)!.claim.id).toBe('clm_orphan');
    expect(entries.at(-1)!.document).toBeNull();
  });
});
