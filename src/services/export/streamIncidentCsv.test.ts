import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS, streamClaimCsv } from './streamClaimCsv.js';
import { makeIncident } from './exportFixtures.js';
import { INCIDENT_CSV_COLUMNS, LIST_SEPARATOR, streamIncidentCsv } from './streamIncidentCsv.js';

const incidents = [0, 1, 2, 3].map(makeIncident);

describe('streamIncidentCsv', () => {
  it('writes a header and one row per incident, every cell readable back', () => {
    const rows = parse([...streamIncidentCsv(incidents)].join(''), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...INCIDENT_CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(incidents.map((i) => i.id));
    rows.forEach((row, i) => {
      expect(row.agencies.split(LIST_SEPARATOR)).toEqual(incidents[i].agencies);
      expect(row.lat === '' ? null : Number(row.lat)).toBe(incidents[i].lat);
      expect(Number(row.claims)).toBe(incidents[i].claims.length);
      expect(row.subjects).toBe(incidents[i].persons[0].name);
    });
  });
});

describe('streamClaimCsv', () => {
  it('writes one row per claim with its speaker and source URL', () => {
    const rows = parse([...streamClaimCsv(incidents)].join(''), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CLAIM_CSV_COLUMNS]);
    const claims = incidents.flatMap((i) => i.claims.map((c) => ({ i, c })));
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row, k) => {
      const { i, c } = claims[k];
      expect(row.claim_id).toBe(c.id);
      expect(row.incident_id).toBe(i.id);
      expect(row.speaker).toBe(c.speaker?.name);
      expect(row.url).toBe(i.documents[0].url);
      // Text that opens like a formula is defused; everything else is the claim's exact text.
      expect(row.text).toBe(c.text.startsWith('=') ? `'${c.text}` : c.text);
    });
  });
});

describe('streamClaimCsv pages', () => {
  it('cites the page of a claim read from a paged source, and none for other documents', () => {
    const incident = makeIncident(0);
    const claim = incident.claims[0];
    const paged = `${'x'.repeat(claim.start - 2)}\n\f${'y'.repeat(400)}`;
    const read = (textOf: (v: string) => string | null) => parse([...streamClaimCsv([incident], textOf)].join(''), { columns: true }) as Record<string, string>[];
    expect(read(() => paged)[0].page).toBe('2');
    expect(read(() => 'plain text with no pages')[0].page).toBe('');
  });
});
