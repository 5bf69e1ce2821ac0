import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parseDocument.js';
import { analyseVersion } from './applyAnalysis.js';

// A made-up fact check: its own "we" is the outlet named in its header; a quoted "we" is not.
const TEXT = `Title: Did the county double its patrols?
Outlet: Valley Verifier
Published: 2025-07-01

The sheriff said patrols had doubled this year. We found that the county had added two deputies. "We found the logs incomplete," a county clerk said.`;

describe('analyseVersion', () => {
  it('gives the outlet of the document metadata as the speaker of the narration’s own "we"', () => {
    const doc = parseDocument(new TextEncoder().encode(TEXT), { fileName: 'check.txt' });
    const { attributions } = analyseVersion(doc, 'ver_test');
    const ours = attributions.filter((a) => a.source && doc.text.slice(a.source.start, a.source.end) === 'We');
    expect(ours.length).toBeGreaterThan(0);
    for (const a of ours) expect(a.speaker).toEqual({ name: 'Valley Verifier', affiliation: 'Valley Verifier', role: 'journalist' });
    expect(attributions.some((a) => a.speaker?.name === 'Valley Verifier' && doc.text.slice(a.content.start, a.content.end).includes('logs'))).toBe(false);
  });
});
