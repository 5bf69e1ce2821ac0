import { describe, expect, it } from 'vitest';
import { compilePhrases } from './phraseMatcher.js';

describe('compilePhrases', () => {
  const matcher = compilePhrases([
    ['Homeland Security', 'a'],
    ['Homeland Security Investigations', 'b'],
    ['ICE', 'c'],
    ["Sheriff's Office", 'd'],
  ]);

  it('prefers the longest phrase and reports where it ends', () => {
    const text = 'Agents of Homeland Security Investigations arrived.';
    const hit = matcher.longestAt(text, text.indexOf('Homeland'));
    expect(hit?.values).toEqual(['b']);
    expect(text.slice(hit!.start, hit!.end)).toBe('Homeland Security Investigations');
  });

  it('never matches inside a word, and is case-sensitive', () => {
    const text = 'The office said ice formed; ICEBERG is not ICE.';
    expect(matcher.longestAt(text, text.indexOf('office') + 3)).toBeNull();
    expect(matcher.longestAt(text, text.indexOf('ice'))).toBeNull();
    expect(matcher.longestAt(text, text.indexOf('ICEBERG'))).toBeNull();
    expect(matcher.longestAt(text, text.lastIndexOf('ICE'))?.values).toEqual(['c']);
  });

  it('lets line breaks and curly apostrophes stand for a space and a straight one', () => {
    const text = 'the Homeland\n  Security team and the Sheriff\u2019s Office';
    const a = matcher.longestAt(text, text.indexOf('Homeland'));
    expect(a && text.slice(a.start, a.end)).toBe('Homeland\n  Security');
    const d = matcher.longestAt(text, text.indexOf('Sheriff'));
    expect(d?.values).toEqual(['d']);
  });
  it('finds phrases among many siblings and phrases that start beyond ASCII', () => {
    // Twelve phrases sharing "Port " make a node with more children than a short scan covers.
    const towns = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Gum', 'Hazel', 'Ironwood', 'Juniper', 'Kapok', 'Larch'];
    const ports = compilePhrases<string>([...towns.map((t): [string, string] => [`Port ${t}`, t]), ['Ñandú Bay', 'bay'], ['Östra Hamn', 'hamn']]);
    const text = 'Boats left Port Kapok for Port Larch, then Port Zinc, Ñandú Bay and Östra Hamn.';
    for (const t of ['Kapok', 'Larch']) expect(ports.longestAt(text, text.indexOf(`Port ${t}`))?.values).toEqual([t]);
    expect(ports.longestAt(text, text.indexOf('Port Zinc'))).toBeNull();
    expect(ports.longestAt(text, text.indexOf('Ñandú'))?.values).toEqual(['bay']);
    const hamn = ports.longestAt(text, text.indexOf('Östra'));
    expect(hamn && text.slice(hamn.start, hamn.end)).toBe('Östra Hamn');
  });

  it('answers null outside the text', () => {
    expect(matcher.longestAt('ICE', -1)).toBeNull();
    expect(matcher.longestAt('ICE', 3)).toBeNull();
    expect(matcher.longestAt('ICE', 0)?.values).toEqual(['c']);
  });
});
