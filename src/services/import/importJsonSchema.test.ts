import { describe, expect, it } from 'vitest';
import { readExportedVersion } from './importJsonSchema.js';

const TEXT = 'Published: 2025-02-03\n\nUpdate, 02/04/25: This article was updated.\nAgents detained a man in Corwin, officials said.';

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const noteStart = TEXT.indexOf('Update');
  const noteText = 'Update, 02/04/25: This article was updated.';
  return {
    id: 'ver_1', documentId: 'doc_1', previousVersionId: null, sha256: 'ab'.repeat(32), format: 'text', text: TEXT, bodyStart: TEXT.indexOf('Agents'),
    title: null, url: 'https://news.example/corwin', outlet: null, author: null, published: '2025-02-03',
    anchor: { kind: 'header', date: '2025-02-03', span: { start: 11, end: 21, text: TEXT.slice(11, 21) } },
    updateNotes: [{ span: { start: noteStart, end: noteStart + noteText.length, text: noteText }, date: '2025-02-04', time: null, timezone: null, note: 'This article was updated.' }],
    sourcePath: null, ingestedAt: '2025-02-05T09:00:00.000Z',
    ...overrides,
  };
}

describe('readExportedVersion', () => {
  it('reads a sound entry as the version it describes', () => {
    const read = readExportedVersion(entry());
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.version).toEqual(entry());
  });

  it('names the field at fault', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ sha256: 'not a hash' }, /^sha256/],
      [{ format: 'pdf' }, /^format/],
      [{ published: 'March 3' }, /^published/],
      [{ bodyStart: TEXT.length + 1 }, /^bodyStart/],
      [{ anchor: { kind: 'header', date: '2025-02-03', span: { start: 0, end: 4, text: 'Nope' } } }, /^anchor\.span/],
      [{ updateNotes: [{ span: { start: 3, end: 9, text: 'shifted' }, date: null, time: null, timezone: null, note: '' }] }, /^updateNotes\.0\.span/],
      [{ text: undefined }, /^text/],
    ];
    for (const [overrides, reason] of cases) {
      const read = readExportedVersion(entry(overrides));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(reason);
    }
    expect(readExportedVersion(null).ok).toBe(false);
  });
});
