import { describe, expect, it } from 'vitest';
import { createStatementNames } from './createStatementNames.js';

describe('createStatementNames', () => {
  it('names a text from its second use on, the same name every time after', () => {
    const names = createStatementNames('t');
    expect(names.nameOf('SELECT $1')).toBeUndefined();
    const name = names.nameOf('SELECT $1');
    expect(name).toBe('t_1');
    expect(names.nameOf('SELECT $1')).toBe(name);
  });

  it('gives different texts different names', () => {
    const names = createStatementNames('q');
    for (const sql of ['SELECT $1', 'SELECT $2', 'SELECT $1', 'SELECT $2']) names.nameOf(sql);
    expect(names.nameOf('SELECT $1')).toBe('q_1');
    expect(names.nameOf('SELECT $2')).toBe('q_2');
  });

  it('never names a very long text (a one-off multi-row insert)', () => {
    const names = createStatementNames('t');
    const long = `SELECT ${'1, '.repeat(3000)}1`;
    names.nameOf(long);
    expect(names.nameOf(long)).toBeUndefined();
  });

  it('stops naming past its cap, and keeps the names it gave', () => {
    const names = createStatementNames('t');
    for (let i = 0; i < 450; i++) {
      names.nameOf(`SELECT ${i}`);
      names.nameOf(`SELECT ${i}`);
    }
    expect(names.nameOf('SELECT 0')).toBe('t_1');
    expect(names.nameOf('SELECT 399')).toBe('t_400');
    expect(names.nameOf('SELECT 400')).toBeUndefined();
  });
});
