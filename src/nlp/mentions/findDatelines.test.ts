import { describe, expect, it } from 'vitest';
import { datelineLength, findDatelines } from './findDatelines.js';

describe('findDatelines', () => {
  it('reads a city, an optional state and an outlet tag before a dash at a line start', () => {
    const text = 'Title: x\n\nSAN DIEGO, Calif. (Wire) \u2014 A man was hurt.\nIn the end \u2014 nothing.';
    const [d, ...rest] = findDatelines(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text: 'SAN DIEGO, Calif.', city: 'San Diego', state: 'CA' });
    expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads a city whose capitals keep a prefix in small letters ("McALLEN")', () => {
    const [d] = findDatelines('McALLEN, Texas \u2014 A man was hurt.');
    expect(d).toMatchObject({ text: 'McALLEN, Texas', city: 'McAllen', state: 'TX' });
  });

  it('ignores capitalised headings that are no known city', () => {
    expect(findDatelines('BREAKING \u2014 more to come')).toEqual([]);
  });
});

describe('datelineLength', () => {
  it('measures the dateline opening a line, and nothing else', () => {
    expect(datelineLength('ST. PAUL, Minn. — Body-camera footage shows the car.')).toBe('ST. PAUL, Minn. — '.length);
    expect(datelineLength('EL PASO (AP) — Video shows the truck.')).toBe('EL PASO (AP) — '.length);
    expect(datelineLength('Video shows the truck — reversing.')).toBe(0);
  });
});

describe('findDatelines: a town the gazetteer lacks (stop 63)', () => {
  it('reads the first dateline of a story as its town, state unknown, and no heading in capitals', () => {
    const text = 'Title: Man shot\n\nWORTHINGTON — A federal immigration officer shot a Worthington man on Thursday.\n\nUPDATE — The man was released.';
    expect(findDatelines(text).map((p) => [p.text, p.city, p.state])).toEqual([['WORTHINGTON', 'Worthington', null]]);
    expect(findDatelines('BREAKING — Agents shot a man.')).toEqual([]);
  });
});
