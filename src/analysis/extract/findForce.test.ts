import { describe, expect, it } from 'vitest';
import type { SentenceInfo } from './describeSentences.js';
import { findForce } from './findForce.js';
import { describeText } from './testing/describeText.js';

/** Whether a text tells force (a strong sentence), and the kinds of force it tells. */
function told(text: string): [boolean, readonly string[]] {
  const { sentences } = describeText(text, '2026-03-01');
  return [sentences.some((s) => s.strong), findForce(sentences).force];
}

function sentence(text: string, index = 0): SentenceInfo {
  return { index, start: 0, end: text.length, text, paragraph: index, strong: true, retells: false, weak: false, scope: true, denial: false, specific: true, passing: false, series: false, splits: false, heading: false, mentions: [] };
}

describe('findForce', () => {
  it('reads a verb of force right before a person the sentence names as that kind of force: "shoved John Miller" (stop 54)', () => {
    const force = (body: string) => findForce(describeText(body, '2026-04-03').sentences).force;
    expect(force('PORTLAND, Ore. — Federal agents shoved John Miller, 58, outside the building on Tuesday.')).toEqual(['physical force']);
    expect(force('Officers punched Ana Lucía Torres twice in the face during the arrest, her lawyer said.')).toEqual(['physical force']);
    // Not after "never", and not a verb of force before someone who is no one it was used on.
    expect(force('Agents never punched Ana Lucía Torres during the arrest, the agency said.')).toEqual([]);
    expect(force('Federal agents met John Miller, 58, outside the building on Tuesday.')).toEqual([]);
  });

  it('reads a restraint chair and full restraints as a restraint device; a child knocked down, a shield, a face pressed as physical force (stop 53)', () => {
    expect(findForce([sentence('Deputies strapped Tomás Echeverría into a restraint chair for six hours.')]).force).toEqual(['restraint device']);
    expect(findForce([sentence('He said he was in full restraints, with leg irons, when guards carried him up the stairs.')]).force).toEqual(['restraint device']);
    expect(findForce([sentence('An ICE agent knocked a 2-year-old girl to the ground, injuring her.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('An agent shoved her with a riot shield and broke her arm.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('Officers pressed his face against the tailgate of the truck.')]).force).toEqual(['physical force']);
    // A door knocked down, or an officer knocked down by the man, is no force on a person by officers here.
    expect(findForce([sentence('They knocked it down.')]).force).toEqual([]);
  });

  it('reads foam rounds fired as less-lethal munitions, not a gun (stop 49)', () => {
    expect(findForce([sentence('An agent fired two 40 mm foam rounds at Marguerite Dunne, 63.')]).force).toEqual(['less-lethal munitions']);
    expect(findForce([sentence('An agent fired two rounds at Marguerite Dunne, 63.')]).force).toEqual(['firearm discharged']);
  });

  it('reads a push "to the ground", a named man shoved past his age, "into the door frame" and "knocked down" as force telling it (stop 48)', () => {
    expect(told('A Border Patrol agent pushed him to the ground.')).toEqual([true, ['physical force']]);
    expect(told('An agent shoved Eliseo Barragán, 78, to the ground.')).toEqual([true, ['physical force']]);
    expect(told('Agents pinned him to the concrete floor.')).toEqual([true, ['physical force']]);
    expect(told('One of the officers shoved her daughter into the metal frame of the front door.')).toEqual([true, ['physical force']]);
    expect(told('Barragán was knocked down by a Border Patrol agent.')).toEqual([true, ['physical force']]);
    expect(told('He took the case to the floor of the Senate.')[1]).toEqual([]);
    expect(told('The agent pushed back against the policy.')[1]).toEqual([]);
  });

  it('reads a rifle butt, a pistol-whipping, a man beaten and a man\'s jaw broken as force, not a man who broke his own wrist (stop 48)', () => {
    expect(findForce([sentence('A Guard soldier struck a protester in the face with the butt of his rifle.')]).force).toEqual(['baton or other impact weapon']);
    expect(findForce([sentence('An agent pistol-whipped him.')]).force).toEqual(['baton or other impact weapon']);
    expect(findForce([sentence('ICE agents beat a man outside the store.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('The officer broke a man\'s jaw.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('He broke his wrist when he fell.')]).force).toEqual([]);
  });

  it('reads a woman pulled out through the driver\'s door as force (stop 48)', () => {
    expect(findForce([sentence("An agent pulled Orozco out through the driver's door by her jacket.")]).force).toEqual(['physical force']);
  });

  it('reads a projectile fired by an officer as less-lethal, not a gun (stop 48)', () => {
    expect(findForce([sentence('She was hit in the cheek by a projectile fired by a federal officer.')]).force).toEqual(['less-lethal munitions']);
    expect(findForce([sentence('An agent fired three rounds into the car.')]).force).toEqual(['firearm discharged']);
  });

  it('reads a tackle in the present, a named man wrestled down, a push against a car and a car an officer drove as force, each telling force (stop 47)', () => {
    expect(told('A third agent then tackles him into the side of the truck.')).toEqual([true, ['physical force']]);
    expect(told('Agents were seen wrestling Jhonatan Rivas Peña to the ground.')).toEqual([true, ['physical force']]);
    expect(told('One of the agents pushed her son against the side of the SUV.')).toEqual([true, ['physical force']]);
    expect(told('A man was hit by a vehicle driven by an Immigration and Customs Enforcement officer.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('Man struck by ICE vehicle')).toEqual([true, ['struck with a vehicle']]);
    expect(told('The council tackles housing costs this year.')[0]).toBe(false);
    // A death in custody is an event of its own, whatever force it tells.
    expect(told('Rosa Tzul, 34, died Dec. 14 in ICE custody after staff denied her insulin.')[0]).toBe(true);
    expect(told('He was found unresponsive in his cell on Monday.')[0]).toBe(true);
    // The agencies' own word for a Taser.
    expect(told('An officer deployed a conducted energy device, striking him in the back.')).toEqual([true, ['taser']]);
  });

  it('reads "the other one shot him with the Taser" as a Taser, no firearm (stop 46)', () => {
    expect(findForce([sentence('One agent held him down and the other one shot him with the Taser in the back.')]).force).toEqual(['taser']);
    expect(findForce([sentence('The agent fired one shot at the car.')]).force).toEqual(['firearm discharged']);
  });

  it('reads "pulling a woman out by her arm" as physical force, not a rescue from a burning car (stop 43)', () => {
    expect(findForce([sentence('Video shows agents smashing the window and pulling a woman out by her arm.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('Two agents pulled the driver out of the burning car.')]).force).toEqual([]);
  });

  it('names each kind of force once, with the words it was read from', () => {
    const found = findForce([sentence('An agent fired two rounds, then tackled the driver.'), sentence('Another agent used pepper spray.', 1)]);
    expect(found.force).toEqual(['firearm discharged', 'pepper spray', 'physical force']);
    // With pepper spray told too, "fired" could be either: the firearm is read from "rounds".
    expect(found.sources.map((s) => s.span.text)).toEqual(['rounds', 'pepper spray', 'tackled']);
    expect(findForce([sentence('An agent fired two rounds, then tackled the driver.')]).sources[0].span.text).toBe('fired');
  });

  it('reads a gun pointed by officers, not one pointed at them, as held at gunpoint (stop 41)', () => {
    expect(findForce([sentence('Agents pointed their guns at her and ordered her out.')]).force).toEqual(['held at gunpoint']);
    expect(findForce([sentence('DHS said the officer fired after Porter "pointed a rifle at him."')]).force).toEqual(['firearm discharged']);
  });

  it('reads "he fires four times", as a video is told, as a sentence that tells force (stop 41)', () => {
    expect(describeText('At 0:19, he fires four times through the window.', '2026-02-18').sentences[0].strong).toBe(true);
    expect(describeText('The office fires two employees a year.', '2026-02-18').sentences[0].strong).toBe(false);
  });

  it('reads a baton strike as an impact weapon', () => {
    expect(findForce([sentence('He said an agent struck him repeatedly with a baton after he was handcuffed.')]).force).toEqual(['baton or other impact weapon']);
    // A window broken with one is no force on a person; dragging someone out is.
    expect(findForce([sentence('An officer struck the driver\'s side window with a baton and dragged him out.')]).force).toEqual(['physical force']);
  });

  it('reads a person pulled out of a car or by the hair as physical force, in any tense', () => {
    expect(findForce([sentence('Video shows agents breaking a car window and pulling a woman out by her hair.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('Video shows agents dragging woman from car in Charlotte.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('An officer grabbed her by the hair.')]).force).toEqual(['physical force']);
    // A car pulling out of a driveway is no force on anyone.
    expect(findForce([sentence('The car was pulling out of the driveway when agents arrived.')]).force).toEqual([]);
  });

  it('reads an ambiguous word in an earlier sentence than the firearm words, when no other kind is told', () => {
    const found = findForce([sentence('An agent shot at the car.'), sentence('Two rounds hit the door.', 1), sentence('Agents fired again.', 2)]);
    expect(found.force).toEqual(['firearm discharged']);
    expect(found.sources[0].span.text).toBe('shot');
    // In the same sentence the earlier word wins; with nothing ambiguous before them, the firearm words.
    expect(findForce([sentence('Two rounds hit the door.'), sentence('An agent shot at the car.', 1)]).sources[0].span.text).toBe('rounds');
  });

  it('does not read less-lethal rounds as a firearm', () => {
    const found = findForce([sentence('Agents fired pepper balls and rubber bullets at the crowd, and several pepper-ball rounds hit a car.')]);
    expect(found.force).not.toContain('firearm discharged');
    expect(found.force).toEqual(expect.arrayContaining(['pepper spray', 'less-lethal munitions']));
    // The rounds of a launcher, told in the same clause.
    expect(findForce([sentence('The clip shows a deputy aiming a launcher at the crowd and firing several rounds.')]).force).not.toContain('firearm discharged');
    expect(findForce([sentence('The deputy dropped the launcher. Then he drew his pistol and fired three rounds.')]).force).toContain('firearm discharged');
  });

  it('reads "shot" and "fired" as the less-lethal kind the incident tells, unless a firearm word says otherwise', () => {
    const pepper = findForce([sentence('An agent on the roof fired at the pastor with pepper balls.'), sentence('"They shot me in the head," he said.', 1)]);
    expect(pepper.force).toEqual(['pepper spray']);
    const both = findForce([sentence('Agents fired pepper balls at the crowd.'), sentence('Minutes later an agent shot the driver, who had a gunshot wound to the arm.', 1)]);
    expect(both.force).toEqual(['firearm discharged', 'pepper spray']);
  });

  it('reads a restraint in custody as physical force', () => {
    expect(findForce([sentence('Guards restrained him face-down for several minutes.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('Officers used force to subdue the man.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('An autopsy found he suffered blunt force injuries to his head.')]).force).toEqual(['physical force']);
    expect(findForce([sentence('"He was beaten," his lawyer said.')]).force).toEqual(['physical force']);
  });
});

describe('findForce: a police dog', () => {
  it('names a dog set on someone as force, not every dog', () => {
    expect(findForce([sentence('He was bitten by a police dog at the port of entry.')]).force).toEqual(['police dog']);
    expect(findForce([sentence('Officers deployed a canine to stop him.')]).force).toEqual(['police dog']);
    expect(findForce([sentence('He was walking his dog when agents shot him.')]).force).toEqual(['firearm discharged']);
    expect(findForce([sentence('A Border Patrol canine bit a 15-year-old boy on the leg.')]).force).toEqual(['police dog']);
    expect(findForce([sentence('The canine was deployed after the group fled into the brush.')]).force).toEqual(['police dog']);
    // A neighbour's dog that bit someone is no force.
    expect(findForce([sentence('A neighbor\'s dog bit the mail carrier.')]).force).toEqual([]);
  });
});

describe('findForce: a vehicle driven into someone', () => {
  it('reads an agents\' vehicle striking a person as force, not a civilian car', () => {
    expect(findForce([sentence('A federal officer driving an unmarked SUV struck a protester outside the building.')]).force).toEqual(['struck with a vehicle']);
    expect(findForce([sentence('The protester was knocked down by an unmarked federal SUV.')]).force).toEqual(['struck with a vehicle']);
    expect(findForce([sentence('A car struck a pedestrian near the checkpoint.')]).force).toEqual([]);
  });
});

describe('findForce: munitions named by their purpose', () => {
  it('reads crowd-control munitions and chemical irritants as less-lethal', () => {
    expect(findForce([sentence('The lawsuit accuses agents of firing crowd-control munitions at reporters.')]).force).toEqual(['less-lethal munitions']);
    expect(findForce([sentence('Officers used chemical irritants to push people back.')]).force).toEqual(['less-lethal munitions']);
  });
});

describe('findForce: a shooting that killed, beside pepper balls (stop 44)', () => {
  it('reads "shot and killed" as a firearm though pepper balls were fired too; a bare "shot her" still yields', () => {
    expect(findForce([sentence('Agents fired pepper balls at a crowd on Thursday.'), sentence('The officer who shot and killed Renee Good on Wednesday was not named.', 1)]).force).toEqual(['firearm discharged', 'pepper spray']);
    expect(findForce([sentence('Agents fired pepper balls at a crowd on Thursday.'), sentence('One protester said they shot her in the face.', 1)]).force).toEqual(['pepper spray']);
  });
});

describe('findForce: "the shots" beside pepper balls (stop 44)', () => {
  it('reads "the shots" as the pepper balls when they are told, and as a firearm otherwise', () => {
    expect(findForce([sentence('Agents fired pepper balls at the crowd.'), sentence('No one threw anything before the shots.', 1)]).force).toEqual(['pepper spray']);
    expect(findForce([sentence('Witnesses heard the shots from a block away.')]).force).toEqual(['firearm discharged']);
  });
});

describe('findForce: a vehicle pursuit (stop 44)', () => {
  it('reads an SUV chased by agents, or fleeing them, as a pursuit, and not criticism of a pursuit policy', () => {
    expect(findForce([sentence('Three people were killed when an SUV being chased by Border Patrol agents rolled over.')]).force).toEqual(['vehicle pursuit']);
    expect(findForce([sentence('Two people died when an SUV fleeing Border Patrol agents crashed.')]).force).toEqual(['vehicle pursuit']);
    expect(findForce([sentence('Advocates criticized the Border Patrol chase policy.')]).force).toEqual([]);
  });
});

describe('findForce: an agency vehicle that struck him', () => {
  it('reads an agency vehicle striking a pronoun or a child as force', () => {
    expect(findForce([sentence('A 16-year-old boy was seriously injured when a Border Patrol vehicle struck him during a foot pursuit.')]).force).toEqual(['struck with a vehicle']);
    expect(findForce([sentence('An unmarked ICE van hit a child in the crosswalk.')]).force).toEqual(['struck with a vehicle']);
    expect(findForce([sentence('A Border Patrol vehicle struck a fence.')]).force).toEqual([]);
  });

  it('reads an agency named in full, an officer who ran a woman over, struck her with a vehicle or drove into a crowd, and a PIT as force (stop 57)', () => {
    expect(told('A woman was hit by a U.S. Customs and Border Protection vehicle during a protest.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('An ICE officer struck a woman with a vehicle outside the courthouse.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('A federal agent ran over a woman in the parking lot.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('An agent drove straight into a line of peaceful demonstrators.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('Agents used a tactical vehicle intervention to stop the Tahoe.')).toEqual([true, ['struck with a vehicle']]);
    expect(told('The crash left the boy pinned beneath the SUV.')[0]).toBe(true);
    // The subject's car, not the officers': no force by them.
    expect(told('Officers said the driver struck a woman with his car.')[0]).toBe(false);
  });
});

describe('findForce: a chemical irritant sprayed in the face (stop 45)', () => {
  it('reads spraying him with a chemical irritant as pepper spray, not spraying a wall with paint', () => {
    expect(findForce([sentence('An agent sprays him in the face with a chemical irritant.')]).force).toEqual(['pepper spray']);
    expect(findForce([sentence('Someone sprayed the wall with paint.')]).force).toEqual([]);
  });

  it('reads a "service-issued firearm" discharged as force told (stop 68)', () => {
    expect(told('Fearing for his life, the agent discharged his service-issued firearm, striking the driver once in the shoulder.')).toEqual([true, ['firearm discharged']]);
  });
});

