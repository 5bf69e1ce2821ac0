import { describe, expect, it } from 'vitest';
import type { UpdateNote } from '../../domain/document.js';
import { makeSpan } from '../../lib/spans.js';
import { chooseAnchor, type AnchorEvidence } from './chooseAnchor.js';

const text = 'Published: 2026-01-10\n\nWASHINGTON, Jan. 8, 2026 — …\n\nUpdate, 1/12/26: a.\n\nUpdate, 1/11/26: b.';
const span = (s: string) => makeSpan(text, text.indexOf(s), text.indexOf(s) + s.length);
const note = (line: string, date: string | null): UpdateNote => ({ span: span(line), date, time: null, timezone: null, note: '' });

const all: AnchorEvidence = {
  explicit: '2026-01-01',
  stated: [
    { kind: 'html-meta', date: '2026-01-04', span: null },
    { kind: 'json-ld', date: '2026-01-03', span: null },
    { kind: 'header', date: '2026-01-10', span: span('2026-01-10') },
  ],
  updateNotes: [note('Update, 1/12/26: a.', '2026-01-12'), note('Update, 1/11/26: b.', '2026-01-11')],
  dateline: { date: '2026-01-08', span: span('Jan. 8, 2026') },
};

describe('chooseAnchor', () => {
  it('prefers, in order: explicit, header, JSON-LD, HTML meta, update note, dateline, none', () => {
    expect(chooseAnchor(all)).toEqual({ kind: 'explicit', date: all.explicit, span: null });
    const noExplicit = { ...all, explicit: null };
    expect(chooseAnchor(noExplicit)).toMatchObject({ kind: 'header', date: '2026-01-10' });
    expect(chooseAnchor({ ...noExplicit, stated: all.stated.filter((s) => s.kind !== 'header') }).kind).toBe('json-ld');
    expect(chooseAnchor({ ...noExplicit, stated: all.stated.filter((s) => s.kind === 'html-meta') }).kind).toBe('html-meta');
    const textOnly = { ...noExplicit, stated: [] };
    expect(chooseAnchor(textOnly).kind).toBe('update-note');
    expect(chooseAnchor({ ...textOnly, updateNotes: [] })).toMatchObject({ kind: 'dateline', date: all.dateline!.date });
    expect(chooseAnchor({ ...textOnly, updateNotes: [], dateline: null })).toEqual({ kind: 'none', date: null, span: null });
  });

  it('takes the earliest dated update note, with its span', () => {
    const anchor = chooseAnchor({ ...all, explicit: null, stated: [] });
    expect(anchor.date).toBe('2026-01-11');
    expect(anchor.span?.text).toBe('Update, 1/11/26: b.');
  });

  it('skips update notes without a date', () => {
    const anchor = chooseAnchor({ explicit: null, stated: [], updateNotes: [note('Update, 1/12/26: a.', null)], dateline: null });
    expect(anchor.kind).toBe('none');
  });
});
