import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageAt } from '../../ingest/pdf/pageAt.js';
import { makePdf } from '../../ingest/pdf/pdfFixtures.js';
import { ingestDocument } from '../ingest/ingestDocument.js';
import { openParallax, type Parallax } from '../openParallax.js';
import { readPdfInput } from './readPdfInput.js';

// A made-up court complaint about a made-up shooting, three pages long.
const PAGES = [
  ['UNITED STATES DISTRICT COURT', 'Noor Halvorsen v. United States'],
  ['On March 3, 2025, in Brookvale, Ohio, an ICE officer shot Noor Halvorsen,', '29, in the back as she walked away from her car.'],
  ['The officer had holstered his weapon before the encounter, the complaint says.'],
];

let dir: string;
let px: Parallax;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-pdf-'));
  px = openParallax(path.join(dir, 'test.db'));
});
afterEach(() => {
  px.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('readPdfInput', () => {
  it('stores a PDF as a version whose spans map to their pages, with its metadata', async () => {
    const input = await readPdfInput(makePdf(PAGES, { title: 'Complaint, Halvorsen v. United States', created: '2025-03-10' }), { path: '/cases/complaint.pdf' });
    const outcome = ingestDocument(px.store, input);
    expect(outcome.status).toBe('stored');
    const version = px.store.getVersion(outcome.versionId)!;
    expect(version.title).toBe('Complaint, Halvorsen v. United States');
    expect(version.published).toBe('2025-03-10');
    expect(version.sourcePath).toBe('/cases/complaint.pdf');
    expect(pageAt(version.text, version.text.indexOf('in the back'))).toBe(2);
    expect(pageAt(version.text, version.text.indexOf('holstered'))).toBe(3);
    // Whatever the pipeline read from it, each claim cites a page of the complaint.
    for (const id of outcome.status === 'stored' ? outcome.incidentIds : []) {
      for (const claim of px.store.listClaims(id)) {
        expect(version.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(pageAt(version.text, claim.start)).toBeGreaterThanOrEqual(1);
      }
    }
    expect(ingestDocument(px.store, await readPdfInput(makePdf(PAGES, { title: 'Complaint, Halvorsen v. United States', created: '2025-03-10' }), { path: '/cases/complaint.pdf' })).status).toBe('unchanged');
  });

  it('reports a scanned PDF without storing anything', async () => {
    await expect(readPdfInput(makePdf([null]), { path: 'scan.pdf' })).rejects.toMatchObject({ code: 'empty_document' });
    expect(px.store.countIncidents()).toBe(0);
  });
});
