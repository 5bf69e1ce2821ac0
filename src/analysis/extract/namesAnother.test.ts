import { describe, expect, it } from 'vitest';
import { matchFacets } from './matchFacets.js';
import { namesAnother } from './namesAnother.js';

// Invented sentences: whether each age read belongs to someone other than the subject.
function others(text: string, subject: string | null): boolean[] {
  return matchFacets(text, 0)
    .filter((m) => m.facet === 'age')
    .map((m) => namesAnother(text, m, subject));
}

describe('namesAnother', () => {
  it("reads an age after a relative's name as the relative's", () => {
    expect(others("Serrano's husband, Luis Amaya, 31, was detained.", 'Gabriela Serrano')).toEqual([true]);
    expect(others('Gabriela Serrano, 29, was shot once in the hip.', 'Gabriela Serrano')).toEqual([false]);
  });

  it("reads an age after a relative's full name as the relative's, even with the subject's surname", () => {
    expect(others('His father, Ramón Duarte, 44, was detained.', 'Kevin Duarte')).toEqual([true]);
    expect(others('Her son, Kevin Duarte, 17, was shot in the leg.', 'Kevin Duarte')).toEqual([false]);
    expect(others('When Duarte, 17, ran, the officer fired.', 'Kevin Duarte')).toEqual([false]);
    expect(others('Agents stopped Duarte, 17, outside the school.', 'Kevin Duarte')).toEqual([false]);
    expect(others('Agents stopped Mr Duarte, 17, outside the school.', 'Kevin Duarte')).toEqual([false]);
  });

  it('leaves an age not set after a name, or with no subject known, to the subject', () => {
    expect(others('A 29-year-old woman was shot.', 'Gabriela Serrano')).toEqual([false]);
    expect(others('Luis Amaya, 31, was detained.', null)).toEqual([false]);
  });

  it("reads a crowd's conduct as someone else's when the subject is one named person", () => {
    const text = 'The agency said rioters had blocked the gate and assaulted officers with rocks.';
    const weapon = matchFacets(text, 0).filter((m) => m.facet === 'weapon_alleged');
    expect(weapon.length).toBeGreaterThan(0);
    expect(weapon.map((m) => namesAnother(text, m, 'Daniel Whitcomb'))).toEqual(weapon.map(() => true));
    // With no one named, the crowd may be the people force was used on.
    expect(weapon.map((m) => namesAnother(text, m, null))).toEqual(weapon.map(() => false));
    const own = 'Officials said Whitcomb assaulted officers with a pipe.';
    expect(matchFacets(own, 0).some((m) => m.facet === 'weapon_alleged')).toBe(true);
    expect(matchFacets(own, 0).filter((m) => m.facet === 'weapon_alleged').every((m) => !namesAnother(own, m, 'Daniel Whitcomb'))).toBe(true);
  });

  it('reads what befell a "he" as someone else\'s when the subject\'s given name is a woman\'s, and the reverse', () => {
    const hits = (text: string, subject: string) => matchFacets(text, 0).filter((m) => m.facet === 'hit_by_gunfire' || m.facet === 'wound_location').map((m) => namesAnother(text, m, subject));
    expect(hits('Was the officer injured? He was shot in the arm.', 'Renee Good')).toEqual([true, true]);
    expect(hits('She was shot in the arm.', 'Renee Good')).toEqual([false, false]);
    expect(hits('She was shot in the arm.', 'Julio Sosa')).toEqual([true, true]);
    // A speaker's pronoun before the clause's own subject is not it; nor is a name in neither list.
    expect(hits('She said Lucero was shot in the hip.', 'Edwin Lucero')).toEqual([false, false]);
    expect(hits('He was shot in the arm.', 'Abdi Warsame')).toEqual([false, false]);
    // "her husband": the clause is about the husband, whom the possessive does not gender.
    expect(hits('Her husband was shot in the shoulder, she said.', 'Héctor Villanueva')).toEqual([false, false]);
  });
});

describe('namesAnother: an age of a witness or of a child (stop 60)', () => {
  it('reads "Teresa Kowalczyk, the 58-year-old retired school bus driver" as her age, not the subject\'s', () => {
    expect(others('Teresa Kowalczyk, the 58-year-old retired school bus driver who watched from her porch, said the car never moved.', 'Marco Villeda')).toEqual([true]);
    expect(others('Villeda, the 31-year-old father of two, was shot twice.', 'Marco Villeda')).toEqual([false]);
    expect(others('Ortiz, the 31-year-old father of two, was shot twice.', 'José Ortiz-Luna')).toEqual([false]);
    expect(others('Sosa-Celis, the 24-year-old father of two, was shot.', 'Julio Sosa-Celis')).toEqual([false]);
  });

  it('reads "her 4-year-old at a day care" as a child\'s age, with no subject known or one', () => {
    expect(others('Her client was driving to drop off her 4-year-old at a day care.', 'Ana Quintanilla Reyes')).toEqual([true]);
    expect(others('Her client was driving to drop off her 4-year-old at a day care.', null)).toEqual([true]);
    expect(others('She was 34-year-old mother of two.', 'Ana Quintanilla Reyes')).toEqual([false]);
  });
});

describe('namesAnother: an age of one who was with the subject (stop 61)', () => {
  it('reads "The passenger in the truck, a 27-year-old man," and "the 16-year-old passenger" as theirs', () => {
    expect(others('The passenger in the truck, a 27-year-old man, was detained and has not been charged.', 'Rafael Quintero')).toEqual([true]);
    expect(others('The 16-year-old passenger told deputies she had been asleep.', 'Dariela Montaño')).toEqual([true]);
    expect(others('The passenger in the truck, a 27-year-old man, was detained.', null)).toEqual([true]);
    expect(others('The only other occupant, a 16-year-old relative in the passenger seat, was not hurt.', 'Dariela Montaño')).toEqual([true]);
  });

  it("keeps the age of a passenger whom the sentence tells was shot: that one's the subject's", () => {
    expect(others('A 16-year-old passenger was wounded in the shooting.', 'Dariela Montaño')).toEqual([false]);
  });
});

describe('namesAnother: the age of one who recorded it (stop 63)', () => {
  it('reads "filmed from across the street by a 22-year-old nursing student" as hers', () => {
    expect(others('By Sunday, the clip, filmed from across the street by a 22-year-old nursing student, had been shared widely.', 'Héctor Villaseñor Ruiz')).toEqual([true]);
    expect(others('The video was posted by a 19-year-old neighbor.', null)).toEqual([true]);
  });

  it('keeps an age the sentence gives the one shot', () => {
    expect(others('A 22-year-old nursing student was shot by an agent while filming.', 'Ana Ruiz')).toEqual([false]);
  });
});

describe('namesAnother: an age before another name (stop 67)', () => {
  it('reads "41-year-old Julio Paz" as his age, not the subject\'s; "the 26-year-old Tomás Araujo" stays the subject\'s', () => {
    expect(others('A second man, 41-year-old Julio Paz, was released.', 'Tomás Araujo Villalba')).toEqual([true]);
    expect(others('Agents shot 26-year-old Tomás Araujo outside a laundromat.', 'Tomás Araujo Villalba')).toEqual([false]);
    expect(others('Agents shot a 26-year-old Honduran man outside a laundromat.', 'Tomás Araujo Villalba')).toEqual([false]);
  });
});
