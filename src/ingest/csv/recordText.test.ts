import { describe, expect, it } from 'vitest';
import { TEST_MAPPING } from './csvFixtures.js';
import { isRecordText, readRecordText, renderRecordText } from './recordText.js';

describe('renderRecordText / readRecordText', () => {
  const values = { key: 'A-7', day: '2025-03-01', town: 'Eastmere', st: 'WA', who: 'Lena Orr', years: '', cam: 'yes', note: '  two\nlines, "quoted"  ' };

  it('reads back every value exactly, awkward ones included', () => {
    const record = readRecordText(renderRecordText(TEST_MAPPING, 'A-7', values));
    expect(record).not.toBeNull();
    expect(record!.mapping).toBe('test-set');
    expect(record!.externalId).toBe('A-7');
    expect(record!.values).toEqual(values);
  });

  it('points every span at its value in the text', () => {
    const text = renderRecordText(TEST_MAPPING, 'A-7', values);
    const record = readRecordText(text)!;
    for (const [column, span] of Object.entries(record.spans)) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      if (!values[column as keyof typeof values].includes('\n')) expect(span.text).toBe(values[column as keyof typeof values]);
    }
  });

  it('tells record texts from other documents', () => {
    expect(isRecordText(renderRecordText(TEST_MAPPING, 'A-7', values))).toBe(true);
    expect(isRecordText('Agents fired at a car on Monday, officials said.')).toBe(false);
    expect(readRecordText('Title: a note\n\nid: 4\n')).toBeNull();
  });

  it('refuses an empty or multi-line id', () => {
    expect(() => renderRecordText(TEST_MAPPING, ' ', values)).toThrow(/id/);
    expect(() => renderRecordText(TEST_MAPPING, 'a\nb', values)).toThrow(/id/);
  });
});
