import { describe, expect, it } from 'vitest';
import { readNamedBody } from './readNamedBody.js';
import { loadRoleVocab } from './roleVocab.js';
import { splitWords } from './words.js';

const vocab = loadRoleVocab();
const speakerOf = (phrase: string) => readNamedBody(splitWords(phrase), vocab)?.speaker ?? null;

describe('readNamedBody', () => {
  it('names a body no vocabulary lists as written, without its article', () => {
    expect(speakerOf('The Immigrant Legal Resource Center')).toEqual({ name: 'Immigrant Legal Resource Center', affiliation: 'Immigrant Legal Resource Center', role: 'other' });
    expect(speakerOf('the American Civil Liberties Union of Texas')?.name).toBe('American Civil Liberties Union of Texas');
  });

  it("never makes a union of agents the agency, and gives a city council the elected officials' role", () => {
    expect(speakerOf('The National Border Patrol Council')?.role).toBe('other');
    expect(speakerOf('The Omaha City Council')?.role).toBe('elected_official');
  });

  it('reads no body in a person, a lower-case description or a lone tail', () => {
    expect(speakerOf('Tom Hale')).toBeNull();
    expect(speakerOf('a local advocacy center')).toBeNull();
    expect(speakerOf('The Council')).toBeNull();
    expect(speakerOf("Ruiz's union")).toBeNull();
  });
});

describe('readNamedBody: a person of a body, and two bodies', () => {
  it('reads no body in "Ross Eisenbrey of the Economic Policy Institute" or "the ACLU and the National Association …"', () => {
    expect(speakerOf('Ross Eisenbrey of the Economic Policy Institute')).toBeNull();
    expect(speakerOf('the American Civil Liberties Union and the National Association of Criminal Defense Lawyers')).toBeNull();
    expect(speakerOf('the Center for Immigration Studies')?.name).toBe('Center for Immigration Studies');
  });
});

describe('readNamedBody: a Spanish name of a body (stop 56)', () => {
  it('reads "the Fe y Trabajo Worker Center" whole, its "y" a connector', () => {
    expect(speakerOf('the Fe y Trabajo Worker Center')?.name).toBe('Fe y Trabajo Worker Center');
  });
});

describe('readNamedBody: a body named in Spanish (stop 66)', () => {
  it('reads "Alianza Inmigrante del Golfo" as a body, by the noun it opens with', () => {
    expect(speakerOf('Alianza Inmigrante del Golfo')).toMatchObject({ name: 'Alianza Inmigrante del Golfo', role: 'other' });
    expect(speakerOf('Julián Ocampo')).toBeNull();
  });
});
