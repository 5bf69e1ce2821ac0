import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents.js';
import { findRecordSubjects } from './findRecordSubjects.js';
import { describeText } from './testing/describeText.js';

// An invented incident report, as an agency writes one.
const RECORD = [
  'SIGNIFICANT INCIDENT REPORT',
  'Report Number: SIR-PHO-2025-1147\nDate of Report: 11/14/2025\nSubject: TOVAR MANRIQUE, Ezequiel\nCountry of Citizenship: Mexico',
  'SUMMARY',
  'On 11/14/2025, ERO Tucson Fugitive Operations Team (FOT) officers attempted a vehicle stop of TOVAR MANRIQUE in a parking lot in Tucson, AZ. Deportation Officer 1 (DO-1) discharged his firearm three (3) times. One round struck TOVAR in the left flank.',
].join('\n\n');

describe('findRecordSubjects (stop 69)', () => {
  it('reads "Subject: TOVAR MANRIQUE, Ezequiel" as the name in running case, then the surnames as written', () => {
    expect(findRecordSubjects(RECORD)).toEqual(['Ezequiel Tovar Manrique', 'TOVAR MANRIQUE', 'TOVAR']);
    expect(findRecordSubjects('The subject: he ran.')).toEqual([]);
  });

  it('makes the record\'s subject the person of its incident, not the team named in capitals', () => {
    const d = describeText(RECORD, '2026-02-03');
    const primary = extractIncidents(d.doc, d.analysis, d.attributions).find((x) => x.primary)!;
    expect(primary.persons.map((p) => [p.name, p.role])).toEqual([['Ezequiel Tovar Manrique', 'subject']]);
  });
});
