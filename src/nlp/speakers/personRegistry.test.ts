import { describe, expect, it } from 'vitest';
import { PersonRegistry, principalOf } from './personRegistry.js';

describe('PersonRegistry', () => {
  it('finds a full name by its surname, ignoring case and accents', () => {
    const registry = new PersonRegistry();
    const record = registry.add('José Peña-Ruiz');
    expect(registry.lookup('PENA-RUIZ')).toBe(record);
    expect(registry.lookup('Peña-Ruiz')).toBe(record);
  });

  it('gives a surname two people share to the one not named as the other\'s kin, and to nobody when both or neither are', () => {
    const registry = new PersonRegistry();
    const man = registry.add('Ernesto Valdivia')!;
    const wife = registry.add('Lucia Valdivia')!;
    expect(principalOf([man, wife])).toBeNull();
    wife.namedAsRelative = true;
    expect(principalOf([man, wife])).toBe(man);
    man.namedAsRelative = true;
    expect(principalOf([man, wife])).toBeNull();
  });

  it('finds a Spanish double surname by its first surname, only for a name the text introduces', () => {
    const text = 'Ernesto Castañeda Ríos, 52, was shot. Castañeda had no record. Ben Carson Defends His Remarks.';
    const registry = new PersonRegistry(text);
    const record = registry.add('Ernesto Castañeda Ríos');
    registry.add('Ben Carson Defends');
    expect(registry.lookup('Castañeda')).toBe(record);
    expect(registry.lookup('Carson')).toBeNull();
    // His daughter shares the first surname: either may be meant.
    registry.add('Lucía Castañeda');
    expect(registry.lookup('Castañeda')).toBe('ambiguous');
    // A generation is no second surname.
    const junior = new PersonRegistry('Donald Trump Jr., 38, spoke.');
    junior.add('Donald Trump Jr.');
    expect(junior.lookup('Trump')).toBeNull();
  });

  it('finds a double surname linked by "de" by its first, and a given name with a first surname as the whole name (stop 52)', () => {
    const text = 'Arturo Lugo Sandoval, 52, was killed. His wife, Rosalba Sandoval de Lugo, 49, spoke. His sister, Leticia Montes Quiroga, 38, came too.';
    const registry = new PersonRegistry(text);
    const husband = registry.add('Arturo Lugo Sandoval');
    const wife = registry.add('Rosalba Sandoval de Lugo');
    const sister = registry.add('Leticia Montes Quiroga');
    // He is called by his first surname, so the last word alone is hers, whose own surname it is.
    expect(registry.lookup('Sandoval')).toBe(wife);
    expect(registry.lookup('Lugo')).toBe(husband);
    expect(registry.lookup('Leticia Montes')).toBe(sister);
    expect(registry.add('Leticia Montes')).toBe(sister);
  });

  it('finds a double surname by its first for a name set off after a noun or speaking, and leaves a last surname to one called by its first (stop 49)', () => {
    const text = 'DALLAS — "He did nothing," said his attorney, Ramón Aguilar Whitfield. Yesenia Paz Castillo told reporters she saw it. Brayan Alejandro Hernández Luna, a junior, was hit, according to his mother, Guadalupe Luna Castañeda.';
    const registry = new PersonRegistry(text);
    const lawyer = registry.add('Ramón Aguilar Whitfield');
    const wife = registry.add('Yesenia Paz Castillo');
    const son = registry.add('Brayan Alejandro Hernández Luna');
    const mother = registry.add('Guadalupe Luna Castañeda');
    expect(registry.lookup('Aguilar')).toBe(lawyer);
    expect(registry.lookup('Paz')).toBe(wife);
    expect(registry.lookup('Hernández')).toBe(son);
    expect(registry.lookup('Luna')).toBe(mother);
    // A name set off after a capitalised word or standing alone is not introduced: "Luna" stays the son's.
    const plain = new PersonRegistry('Brayan Alejandro Hernández Luna was hit. Guadalupe Luna Castañeda wept.');
    const son2 = plain.add('Brayan Alejandro Hernández Luna');
    plain.add('Guadalupe Luna Castañeda');
    expect(plain.lookup('Luna')).toBe(son2);
  });

  it('finds a double surname the text calls by its first word alone and never by its last (stop 54)', () => {
    const registry = new PersonRegistry('The report lists the death of Rafael Quintero Ibarra as a homicide. Quintero was seated when he was shot.');
    const man = registry.add('Rafael Quintero Ibarra');
    expect(registry.lookup('Quintero')).toBe(man);
    // Called by the last word too, or the first word only inside another name: no double surname.
    const other = new PersonRegistry('The death of Rafael Quintero Ibarra was ruled a homicide. Quintero was seated. Ibarra had no gun.');
    other.add('Rafael Quintero Ibarra');
    expect(other.lookup('Quintero')).toBeNull();
    // The last word inside a relative's full name is no call by it: "Ibarra" stays the man's (stop 66).
    const kin = new PersonRegistry('A jury heard how an agent shot Jonathan Ibarra Soto in the hip. Ibarra testified. Ibarra\'s mother, Patricia Soto, wept.');
    const son = kin.add('Jonathan Ibarra Soto');
    kin.add('Patricia Soto');
    expect(kin.lookup('Ibarra')).toBe(son);
  });

  it('says a shared surname is ambiguous and an unknown one is absent', () => {
    const registry = new PersonRegistry();
    registry.add('Tom Hale');
    registry.add('Sam Hale');
    expect(registry.lookup('Hale')).toBe('ambiguous');
    expect(registry.lookup('Moss')).toBeNull();
  });

  it('reads a surname that fits a name and the same name with title words before it as that name', () => {
    const registry = new PersonRegistry();
    registry.add('Harbor Board Chair Ida Brandt');
    const short = registry.add('Ida Brandt');
    expect(registry.lookup('Brandt')).toBe(short);
  });

  it('merges a longer form of a name into the same person', () => {
    const registry = new PersonRegistry();
    const short = registry.add('Ana Ruiz');
    const long = registry.add('Ana Maria Ruiz');
    expect(long).toBe(short);
    expect(short?.name).toBe('Ana Maria Ruiz');
    expect(registry.all()).toHaveLength(1);
  });

  it('weighs gender evidence and reports none when it is balanced', () => {
    const registry = new PersonRegistry();
    const record = registry.add('Kim Park')!;
    expect(registry.genderOf(record)).toBeNull();
    registry.addEvidence(record, 'female', 2);
    expect(registry.genderOf(record)).toBe('female');
    registry.addEvidence(record, 'male', 2);
    expect(registry.genderOf(record)).toBeNull();
  });

  it('reads two given names before one surname as no double surname, unless the second is as often a surname (stop 50)', () => {
    const text = 'Luis Fernando Baca, 41, was shot. His cousin, Efraín Baca Solís, 19, was arrested. Ernesto Santiago Ríos, 52, saw it.';
    const registry = new PersonRegistry(text);
    const luis = registry.add('Luis Fernando Baca')!;
    const cousin = registry.add('Efraín Baca Solís')!;
    const ernesto = registry.add('Ernesto Santiago Ríos')!;
    expect(registry.hasDoubleSurname(luis)).toBe(false);
    expect(registry.hasDoubleSurname(cousin)).toBe(true);
    expect(registry.hasDoubleSurname(ernesto)).toBe(true);
    expect(registry.lookup('Fernando')).toBeNull();
  });
});
