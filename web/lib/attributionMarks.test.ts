import { describe, expect, it } from 'vitest';
import { DOCUMENT } from '../testing/fixtures.js';
import { buildAttributionMarks, buildTargetMark, classesOfSegment } from './attributionMarks.js';
import { assignSpeakerColours } from './speakerPalette.js';

describe('buildAttributionMarks', () => {
  const colours = assignSpeakerColours(DOCUMENT.attributions);
  const marks = buildAttributionMarks(DOCUMENT.attributions, colours);

  it('marks source, cue and content of every attribution, each slicing its own text', () => {
    const expected = DOCUMENT.attributions.reduce((n, a) => n + (a.source ? 1 : 0) + (a.cue ? 1 : 0) + a.content.fragments.length, 0);
    expect(marks).toHaveLength(expected);
    for (const mark of marks) {
      const att = DOCUMENT.attributions[mark.attribution];
      const span = mark.kind === 'content' ? att.content : att[mark.kind as 'source' | 'cue'];
      expect(DOCUMENT.text.slice(mark.start, mark.end)).toBe(span!.text);
    }
  });

  it('colours by speaker and leaves an unresolved speaker neutral', () => {
    const colourOfAtt = (i: number) => marks.find((m) => m.attribution === i)!.colour;
    expect(colourOfAtt(0)).not.toBe(colourOfAtt(1));
    expect(colourOfAtt(2)).toBe('spk-none');
  });

  it('uses every fragment of a split quote', () => {
    const split = { ...DOCUMENT.attributions[0], content: { start: 0, end: 20, text: '', fragments: [{ start: 0, end: 5, text: '' }, { start: 12, end: 20, text: '' }] } };
    const contentMarks = buildAttributionMarks([split], new Map()).filter((m) => m.kind === 'content');
    expect(contentMarks.map((m) => [m.start, m.end])).toEqual([[0, 5], [12, 20]]);
  });
});

describe('buildTargetMark', () => {
  it('accepts a passage inside the text only', () => {
    expect(buildTargetMark(100, 10, 20)).toMatchObject({ kind: 'target', start: 10, end: 20 });
    expect(buildTargetMark(100, 90, 120)).toBeNull();
    expect(buildTargetMark(100, 20, 20)).toBeNull();
    expect(buildTargetMark(100, null, 20)).toBeNull();
  });
});

describe('classesOfSegment', () => {
  it('lists each kind once and takes the colour of the innermost attribution', () => {
    const outer = { kind: 'content', colour: 'spk-0', start: 0, end: 50 };
    const inner = { kind: 'content', colour: 'spk-1', start: 10, end: 20 };
    const cue = { kind: 'cue', colour: 'spk-0', start: 12, end: 15 };
    const classes = classesOfSegment([inner, outer, cue]);
    expect(classes.filter((c: string) => c === 'mark-content')).toHaveLength(1);
    expect(classes).toContain('mark-cue');
    expect(classes).toContain('spk-0'); // the cue is the smallest mark here
    expect(classesOfSegment([outer, inner])).toContain('spk-1');
  });
});
