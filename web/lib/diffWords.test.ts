import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, tokenizeWords } from './diffWords.js';

function side(parts: { op: string; text: string }[], keep: string): string {
  return parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');
}

describe('diffWords', () => {
  it('tokenizes into words and spaces that join back to the text', () => {
    const text = '  The agent said,\n\tthen left. ';
    expect(tokenizeWords(text).join('')).toBe(text);
    expect(tokenizeWords(text).every((t) => /^\s+$/.test(t) || /^\S+$/.test(t))).toBe(true);
    expect(tokenizeWords('said, then')).toEqual(['said', ',', ' ', 'then']);
    expect(tokenizeWords("the agent's U.S.-issued car")).toContain("agent's");
  });

  it('keeps punctuation apart, so a word added before a comma leaves the comma unchanged', () => {
    const parts = diffWords('on Tuesday, the agency said.', 'on Tuesday evening, the agency said.');
    expect(parts.filter((p) => p.op !== 'equal')).toEqual([{ op: 'insert', text: ' evening' }]);
  });

  it('marks an inserted word and nothing else', () => {
    const parts = diffWords('The car moved toward the agent.', 'The car moved slowly toward the agent.');
    const inserted = parts.filter((p) => p.op === 'insert').map((p) => p.text.trim());
    expect(inserted).toEqual(['slowly']);
    expect(parts.some((p) => p.op === 'delete')).toBe(false);
  });

  it('marks a replaced word as one deletion and one insertion', () => {
    const parts = diffWords('She was 22 years old.', 'She was 23 years old.');
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual(['22']);
    expect(parts.filter((p) => p.op === 'insert').map((p) => p.text)).toEqual(['23']);
  });

  it('reports identical texts as one equal part and empty texts as nothing', () => {
    expect(diffWords('same words', 'same words')).toEqual([{ op: 'equal', text: 'same words' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
  });

  it('gives back both texts for any pair of word sequences', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'agent', 'said', ' ', '\n', '  ');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (x, y) => {
        const before = x.join('');
        const after = y.join('');
        const parts = diffWords(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a minimal script: one changed word in a long text costs one deletion and one insertion', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i % 37}`);
    const before = words.join(' ');
    const after = [...words.slice(0, 200), 'changed', ...words.slice(201)].join(' ');
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual([words[200], 'changed']);
  });

  it('stays correct and fast past the edit bound, reporting the middle as replaced', () => {
    const before = Array.from({ length: 20000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 20000 }, (_, i) => `b${i}`).join(' ');
    const started = Date.now();
    const parts = diffWords(before, after, { maxEdits: 50 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
  });
});

describe('elideUnchanged', () => {
  it('shortens long unchanged stretches around a change, keeping the change and the edges of each stretch', async () => {
    const { elideUnchanged } = await import('./diffWords.js');
    const filler = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const parts = elideUnchanged(diffWords(`${filler} old ${filler}`, `${filler} new ${filler}`), 50);
    const equal = parts.filter((p: { op: string }) => p.op === 'equal') as { elided?: boolean; shown?: string[] }[];
    expect(equal.every((p) => p.elided)).toBe(true);
    // Before the change only the tail is kept, after it only the head.
    expect(equal[0].shown![0]).toBe('');
    expect(filler.endsWith(equal[0].shown![1].trimEnd())).toBe(true);
    expect(equal[1].shown![1]).toBe('');
    expect(filler.startsWith(equal[1].shown![0].trimStart())).toBe(true);
    expect(parts.filter((p: { op: string }) => p.op !== 'equal').map((p: { text: string }) => p.text)).toEqual(['old', 'new']);
  });
});
