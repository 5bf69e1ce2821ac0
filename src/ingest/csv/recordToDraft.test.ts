import { describe, expect, it } from 'vitest';
import { TEST_MAPPING } from './csvFixtures.js';
import { loadMapping } from './csvMapping.js';
import { readRecordText, renderRecordText } from './recordText.js';
import { recordToDraft } from './recordToDraft.js';

function draftOf(values: Record<string, string>, mapping = TEST_MAPPING) {
  const text = renderRecordText(mapping, values[mapping.idColumn] ?? 'x', values);
  return { text, draft: recordToDraft(mapping, readRecordText(text)!) };
}

const base = { key: 'B1', day: '2025-07-04', town: 'Eastmere', st: 'WA', who: 'Lena Orr', years: '33', cam: 'Yes', note: '' };

describe('recordToDraft', () => {
  it('reads the mapped fields and the mapping constants', () => {
    const { draft } = draftOf(base);
    expect(draft).toMatchObject({ date: '2025-07-04', datePrecision: 'day', city: 'Eastmere', state: 'WA', force: ['firearm'], footage: 'video exists', primary: true });
    expect(draft.persons).toEqual([{ name: 'Lena Orr', age: 33, role: 'subject', outcome: 'injured', injuries: null }]);
  });

  it('gives every field the span of the line it was read from', () => {
    const { text, draft } = draftOf(base);
    const source = (field: string) => draft.sources.find((s) => s.field === field)!.span;
    expect(source('date').text).toBe('2025-07-04');
    expect(source('persons.0.age').text).toBe('33');
    for (const s of draft.sources) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
  });

  it('treats empty cells as unknown and a nameless row as no named person', () => {
    const { draft } = draftOf({ ...base, day: '', who: '', years: '40', cam: 'no' });
    expect(draft.date).toBeNull();
    expect(draft.datePrecision).toBe('unknown');
    expect(draft.persons).toEqual([]);
    expect(draft.footage).toBeNull();
  });

  it('fails a value its field cannot hold, naming the column', () => {
    expect(() => draftOf({ ...base, day: '2025-02-30' })).toThrow(/Column day/);
    expect(() => draftOf({ ...base, st: 'Washington' })).toThrow(/Column st/);
    expect(() => draftOf({ ...base, years: '3.5' })).toThrow(/Column years/);
  });

  it('checks coordinates in the Washington Post mapping', () => {
    const wapo = loadMapping('washington-post');
    const row = Object.fromEntries(wapo.columns.map((c) => [c, ''])) as Record<string, string>;
    Object.assign(row, { id: '1', date: '2025-01-02', city: 'Eastmere', state: 'WA', latitude: '47.1', longitude: '-122.2', name: 'Lena Orr', age: '33' });
    expect(draftOf(row, wapo).draft.persons[0].outcome).toBe('killed');
    expect(() => draftOf({ ...row, latitude: '147.1' }, wapo)).toThrow(/latitude/);
    expect(() => draftOf({ ...row, longitude: '' }, wapo)).toThrow(/coordinate/);
  });
});

describe('readRecordDraft', () => {
  it('rebuilds the account of a stored record of a bundled mapping, and nothing from prose', async () => {
    const { readRecordDraft } = await import('./readRecordDraft.js');
    const wapo = loadMapping('washington-post');
    const row = Object.fromEntries(wapo.columns.map((c) => [c, ''])) as Record<string, string>;
    Object.assign(row, { id: '5', date: '2025-01-02', city: 'Eastmere', state: 'WA', name: 'Lena Orr' });
    const text = renderRecordText(wapo, '5', row);
    expect(readRecordDraft(text)).toEqual(recordToDraft(wapo, readRecordText(text)!));
    expect(readRecordDraft(renderRecordText(TEST_MAPPING, 'B1', base))).toBeNull();
    expect(readRecordDraft('Agents fired at a car, officials said.')).toBeNull();
  });
});
