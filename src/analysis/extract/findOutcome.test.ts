import { describe, expect, it } from 'vitest';
import { findOutcome, isAboutSubject } from './findOutcome.js';
import { loadForceVocab } from './forceVocab.js';
import { describeText } from './testing/describeText.js';

// Invented sentences.
function outcomeOf(text: string): string {
  const vocab = loadForceVocab();
  return findOutcome(describeText(text, '2026-01-24').sentences.filter((s) => isAboutSubject(s, vocab)), vocab).outcome;
}

describe('findOutcome', () => {
  it('reads one treated at a hospital for cuts or a concussion as injured (stop 43)', () => {
    expect(outcomeOf('Agents pulled the woman from her car on Thursday. She was treated at a hospital for cuts on her arms and a concussion, her lawyer said.')).toBe('injured');
    expect(outcomeOf('Agents pepper-sprayed the student on Monday. He was treated by the school nurse for eye irritation, the district said.')).toBe('injured');
  });

  it('reads how a person called by an occupation fared ("a 37-year-old intensive-care nurse")', () => {
    expect(outcomeOf('Federal agents shot and killed a 37-year-old intensive-care nurse on Saturday.')).toBe('killed');
    expect(outcomeOf('Federal agents shot and wounded a veteran on Saturday.')).toBe('injured');
  });

  it('reads a death told in a relative clause on the officer ("An agent who fatally shot a man …")', () => {
    expect(outcomeOf('A Border Patrol agent who fatally shot a 34-year-old man near Yuma fired while the man ran away, a report found.')).toBe('killed');
  });

  it('reads a cut above his eye as injured (stop 42)', () => {
    expect(outcomeOf('Agents tased the man, who suffered a cut above his eye and a bruised shoulder.')).toBe('injured');
  });

  it('reads "was struck three times and spent eight days in the hospital" as injured (stop 42)', () => {
    expect(outcomeOf('An agent fired at her car. She was struck three times and spent eight days in the hospital.')).toBe('injured');
  });

  it('reads the death an officer is charged in as the man\'s (stop 42)', () => {
    expect(outcomeOf('A former Border Patrol agent was charged Wednesday with manslaughter in the death of a Tucson man he shot during a traffic stop.')).toBe('killed');
    expect(outcomeOf('The agent was treated for cuts after the man he shot fled.')).toBe('unknown');
  });

  it('reads "wounding him", surgery, and a hospital reached across a bridge as injured (stop 41)', () => {
    expect(outcomeOf('A Border Patrol agent shot a 17-year-old boy along the wall on Saturday, wounding him in the abdomen.')).toBe('injured');
    expect(outcomeOf('An agent fired at a 17-year-old boy, who was taken across the Santa Fe bridge to a hospital in Ciudad Juárez.')).toBe('injured');
    expect(outcomeOf('An agent fired at a 17-year-old boy, who underwent surgery on Sunday.')).toBe('injured');
    // Of "the driver" the outcome is not read: the one named may be a passenger ("killing the driver and wounding a passenger, Ana Ruiz").
    expect(outcomeOf('An agent fired into a van on Sunday, killing the driver and wounding a passenger, a 29-year-old woman.')).not.toBe('killed');
  });

  it('reads "shot dead" and "beaten to death" as killed', () => {
    expect(outcomeOf('Neighbors of a man shot dead by an ICE officer outside his home on Monday said he was running away.')).toBe('killed');
    expect(outcomeOf('Relatives say the man was beaten to death by guards at the center.')).toBe('killed');
  });

  it('reads "shot a man in the leg" as injured', () => {
    expect(outcomeOf('In Minneapolis, an ICE officer shot a man in the leg on Wednesday night.')).toBe('injured');
  });

  it('reads "was dead" as killed', () => {
    expect(outcomeOf('ICE officers arrived on Sunday night. By the end of the night, the man was dead, shot three times in the parking lot.')).toBe('killed');
  });

  it('leaves out what did not happen ("could have been killed", "was not killed")', () => {
    expect(outcomeOf('A woman on her porch was struck in the leg when an agent fired. "She could have been killed," her son said.')).toBe('injured');
    expect(outcomeOf('An agent fired at a man who ran. The man was nearly killed, but was not hit.')).toBe('uninjured');
  });

  it("leaves the officer's own wounds out", () => {
    expect(outcomeOf('The agent was treated for cuts on Saturday.')).toBe('unknown');
    // Past a dateline, and with four words naming the agency.
    expect(outcomeOf('ST. PAUL, Minn. — An Immigration and Customs Enforcement officer was dragged about 50 feet by a car during an attempted arrest on Monday and suffered a broken wrist and cuts to his face, the agency said.')).toBe('unknown');
  });

  it('reads broken bones a person suffered as injured', () => {
    expect(outcomeOf('Agents tackled the man on Saturday, and he suffered a broken nose, his lawyer said.')).toBe('injured');
    expect(outcomeOf('The man was left with two fractured ribs after agents tackled him on Saturday.')).toBe('injured');
  });

  it('reads wounds a person survived with as injured', () => {
    expect(outcomeOf('Agents shot a teenager three times on Saturday, and he survived with wounds to his chest and hip.')).toBe('injured');
    expect(outcomeOf('The man suffered two wounds in the leg after agents fired on Saturday.')).toBe('injured');
    expect(outcomeOf('Agents pinned the man to the ground on Saturday, and the man has a cut on his forearm and bruises on his back.')).toBe('injured');
  });
});

describe('isAboutSubject: a person told only by age', () => {
  const about = (text: string) => describeText(text, '2026-02-08').sentences.map((s) => isAboutSubject(s, loadForceVocab()));
  it('reads "a 17-year-old" with no noun as the person force was used on, not an officer of that age', () => {
    expect(about('An ICE officer shot a 17-year-old in the leg Saturday morning.')).toEqual([true]);
    expect(about('Agents fired at the 17-year-old, officials said Saturday.')).toEqual([true]);
    expect(about('The shots were fired by a 41-year-old Border Patrol agent on Saturday.')).toEqual([false]);
  });
});

describe('findOutcome: shot a number of times, and survived', () => {
  it('reads a man shot three times by name, or who survived, as injured', () => {
    expect(outcomeOf('The agent shot Andrés Guzmán, 28, three times on March 9 as he drove off.')).toBe('injured');
    expect(outcomeOf('Agents fired at the driver on Saturday, and he survived.')).toBe('injured');
    expect(outcomeOf('Agents fired at the man on Saturday, and he survived unhurt.')).not.toBe('injured');
    // By name, and expected to survive (stop 49).
    expect(outcomeOf('Agents fired at the driver on Saturday, and Zamora survived.')).toBe('injured');
    expect(outcomeOf('Agents fired at the driver on Saturday, and Zamora is expected to survive.')).toBe('injured');
    expect(outcomeOf('Agents fired at the driver on Saturday, and Zamora survived unhurt.')).not.toBe('injured');
  });

  it('reads no death in what befalls anyone: "hesitation gets people killed" (stop 68)', () => {
    expect(outcomeOf('An agent shot him, and he said officers who hesitate when a driver attacks them get people killed.')).not.toBe('killed');
    expect(outcomeOf('An agent shot him, and he was killed.')).toBe('killed');
  });
});

