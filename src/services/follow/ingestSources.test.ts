import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../ingest/pdf/pdfFixtures.js';
import { openParallax } from '../openParallax.js';
import { ingestSources } from './ingestSources.js';

describe('ingestSources', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads PDFs found inside folders through the PDF path, beside text files', async () => {
    mkdirSync(path.join(dir, 'inbox/filings'), { recursive: true });
    writeFileSync(path.join(dir, 'inbox/note.txt'), 'Title: A note\n\nThe sheriff said the road was closed on Monday.\n');
    writeFileSync(path.join(dir, 'inbox/filings/complaint.pdf'), makePdf([['The complaint states that the agent fired twice.']]));
    const px = openParallax(path.join(dir, 'p.db'));
    try {
      const summary = await ingestSources(px.store, [path.join(dir, 'inbox')]);
      expect(summary).toMatchObject({ files: 2, stored: 2, failed: [] });
      expect(px.store.listFailures()).toEqual([]);
    } finally {
      px.close();
    }
  });
});
