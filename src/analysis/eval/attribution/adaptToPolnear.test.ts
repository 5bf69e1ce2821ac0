import { describe, expect, it } from 'vitest';
import { adaptToPolnear } from './adaptToPolnear.js';

const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const contentOf = (text: string, part: string) => {
  const c = adaptToPolnear(text, { source: null, cue: null, content: at(text, part) }).content!;
  return (c.fragments ?? [c]).map((f) => text.slice(f.start, f.end));
};

describe('adaptToPolnear', () => {
  it('keeps the quotation marks and the comma inside them', () => {
    const text = 'He said: “The dam will hold,” and left.';
    expect(contentOf(text, 'The dam will hold')).toEqual(['“The dam will hold,”']);
  });

  it('keeps a leading "that" but not the final period of reported speech', () => {
    const text = 'The agency said that the dam would hold.';
    expect(contentOf(text, 'the dam would hold')).toEqual(['that the dam would hold']);
  });

  it('cuts a quotation that runs over a paragraph break into one fragment per paragraph', () => {
    const text = 'She said: “The dam will hold.\n\nIt always has.” Then she left.';
    expect(contentOf(text, 'The dam will hold.\n\nIt always has.')).toEqual(['“The dam will hold.', 'It always has.”']);
  });

  it('leaves content already in the PolNeAR convention alone', () => {
    const text = 'She said “the dam will hold.”';
    expect(contentOf(text, '“the dam will hold.”')).toEqual(['“the dam will hold.”']);
  });

  it('reads doubled apostrophes as quotation marks', () => {
    const text = "He said: ''The dam will hold,'' and left.";
    expect(contentOf(text, 'The dam will hold')).toEqual(["''The dam will hold,''"]);
  });

  it('ends an appositive source on the comma that closes it, and leaves a plain source alone', () => {
    const text = 'Ana Ruiz, a lawyer for the family, said the dam held. Ruiz, who said so, left.';
    const sourceOf = (part: string) => {
      const s = adaptToPolnear(text, { source: at(text, part), cue: null, content: null }).source!;
      return text.slice(s.start, s.end);
    };
    expect(sourceOf('Ana Ruiz, a lawyer for the family')).toBe('Ana Ruiz, a lawyer for the family,');
    expect(sourceOf('Ruiz')).toBe('Ruiz');
  });

  it('takes a colon right after the cue into the cue', () => {
    const text = 'The mayor said: the dam will hold.';
    const cue = adaptToPolnear(text, { source: null, cue: at(text, 'said'), content: null }).cue!;
    expect(text.slice(cue.start, cue.end)).toBe('said:');
  });

  it('keeps a relative clause after a source that follows its cue', () => {
    const text = '"Lines were long," said Mira Tal, who watched the vote. Then she left.';
    const s = adaptToPolnear(text, { source: at(text, 'Mira Tal'), cue: at(text, 'said'), content: null }).source!;
    expect(text.slice(s.start, s.end)).toBe('Mira Tal, who watched the vote');
  });

  it('keeps a leading "that" before an opening quotation mark, and "that," before an opening phrase', () => {
    const quoted = 'The clerk wrote that “the ferry runs late.”';
    expect(contentOf(quoted, 'the ferry runs late.')).toEqual(['that “the ferry runs late.”']);
    const phrase = 'The clerk wrote that, in winter, the ferry runs late.';
    expect(contentOf(phrase, 'in winter, the ferry runs late')).toEqual(['that, in winter, the ferry runs late']);
  });

  it('takes the relative clause after an appositive source after its cue, else closes the appositive', () => {
    const text = '"Lines were long," said Mira Tal, a poll worker, who watched the vote. "Too long," said Oren Bay, a clerk, as he left.';
    const sourceOf = (part: string) => {
      const source = at(text, part);
      const s = adaptToPolnear(text, { source, cue: { start: source.start - 5, end: source.start - 1 }, content: null }).source!;
      return text.slice(s.start, s.end);
    };
    expect(sourceOf('Mira Tal, a poll worker')).toBe('Mira Tal, a poll worker, who watched the vote');
    expect(sourceOf('Oren Bay, a clerk')).toBe('Oren Bay, a clerk,');
  });

  it('keeps an "including" aside between a source and its cue, to its closing comma or dash', () => {
    const text = 'Six county papers, including the Salem Star, said he was unfit. Two towns — including Dover — have said so. Six papers, including the Star, also said it.';
    const sourceOf = (part: string, cue: string) => {
      const s = adaptToPolnear(text, { source: at(text, part), cue: at(text, cue), content: null }).source!;
      return text.slice(s.start, s.end);
    };
    expect(sourceOf('Six county papers', 'said he')).toBe('Six county papers, including the Salem Star,');
    expect(sourceOf('Two towns', 'have said')).toBe('Two towns — including Dover —');
    expect(sourceOf('Six papers', 'said it')).toBe('Six papers');
  });

  it('ends a one-word source before its cue on the name, before its relative clause (round 24)', () => {
    const text = 'Ruiz, who runs the clinic, said it was full. Dr. Ana Ruiz, who runs the clinic, said so too.';
    const sourceOf = (part: string, cue: string) => {
      const s = adaptToPolnear(text, { source: at(text, part), cue: at(text, cue), content: null }).source!;
      return text.slice(s.start, s.end);
    };
    expect(sourceOf('Ruiz, who runs the clinic', 'said it')).toBe('Ruiz');
    expect(sourceOf('Dr. Ana Ruiz, who runs the clinic', 'said so')).toBe('Dr. Ana Ruiz, who runs the clinic,');
  });

  it('opens an "according to" cue on the contracted "is" of "That’s" (round 24)', () => {
    const text = 'That’s according to the county. It was, according to the mayor, late.';
    const cueAt = (start: number) => {
      const c = adaptToPolnear(text, { source: null, cue: { start, end: start + 'according to'.length }, content: null }).cue!;
      return text.slice(c.start, c.end);
    };
    expect(cueAt(text.indexOf('according to'))).toBe('’s according to');
    expect(cueAt(text.lastIndexOf('according to'))).toBe('according to');
  });

  it('ends the content "That’s" before the contraction the cue now opens on (round 25)', () => {
    const text = 'That’s according to the county.';
    const r = adaptToPolnear(text, { source: at(text, 'the county'), cue: at(text, 'according to'), content: at(text, 'That’s') });
    expect(text.slice(r.content!.start, r.content!.end)).toBe('That');
    expect(r.content!.fragments!.map((f) => text.slice(f.start, f.end))).toEqual(['That']);
    const plain = adaptToPolnear(text, { source: at(text, 'the county'), cue: at(text, 'county'), content: at(text, 'That’s') });
    expect(text.slice(plain.content!.start, plain.content!.end)).toBe('That’s');
  });

  it('runs a relative clause after a source past the period of an abbreviation or an initial (round 24)', () => {
    const text = '“No,” said Ana Ruiz, who endorsed Mr. Lee and Leon E. Hale on Tuesday. Then she left.';
    const s = adaptToPolnear(text, { source: at(text, 'Ana Ruiz'), cue: at(text, 'said'), content: null }).source!;
    expect(text.slice(s.start, s.end)).toBe('Ana Ruiz, who endorsed Mr. Lee and Leon E. Hale on Tuesday');
  });
});
