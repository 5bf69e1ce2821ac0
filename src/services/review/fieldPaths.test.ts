import { describe, expect, it } from 'vitest';
import { parseFieldPath, readFieldPath, writeFieldPath } from './fieldPaths.js';

const incident = { date: '2025-01-02', persons: [{ name: 'Rowan Vale', age: 40 }], claims: [] };

describe('field paths', () => {
  it('reads and writes nested fields', () => {
    expect(readFieldPath(incident, 'persons.0.age')).toBe(40);
    expect(readFieldPath(incident, 'persons.3.age')).toBeUndefined();
    const copy = structuredClone(incident);
    writeFieldPath(copy, 'persons.0.age', 41);
    writeFieldPath(copy, 'persons.5.age', 9);
    expect(copy.persons).toEqual([{ name: 'Rowan Vale', age: 41 }]);
  });

  it('refuses paths outside the reviewable fields or with odd characters', () => {
    expect(parseFieldPath('persons.0.name')).toEqual(['persons', 0, 'name']);
    expect(() => parseFieldPath('claims.0')).toThrow(/not a reviewable field/);
    expect(() => parseFieldPath('__proto__.x')).toThrow(/not a field path/);
    expect(() => parseFieldPath('date;drop')).toThrow(/not a field path/);
  });
});
