import { describe, expect, it } from 'vitest';
import { foldName, sameName, surnameParts } from './foldName.js';

describe('foldName', () => {
  it('folds accents, hyphens and case', () => {
    expect(foldName('Peña-Ortíz')).toBe(foldName('PENA ORTIZ'));
  });

  it('folds a name the same however many other names were folded since (the kept foldings start afresh past 10,000)', () => {
    const first = foldName('José Peña-Ortiz');
    for (let i = 0; i < 10_050; i++) foldName(`Ana Núñez ${i}`);
    expect(foldName('José Peña-Ortiz')).toBe(first);
    expect(first).toBe('jose pena ortiz');
    expect(foldName('Ana Núñez 10049')).toBe('ana nunez 10049');
  });

  it('splits a hyphenated surname into its parts', () => {
    expect(surnameParts('Ana María Ruiz-Vega')).toEqual(['ruiz', 'vega']);
  });
});

describe('sameName', () => {
  it('matches a surname-only reference and accent or hyphen variants', () => {
    expect(sameName('Ruiz', 'Ana María Ruiz-Vega')).toBe(true);
    expect(sameName('Ana Maria Ruiz Vega', 'Ana María Ruiz-Vega')).toBe(true);
  });

  it('keeps apart people who share a surname but not a first name', () => {
    expect(sameName('Tomas Ruiz', 'Elena Ruiz')).toBe(false);
    expect(sameName('T. Ruiz', 'Tomas Ruiz')).toBe(true);
  });

  it('matches double surnames cut either way, and a caption surname in capitals', () => {
    expect(sameName('Paredes Soto', 'Lucía Paredes Soto')).toBe(true);
    expect(sameName('PAREDES', 'Lucía Paredes Soto')).toBe(true);
    expect(sameName('PAREDES', 'Paredes Soto')).toBe(true);
    expect(sameName('Lucía', 'Lucía Paredes Soto')).toBe(false);
    expect(sameName('Paredes Soto', 'Lucía Vidal Soto')).toBe(false);
  });

  it('matches the given name and first surname of a double surname ("Rogelio Esparza" for "Rogelio Esparza Luna")', () => {
    expect(sameName('Rogelio Esparza', 'Rogelio Esparza Luna')).toBe(true);
    expect(sameName('Rogelio Esparza Luna', 'Rogelio Esparza')).toBe(true);
    expect(sameName('Rogelio Luna', 'Rogelio Esparza Luna')).toBe(true);
    expect(sameName('Daniela Esparza', 'Rogelio Esparza Luna')).toBe(false);
  });

  it('keeps apart different surnames', () => {
    expect(sameName('Tomas Ruiz', 'Tomas Vega')).toBe(false);
  });
  it('reads a surname past a generational suffix', () => {
    expect(sameName('Keith Porter Jr.', 'Keith Porter')).toBe(true);
    expect(sameName('Porter', 'Keith Porter Jr.')).toBe(true);
    expect(surnameParts('Keith Porter III')).toEqual(['porter']);
    expect(sameName('Keith Porter Jr.', 'Keith Carter Jr.')).toBe(false);
  });
});

describe('sameName: generational suffixes', () => {
  it('tells a son from a father by "Jr." and "Sr.", and lets one suffix match the bare name', () => {
    expect(sameName('Juan Pérez Jr.', 'Juan Pérez Sr.')).toBe(false);
    expect(sameName('Juan Pérez Jr.', 'Juan Perez Jr')).toBe(true);
    expect(sameName('Juan Pérez Jr.', 'Pérez')).toBe(true);
    expect(sameName('Keith Porter III', 'Keith Porter')).toBe(true);
  });
});

