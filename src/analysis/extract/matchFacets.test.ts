import { describe, expect, it } from 'vitest';
import { matchFacets } from './matchFacets.js';
import { pickStances } from './pickStances.js';

const stanceOf = (text: string, facet: string) => pickStances(matchFacets(text, 0)).find((m) => m.facet === facet)?.stance ?? null;

describe('matchFacets', () => {
  it("reads a label they're giving as none, and an officer's quoted injury as no wound of the man's (stop 49)", () => {
    expect(stanceOf("They're calling him a rock thrower on TV. That's not who he is.", 'weapon_alleged')).toBeNull();
    expect(stanceOf('The report says the officer "was struck by the vehicle and suffered injuries to his leg."', 'wound_location')).toBeNull();
    expect(stanceOf('He suffered injuries to his leg.', 'wound_location')).toBe('leg');
    // Stop 61: what one is "not stupid enough to" do is no claim that one did it.
    expect(stanceOf('My brother is not stupid enough to try to run somebody over in front of his own house.', 'vehicle_movement')).not.toBe('toward_officers');
    expect(stanceOf('He tried to run somebody over.', 'vehicle_movement')).toBe('toward_officers');
    // Stop 61: an officer put "in the hospital" is no one hit by gunfire.
    expect(stanceOf('This criminal illegal alien put an ICE officer in the hospital.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('He was taken to the hospital.', 'hit_by_gunfire')).toBe('hit');
    // Stop 61: "had suffered" after an officer is still the officer's injury.
    expect(stanceOf('Pruitt said an officer had suffered "injuries to his leg," and that the man fled.', 'wound_location')).toBeNull();
    expect(stanceOf('He had suffered injuries to his leg.', 'wound_location')).toBe('leg');
  });

  it('reads an agent who puts himself in front of the car as no car driven at him (stop 49)', () => {
    expect(stanceOf('The agent puts himself next to or in front of the car and then shoots because the car moves.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('He was standing in front of the car when it accelerated.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads leave "which is consistent with agency policy" as no justification of the force (stop 49)', () => {
    expect(stanceOf('The agent was placed on paid administrative leave, which is consistent with agency policy.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The agent acted consistent with his training and with DHS policy.', 'justification_for_force')).toBe('self_defense');
  });

  it('reads DACA that lapsed or was lost as no lawful status (stop 49)', () => {
    expect(stanceOf('He had a DACA application that lapsed in 2023.', 'citizenship')).toBeNull();
    expect(stanceOf('He lost his DACA status in 2024.', 'citizenship')).toBeNull();
    expect(stanceOf('He is a DACA recipient.', 'citizenship')).toBe('lawful_status');
  });

  it('reads one who declined to go to the hospital as no one hit (stop 49)', () => {
    expect(stanceOf('He was examined by paramedics and declined to go to the hospital.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('He was taken to the hospital.', 'hit_by_gunfire')).toBe('hit');
  });

  it('reads nothing in a statement an agency retracted (stop 49)', () => {
    expect(stanceOf('DHS on Tuesday retracted its statement that a man shot by a Border Patrol agent had opened fire on agents.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('DHS said the man had opened fire on agents.', 'weapon_alleged')).toBe('armed');
  });

  it('reads a video that does not show the start of the encounter as a gap, not a contradiction (stop 49)', () => {
    expect(stanceOf('The video does not show the start of the encounter.', 'footage')).toBe('exists');
    expect(stanceOf('The video does not show him holding a weapon.', 'footage')).toBe('contradicts');
  });

  it('reads one who identified herself as a resident as no officer identifying himself (stop 49)', () => {
    expect(stanceOf('A video posted by a user who identified herself as a resident shows the stop.', 'officer_conduct')).toBeNull();
    expect(stanceOf('The agents identified themselves as police and ordered him out.', 'officer_conduct')).toBe('restrained');
  });

  it('reads flight from agents or a pursuit as no flight after the shooting (stop 49)', () => {
    expect(stanceOf('DHS said the subject fled from agents and failed to comply with commands.', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('The pickup fled east, reaching speeds over 100 mph.', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('The driver fled after the shots.', 'flight_after_shooting')).toBe('fled');
  });

  it('reads nothing in what there is no reason to expect (stop 49)', () => {
    expect(stanceOf("There is no reason to expect that he'll face charges.", 'criminal_charge')).toBeNull();
    expect(stanceOf('There is no indication that he was armed.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He will face charges, the prosecutor said.', 'criminal_charge')).toBe('charged');
  });

  it('reads no claim in a label others are giving, or in what officials always say told as a formula (stop 49)', () => {
    expect(stanceOf('They are calling it a medical emergency to cover up what they did.', 'cause_of_death')).toBeNull();
    expect(stanceOf('The first thing they did was call it a medical emergency.', 'cause_of_death')).toBeNull();
    expect(stanceOf('The first statement is always that the person attacked an officer, and then the video comes out.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Weaponized vehicle, reached for a weapon, violent assault — these are the phrases.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('ICE called it a medical emergency.', 'cause_of_death')).toBe('self_harm_or_medical');
    expect(stanceOf('He attacked an officer, the statement said.', 'weapon_alleged')).toBe('armed');
  });

  it('reads agents ramming her as no car driven at them, and "was never arrested" that night as no record (stop 49)', () => {
    expect(stanceOf('The video shows they rammed her.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('DHS said she rammed their vehicle.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('They rammed our agents, the spokeswoman said.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('His client has never been arrested in any country.', 'criminal_record')).toBe('no_record');
    expect(stanceOf('Okerlund, a freelance photographer, was never arrested.', 'criminal_record')).toBeNull();
    expect(stanceOf('He has never been arrested.', 'criminal_record')).toBe('no_record');
  });

  it("reads no age or status of the person in a child one has, an age one arrived at, or a different man sought (stop 49)", () => {
    expect(stanceOf('She has a 3-year-old U.S. citizen son who was in the car.', 'age')).toBeNull();
    expect(stanceOf('She has a 3-year-old U.S. citizen son who was in the car.', 'citizenship')).toBeNull();
    expect(stanceOf('She is a U.S. citizen and a mother of two.', 'citizenship')).toBe('us_citizen');
    expect(stanceOf('Reyes came to the U.S. at age 6 and graduated from high school.', 'age')).toBeNull();
    expect(stanceOf('Reyes, age 19, was shot.', 'age')).toBe('19');
    expect(stanceOf('Agents were looking for a different man, a Guatemalan national with a removal order.', 'citizenship')).toBeNull();
    expect(stanceOf('Agents said Ruiz, a Guatemalan national with a removal order, rammed them.', 'citizenship')).toBe('undocumented');
  });

  it("reads no weapon of the man's in agents' rifles or a stun gun they used (stop 49)", () => {
    expect(stanceOf('When men with rifles and no badges run at your car, you panic.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Agents tackled and shocked a 61-year-old man with a stun gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He came at the agents with a gun.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('A man with a rifle walked toward the agents.', 'weapon_alleged')).toBe('armed');
  });

  it("reads an officer's drawn gun as no weapon of the man's, a spouse's citizenship as none of the person's, a pending residence as lawful status (stop 47)", () => {
    expect(stanceOf("An agent approaches the driver's side with a gun drawn.", 'weapon_alleged')).toBeNull();
    expect(stanceOf('The man approached the agents with a gun drawn.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('She has a pending application for lawful permanent residence through her husband, a U.S. citizen.', 'citizenship')).toBe('lawful_status');
    expect(stanceOf('Her husband, a U.S. citizen, was tackled by agents.', 'citizenship')).toBe('us_citizen');
    expect(stanceOf('She had a pending application for a U visa.', 'citizenship')).toBe('lawful_status');
  });

  it('reads officers running a man over as no car driven at them, a swing at agents as an attack, minor officer injuries in more words, "He\'s not a criminal" (stop 47)', () => {
    expect(stanceOf('They came for somebody else and they ran him over.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('The agent believed the driver intended to run him over.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('He swung at agents before he was tackled.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('The officer was treated for a minor injury.', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('The agent was treated for a knee injury and released.', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('One agent suffered a minor knee injury.', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('The complaint says the agent "was struck in the left knee," suffering a bruise.', 'wound_location')).toBeNull();
    expect(stanceOf("He's not a criminal.", 'criminal_record')).toBe('no_record');
  });

  it('reads a proposition its sentence judges false as its opposite, and one only repeated as said (stop 48)', () => {
    expect(stanceOf('The idea that he posed a threat to anyone is absurd.', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('Any suggestion that he was armed is false.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('The claim that he tried to run over an agent is a lie.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('DHS repeated its claim that he tried to run over an agent.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The claim that he tried to run over an agent was repeated by DHS on Friday.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads force used "like I was a danger" as no justification, "neither man had a conviction" as none, guns "they" point "at him" as no weapon of his (stop 48)', () => {
    expect(stanceOf('they shot me with a Taser like I was a danger to somebody', 'justification_for_force')).toBeNull();
    expect(stanceOf('It looked like he was reaching for a gun.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('the car began to pull forward slowly, like she was trying to get out of there', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('said neither man had a criminal conviction in the United States', 'criminal_record')).toBe('no_record');
    expect(stanceOf('He did not have a criminal conviction.', 'criminal_record')).toBe('no_record');
    expect(stanceOf('Neither video shows what happened before the agents approached.', 'footage')).toBe('exists');
    expect(stanceOf('He wasn’t swinging anything. Why are they pointing guns at him?', 'weapon_alleged')).toBeNull();
    expect(stanceOf('They said he pointed a gun at them.', 'weapon_alleged')).toBe('armed');
  });

  it('reads "she and her brothers are U.S. citizens" as no status of the one shot, and wounds counted "once … and once" as no count of shots (stop 48)', () => {
    expect(stanceOf('she and her two younger brothers were born here and are U.S. citizens', 'citizenship')).toBeNull();
    expect(stanceOf('He and his wife are U.S. citizens.', 'citizenship')).toBe('us_citizen');
    expect(stanceOf('her brother was shot once in the left shoulder and once in the upper arm', 'shots_fired')).toBeNull();
    // Stop 60: "shot twice" tells the wounds, not how many times the agent fired (three shots, two hits).
    expect(stanceOf('he had been shot twice, once in the abdomen and once in the arm', 'shots_fired')).toBeNull();
  });

  it('reads a video that does not show a moment, the shooting itself or someone’s hands as a gap, not a contradiction (stop 48)', () => {
    expect(stanceOf('The footage does not show the moment she was tased.', 'footage')).toBe('exists');
    expect(stanceOf('Video circulating online does not show the moment he fell.', 'footage')).toBe('exists');
    expect(stanceOf('Because of the angle, the video does not show Benavides’s hands.', 'footage')).toBe('exists');
    expect(stanceOf('A second video does not show the shooting itself but captures an officer picking up the pole.', 'footage')).toBe('exists');
    expect(stanceOf('The video does not show the car moving toward the agent.', 'footage')).toBe('contradicts');
  });

  it('reads a finding that evidence does not support a characterization, past an abbreviation, as its opposite (stop 48)', () => {
    const text = 'The evidence does not support the characterization, in ICE’s public statement, that Mr. Villaseñor assaulted an officer.';
    expect(stanceOf(text, 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf(text, 'criminal_charge')).toBeNull();
  });

  it('reads leave "in line with agency policy" as no justification, and a question one "has to ask" as no approach (stop 48)', () => {
    expect(stanceOf('He has been placed on administrative leave, in line with agency policy.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The officers acted consistent with their training.', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('At some point you have to ask whether the pursuit itself is the problem.', 'reason_for_approach')).toBeNull();
    expect(stanceOf('He asked the agents why they were there.', 'reason_for_approach')).toBe('warning_or_helping');
  });

  it('reads what no video shows, a gun of the man one would not attack, a child\'s age, a trainer\'s "defensive tactics" and a label "this administration" gave as no claim (stop 48)', () => {
    expect(stanceOf('Not one of them shows anyone throwing a rock or a bottle.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He’s not going to attack a man with a gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('A man with a gun approached the agents.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('while her 9-year-old son and 6-year-old daughter screamed from the back seat', 'age')).toBeNull();
    expect(stanceOf("Orozco's 13-year-old daughter, Camila, did not speak.", 'age')).toBeNull();
    // Stop 61: a child named after "or" ("his wife or 15-year-old daughter") is the relation's too.
    expect(stanceOf('He had not yet been allowed to see his wife or 15-year-old daughter.', 'age')).toBeNull();
    expect(stanceOf('Cliff Aronsohn, who teaches defensive tactics, reviewed the video.', 'justification_for_force')).toBeNull();
    expect(stanceOf('A kid with no record. And this administration called him a gang member.', 'gang_affiliation')).toBeNull();
    expect(stanceOf('The videos don’t show that.', 'footage')).toBe('contradicts');
    expect(stanceOf('What the videos do not show', 'footage')).toBe('exists');
  });

  it('reads an ambush of officers as an attack on them, not one by agents or one no one is said to suffer (stop 48)', () => {
    expect(stanceOf('It was an ambush in a school parking lot.', 'characterization')).toBeNull();
    expect(stanceOf('Agents ambushed Paredes in the parking lot.', 'characterization')).toBeNull();
    expect(stanceOf('Our agent was doing his job, and he was ambushed.', 'characterization')).toBe('attack_on_officers');
    expect(stanceOf('He was ambushed by federal agents outside his home.', 'characterization')).toBeNull();
  });

  it('reads no one struck by the truck as no account of gunfire (stop 48)', () => {
    expect(stanceOf('So no one was struck by the truck.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('No one was struck by gunfire.', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
  });

  it('reads wounds listed after a dash, a death "had been ruled" or classified a homicide, and an officer ", who has not been named," not injured (stop 48)', () => {
    expect(stanceOf('Almanza was hit twice — once in the shoulder and once in the upper arm.', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('Almanza was shot twice — once in the shoulder and once in the left side.', 'wound_location')).toBe('shoulder');
    expect(stanceOf('his death had been ruled a homicide', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('The report classifies the death as a homicide.', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('the officer, who has not been named, was not injured', 'officer_injury')).toBe('minor_or_none');
  });

  it('reads care given "appropriate" in the base form, and aid rendered past an opening quotation mark (stop 48)', () => {
    expect(stanceOf('ICE said its officers "immediately rendered aid."', 'treatment_in_custody')).toBe('treated_properly');
    expect(stanceOf('all detainees "receive appropriate medical care"', 'treatment_in_custody')).toBe('treated_properly');
    expect(stanceOf('He continues to receive appropriate care.', 'treatment_in_custody')).toBe('treated_properly');
    expect(stanceOf('She received care at a hospital.', 'treatment_in_custody')).toBeNull();
  });

  it('reads a complaint "charging NAME with assaulting" as charged, charges declined as none, and charges declined against officers as none of the man\'s (stop 48)', () => {
    expect(stanceOf('filed a criminal complaint charging Efraín with assaulting a federal officer', 'criminal_charge')).toBe('charged');
    expect(stanceOf('The U.S. Attorney\'s Office declined to file charges against Robledo.', 'criminal_charge')).toBe('not_charged');
    expect(stanceOf('Federal prosecutors declined to bring criminal charges against the officers.', 'criminal_charge')).toBeNull();
  });

  it('reads a blow to an officer a filing marks ("struck BPA-3 in the face", "Agent A") as no wound of the man (stop 48)', () => {
    expect(stanceOf('Ruiz "struck BPA-3 in the face with his elbow."', 'wound_location')).toBeNull();
    expect(stanceOf('He struck Agent A in the face.', 'wound_location')).toBeNull();
    expect(stanceOf('He was struck in the face.', 'wound_location')).toBe('face');
  });

  it('reads use of force found "within policy", "legally justified", "only the force necessary", "in defense of himself", "to stop the threat" as justified (stop 48)', () => {
    expect(stanceOf('the review found the use of force was within policy', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('It is unclear whether the shooting was within policy.', 'justification_for_force')).toBeNull();
    expect(stanceOf('the officer\'s actions were legally justified under state law', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('The shooting was not justified.', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('agents used only the force necessary', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('he fired in defense of himself and others', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('He fired to stop the threat.', 'justification_for_force')).toBe('self_defense');
  });

  it('reads what one cannot prove, is told, or a label DHS gave as no claim of one\'s own; asylum applied for and agents kicked as read (stop 48)', () => {
    expect(stanceOf("I cannot prove beyond a reasonable doubt that the officer's use of deadly physical force was not justified", 'justification_for_force')).toBeNull();
    expect(stanceOf('We are told he resisted.', 'compliance')).toBeNull();
    expect(stanceOf('He had applied for asylum in 2019.', 'citizenship')).toBe('lawful_status');
    expect(stanceOf('he violently resisted arrest, kicking and striking agents', 'weapon_alleged')).toBe('armed');
  });

  it('reads "none of the agents … were wearing body-worn cameras" as no footage (stop 48)', () => {
    expect(stanceOf('None of the officers wore body cameras.', 'footage')).toBe('none');
    expect(stanceOf('none of the agents involved were wearing body-worn cameras', 'footage')).toBe('none');
  });

  it('reads a gang the vocabulary names ("a member of MS-13", "a Latin Kings associate") as gang ties, and "didn\'t hit nobody" as unarmed (stop 48)', () => {
    expect(stanceOf('DHS said he is a member of MS-13.', 'gang_affiliation')).toBe('gang_member');
    expect(stanceOf('He was a known Latin Kings associate.', 'gang_affiliation')).toBe('gang_member');
    expect(stanceOf('The Latin Kings held a rally.', 'gang_affiliation')).toBeNull();
    expect(stanceOf("He didn't hit nobody.", 'weapon_alleged')).toBe('unarmed');
  });

  it('reads a deputy "was being dragged" as the car driven at officers (stop 48)', () => {
    expect(stanceOf('the deputy was being dragged alongside the vehicle', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads "None of the three videos shows" as contradicting, and shots told in the present or with the weapon named (stop 47)', () => {
    expect(stanceOf('None of the three videos shows the Civic moving toward Officer A at any point.', 'footage')).toBe('contradicts');
    expect(stanceOf('At 0:21, the officer fires four times.', 'shots_fired')).toBe('4');
    expect(stanceOf('The second officer also fired, discharging his weapon twice.', 'shots_fired')).toBe('2');
    expect(stanceOf('The agent fired his weapon twice.', 'shots_fired')).toBe('2');
    // "shooting" and "shoots" name the event or a sport as often as the act: no count from them.
    expect(stanceOf('In the shooting, agents had been warned three times.', 'shots_fired')).toBeNull();
  });

  it('reads fleeing a country as no flight from the scene, a suicide as the cause of death, an officer hurt "after being struck" as the officer (stop 47)', () => {
    expect(stanceOf('He fled Honduras in 2023, his sister said.', 'flight_after_shooting')).toBeNull();
    expect(stanceOf("He says he fled Cameroon's Anglophone region after being detained.", 'flight_after_shooting')).toBeNull();
    expect(stanceOf('He fled gang violence.', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('The driver fled on foot after the shooting.', 'flight_after_shooting')).toBe('fled');
    expect(stanceOf('The medical examiner ruled his death a suicide.', 'cause_of_death')).toBe('self_harm_or_medical');
    expect(stanceOf('ICE said he died by suicide.', 'cause_of_death')).toBe('self_harm_or_medical');
    expect(stanceOf('It was not a suicide.', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('She classified the manner of death as homicide.', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('One officer suffered a concussion after being struck in the head by a thrown object.', 'wound_location')).toBeNull();
  });

  it('reads a man pulling away from an agent who grabs his arm as no car driving away (stop 47)', () => {
    expect(stanceOf('One agent grabs his arm; Rivas turns and appears to pull away.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('Ávila physically resisted, pulled away from officers and struck one.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('They put it in a press release to make him look like a violent criminal who attacked officers.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('She pulled away from the curb as agents approached.', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads a label made ("and then call it self-defense", "turned her into a domestic terrorist"), an arm caught in a side window and a wife introduced as no claim of the kind (stop 47)', () => {
    expect(stanceOf("You don't get to shoot a man in the back of the arm and then call it self-defense.", 'justification_for_force')).toBeNull();
    expect(stanceOf('They took a teenager and turned her into a domestic terrorist on social media.', 'characterization')).toBeNull();
    expect(stanceOf("The car accelerated with our officer's arm caught in the driver's side window.", 'vehicle_movement')).toBeNull();
    expect(stanceOf('He has two children and a wife who is a permanent resident.', 'citizenship')).toBeNull();
    expect(stanceOf('He is a permanent resident.', 'citizenship')).toBe('lawful_status');
  });

  it("reads an officer's wound past an apposition or after a titled name as none of the man's (stop 47)", () => {
    expect(stanceOf('The wounded agent, a 12-year veteran of the Border Patrol, was struck in the leg.', 'wound_location')).toBeNull();
    expect(stanceOf('Border Patrol Agent Marcus Lee, 38, was shot in the thigh.', 'wound_location')).toBeNull();
    expect(stanceOf('Agent A was treated at a hospital for a cut above his eye.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('The man, a 34-year-old father, was shot in the thigh.', 'wound_location')).toBe('thigh');
  });

  it('reads an agent reaching through a side window, agents boxed in, a cover for what an officer did and a charge only referred as no claim of theirs (stop 47)', () => {
    expect(stanceOf("A masked agent reaches through the open driver's side window of a white Toyota Corolla.", 'vehicle_movement')).toBeNull();
    expect(stanceOf('The agent fired through the side window.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('Agents across the county have been "boxed in" by drivers.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('They are smearing a dead man to cover for what that officer did.', 'criminal_charge')).toBeNull();
    expect(stanceOf('The charges were a cover for the shooting.', 'criminal_charge')).toBe('pretext_or_dropped');
    expect(stanceOf("She would be referred to the U.S. attorney's office for prosecution on charges of impeding a federal officer.", 'criminal_charge')).toBeNull();
    expect(stanceOf('He would not comment. Prosecutors filed charges of assault.', 'criminal_charge')).toBe('charged');
    expect(stanceOf('She was released from custody without being charged.', 'criminal_charge')).toBe('not_charged');
    expect(stanceOf('None of the videos show the moments before the agents approached the car.', 'footage')).toBe('exists');
  });

  it('reads no finding from what a court says a video does not show or leaves to a jury, nor a danger to the community as self-defense (stop 47)', () => {
    expect(stanceOf('Nor does it clearly show that he was ever directly in its path, rather than beside it.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('Whether Mr. Ibarra drove at an agent is a question for a jury, not for me this afternoon.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('The government had not shown that he was a danger to the community.', 'justification_for_force')).toBeNull();
    expect(stanceOf('Prosecutors said he was a danger to the community and should stay in custody.', 'justification_for_force')).toBeNull();
    expect(stanceOf('He was a danger to the agents.', 'justification_for_force')).toBe('self_defense');
  });

  it('reads a review "in accordance with policy" as no justification, a video missing the moments before as no contradiction, "more than one round" as no count (stop 47)', () => {
    expect(stanceOf('ICE said the incident was "under review in accordance with agency policy."', 'justification_for_force')).toBeNull();
    expect(stanceOf('The agent acted in accordance with policy.', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('The video does not show the moments before the shooting.', 'footage')).toBe('exists');
    expect(stanceOf('The video does not show him reaching for a weapon.', 'footage')).toBe('contradicts');
    expect(stanceOf('The statement implied more than one round was fired.', 'shots_fired')).toBeNull();
  });

  it('reads no claim from a label others gave, told by one who rejects it, in more forms (stop 47)', () => {
    expect(stanceOf('They put it out there that she tried to kill an officer.', 'characterization')).toBeNull();
    expect(stanceOf('They put his face all over the internet as a gang member.', 'gang_affiliation')).toBeNull();
    expect(stanceOf('They keep describing my brother as a gang member.', 'gang_affiliation')).toBeNull();
    expect(stanceOf('For four months they called Ernesto a criminal who tried to kill an officer.', 'characterization')).toBeNull();
    // The label as said, or given by one named: a claim (findRelays gives a named labeller's to them).
    expect(stanceOf('She tried to kill an officer.', 'characterization')).toBe('attack_on_officers');
    expect(stanceOf('DHS called him a gang member.', 'gang_affiliation')).toBe('gang_member');
  });

  it('reads nothing said from what is asked or supposed: "did not say whether", "asked if", a sentence opening on "If", a reporter\'s "Asked whether" (stop 47)', () => {
    expect(stanceOf('It did not say whether he had a criminal record.', 'criminal_record')).toBeNull();
    expect(stanceOf('Officials asked if he was armed.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('If the video shows what CBP says it shows, put it out.', 'footage')).toBeNull();
    expect(stanceOf('Asked whether he was accusing DHS of lying, Ferreira paused.', 'reason_for_approach')).toBeNull();
    expect(stanceOf('When asked whether he resisted, she did not answer.', 'reason_for_approach')).toBeNull();
    // Said, not asked: the same words are claims.
    expect(stanceOf('It said he had a criminal record.', 'criminal_record')).toBe('has_record');
    expect(stanceOf('He walked over and asked whether they had a warrant.', 'reason_for_approach')).toBe('warning_or_helping');
    expect(stanceOf('He was armed, police said. If convicted, he faces 20 years.', 'weapon_alleged')).toBe('armed');
  });

  it('reads a weapon found whose owner the sentence leaves open as no claim that the man was armed (stop 47)', () => {
    expect(stanceOf('He said a knife was recovered "in the vicinity," but he could not say whether it belonged to the man.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Police found a handgun in the car but did not say whether the gun was his.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He said a knife was recovered "in the vicinity" of the man.', 'weapon_alleged')).toBe('armed');
    // Left open is whose the weapon was, not anything else the sentence asks.
    expect(stanceOf('Agents said he was armed with a knife, and it is unclear whether he fired.', 'weapon_alleged')).toBe('armed');
  });

  it('reads walking backward from agents as retreating, a hand raised as complying, a car by its make as stationary (stop 46)', () => {
    expect(stanceOf('A video shows a man walking backward away from three agents', 'position_when_shot')).toBe('retreating');
    expect(stanceOf('He stood with his right hand raised.', 'compliance')).toBe('complied');
    expect(stanceOf('the Honda was stationary when the agent fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The Accord never moved.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he did not see the car move', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("The agents' Tahoe never moved.", 'vehicle_movement')).toBeNull();
  });

  it('reads no claim from what no video shows, no evidence supports or a label others gave; an officer "injured and taken to a hospital" is not hit; a Dodge Ram rams no one (stop 46)', () => {
    expect(stanceOf('At no point in the videos is Mr. Pretti seen holding a gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('the government had not produced any evidence that Rafael Ortega had a criminal record', 'criminal_record')).toBeNull();
    expect(stanceOf('They called him a gang member on national television', 'gang_affiliation')).toBeNull();
    expect(stanceOf('DHS called him a gang member.', 'gang_affiliation')).toBe('gang_member');
    expect(stanceOf('The officer was "seriously injured" and taken to a hospital.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('His mother sat in the hospital waiting room.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('He was taken to the hospital.', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('He was driving a white Dodge Ram pickup.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('He rammed the agents\' car.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('He never hit the gas.', 'weapon_alleged')).toBeNull();
    expect(stanceOf("He was shot while Ibarra's hands were raised.", 'compliance')).toBe('complied');
    expect(stanceOf('The agent had no choice but to fire.', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('One agent suffered a bloody nose.', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('An agent was hospitalized with a concussion.', 'officer_injury')).toBe('serious');
    expect(stanceOf('the other one shot him with the Taser in the back', 'shots_fired')).toBeNull();
    expect(stanceOf('An agent fired one shot.', 'shots_fired')).toBe('1');
    expect(stanceOf('the use of less-lethal munitions was a measured response to an unlawful assembly', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('The shooting was unlawful.', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf("One agent can be seen pulling a handgun from his waistband and walking away with it.", 'position_when_shot')).toBeNull();
    expect(stanceOf('He was walking away when he was shot.', 'position_when_shot')).toBe('retreating');
    expect(stanceOf('The sheriff did not say how many shots were fired or whether the agent was injured.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('Police would not say whether the man was hit.', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
    expect(stanceOf('He never hit anyone.', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads a gun found near the man as armed, an agent\'s wound as none of the man\'s and the rounds a driver fired as no shots of officers (stop 46)', () => {
    expect(stanceOf('Investigators found a semiautomatic pistol near his body, the sheriff said.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('Investigators found a phone near his body.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('The agent, whose name has not been released, was shot in the shoulder.', 'wound_location')).toBeNull();
    expect(stanceOf('The man was shot in the shoulder.', 'wound_location')).toBe('shoulder');
    expect(stanceOf('As the agents approached, the driver got out and fired at least four rounds.', 'shots_fired')).toBeNull();
    expect(stanceOf('As the man got out, the agents fired at least four rounds.', 'shots_fired')).toBe('4');
  });

  it('reads "attempted to flee" as noncompliance, "did not try to run" and hands where agents could see them as compliance (stop 43)', () => {
    expect(stanceOf('he tried to flee', 'compliance')).toBe('noncompliant');
    expect(stanceOf('the man did not try to run', 'compliance')).toBe('complied');
    expect(stanceOf('He was standing by his station with his hands where they could see them.', 'compliance')).toBe('complied');
    expect(stanceOf('he was not running for office', 'compliance')).toBeNull();
  });

  it('reads a rock picked up as armed, not kids picked up from school (stop 43)', () => {
    expect(stanceOf('One of the men "picked up a large rock and raised it over his head" as an agent approached', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he picked up his kids from school', 'weapon_alleged')).toBeNull();
  });

  it('reads "boxed him in" by officers as no car driven at them, not the driver boxing them in (stop 43)', () => {
    expect(stanceOf('the ICE vehicle cut in front of him and boxed him in.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('she boxed him in with her car', 'vehicle_movement')).toBeNull();
  });

  it('reads "had “aggressively advanced” on the officer", a quotation mark after the verb, as attacking (stop 43)', () => {
    expect(stanceOf('ICE said the man had "aggressively advanced" on the officer', 'position_when_shot')).toBe('attacking');
  });

  it('reads "There\'s body camera footage" as footage that exists, not video of a rally (stop 43)', () => {
    expect(stanceOf("There's body camera footage. Release it.", 'footage')).toBe('exists');
    expect(stanceOf('there was video of the rally', 'footage')).toBeNull();
    expect(stanceOf('There is no video', 'footage')).toBe('none');
  });

  it('reads an agent who fired being dragged as driven at officers, and his own injuries as no wound of the man (stop 43)', () => {
    const lede = "A Border Patrol agent who shot and killed a driver on Saturday was dragged about 20 feet by the man's car and suffered injuries to his legs";
    expect(stanceOf(lede, 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf(lede, 'wound_location')).toBeNull();
    // The man's own "was struck" after the agent is still his.
    expect(stanceOf('The agent fired at the man, who was struck in the chest and suffered injuries to his legs', 'wound_location')).toBe('chest');
    expect(stanceOf('the agent fired at the man who was dragged from the car', 'vehicle_movement')).toBeNull();
  });

  it('reads "was not dragging anybody" and "shot while sitting in his car" as no car driven at officers (stop 43)', () => {
    expect(stanceOf('My brother was not dragging anybody.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('He was shot while sitting in his truck.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he was sitting in his car when agents arrived, then drove at them', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads opposite accounts of a vehicle as opposite stances', () => {
    expect(stanceOf('the pickup accelerated toward the deputies in the lot', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('she was backing up to leave when the shots came', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the video showed her car backing away from the officer', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the lawyer said Vidal was seated in his parked car when the agent fired', 'vehicle_movement')).toBe('away_from_officers');
    // Pulling away from a traffic stop is leaving it, no direction toward or away from the officers.
    expect(stanceOf('an officer fired at a driver who pulled away from a traffic stop on the interstate', 'vehicle_movement')).toBeNull();
    expect(stanceOf('she pulled away from the agents before they fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('CBP said the driver "attempted to strike the agent with the vehicle"', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the officer faced a vehicle that was being used as a weapon', 'vehicle_movement')).toBe('toward_officers');
    // A person backing away on foot is no account of a vehicle.
    expect(stanceOf('he was backing away from the officers when they fired', 'vehicle_movement')).toBeNull();
  });

  it('reads a vehicle moving "slowly" away, with the adverb before or after the verb', () => {
    expect(stanceOf('"The truck was going away from him, toward the road," the rancher said', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the SUV was moving slowly away from the officers', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the car was already rolling away from the agents', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads a car "backing out" as driven away, unless backing out toward an officer (stop 42)', () => {
    expect(stanceOf('the car was backing out slowly when an officer ran in front of it', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the driver was pulling out of the lot', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the car was backing out toward the agent when he fired', 'vehicle_movement')).toBeNull();
  });

  it('reads a knife produced or pulled as armed, never pulled as unarmed, an agent drawing his as neither; "as he backed away" (stop 42)', () => {
    expect(stanceOf('the agent fired after the man "produced a knife and advanced on the agent."', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he pulled out what appeared to be a pistol', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he never pulled a knife', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('The agent drew his weapon', 'weapon_alleged')).toBeNull();
    expect(stanceOf('the agent shot the man twice in the chest as he backed away', 'position_when_shot')).toBe('retreating');
  });

  it('reads hands on the wheel as he sat, a reach toward the console, "about to be shot" (stop 42)', () => {
    expect(stanceOf('as Fimbres sat with his hands on the steering wheel', 'compliance')).toBe('complied');
    expect(stanceOf('after seeing Fimbres reach toward the center console', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he never reached toward the console', 'weapon_alleged')).toBeNull();
    expect(stanceOf('she was reaching into the back seat for her baby', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Kyle believed he was about to be shot', 'justification_for_force')).toBe('self_defense');
  });

  it('reads "her vehicle turning away", "did not strike anyone" (not with a car) (stop 42)', () => {
    expect(stanceOf('bystander videos show her vehicle turning away from him', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('his client did not strike anyone', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('she did not strike anyone with the car', 'weapon_alleged')).toBeNull();
  });

  it('reads a car a video shows "stationary", "accelerated directly at me", "to save his own life", a video that refutes (stop 42)', () => {
    expect(stanceOf('body camera footage shows Marisol Reyes\'s car "stationary or moving slowly" when the agent fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('Reyes "accelerated directly at me."', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the agent "acted to save his own life."', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('testimony that the video so plainly refutes', 'footage')).toBe('contradicts');
  });

  it('reads "he resisted and attempted to flee" as noncompliant, "he never resisted" as complied (stop 42)', () => {
    expect(stanceOf('that he "resisted and attempted to flee."', 'compliance')).toBe('noncompliant');
    expect(stanceOf('he never resisted.', 'compliance')).toBe('complied');
    expect(stanceOf('He said he resisted the temptation', 'compliance')).toBeNull();
  });

  it('reads agents "with guns out" as their conduct, no weapon of the man; "with a knife raised" still his (stop 42)', () => {
    expect(stanceOf('Two of them came to his window with guns out, yelling', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Two of them came to his window with guns out, yelling', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('the man ran toward them with a knife raised', 'weapon_alleged')).toBe('armed');
  });

  it('reads an SUV pulling in front of the car as no officer in its path; men who blocked the car in as boxing it in (stop 42)', () => {
    expect(stanceOf('Video shows an unmarked SUV pulling in front of the car before the shots.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('the agent was standing in front of the car', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the driver panicked when men in plain clothes blocked the car in.', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads a statistic officials cite and a reply that it cannot be checked', () => {
    expect(stanceOf('attacks on our deputies have jumped by more than 600 percent this year', 'official_statistics')).toBe('sharp_increase');
    expect(stanceOf('the bureau has not published the underlying counts, so the claim is unverifiable', 'official_statistics')).toBe('unsupported');
  });

  it('takes a name for who was driving, never a pronoun at the start of a sentence', () => {
    const driver = (text: string) => matchFacets(text, 0).find((m) => m.facet === 'who_was_driving')?.value ?? null;
    expect(driver('Ana Ruiz was driving when the agent fired.')).toBe('Ana Ruiz');
    expect(driver('He was driving away.')).toBeNull();
    expect(driver('The video speaks for itself. She was the driver, not her brother.')).toBeNull();
    expect(driver('Ruiz was at the wheel when agents fired.')).toBe('Ruiz');
    expect(driver('Ana Ruiz, who was behind the wheel of the SUV, was hit twice.')).toBe('Ana Ruiz');
    expect(driver('The truck’s driver, Ana Ruiz, was hit.')).toBe('Ana Ruiz');
    expect(driver('Agents ordered the driver, later identified as NINO-MONCADA, to get out.')).toBe('NINO-MONCADA');
    expect(driver('He was behind the wheel.')).toBeNull();
  });

  it('reads agents "boxed in" by protesters as no account of how a car moved, a car boxed in by agents as stopped', () => {
    expect(stanceOf('agents were "boxed in" by protesters ramming their vehicles', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('officers were boxed in by the crowd', 'vehicle_movement')).toBeNull();
    expect(stanceOf('his car was boxed in by two agency vehicles', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads "lunged at" a pronoun, a quotation mark between, with an object, and "rock throwers"', () => {
    expect(stanceOf('the agent fired after Serrano "lunged at" her with an object', 'position_when_shot')).toBe('attacking');
    expect(stanceOf('the agent fired after Serrano "lunged at" her with an object', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('agents were "under assault by rock throwers."', 'weapon_alleged')).toBe('armed');
  });

  it('reads a side window shot through as no driving at officers, one smashed to drag a man out as nothing', () => {
    expect(stanceOf('he was shot through the side window', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("video shows agents smashing the driver's side window of a car", 'vehicle_movement')).toBeNull();
  });

  it('reads a criminal record claimed against none', () => {
    expect(stanceOf('the agency said the man had a criminal history including assault', 'criminal_record')).toBe('has_record');
    expect(stanceOf('a criminal illegal alien from Honduras with prior convictions for assault', 'criminal_record')).toBe('has_record');
    expect(stanceOf('her client has no criminal record in Maine or anywhere else', 'criminal_record')).toBe('no_record');
    expect(stanceOf('he had never been arrested and had a pending asylum case', 'criminal_record')).toBe('no_record');
    // Generic words about many people, and a background check, say nothing of this man.
    expect(stanceOf('sanctuary politicians release criminal illegal aliens', 'criminal_record')).toBeNull();
    expect(stanceOf('he passed a criminal background check', 'criminal_record')).toBeNull();
  });

  it('reads where a wound is past four words naming the man, and "the wound is in his back"', () => {
    expect(stanceOf('an agent shot a 29-year-old Mexican man in the back near the fence', 'wound_location')).toBe('back');
    expect(stanceOf('There were no rocks. The wound is in his back.', 'wound_location')).toBe('back');
    // The part named after a side: "the left side of the neck" is the neck (stop 41).
    expect(stanceOf('the autopsy found he was shot once in the left side of the neck', 'wound_location')).toBe('neck');
    expect(stanceOf('a gunshot wound to the back of the head', 'wound_location')).toBe('head');
    expect(stanceOf('he was hit in the side', 'wound_location')).toBe('side');
  });

  it('reads what befell an officer who was hurt and treated as no hit of the man (stop 41)', () => {
    expect(stanceOf('the officer "suffered significant injuries" and was treated at a hospital', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('the officer fired and the man was taken to a hospital', 'hit_by_gunfire')).toBe('hit');
  });

  it('reads a knee put on a neck and spray into a face as force beyond the need (stop 41)', () => {
    expect(stanceOf('One of them put a knee on his neck', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('One officer sprays a chemical irritant into his face from about a foot away', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('the man sprayed the officer in his face', 'officer_conduct')).toBeNull();
  });

  it('reads a clip that shows, and "this is not self-defense" (stop 41)', () => {
    expect(stanceOf('A 14-second clip posted on X shows a man sprinting across a parking lot', 'footage')).toBe('exists');
    expect(stanceOf('He was running away. This is not self-defense.', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('the agent acted in self-defense', 'justification_for_force')).toBe('self_defense');
  });

  it('reads a child\'s age as no age of the one it happened to, lawful commands refused, badges never shown (stop 41)', () => {
    expect(stanceOf('she was driving her 8-year-old son to school', 'age')).toBeNull();
    expect(stanceOf('agents shot her 20-year-old son', 'age')).toBe('20');
    expect(stanceOf('a 16-year-old boy was shot', 'age')).toBe('16');
    expect(stanceOf('Delgado "refused multiple lawful commands to exit her vehicle"', 'compliance')).toBe('noncompliant');
    expect(stanceOf('none of them showed a badge or said they were immigration agents', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('masked men in plain clothes smashed her window', 'officer_conduct')).toBe('aggressive');
  });

  it('reads a rifle an officer named by rank pointed as no weapon of the man; an officer never identified himself (stop 41)', () => {
    expect(stanceOf('the officer "acted in self-defense" after Porter "pointed a rifle at him."', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('Officer Ross pointed his rifle at the car', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Officer Ross pointed his rifle at the car', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('The officer never identified himself.', 'officer_conduct')).toBe('aggressive');
  });

  it('reads agents dragging a man as no car driven at them; a broken wrist as serious; "he was not hit by the gunfire" (stop 41)', () => {
    expect(stanceOf('Agents dragged her out of the car', 'vehicle_movement')).toBeNull();
    expect(stanceOf('An ICE officer was dragged about 50 feet', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('Agent dragged 50 feet by fleeing driver', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf("he accelerated, catching Officer D.K.'s arm in the open window and dragging him", 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The officer suffered a broken wrist', 'officer_injury')).toBe('serious');
    expect(stanceOf('He was not hit by the gunfire.', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
  });

  it('reads both hands on the wheel, a pickup that was not moving, a prior DWI conviction (stop 41)', () => {
    expect(stanceOf('He had both hands on the steering wheel.', 'compliance')).toBe('complied');
    expect(stanceOf('the pickup "wasn\'t moving at all" when the officer fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('a 2019 removal order and a prior DWI conviction', 'criminal_record')).toBe('has_record');
    expect(stanceOf('his attorney told jurors that Rojas was braking when she fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the agents were stopping cars at the checkpoint', 'vehicle_movement')).toBeNull();
    expect(stanceOf('the driver "swerved toward agents\' vehicles multiple times in an attempt to run them off the road."', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the van was not swerving when the agents fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('agents ran him off the road', 'vehicle_movement')).toBeNull();
    // What police said, cut before their tag: "…, wounding the driver, Ana Ruiz, 29".
    expect(stanceOf('an agent fired three shots at a car on Sunday, wounding the driver, Ana Ruiz, 29', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('an agent fired three shots at a car on Sunday, wounding the driver, Ana Ruiz, 29', 'age')).toBe('29');
    expect(stanceOf('a prior domestic violence arrest', 'criminal_record')).toBe('has_record');
    expect(stanceOf('he was released prior to arrest', 'criminal_record')).toBeNull();
  });

  it('reads videos that do not support an account, past a date\'s abbreviation; an agent\'s own rifle as no weapon of the man (stop 41)', () => {
    expect(stanceOf("Three videos of the Feb. 12 shooting, reviewed by the Ledger, do not support the agency's claim", 'footage')).toBe('contradicts');
    expect(stanceOf("An agent approaches the driver's door with his rifle raised.", 'weapon_alleged')).toBeNull();
    expect(stanceOf('An agent approached the man with his knife drawn', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('agents "came in yelling and pointing rifles at everyone."', 'weapon_alleged')).toBeNull();
    expect(stanceOf('agents "came in yelling and pointing rifles at everyone."', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('Agents said the man pointed a gun', 'weapon_alleged')).toBe('armed');
  });

  it('reads flight from a stop, or before what followed, as no flight after the shooting (stop 41)', () => {
    expect(stanceOf('Agents said the man fled a traffic stop and was later shot', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('he had been the target of a planned traffic stop and fled in his car before crashing', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('He had fled from a checkpoint', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('The subject fled the scene and abandoned his vehicle', 'flight_after_shooting')).toBe('fled');
  });

  it('reads rocks thrown, and no evidence of any, as armed and unarmed (stop 41)', () => {
    expect(stanceOf('One man threw "softball-sized rocks" at an agent', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('We have not seen any evidence of rocks', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('there were no rocks', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('My son was not throwing anything.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('There were kids in costumes. Nobody was attacking anybody.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('her father was holding his car keys, not a screwdriver', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('officers found keys and a phone near where he fell, but no screwdriver', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('investigators found no evidence of a weapon', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads a vehicle veering away, or a make of car turning away, as driven away (stop 41)', () => {
    expect(stanceOf("video shows Gale's maroon Honda Pilot turning away from the officer as he fired", 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the pickup veered away from the agents', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the agent swerved away', 'vehicle_movement')).toBeNull();
  });

  it('reads an agent\'s vehicle ramming the man as no driving at officers by him, his ramming theirs as driving at them', () => {
    // Which way he drove, the ramming does not say (as "an agent's vehicle struck his car").
    expect(stanceOf('an agent\'s vehicle "rammed him from behind" moments before the crash', 'vehicle_movement')).toBeNull();
    expect(stanceOf('the agents\' SUV rammed his car twice', 'vehicle_movement')).toBeNull();
    expect(stanceOf('he rammed an agent\'s vehicle and fled', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads a citizen saying so, and a stop of someone who matched a description as targeted', () => {
    expect(stanceOf('I told them I\'m a citizen, and they did not care', 'citizenship')).toBe('us_citizen');
    expect(stanceOf('he is a citizen of Honduras', 'citizenship')).toBeNull();
    expect(stanceOf('to others, he is a citizen journalist in military attire', 'citizenship')).toBeNull();
    expect(stanceOf('he was detained because he matched the description of a target', 'reason_for_approach')).toBe('targeted_or_interfering');
  });

  it('reads a gun someone "appeared" to point as armed, and a car that never moved as not driven at officers', () => {
    expect(stanceOf('the man pointed what appeared to be a handgun at officers', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('the lawsuit said the car never moved before the officer fired', 'vehicle_movement')).toBe('away_from_officers');
    // An agents' car that never moved tells nothing of his.
    expect(stanceOf('the agents\' SUV never moved during the stop', 'vehicle_movement')).toBeNull();
  });

  it("reads an examiner's finding of compression, and a homicide listed as the manner of death, as a death by force", () => {
    expect(stanceOf('he was killed by "compression of the neck and torso" during a struggle with guards', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('the report lists the manner of death as homicide', 'cause_of_death')).toBe('force_or_homicide');
  });

  it('reads a person running from officers as retreating when shot', () => {
    expect(stanceOf('the boy was more than 60 feet away and running from the agents when the agent fired', 'position_when_shot')).toBe('retreating');
  });

  it('reads how a detained person is held', () => {
    expect(stanceOf('his brother said he was booked under a different name and the family was not told where he was', 'treatment_in_custody')).toBe('held_without_contact');
    expect(stanceOf('the agency said she received appropriate medical care in the detention center', 'treatment_in_custody')).toBe('treated_properly');
    expect(stanceOf('she tried to kill an agent with her car, the spokesman said', 'characterization')).toBe('attack_on_officers');
  });

  it('drops a hit under negation and lets the negated stance speak', () => {
    const matches = matchFacets('witnesses said nobody swung a rake, and no one was in the truck’s path', 0);
    expect(matches.some((m) => m.facet === 'vehicle_movement' && m.stance === 'toward_officers')).toBe(false);
    expect(matches.some((m) => m.facet === 'vehicle_movement' && m.stance === 'away_from_officers')).toBe(true);
  });

  it('reads whether the person complied: refused commands against hands up', () => {
    expect(stanceOf('the driver refused repeated commands to turn off the engine', 'compliance')).toBe('noncompliant');
    expect(stanceOf('"Instead of complying, he reached under the seat," the spokesman said', 'compliance')).toBe('noncompliant');
    expect(stanceOf('she failed to follow the agents’ instructions', 'compliance')).toBe('noncompliant');
    expect(stanceOf('the man resisted arrest and struck an agent', 'compliance')).toBe('noncompliant');
    expect(stanceOf('he was standing by the truck with his hands up', 'compliance')).toBe('complied');
    expect(stanceOf('her brother said she raised her hands as soon as she saw the gun', 'compliance')).toBe('complied');
    expect(stanceOf('witnesses said he did not resist', 'compliance')).toBe('complied');
    expect(stanceOf('he was complying with every order when they fired', 'compliance')).toBe('complied');
  });

  it('reads a car moving away from the agents, and a weapon nobody found', () => {
    expect(stanceOf('the video shows the car moving away from them', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('we found no weapon in the car', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agent fired after he reached for what the agent believed was a weapon', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('she had her hands on the wheel', 'compliance')).toBe('complied');
    // An agency taking back its first account: "the agent was not dragged".
    expect(stanceOf('a spokesperson acknowledged that the agent was not dragged', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('his wife said he had stopped the car and was reaching for his license', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('officials said ICE officers had stopped the vehicle', 'vehicle_movement')).toBe(null);
    // A denial with "nobody" for subject (stop 41); a negated "run over" alone is no claim either way.
    expect(stanceOf('Nobody tried to run anybody over', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('no one was trying to hit the agents', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('nobody saw him run anyone over', 'vehicle_movement')).toBe(null);
  });

  it('reads a beating against a medical cause of a death in custody', () => {
    expect(stanceOf('an autopsy found blunt force injuries to his head and chest', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('This was not a medical emergency. He was beaten.', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('he died of an apparent heart attack', 'cause_of_death')).toBe('self_harm_or_medical');
  });

  it('does not read a charge, an agency or an officer as the person\'s compliance', () => {
    // The statute's words and a charge name are the charge facet's, not an account of what he did.
    expect(stanceOf('he was charged with resisting arrest', 'compliance')).toBe(null);
    expect(stanceOf('assaulting, resisting or impeding a federal officer', 'compliance')).toBe(null);
    expect(stanceOf('the sheriff said the agency is cooperating with the inquiry', 'compliance')).toBe(null);
    expect(stanceOf('the agent was following orders, his lawyer said', 'compliance')).toBe(null);
    // Negated, the hit drops; a "did not comply" says the other side itself.
    expect(stanceOf('he did not have his hands up, the agency said', 'compliance')).toBe(null);
    expect(stanceOf('he did not comply with the commands', 'compliance')).toBe('noncompliant');
    // Turning himself in days later is no account of the scene.
    expect(stanceOf('he surrendered to federal authorities on Tuesday', 'compliance')).toBe(null);
  });

  it('reads no word cut out of a name at an accented letter ("Ram" of "Ramírez", "Ramón")', () => {
    expect(stanceOf('The man, identified as Héctor Ramírez, died at a hospital.', 'vehicle_movement')).toBe(null);
    expect(stanceOf('Ramón Ortiz rammed the gate, the agency said.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('gives offsets into the document', () => {
    const text = 'Intro. The agent acted in self-defense, the bureau said.';
    const m = matchFacets(text.slice(7), 7).find((x) => x.facet === 'justification_for_force');
    expect(m && text.slice(m.start, m.end).toLowerCase()).toContain('self-defense');
  });

  it('normalises value facets so equal values compare equal', () => {
    const ages = matchFacets('Maria Lopez, 41, and the 41-year-old neighbour', 0).filter((m) => m.facet === 'age');
    expect(new Set(ages.map((m) => m.stance))).toEqual(new Set(['41']));
    const shots = matchFacets('the trooper fired two rounds', 0).find((m) => m.facet === 'shots_fired');
    expect(shots?.value).toBe('2');
  });

  it('takes one stance per facet for one account, the better supported one', () => {
    const text = 'as he began to pull away, the van stopped and tried to run the agents over by reversing at them';
    expect(stanceOf(text, 'vehicle_movement')).toBe('toward_officers');
  });

  it('turns a contradicted claim to the other side of a two-sided facet', () => {
    expect(stanceOf('The bruise alone contradicts the claim that her client drove at the deputy.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('Neighbours said the dent was hard to square with a truck bearing down on him.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The sheriff said the driver drove at the deputy.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('lets an explicit denial outweigh the object it denies', () => {
    expect(stanceOf('he picked up a crowbar when he heard the noise but never swung it', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('neighbours said they saw no attack with a crowbar or a machete', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads thrown objects, the least force and not threatening anyone', () => {
    expect(stanceOf('deputies said the crowd had thrown projectiles at their cars', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('she had not thrown anything at anyone, her sister said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('two neighbours saw nobody throwing anything before the shots', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agency said its troopers used the minimal force needed to clear the gate', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('the agent fired to protect fellow officers, the agency said', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('"We were not threatening anybody," the student said', 'justification_for_force')).toBe('unjustified');
  });

  it('keeps a body part after an officer the officer\'s ("struck an officer in the face")', () => {
    expect(stanceOf('he resisted and struck a deputy in the face, the sheriff said', 'wound_location')).toBe(null);
    expect(stanceOf('he hit the trooper on the arm', 'wound_location')).toBe(null);
    expect(stanceOf('a deputy struck him in the face', 'wound_location')).toBe('face');
    expect(stanceOf('the trooper shot him in the arm', 'hit_by_gunfire')).toBe('hit');
  });

  it('reads a driver turning around, a truck never aimed at anyone, and officers nobody knew for officers', () => {
    expect(stanceOf('her brother said she was trying to turn around when the deputies fired', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he never steered the van toward the troopers, his wife said', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('"She did not know they were officers," her mother said', 'officer_conduct')).toBe('aggressive');
  });

  it('reads a man who opened fire on officers as armed, and officers who returned fire as defending themselves', () => {
    const text = 'ICE said a man opened fire on immigration officers serving a warrant, and the officers returned fire, wounding him';
    expect(stanceOf(text, 'weapon_alleged')).toBe('armed');
    expect(stanceOf(text, 'justification_for_force')).toBe('self_defense');
    // Officers opening fire on a man allege nothing of him.
    expect(stanceOf('witnesses said agents opened fire on the man as he ran', 'weapon_alleged')).toBeNull();
  });

  it('reads officers slamming a head, kneeling on a back, a man who could not breathe as their conduct, and no threat posed', () => {
    expect(stanceOf('his wife said officers slammed her husband\'s head against the pavement', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('in the video one officer kneels on his back while he shouts that he cannot breathe', 'officer_conduct')).toBe('aggressive');
    // The man's own blow is no conduct of the officers.
    expect(stanceOf('ICE said Ruiz slammed his head into the officer\'s face', 'officer_conduct')).toBeNull();
    expect(stanceOf('agents fired at people who were standing still and posing no threat', 'justification_for_force')).toBe('unjustified');
  });

  it('tells whose gun it was: the person\'s pointed at officers, an officer\'s pointed at anyone', () => {
    // The person's conduct: a weapon alleged, no claim about the officers.
    expect(stanceOf('the sheriff said he aimed a rifle at two deputies before they fired', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('the sheriff said he aimed a rifle at two deputies before they fired', 'officer_conduct')).toBe(null);
    expect(stanceOf('the clip shows her pointing a pistol toward the troopers', 'officer_conduct')).toBe(null);
    // An officer's conduct: no weapon alleged against the person.
    expect(stanceOf('neighbours said a trooper pointed his rifle at the children', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('neighbours said a trooper pointed his rifle at the children', 'weapon_alleged')).toBe(null);
    expect(stanceOf('The clip shows two masked deputies, who had left their car, then aiming pistols at the driver.', 'weapon_alleged')).toBe(null);
    // An officer named as the object of the act does not make it the officer's.
    expect(stanceOf('the man lunged at the deputy with a machete', 'weapon_alleged')).toBe('armed');
  });

  it('reads how badly an officer was hurt, and keeps an officer in a hospital from reading as the person hit', () => {
    expect(stanceOf('the deputy who fired was "seriously injured" and taken to a hospital', 'officer_injury')).toBe('serious');
    expect(stanceOf('she drove at the troopers, dragging a trooper a significant distance', 'officer_injury')).toBe('serious');
    expect(stanceOf('on the recording the deputy tells a colleague his injuries were "nothing major"', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('no troopers were hurt', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('the sheriff said the man was seriously injured', 'officer_injury')).toBe(null);
    expect(stanceOf('the deputy who fired was evaluated at a hospital', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('two of the agents have been hospitalized', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('no one was struck by the gunfire, the spokeswoman said', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
    expect(stanceOf('deputies gave first aid, and he was taken to a hospital', 'hit_by_gunfire')).toBe('hit');
    // Hurt by flying glass or in a crash, a person in a hospital tells no bullet.
    expect(stanceOf('his cousin was struck by glass and treated at a hospital', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('the driver was hurt in the crash and hospitalized', 'hit_by_gunfire')).toBe(null);
    // A car that hit the officer, or a driver who struck him, is no gunfire; a bullet that struck her is.
    expect(stanceOf('she weaponized her vehicle and struck him', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('he was injured when the SUV hit him', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('one of the rounds struck her', 'hit_by_gunfire')).toBe('hit');
    // A charge an officer faces is no claim of the person's charge; "was not justified" disputes the force.
    expect(stanceOf('a grand jury indicted an ICE officer on a charge of voluntary manslaughter', 'criminal_charge')).toBe(null);
    expect(stanceOf('a grand jury indicted him on a charge of assault', 'criminal_charge')).toBe('charged');
    expect(stanceOf('the evidence shows this shooting was not justified', 'justification_for_force')).toBe('unjustified');
    // Charges dropped outweigh the "charges against" they name; a video of a phone in his hand says unarmed.
    expect(stanceOf('prosecutors later dropped assault charges against her', 'criminal_charge')).toBe('pretext_or_dropped');
    expect(stanceOf('the judge dismissed the case against him', 'criminal_charge')).toBe('pretext_or_dropped');
    expect(stanceOf('videos show him holding a phone', 'weapon_alleged')).toBe('unarmed');
    // A pepper ball or a rubber bullet that hit her back is no gunfire; a shot in the back is.
    expect(stanceOf('she said she was hit in the back by a pepper ball', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('he was struck in the leg with a rubber bullet', 'hit_by_gunfire')).toBe(null);
    expect(stanceOf('he was shot in the back by the agent', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('the agent shot him twice', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('he suffered a broken wrist and was treated at a hospital', 'hit_by_gunfire')).toBe(null);
  });

  it('reads officers named by their service, a dragged officer and training as the reason given', () => {
    expect(stanceOf('he steered the sedan toward federal agents', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the car dragged an agent down the block', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the spokesperson said the deputy acted according to his training', 'justification_for_force')).toBe('self_defense');
  });

  it('reads a weapon the subject was said to carry against a gun that stayed put, and agents who hit the car', () => {
    expect(stanceOf('the agency said she was armed with a semiautomatic handgun', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('her lawyer said she never pointed a gun at anyone', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('he has a permit, and the pistol stayed in his glove box', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agency now says he had been holding a phone, not a knife', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agency said the man threw rocks at agents', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('agents fired after the man approached them with a 9 mm semiautomatic handgun', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('one individual assaulted an agent with a large rock', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('He was not brandishing a weapon. He was holding a phone.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('ICE said he "charged at officers with a box cutter"', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('ICE said he "charged at officers with a box cutter"', 'criminal_charge')).toBe(null);
    expect(stanceOf('he was charged on Friday with assaulting an officer', 'criminal_charge')).toBe('charged');
    expect(stanceOf('his brother was carrying his laundry and nothing else', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('"He had clothes in his hands," he said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('there were agents all over the yard with their guns out', 'weapon_alleged')).toBe(null);
    expect(stanceOf('the man approached the agents with his phone held up', 'weapon_alleged')).toBe(null);
    expect(stanceOf('bystander videos of the fatal shooting on Delmar Avenue appear to show a man holding a phone', 'footage')).toBe('exists');
    expect(stanceOf('"I didn\u2019t see any rocks," the neighbor said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('it was the agent who swerved into Ortiz\u2019s car', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('she was turning her wheel away from them', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('video shows agents boxing in his pickup before the shots', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he was only trying to drive around the agents\u2019 trucks', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('"He didn\u2019t try to run anybody over. The car was off," she said', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he never tried to hit the agents', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('her father was trying to back out of a driveway', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("the agent fired after Ortiz's car struck an agent's vehicle", 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf("an agent's vehicle struck his car", 'vehicle_movement')).toBe(null);
    expect(stanceOf("the footage showed the agent's vehicle swerving into hers, not the other way around", 'vehicle_movement')).toBe('away_from_officers');
    expect(pickStances(matchFacets('an agent shot Carlos Ortiz, 25, in the shoulder', 0)).find((m) => m.facet === 'wound_location')?.value).toBe('shoulder');
    expect(stanceOf('he tried to run the agents over', 'vehicle_movement')).toBe('toward_officers');
    // On foot: "he did not run" tells nothing of a vehicle; a weapon he did not have, a metal object he was said to hold.
    expect(stanceOf('"He did not have a weapon. He did not run," his sister said', 'vehicle_movement')).toBe(null);
    expect(stanceOf('"He did not have a weapon. He did not run," his sister said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('he never had a gun, his father said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('"She never pointed anything at anyone," her lawyer said', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agency said the suspect pointed a handgun at agents', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('his daughter said her father was holding a hose', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('An agent fired twice. No one was hurt.', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
    expect(stanceOf('He was released without charges on Thursday.', 'criminal_charge')).toBe('not_charged');
    // A contraction negates ("wasn't in front of the car"), a generic "you don't" does not.
    expect(stanceOf("The agent wasn't in front of the car when he fired.", 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('No one was in front of her car.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('"You don’t get shot in the back by someone standing in front of your car," she said.', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf("He wasn't armed.", 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf("He didn't have anything in his hands.", 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('The officer was never in danger.', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('Investigators said there is no video of the shooting.', 'footage')).toBe('none');
    expect(stanceOf("The agent's body camera was not turned on.", 'footage')).toBe('none');
    expect(stanceOf("The officer who fired was standing beside the driver's door, not in front of the vehicle.", 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('He did not drag anyone.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('DHS said he "suddenly drove off" toward an officer', 'flight_after_shooting')).toBe(null);
    expect(stanceOf('Because of the angle, the video does not show where the agent stood.', 'footage')).not.toBe('contradicts');
    expect(stanceOf('The video does not show him reaching for anything.', 'footage')).toBe('contradicts');
    // Running away as he was shot is where he was, not a flight after the shooting.
    expect(stanceOf('He was shot in the back as he ran away.', 'position_when_shot')).toBe('retreating');
    expect(stanceOf('He was shot in the back as he ran away.', 'flight_after_shooting')).toBe(null);
    expect(stanceOf('After the shots, the driver sped away.', 'flight_after_shooting')).toBe('fled');
    expect(stanceOf('DHS said he "assaulted officers and resisted arrest."', 'characterization')).toBe('attack_on_officers');
    expect(stanceOf('He was charged with assaulting a federal officer.', 'characterization')).toBe(null);
    expect(stanceOf('the officer was holding a phone when the man swung a pipe at him', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('his lawyer said he never pointed a gun at the agents', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('the agency said he advanced on the agent with a metal object', 'weapon_alleged')).toBe('armed');
    // Turning away on foot is a position, not a vehicle's movement; turning the car away is.
    expect(stanceOf('the footage shows him turning away from the officer before the shots', 'vehicle_movement')).toBe(null);
    expect(stanceOf('the footage shows him turning away from the officer before the shots', 'position_when_shot')).toBe('retreating');
    expect(stanceOf('she turned the car away from the agents', 'vehicle_movement')).toBe('away_from_officers');
    // A camera that recorded the encounter is footage, not a bystander filming agents.
    expect(stanceOf("the agents' body cameras recorded the encounter", 'footage')).toBe('exists');
    expect(stanceOf("the agents' body cameras recorded the encounter", 'reason_for_approach')).toBe(null);
    expect(stanceOf('she was recording the agents with her phone', 'reason_for_approach')).toBe('warning_or_helping');
    // A filing's stand-ins: a truck reversed at one is driven at an officer; a person who moved toward one is not a vehicle.
    expect(stanceOf('DIAZ-LUNA reversed the truck toward BPA-1, who stood behind it', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('DIAZ-LUNA then moved toward O-1 on foot', 'vehicle_movement')).toBe(null);
    expect(pickStances(matchFacets('The round struck DIAZ-LUNA in the upper left arm.', 0)).find((m) => m.facet === 'wound_location')?.value).toBe('arm');
  });

  it('reads a death in custody as caused by the force used, or by self-harm as officials say', () => {
    expect(stanceOf('the medical examiner ruled his death a homicide', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('he died of "asphyxia due to neck and torso compression"', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('officers used force to subdue him after he attempted suicide', 'cause_of_death')).toBe('self_harm_or_medical');
    // The officer's own life, as often as the detainee's: no cause of death.
    expect(stanceOf('the officer fired once to save his life', 'cause_of_death')).toBe(null);
    expect(stanceOf('he had been asking for his medication for weeks', 'cause_of_death')).toBe(null);
  });

  it('reads "was armed" of the person and an approach "with a 9 mm semi-automatic handgun", not armed agents', () => {
    expect(stanceOf('DHS said Ortiz approached U.S. Border Patrol agents with a 9 mm semi-automatic handgun', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('She said Ortiz was "armed and resisting"', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('The agents were armed and masked', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He was armed robbery suspect in 2019', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Ortiz was not armed', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads no reason for approaching in a charge\'s statutory list ("assaulting, impeding and interfering")', () => {
    expect(stanceOf('She was charged with forcibly assaulting, impeding and interfering with federal officers', 'reason_for_approach')).toBeNull();
    expect(stanceOf('charged with assaulting, resisting, opposing, impeding, intimidating, or interfering with officers', 'reason_for_approach')).toBeNull();
    expect(stanceOf('Agents said she was interfering with the arrest', 'reason_for_approach')).toBe('targeted_or_interfering');
  });

  it('reads a quotation that closes between the verb and the officers ("drove his car toward" officers)', () => {
    expect(stanceOf('DHS said he "drove his car toward" officers', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The officers ran toward them and dragged one of them out', 'vehicle_movement')).toBeNull();
  });

  it('reads a reckless use of force or a killing called murder as unjustified, not a denial or a murder charge', () => {
    expect(stanceOf('This was an agent recklessly using power that ended a life', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('The agent fired recklessly into the car', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('They murdered my son', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('He was not murdered, the agency said', 'justification_for_force')).toBeNull();
    expect(stanceOf('He was charged with murder in 2019', 'justification_for_force')).toBeNull();
  });

  it('reads videos (plural) that contradict an account, and "none of the videos shows"', () => {
    expect(stanceOf('A review of four videos recorded from different angles contradicts the account', 'footage')).toBe('contradicts');
    expect(stanceOf('None of the videos shows the car striking him', 'footage')).toBe('contradicts');
    expect(stanceOf('The videos show the car turning', 'footage')).toBe('exists');
  });

  it("reads an agent steering his vehicle into the person's car as the side that denies she drove at officers", () => {
    const picked = (text: string) => pickStances(matchFacets(text, 0)).find((m) => m.facet === 'vehicle_movement')?.stance ?? null;
    expect(picked("Footage showed the agent steering his SUV into Ortiz's car")).toBe('away_from_officers');
    expect(picked('The agent rammed his vehicle into her car')).toBe('away_from_officers');
    expect(picked("She rammed the agents' vehicle")).toBe('toward_officers');
    expect(picked('Agents drove the car into the garage')).toBeNull();
  });

  it('reads a car turning away from the officer as not driven at officers', () => {
    expect(stanceOf('She was turning away. She was leaving.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The video shows the officer beside the SUV as it turns away from him', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads a car reversing out of a space, rolling backward, never pointing at the agent as not driven at them', () => {
    expect(stanceOf('the video shows the sedan reversing out of a parking space as two SUVs stop behind it', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the car rolls backward and to the left, and the agent fires', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the front of the car never points toward him', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he reversed out of the parking space toward the agents', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads a person taken into custody at the scene as staying, not photographs taken there', () => {
    expect(stanceOf('he was taken into custody at the scene and charged the next day', 'flight_after_shooting')).toBe('stayed');
    expect(stanceOf('photos taken at the scene show a shattered side window', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('the pictures were taken at the scene by a neighbor', 'flight_after_shooting')).toBeNull();
  });

  it('reads nothing into what a recording is said not to show, and no filming into a video filmed by someone', () => {
    expect(stanceOf('None of the videos reviewed by the paper shows him drawing or pointing a gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('No bystander video shows the car striking an agent.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('The footage does not show the man reaching for a gun.', 'weapon_alleged')).toBeNull();
    // In any case, as the regexes read it: the words they need are looked for as case-insensitively.
    expect(stanceOf('NONE OF THE VIDEOS SHOWS HIM DRAWING OR POINTING A GUN.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('The footage did not Capture the man reaching for a gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('The footage did not Depict the man reaching for a gun.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('The video shows him reaching for a gun.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('Videos of the shooting, filmed by bystanders, show him on the ground.', 'reason_for_approach')).toBeNull();
    expect(stanceOf('She was filming the agents when they approached her.', 'reason_for_approach')).toBe('warning_or_helping');
  });

  it('counts shots fired, not the rounds that hit', () => {
    const shots = (text: string) => pickStances(matchFacets(text, 0)).find((m) => m.facet === 'shots_fired')?.value ?? null;
    expect(shots('BPA-1 fired three rounds. One round struck DIAZ-LUNA in the left shoulder.')).toBe('3');
    expect(shots('He was hit by two rounds.')).toBeNull();
    expect(shots('The agent fired two shots.')).toBe('2');
    // Stop 60: one "was shot twice" was hit twice; the agent who "shot twice" fired twice.
    expect(shots('Marco Villeda, 31, was shot twice through the windshield.')).toBeNull();
    expect(shots('Villeda was fatally shot three times.')).toBeNull();
    expect(shots('The agent shot twice through the windshield.')).toBe('2');
  });

  it('leaves an officer\'s wound to the officer: no claim that the person shot was hit there', () => {
    expect(stanceOf('The agent was struck in the leg and flown to a hospital.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('One of the officers, who had been hit in the hand, was treated.', 'wound_location')).toBeNull();
    expect(stanceOf('Ortiz was struck in the leg and flown to a hospital.', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('An agent shot Ortiz in the leg.', 'wound_location')).toBe('leg');
  });

  it('tells a person hit from shots that hit the car, or a silence about it', () => {
    expect(stanceOf('the deputy fired three rounds that struck the pickup', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
    expect(stanceOf('the sheriff has not said whether any round hit him', 'hit_by_gunfire')).toBe('not_hit_or_unconfirmed');
    expect(stanceOf('she was shot twice in the left leg', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('the van kept hitting the sedan hard', 'hit_by_gunfire')).toBeNull();
  });

  it('leaves out an age when one account gives two people’s ages', () => {
    expect(stanceOf('Ada Lund, 26, and Bo Reyes, 24, were charged', 'age')).toBeNull();
    expect(stanceOf('Ada Lund, 26, was charged', 'age')).toBe('26');
  });

  it('reads an assault on an agent as an attack, and its denial as the answer', () => {
    expect(stanceOf('he assaulted a Border Patrol agent and resisted arrest', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he assaulted a Border Patrol agent and resisted arrest', 'compliance')).toBe('noncompliant');
    expect(stanceOf('he punched an officer', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he struck an agent in the face', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('her husband never touched anyone', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('he never resisted arrest', 'compliance')).toBe('complied');
    expect(stanceOf("he wasn't fighting", 'compliance')).toBe('complied');
    // A charge lists what he is accused of, in the gerund: no account of what he did.
    expect(stanceOf('he was charged with assaulting a federal officer and resisting arrest', 'compliance')).toBeNull();
    expect(stanceOf('he was charged with assaulting a federal officer and resisting arrest', 'weapon_alleged')).toBeNull();
  });

  it('reads force on a person already handcuffed as excessive, not as a restrained tool', () => {
    expect(stanceOf('agents used a Taser on him after he was handcuffed', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('agents used a Taser on him after he was handcuffed', 'officer_conduct')).toBeNull();
    expect(stanceOf('he was already in cuffs and they tased him twice', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('the agent drew his Taser instead of his gun', 'officer_conduct')).toBe('restrained');
  });

  it('reads no hit and no car into shots that did not hit anyone', () => {
    expect(stanceOf('the shots did not hit anyone', 'vehicle_movement')).toBeNull();
    expect(stanceOf('the bullet did not hit him', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('a bullet hit him in the arm', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('she did not hit the agent with her car', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads a weapon said found as armed, one said not in his hands as unarmed, and a car never moved as no threat', () => {
    expect(stanceOf('the agency said a screwdriver was recovered at the scene', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('no gun was recovered', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('there is no screwdriver in his hands', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('he never moved the car', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the agent never moved the car', 'vehicle_movement')).toBeNull();
  });

  it("leaves an officer's rifle to the officer and the person's gun to the person, whoever the sentence names first", () => {
    expect(stanceOf('An agent in a tan vest gets out with his rifle raised.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('The agent, in a tan vest, approached with his rifle raised.', 'weapon_alleged')).toBeNull();
    // Someone's words about the person, or another subject after the agents: the person's conduct still.
    expect(stanceOf('An agent said Ruiz lunged with a knife.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('Two agents walked up to the car and the driver swung a machete.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('The man pointed a gun.', 'officer_conduct')).toBeNull();
    expect(stanceOf('Agents said the driver pointed a gun.', 'officer_conduct')).toBeNull();
    expect(stanceOf('The man said an agent pointed a gun at him.', 'officer_conduct')).toBe('aggressive');
  });
});

describe('matchFacets: a self-inflicted wound, and pulling away', () => {
  it('reads no shot by officers in a self-inflicted gunshot wound', () => {
    expect(stanceOf('the shooter was found dead on a rooftop with a self-inflicted gunshot wound', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('he died of a gunshot wound to the chest', 'hit_by_gunfire')).toBe('hit');
  });

  it('reads "trying to pull forward, away from the agents" as moving away', () => {
    expect(stanceOf('her husband was trying to pull forward, away from the agents, because he was scared', 'vehicle_movement')).toBe('away_from_officers');
  });
});

describe('matchFacets: accounts of a car at a news conference and on social media', () => {
  it('reads "accelerated toward our officers" as driven at them, the van they boxed in counting once', () => {
    expect(stanceOf('the driver "accelerated toward our officers" after they boxed in his van', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the officer "was struck by the vehicle" and was treated for minor injuries', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads a van "rolling backward", a driver who was parked and a car that does not appear to move as not driven at officers', () => {
    expect(stanceOf('cameras showed the van "rolling backward, away from the officers"', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('Stop lying. Video shows he was parked', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The vehicle does not appear to move before the shots.', 'vehicle_movement')).toBe('away_from_officers');
  });
});

describe('matchFacets: witnesses who saw no weapon', () => {
  it('reads "saw no knife" and "never saw a gun" as unarmed', () => {
    expect(stanceOf('Two neighbors told the paper they saw no knife', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('she said she never saw a gun in his hands', 'weapon_alleged')).toBe('unarmed');
  });
});

describe('matchFacets: a man on foot, and evidence against an account', () => {
  it('reads "moved toward him" of a man on foot as no vehicle, of a car as driven at officers', () => {
    expect(stanceOf('the man had raised a metal pipe and moved toward him', 'vehicle_movement')).toBeNull();
    expect(stanceOf('the car moved toward the agents', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the sedan “moved forward” toward an agent', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('he turned the car toward the officers', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads evidence that does not support an account as no word on a charge', () => {
    expect(stanceOf('the prosecutor said the evidence did not support that account', 'criminal_charge')).toBeNull();
    expect(stanceOf('the judge found the evidence did not support the charges', 'criminal_charge')).toBe('pretext_or_dropped');
  });
});

describe('matchFacets: papers that tell status', () => {
  it('reads a U.S. passport as a citizen and a border crossing card as lawful status', () => {
    expect(stanceOf('"My son was born in Laredo. He has a U.S. passport," his mother said', 'citizenship')).toBe('us_citizen');
    expect(stanceOf('he was a Mexican citizen with a valid border crossing card', 'citizenship')).toBe('lawful_status');
  });
});

describe('matchFacets: an object in his hand, and which way he faced', () => {
  it('reads "with an object in his hand" as armed, and "nothing in his hands" still as unarmed', () => {
    expect(stanceOf('he had "turned toward officers with an object in his hand"', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he had nothing in his hands', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads turning toward officers as advancing on them, a car turning toward them as no such thing', () => {
    expect(stanceOf('he turned toward officers before the shots', 'position_when_shot')).toBe('attacking');
    expect(stanceOf('the car turned toward the agents', 'position_when_shot')).toBeNull();
  });

  it('reads wounds "consistent with a person facing away from the shooter" as turned away', () => {
    expect(stanceOf('the wounds were consistent with a person facing away from the shooter', 'position_when_shot')).toBe('retreating');
  });
});

describe('matchFacets: bullets that entered', () => {
  it('reads bullets that entered him as where he was hit, not how many shots were fired', () => {
    expect(stanceOf('It says two bullets entered below his left shoulder blade and a third struck his neck.', 'shots_fired')).toBeNull();
    expect(stanceOf('the officer fired two rounds', 'shots_fired')).toBe('2');
  });
});

describe('matchFacets: a waistband, and a gun he never owned', () => {
  it('reads reaching toward his waistband as armed, never reaching for it and owning no gun as unarmed', () => {
    expect(stanceOf('he "reached toward his waistband" during the arrest', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('he didn’t reach for his waistband', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('He said he did not own a gun.', 'weapon_alleged')).toBe('unarmed');
  });
});

describe('matchFacets: struck with his vehicle, and no gang', () => {
  it('reads striking an officer with his vehicle as driving at officers, and "was not in a gang" as no gang member', () => {
    expect(stanceOf('The suspect struck an officer with his vehicle and attempted to flee.', 'vehicle_movement')).toBe('toward_officers');
    // A car door swung at him is no car driven at him.
    expect(stanceOf('he struck an officer with his car door and tried to grab a gun', 'vehicle_movement')).toBeNull();
    expect(stanceOf('he had never been deported and was not in a gang', 'gang_affiliation')).toBe('not_gang_member');
    expect(stanceOf('a previously deported gang member', 'gang_affiliation')).toBe('gang_member');
  });
});

describe('matchFacets: a threat, a known smuggler, deported before', () => {
  it('reads a person described as a threat to the agents as self-defense, unless denied', () => {
    expect(stanceOf('officials have described the driver as a threat to the agents at the scene', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('the agency saw him as an imminent threat to officers', 'justification_for_force')).toBe('self_defense');
    expect(stanceOf('no one could have seen her as a threat to anyone', 'justification_for_force')).toBeNull();
    expect(stanceOf('she was not seen as a threat to the agents', 'justification_for_force')).toBeNull();
  });

  it('reads a "known smuggler" as a record, and a man deported before as without status', () => {
    expect(stanceOf('CBP described Ibarra as a "known smuggler"', 'criminal_record')).toBe('has_record');
    expect(stanceOf('a convicted felon, the agency said', 'criminal_record')).toBe('has_record');
    // Stop 61: those one is said to carry or hide are others, no status of the subject's.
    expect(stanceOf('Agents stopped her on suspicion of transporting undocumented migrants.', 'citizenship')).toBeNull();
    expect(stanceOf('He was smuggling two undocumented immigrants.', 'citizenship')).toBeNull();
    expect(stanceOf('He is an undocumented immigrant.', 'citizenship')).toBe('undocumented');
    expect(stanceOf('he had been deported twice', 'citizenship')).toBe('undocumented');
    expect(stanceOf('she was deported twice before', 'citizenship')).toBe('undocumented');
    expect(stanceOf('he had never been deported', 'citizenship')).toBeNull();
    expect(stanceOf('they feared he would be deported', 'citizenship')).toBeNull();
  });
});

describe('matchFacets: a gunman who fired at officers', () => {
  it("leaves the gunman's rounds out of the officers' shots", () => {
    expect(stanceOf('The gunman, identified as Trent Hale, 38, of Garland, fired at least eight rounds from a rifle', 'shots_fired')).toBeNull();
    expect(stanceOf('the man fired two shots at the agents', 'shots_fired')).toBeNull();
    expect(stanceOf('the agent fired at least eight rounds', 'shots_fired')).toBe('8');
    expect(stanceOf('an officer fired two shots at the man', 'shots_fired')).toBe('2');
  });

  it('reads "the other" after one officer as an officer too', () => {
    expect(stanceOf('One officer was shot in the abdomen; the other was hit in the arm.', 'wound_location')).toBeNull();
    expect(stanceOf('One officer was shot in the abdomen; the other was hit in the arm.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('One man was shot in the abdomen; the other was hit in the arm.', 'wound_location')).toBe('abdomen');
  });

  it('reads "a targeted attack on our officers" as an attack on officers', () => {
    expect(stanceOf('"This was a targeted attack on our officers," the director said.', 'characterization')).toBe('attack_on_officers');
    expect(stanceOf('a cowardly attack against ICE personnel', 'characterization')).toBe('attack_on_officers');
  });
});

describe('matchFacets: shots striking a named man, and a removal', () => {
  it('reads where shots striking a man by name hit him, not where a car struck an officer', () => {
    expect(stanceOf('the officer fired two defensive shots, striking Castañeda-López in the shoulder', 'wound_location')).toBe('shoulder');
    expect(stanceOf('he accelerated, striking O-1 in the left knee', 'wound_location')).toBeNull();
    expect(stanceOf('an agent fired two shots at a man, wounding him in the hip', 'wound_location')).toBe('hip');
  });

  it('reads a man removed from the country before as without status', () => {
    expect(stanceOf('he was previously removed from the United States in 2019', 'citizenship')).toBe('undocumented');
    expect(stanceOf('an immigration judge ordered her removed from the United States', 'citizenship')).toBeNull();
  });
});

describe('matchFacets: care in custody, and weight on a man', () => {
  it('reads care withheld as denied, care given as proper', () => {
    expect(stanceOf('guards were withholding his insulin', 'treatment_in_custody')).toBe('denied_care');
    expect(stanceOf('staff ignored her repeated requests for medical care', 'treatment_in_custody')).toBe('denied_care');
    expect(stanceOf('he was denied medical attention for three days', 'treatment_in_custody')).toBe('denied_care');
    expect(stanceOf('he received appropriate medical care', 'treatment_in_custody')).toBe('treated_properly');
  });

  it("reads officers piling on a man or kneeling on his back, by name too, as aggressive", () => {
    expect(stanceOf('four officers knelt on Paz’s back', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('then they piled on him', 'officer_conduct')).toBe('aggressive');
  });
});

describe('matchFacets: driving away as the shots came', () => {
  it('reads "as Guzmán drove away" as no flight after the shooting', () => {
    expect(stanceOf('the agent shot him three times as Guzmán drove away from a checkpoint', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('the agent fired as the driver sped off', 'flight_after_shooting')).toBeNull();
    expect(stanceOf('after the shots, the driver sped off', 'flight_after_shooting')).toBe('fled');
  });
});

describe('matchFacets: names with accents, and no knife', () => {
  it('reads where a man named with accented letters was shot, and "There was no knife"', () => {
    expect(stanceOf('the officer shot Guzmán Ortega, 36, in the back as he ran', 'wound_location')).toBe('back');
    expect(stanceOf('"There was no knife," his widow said.', 'weapon_alleged')).toBe('unarmed');
  });
});

describe('matchFacets: a holstered gun, and the one who shot', () => {
  it('reads a gun "holstered" as the gun, not an officer holstering', () => {
    expect(stanceOf('he reached for the officer’s holstered firearm', 'officer_conduct')).toBeNull();
    expect(stanceOf('Lucero reached for his holstered gun', 'officer_conduct')).toBeNull();
    expect(stanceOf('his hand was near the hip where the officer’s firearm was holstered', 'officer_conduct')).toBeNull();
    expect(stanceOf('the officer holstered his weapon and backed away', 'officer_conduct')).toBe('restrained');
  });

  it('reads "the one who shot" as no count of shots', () => {
    expect(stanceOf('The one who shot was standing by the driver’s door.', 'shots_fired')).toBeNull();
    expect(stanceOf('she heard one loud shot', 'shots_fired')).toBe('1');
  });
});

describe('matchFacets: a grab for the officer\'s weapon', () => {
  it('reads an attempt on the officer\'s weapon as the person\'s attack, and its denial as the other side', () => {
    expect(stanceOf("DHS said the man attempted to grab the agent's service weapon.", 'weapon_alleged')).toBe('armed');
    expect(stanceOf('DHS said he tried to take his weapon.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf("Police said she grabbed the deputy's Taser.", 'weapon_alleged')).toBe('armed');
    expect(stanceOf('DHS said he struggled with the agent over his weapon.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf("His lawyer said he never tried to grab the agent's gun.", 'weapon_alleged')).toBe('unarmed');
  });

  it('leaves an officer reaching for a gun to the officer', () => {
    expect(stanceOf('The agent tried to grab his gun.', 'weapon_alleged')).toBeNull();
  });
});

describe('matchFacets: a car pulling over, or barely moving', () => {
  it('reads pulling over and a car at walking speed as no drive at officers', () => {
    expect(stanceOf('He was trying to pull over when agents surrounded the car.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The car was barely moving when the agent opened fire.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('It was rolling, like at walking speed.', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('leaves agents pulling over a car to the stop', () => {
    expect(stanceOf('Agents were pulling over the car on Main Street.', 'vehicle_movement')).toBeNull();
  });
});

describe('matchFacets: a camera in her hands, and a wound treated', () => {
  it('reads a camera or a phone in the hands as nothing else there', () => {
    expect(stanceOf('She had a camera in her hands, nothing else.', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads the body part of an injury someone was treated for', () => {
    const parts = (text: string) => matchFacets(text, 0).filter((m) => m.facet === 'wound_location').map((m) => m.value);
    expect(parts('Ruiz was treated at a hospital for a laceration to her scalp and released.')).toEqual(['scalp']);
    expect(parts('He was treated for dehydration and released.')).toEqual([]);
  });
});

describe('matchFacets: aid after the shots, and an order of removal', () => {
  it('reads officers rendering aid as care, and aid not rendered as care denied', () => {
    expect(stanceOf('Officers rendered aid until paramedics arrived.', 'treatment_in_custody')).toBe('treated_properly');
    expect(stanceOf('Witnesses said the agents did not render aid for several minutes.', 'treatment_in_custody')).toBe('denied_care');
  });

  it('reads an order of removal as no legal status', () => {
    expect(stanceOf('ICE said he had been ordered removed by an immigration judge in 2011.', 'citizenship')).toBe('undocumented');
    expect(stanceOf('He had a final order of removal.', 'citizenship')).toBe('undocumented');
  });
});

describe('matchFacets: words their speaker denies', () => {
  it('turns every hit of a two-sided facet to the other stance, and drops the rest', () => {
    const denied = (text: string) => pickStances(matchFacets(text, 0, undefined, { denied: true })).map((m) => [m.facet, m.stance]);
    expect(denied('she rammed the agents\' vehicle')).toEqual([['vehicle_movement', 'away_from_officers']]);
    expect(denied('he is a U.S. citizen')).toEqual([]);
  });

  it('reads "disputes that" as a negation of what follows', () => {
    expect(stanceOf('Her family disputes that she was armed.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Her family said she was armed.', 'weapon_alleged')).toBe('armed');
  });
});

describe('matchFacets: who rammed or boxed in whom', () => {
  it('reads agents who "rammed" her car as her account, the quotation marks around the verb or not', () => {
    expect(stanceOf('agents rammed her car', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('her lawyer told the court that agents "rammed" her car', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('officers said she rammed their car', 'vehicle_movement')).toBe('toward_officers');
  });

  it("reads boxing in the agents' vehicle as driving at them, and being boxed in as not", () => {
    expect(stanceOf("she and another driver boxed in agents' vehicle", 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('two cars boxed in a Border Patrol vehicle', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('she was boxed in by agents', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('agents fired at a man after his vehicle was boxed in', 'vehicle_movement')).toBe('away_from_officers');
  });
});

describe('matchFacets: a vehicle shown or said to stand still', () => {
  it('reads a video showing the car stopped when the shots came, and an SUV parked or at a standstill', () => {
    expect(stanceOf('a video appears to show the truck stopped when agents opened fire', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the SUV was parked', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the car was at a standstill', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('leaves a stop the clause goes on from to what came after it', () => {
    expect(stanceOf('video shows the car stopped, then accelerated toward the agents', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the video shows the SUV stopped briefly before it drove at the officer', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: an execution, agents who never said who they were, a man on the ground', () => {
  it('reads "an execution" as force unjustified, not the execution of a warrant', () => {
    expect(stanceOf('the shooting was "an execution in broad daylight."', 'justification_for_force')).toBe('unjustified');
    expect(stanceOf('agents were in the execution of a search warrant', 'justification_for_force')).toBeNull();
    expect(stanceOf('the agents executed a warrant at the house', 'justification_for_force')).toBeNull();
  });

  it('reads officers who never identified themselves as aggressive conduct, the opposite as restrained', () => {
    expect(stanceOf('the agents never identified themselves', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('the officers never said they were police', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('agents identified themselves as police', 'officer_conduct')).toBe('restrained');
  });

  it('reads a man on the ground with his hands behind his back as complying', () => {
    expect(stanceOf('He was on the ground with his hands behind his back when they shot him', 'compliance')).toBe('complied');
  });
});

describe('matchFacets: masks, silence about who they were, a car going the other way, an account called false', () => {
  it('reads officers in masks and officers no one heard say "police" as aggressive conduct', () => {
    expect(stanceOf('the men wore masks and dark clothing', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('two men in masks came up behind him', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('neither said who they were', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('she did not hear anyone say "police."', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('she did not hear anyone say anything about the car', 'officer_conduct')).toBeNull();
    expect(stanceOf('men in masks who threw rocks at the agents', 'officer_conduct')).toBeNull();
  });

  it('reads a car going the other way as not driven at officers, unless the words deny it', () => {
    expect(stanceOf('the truck was going the other way', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('he was driving the other way', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the truck was not going the other way', 'vehicle_movement')).toBeNull();
  });

  it('reads an account called false, or an attack that never happened, as a false account', () => {
    expect(stanceOf('the account was false from start to finish', 'characterization')).toBe('smear_or_misstatement');
    expect(stanceOf('officials have described an attack that never happened', 'characterization')).toBe('smear_or_misstatement');
    expect(stanceOf('his account was true', 'characterization')).toBeNull();
  });
});

describe('matchFacets: a history of offences', () => {
  it('reads "he had a history of reckless driving" as a record, not a city\'s or an officer\'s history', () => {
    expect(stanceOf('DHS has said he had a history of reckless driving', 'criminal_record')).toBe('has_record');
    expect(stanceOf('his history of arrests', 'criminal_record')).toBe('has_record');
    expect(stanceOf('the city has a long history of violence', 'criminal_record')).toBeNull();
  });
});

describe('matchFacets: an officer treated for minor injuries', () => {
  it('reads "the agent was treated for minor injuries" as minor, and says nothing of the man\'s', () => {
    expect(stanceOf('CBP said the agent was treated for minor injuries', 'officer_injury')).toBe('minor_or_none');
    expect(stanceOf('the man was treated for minor injuries', 'officer_injury')).toBeNull();
    expect(stanceOf('No officers were seriously injured.', 'officer_injury')).toBe('minor_or_none');
  });
});

describe('matchFacets: a witness who filmed the encounter, a release hours later without charges', () => {
  it('reads filming the encounter as a witness\'s act, not a reason the man approached, and filming agents as one', () => {
    expect(stanceOf('she filmed the encounter from the sidewalk', 'reason_for_approach')).toBeNull();
    expect(stanceOf('he was filming agents when they grabbed him', 'reason_for_approach')).toBe('warning_or_helping');
  });

  it('reads "released about two hours later without charges" as not charged', () => {
    expect(stanceOf('Hassan was released about two hours later without charges', 'criminal_charge')).toBe('not_charged');
  });
});

describe('matchFacets: a car pulling around, passing the officer, no one in its path (stop 44)', () => {
  it('reads them as not driven at officers, and an agent in the car\'s path as driven at them', () => {
    expect(stanceOf('the video shows the car pulling around the ICE vehicle', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('the officer fires as the car passes him', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("No one appears to be in the car's path.", 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('Nobody was in front of that car.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("An agent was in the car's path.", 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads a video that shows something past a long aside as footage that exists', () => {
    expect(stanceOf("the video, recorded on a cellphone by a passenger in a nearby car and provided to the paper by the driver's lawyers, shows the car", 'footage')).toBe('exists');
  });
});

describe('matchFacets: a legal resident, a refugee (stop 44)', () => {
  it('reads a legal resident and one who came as a refugee as lawful status', () => {
    expect(stanceOf('his brother is a legal resident', 'citizenship')).toBe('lawful_status');
    expect(stanceOf('he came to the United States as a refugee from Somalia in 2012', 'citizenship')).toBe('lawful_status');
    expect(stanceOf('Plaintiff is a 52-year-old United States citizen', 'citizenship')).toBe('us_citizen');
  });
});

describe('matchFacets: force that answered no threat (stop 44)', () => {
  it('reads "the use of force was not a response to any threat" as unjustified', () => {
    expect(stanceOf("the agents' use of force was not a response to any threat", 'justification_for_force')).toBe('unjustified');
  });
});

describe('matchFacets: not trying to run anyone over (stop 44)', () => {
  it('reads it as a car not driven at officers, not as a man who did not flee', () => {
    expect(stanceOf('She was not trying to run anyone over.', 'compliance')).toBeNull();
    expect(stanceOf('She was not trying to run anyone over.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('He did not try to run anyone over.', 'compliance')).toBeNull();
    expect(stanceOf('the man did not try to run', 'compliance')).toBe('complied');
  });
});

describe('matchFacets: no blow seen in the footage (stop 44)', () => {
  it('reads "she does not appear to strike anyone" as no attack on the officers', () => {
    expect(stanceOf('She does not appear to strike anyone in the footage.', 'weapon_alleged')).toBe('unarmed');
  });
});

describe('matchFacets: a denied drive away (stop 44)', () => {
  it('reads no car driven at officers from "denied trying to drive away", and still reads "did not drive at" as driving away', () => {
    expect(pickStances(matchFacets('trying to drive away', 0, undefined, { denied: true })).find((m) => m.facet === 'vehicle_movement')).toBeUndefined();
    expect(stanceOf('he did not drive at the agents', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('she was not backing away', 'vehicle_movement')).toBeNull();
  });
});

describe('matchFacets: stitches (stop 44)', () => {
  it('reads "needed 40 stitches in his left leg" as a wound in the leg', () => {
    expect(pickStances(matchFacets('The man needed 40 stitches in his left leg.', 0)).find((m) => m.facet === 'wound_location')?.value).toBe('leg');
  });
});

describe('matchFacets: a car used to attack, a car that clipped an agent (stop 44)', () => {
  it('reads them as driven at officers, and a car passing an agent as not', () => {
    expect(stanceOf('the teacher "used her car to attack our agents."', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('the agent fired after her car "clipped" another agent\'s leg', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf("the agent's car hit an officer", 'vehicle_movement')).toBeNull();
    expect(stanceOf('The shots are heard as the car passes an agent.', 'vehicle_movement')).toBe('away_from_officers');
  });
});

describe('matchFacets: a weapon pointed (stop 45)', () => {
  it('reads "the man pointed the weapon toward him" as armed, and an officer pointing his weapon as not', () => {
    expect(stanceOf('the officer fired after the man pointed the weapon toward him', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('An agent pointed his weapon at her.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Agents pointed their weapons at him.', 'weapon_alleged')).toBeNull();
  });
});

describe('matchFacets: an official who says the man meant to kill (stop 45)', () => {
  it('reads "wanted to do maximum damage and massacre law enforcement" as calling it an attack on officers', () => {
    expect(stanceOf('the man "wanted to do maximum damage and massacre law enforcement."', 'characterization')).toBe('attack_on_officers');
    expect(stanceOf('officers kill people', 'characterization')).toBeNull();
  });
});

describe('matchFacets: a car by its model (stop 45)', () => {
  it('reads a video that "shows the Accord stationary" as no car driven at officers', () => {
    expect(stanceOf('The video shows the Accord stationary as an officer approaches.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The video shows the President stopped at the door.', 'vehicle_movement')).toBeNull();
  });
});

describe('matchFacets: running back toward the border (stop 45)', () => {
  it('reads "running back toward Mexico" as retreating, not running back toward the agents', () => {
    expect(stanceOf('He was running back toward Mexico.', 'position_when_shot')).toBe('retreating');
    expect(stanceOf('He ran back toward the agents.', 'position_when_shot')).toBeNull();
  });
});

describe('matchFacets: quoted words and what such a man would say (stop 45)', () => {
  it('reads the woman who "boxed in" agents as no car stopped or boxed in, and what she rammed as driven at them', () => {
    expect(stanceOf('the woman and another driver "boxed in" agents and that she rammed the agent\'s SUV', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads "not the language of a man who feared for his life" as no self-defense claimed', () => {
    expect(stanceOf('That is not the language of a man who feared for his life.', 'justification_for_force')).toBeNull();
    expect(stanceOf('He acted as a man who feared for his life.', 'justification_for_force')).toBe('self_defense');
  });
});

describe('matchFacets: arms raised (stop 45)', () => {
  it('reads "praying with his arms raised" as complying, not arms swung up', () => {
    expect(stanceOf('he had been praying with his arms raised when a pepper ball struck his head', 'compliance')).toBe('complied');
    expect(stanceOf('he swung his arms up at the agent', 'compliance')).toBeNull();
  });
});

describe('matchFacets: an object held (stop 45)', () => {
  it('reads one who got out "holding \\"a dark object\\"" as armed, not agents holding one', () => {
    expect(stanceOf('He got out of the truck holding "a dark object" and an agent fired.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('agents holding a shiny object', 'weapon_alleged')).toBeNull();
  });
});

describe('matchFacets: a bite denied, a Taser used (stop 45)', () => {
  it('reads "She did not bite anyone" as no attack on the officer', () => {
    expect(stanceOf('She did not bite anyone.', 'weapon_alleged')).toBe('unarmed');
  });

  it('reads agents who used a Taser on a man as no restraint, and an agent who drew one instead of his gun as restraint', () => {
    expect(stanceOf('Federal agents used a Taser on a U.S. citizen and pinned him to the ground.', 'officer_conduct')).toBeNull();
    expect(stanceOf('The agent holstered his gun and drew his Taser.', 'officer_conduct')).toBe('restrained');
  });
});

describe('matchFacets: "That\'s a lie" answering an account (stop 45)', () => {
  it('reads words that open on "That\'s a lie" as calling the account false, not a lie reported further in', () => {
    expect(stanceOf("That's a lie. My truck was in park the whole time.", 'characterization')).toBe('smear_or_misstatement');
    expect(stanceOf('He said that is a lie', 'characterization')).toBeNull();
  });
});

describe('matchFacets: no one seen throwing (stop 45)', () => {
  it('reads "I didn\'t see anyone throw anything" and bricks not visible in footage as no attack', () => {
    expect(stanceOf("I didn't see anyone throw anything", 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('No bricks or fireworks are visible in the footage.', 'weapon_alleged')).toBe('unarmed');
  });
});

describe('matchFacets: people counted, not shots; gang ties (stop 45)', () => {
  it('reads no count of shots in "The two people shot" or "a father of three was shot", and still one in "two shots", "one fatal shot"', () => {
    expect(pickStances(matchFacets('The two people shot by Border Patrol agents were identified Friday.', 0)).find((m) => m.facet === 'shots_fired')).toBeUndefined();
    expect(pickStances(matchFacets('A U.S. citizen and father of three was shot from behind.', 0)).find((m) => m.facet === 'shots_fired')).toBeUndefined();
    expect(pickStances(matchFacets('Agents fired two shots.', 0)).find((m) => m.facet === 'shots_fired')?.value).toBe('2');
    expect(pickStances(matchFacets('He fired one fatal shot.', 0)).find((m) => m.facet === 'shots_fired')?.value).toBe('1');
  });

  it('reads "affiliated with the Tren de Aragua gang" as gang ties and "neither had any connection to a gang" as none', () => {
    expect(stanceOf('the pair were affiliated with the Tren de Aragua gang', 'gang_affiliation')).toBe('gang_member');
    expect(stanceOf('neither had any connection to a gang', 'gang_affiliation')).toBe('not_gang_member');
    expect(stanceOf('he was never affiliated with the gang', 'gang_affiliation')).toBe('not_gang_member');
  });
});

describe('matchFacets: an officer struck by "that vehicle" (stop 45)', () => {
  it('reads it as the car driven at officers', () => {
    expect(stanceOf('The officer was struck by that vehicle.', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: trial coverage (stop 50)', () => {
  it('reads a body camera that did not record, or was switched off, as no footage', () => {
    expect(stanceOf('Achebe asked why his body camera had not recorded the encounter.', 'footage')).toBe('none');
    expect(stanceOf('His body camera was switched off.', 'footage')).toBe('none');
    expect(stanceOf('A body camera recorded the shooting.', 'footage')).toBe('exists');
  });

  it('reads a bid to have the charges dismissed, or a refusal to dismiss them, as no dismissal', () => {
    expect(stanceOf("The judge rejected the officer's bid to have the charges dismissed.", 'criminal_charge')).toBeNull();
    expect(stanceOf('The judge declined to dismiss the case.', 'criminal_charge')).toBeNull();
    expect(stanceOf('Prosecutors dropped the charges in December.', 'criminal_charge')).toBe('pretext_or_dropped');
  });

  it('reads no gang membership into calling him a gang member or never being told he was one', () => {
    expect(stanceOf('The first thing the federal government does is call him a gang member.', 'gang_affiliation')).toBeNull();
    expect(stanceOf('He said he had never been told Baca was a gang member.', 'gang_affiliation')).toBeNull();
    expect(stanceOf('Mora was a gang member.', 'gang_affiliation')).toBe('gang_member');
  });

  it('reads "not the other way around" of a charge as no vehicle movement', () => {
    expect(stanceOf('It was filed to justify the force, not the other way around.', 'vehicle_movement')).toBeNull();
  });
});

describe('matchFacets: an age of one\'s past (stop 50)', () => {
  it('reads no age from "when he was 12 years old" or "since he was 6 years old"', () => {
    expect(stanceOf('He served at this altar when he was 12 years old.', 'age')).toBeNull();
    expect(stanceOf('He has lived here since he was 6 years old.', 'age')).toBeNull();
    expect(stanceOf('Mora was 29 years old.', 'age')).toBe('29');
  });
});

describe('matchFacets: a visa overstayed (stop 50)', () => {
  it('reads a student or tourist visa overstayed as no lawful status', () => {
    expect(stanceOf('He came to the U.S. on a student visa in 2017 to study at Georgia State University and overstayed.', 'citizenship')).toBe('undocumented');
    expect(pickStances(matchFacets('She had overstayed a tourist visa.', 0)).filter((m) => m.facet === 'citizenship').map((m) => m.stance)).toEqual(['undocumented']);
    expect(stanceOf('He has a valid work visa.', 'citizenship')).toBe('lawful_status');
  });
});

describe('matchFacets: why a witness goes unnamed (stop 50)', () => {
  it('reads no self-defense in "asked not to be named because she feared for her safety"', () => {
    expect(stanceOf('A woman who asked not to be named because she feared for her safety said the man was walking.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The agent fired because he feared for his life.', 'justification_for_force')).toBe('self_defense');
  });
});

describe('matchFacets: rocks others threw (stop 50)', () => {
  it('reads no weapon of his in "those people who were throwing rocks" or "the group throwing rocks"', () => {
    expect(stanceOf("He doesn't even know those people who were throwing rocks.", 'weapon_alleged')).toBeNull();
    expect(stanceOf('He was fifty meters from the group throwing rocks.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He was throwing rocks at agents.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('The men threw rocks at agents.', 'weapon_alleged')).toBe('armed');
  });
});

describe('matchFacets: the back of a car is no wound (stop 51)', () => {
  it('reads no wound in "shot a man in the back of a parked car", and still one in "shot in the back" and "the back of the head"', () => {
    const wounds = (text: string) => matchFacets(text, 0).filter((m) => m.facet === 'wound_location').map((m) => m.value);
    expect(wounds('Either way, they shot a man in the back of a parked car.')).toEqual([]);
    expect(wounds('He was shot in the back.')).toEqual(['back']);
    expect(wounds('He was shot in the back of the head.')).toEqual(['head']);
  });
});

describe('matchFacets: a word named as a word (stop 52)', () => {
  it('reads "the word \\"weaponized\\"" as no claim that a car was driven at anyone, "weaponized his vehicle" as one', () => {
    expect(stanceOf('the word "weaponized" had become a kind of boilerplate in DHS releases', 'vehicle_movement')).toBe(null);
    expect(stanceOf('language like “weaponized” should not be used', 'vehicle_movement')).toBe(null);
    expect(stanceOf('the man weaponized his vehicle against agents', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: whose vehicle, whose gun, and evidence "so far" (stop 56)', () => {
  it('reads no evidence "so far" that an officer was dragged as no account that one was', () => {
    expect(stanceOf('He said he had seen no evidence so far that an officer had been dragged.', 'vehicle_movement')).toBeNull();
  });

  it("reads a man run over by the agent's SUV as no car driven at officers", () => {
    expect(stanceOf("Her son was run over by the agent's SUV.", 'vehicle_movement')).toBeNull();
    expect(stanceOf('He tried to run the agent over.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads an agent struck with the front bumper as a car driven at him, not a man armed', () => {
    expect(stanceOf('The driver accelerated, striking Agent J.T. with the front bumper.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The driver accelerated, striking Agent J.T. with the front bumper.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He was seen kicking and striking the officers.', 'weapon_alleged')).toBe('armed');
  });

  it('reads one who approaches "with a handgun drawn" as no one said to be armed: officers draw', () => {
    expect(stanceOf("A man in a vest approaches the driver's window with a handgun drawn.", 'weapon_alleged')).toBeNull();
    expect(stanceOf('He approached the agents with a knife.', 'weapon_alleged')).toBe('armed');
  });
});

describe('matchFacets: a car door is no car (stop 56)', () => {
  it('reads striking an officer with a car door as an attack, not a car driven at him', () => {
    expect(stanceOf('He was seen striking the officer with his car door.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('He was seen striking the officer with his car door.', 'vehicle_movement')).toBeNull();
  });
});

describe('matchFacets: unlawful employment (stop 56)', () => {
  it('reads an investigation into "unlawful employment" as no force called unlawful', () => {
    expect(stanceOf('a warrant related to "an ongoing investigation into identity document fraud and unlawful employment."', 'justification_for_force')).toBeNull();
    expect(stanceOf('The shooting was unlawful, the family said.', 'justification_for_force')).toBe('unjustified');
  });
});

describe('matchFacets: footage a doorbell camera caught, a witness recorded or a video posted (stop 57)', () => {
  it('reads each as footage that exists, and a camera that did not record as none of it', () => {
    expect(stanceOf('Neighbors said a doorbell camera captured part of the encounter.', 'footage')).toBe('exists');
    expect(stanceOf('Another witness, Tomás Echeverría, 24, recorded part of the arrest on his phone.', 'footage')).toBe('exists');
    expect(stanceOf('A video posted on Instagram by a bystander has been viewed two million times.', 'footage')).toBe('exists');
    expect(stanceOf('A bystander livestreamed the arrest on Facebook.', 'footage')).toBe('exists');
    expect(stanceOf('The doorbell camera did not record anything.', 'footage')).not.toBe('exists');
  });
});

describe('matchFacets: a camera that shows, a phone that recorded (stop 58)', () => {
  it('reads each as footage that exists, and a camera that shows nothing as none of it', () => {
    expect(stanceOf("Neighbor's doorbell camera shows agents surrounding a white Nissan Altima.", 'footage')).toBe('exists');
    expect(stanceOf('Agents broke the window of her car, in a confrontation that neighbors recorded on their phones.', 'footage')).toBe('exists');
    expect(stanceOf('Keisha Morrow recorded part of it on her phone.', 'footage')).toBe('exists');
    expect(stanceOf('The doorbell camera shows no one at the door.', 'footage')).not.toBe('exists');
  });
});

describe('matchFacets: a negation inside the words matched, and what is not a weapon (stop 58)', () => {
  it('reads "moving away from the agent, not toward him" as away, and "faces no criminal charge" as not charged', () => {
    expect(stanceOf('The still showed the truck moving away from the agent, not toward him.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf("He faces no criminal charge related to Saturday's events.", 'criminal_charge')).toBe('not_charged');
    expect(stanceOf('He faces two federal charges.', 'criminal_charge')).toBe('charged');
  });

  it('reads "not carrying a gun" as unarmed, and "not holding the wheel" or "not carrying any contraband" as nothing of weapons', () => {
    expect(stanceOf('He was not carrying a gun.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('He was not holding anything.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('The two men were not swinging a shovel or a broom when the officer fired.', 'weapon_alleged')).toBe('unarmed');
    expect(stanceOf('He was not holding the wheel, she said.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He was not carrying any contraband.', 'weapon_alleged')).toBeNull();
  });
});

describe('matchFacets: bullets removed, and a record denied (stop 62)', () => {
  it('reads bullets doctors removed as no count of shots fired', () => {
    expect(stanceOf('Her lawyer said doctors removed two bullets, one from his left shoulder and one from his abdomen.', 'shots_fired')).toBeNull();
    expect(stanceOf('An officer fired two bullets into the car.', 'shots_fired')).toBe('2');
  });

  it('reads "a rap sheet that does not exist" as no record, not a record', () => {
    expect(stanceOf('“They are putting out a rap sheet that does not exist,” she said.', 'criminal_record')).toBe('no_record');
    expect(stanceOf('“He has a criminal record that doesn’t exist,” she said.', 'criminal_record')).toBe('no_record');
    expect(stanceOf('He had a long rap sheet, the agency said.', 'criminal_record')).toBe('has_record');
  });
});

describe('matchFacets: a demand that prosecutors drop a charge (stop 63)', () => {
  it('reads "demands: … that federal prosecutors drop the assault charge" as no charge dropped', () => {
    expect(stanceOf('Pineda read a list of demands: that ICE release any body-camera footage, and that federal prosecutors drop the assault charge pending against him.', 'criminal_charge')).not.toBe('pretext_or_dropped');
    expect(stanceOf('The family called for prosecutors to drop the charge.', 'criminal_charge')).not.toBe('pretext_or_dropped');
  });

  it('keeps a charge dropped', () => {
    expect(stanceOf('Prosecutors dropped the assault charge on Thursday.', 'criminal_charge')).toBe('pretext_or_dropped');
    expect(stanceOf('Prosecutors moved Thursday to drop the charge against him.', 'criminal_charge')).toBe('pretext_or_dropped');
  });
});

describe('matchFacets: the charge named, no act told (stop 63)', () => {
  it('reads "charge a man with driving at an officer" as no claim that he drove at one', () => {
    expect(stanceOf('You cannot charge a man with driving at an officer and then tell the public he was backing up.', 'vehicle_movement')).not.toBe('toward_officers');
    expect(stanceOf('He was charged with driving at an officer.', 'vehicle_movement')).not.toBe('toward_officers');
    expect(stanceOf('He drove at an officer, DHS said.', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: "took charge of", and children who are citizens (stop 63)', () => {
  it('reads "federal agents took charge of the scene" as no charge', () => {
    expect(stanceOf('federal agents took charge of the scene within minutes', 'criminal_charge')).toBeNull();
    expect(stanceOf('He faces charges of assault.', 'criminal_charge')).toBe('charged');
  });

  it('reads "two of his three children are U.S. citizens" as the children’s status, not his', () => {
    expect(stanceOf('two of his three children are U.S. citizens', 'citizenship')).toBeNull();
    expect(stanceOf('His children are citizens, and he is a U.S. citizen too.', 'citizenship')).toBe('us_citizen');
  });

  it('reads "has two children who are U.S. citizens" as the children’s status, not his (stop 69)', () => {
    expect(stanceOf('He works as a roofer and has two children who are U.S. citizens, she said.', 'citizenship')).toBeNull();
    expect(stanceOf('He is a U.S. citizen who has two children.', 'citizenship')).toBe('us_citizen');
  });
});

describe('matchFacets: the age of one on duty (stop 66)', () => {
  it('reads no age of the person in "a 41-year-old captain" or "a 29-year-old Border Patrol agent", and still in "a 34-year-old man"', () => {
    expect(stanceOf('One firefighter, a 41-year-old captain, suffered a broken wrist.', 'age')).toBeNull();
    expect(stanceOf('A 29-year-old Border Patrol agent fired twice.', 'age')).toBeNull();
    expect(stanceOf('Agents shot a 34-year-old man.', 'age')).toBe('34');
  });
});

describe('matchFacets: what nothing shows (stop 67)', () => {
  it('reads "Nothing I see shows him ramming anything" as no claim that he drove at officers', () => {
    expect(stanceOf('Nothing I see shows him ramming anything.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('The video shows him ramming the agents\' car.', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: an officer known by initials (stop 67)', () => {
  it('reads "the officer, identified only by the initials J.R., was struck in the left knee" as the officer\'s wound', () => {
    expect(stanceOf('The complaint says the officer, identified only by the initials J.R., was struck in the left knee by the bumper.', 'wound_location')).toBeNull();
    expect(stanceOf('The complaint says the man, identified only by the initials J.R., was struck in the left knee.', 'wound_location')).toBe('knee');
  });
});

describe('matchFacets: what anyone who did so deserves (stop 67)', () => {
  it('reads "Anyone who tries to run down a federal officer should expect force" as no claim that he did', () => {
    expect(stanceOf('Anyone who tries to run down a federal officer should expect to be met with force.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('He tried to run down a federal officer.', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: an age said plainly, or corrected (stop 67)', () => {
  const valueOf = (text: string, facet: string) => matchFacets(text, 0).find((m) => m.facet === facet)?.value ?? null;
  it('reads "her brother is 26, not 29", "Quintero is 31, not 34" and "he is 26, and …" as ages; not "when he was 17 and …"', () => {
    expect(valueOf('Mariela Araujo said her brother is 26, not 29, and that he had never been deported.', 'age')).toBe('26');
    expect(valueOf('Okafor said Quintero is 31, not 34.', 'age')).toBe('31');
    expect(valueOf('His family has said repeatedly that he is 26, and his attorney filed his birth certificate.', 'age')).toBe('26');
    expect(valueOf('When he was 17 and living in Juárez, he crossed the river.', 'age')).toBeNull();
    expect(valueOf('She said her daughter is 5.', 'age')).toBeNull();
  });

  it('reads no wound in a birth at a hospital (stop 68)', () => {
    expect(stanceOf('His birth certificate, which his mother showed me, records his birth at a hospital in Tucson in May 2006.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('He was born at a hospital in Tucson.', 'hit_by_gunfire')).toBeNull();
    expect(stanceOf('He was taken to a hospital in Tucson.', 'hit_by_gunfire')).toBe('hit');
  });

  it('rejects no hit told in a relative clause on a person after a rejecting frame (stop 68)', () => {
    expect(stanceOf('A wound in the back is hard to square with a man driving at the person who shot him.', 'hit_by_gunfire')).toBe('hit');
    expect(stanceOf('That is hard to square with a truck that rammed the agents.', 'vehicle_movement')).toBe('away_from_officers');
  });

  it('reads no count of shots in one round that went somewhere (stop 68)', () => {
    expect(stanceOf('One round passed through the Civic and struck the exterior wall of an apartment building.', 'shots_fired')).toBeNull();
    expect(stanceOf('The agent fired one round.', 'shots_fired')).toBe('1');
  });

  it('reads no judgment of the force in a charge\'s name: "unlawful use of a weapon" (stop 68)', () => {
    expect(stanceOf('Kyle Brandt is charged with second-degree assault and unlawful use of a weapon.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The shooting was unlawful.', 'justification_for_force')).toBe('unjustified');
  });

  it('reads the guns of officers who ran or came at someone as theirs, no weapon of the man\'s (stop 68)', () => {
    expect(stanceOf('Nobody said police. They just ran at the truck with guns.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('They came out of the cars already pointing guns.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('He came at the agents with a knife.', 'weapon_alleged')).toBe('armed');
  });

  it('reads no count of shots in one officer\'s share: "Officer 1 fired three rounds and Officer 2 fired two" (stop 68)', () => {
    expect(stanceOf('According to the ICE summary, Officer 1 fired three rounds and Officer 2 fired two.', 'shots_fired')).toBeNull();
    expect(stanceOf('Two officers fired five rounds.', 'shots_fired')).toBe('5');
    expect(stanceOf('One agent fired two rounds to stop the threat.', 'shots_fired')).toBe('2');
  });
});


describe('matchFacets: "no version of this where …" (stop 69)', () => {
  it('reads what no account of the events has as no claim of it', () => {
    expect(stanceOf('There is no version of this where she was a threat to anyone.', 'justification_for_force')).toBeNull();
    expect(stanceOf('She was a threat to anyone nearby.', 'justification_for_force')).toBe('self_defense');
  });
});

describe('matchFacets: questions, inventions and what is set aside (stop 70)', () => {
  it('reads what a "why" or "how" question takes for granted as no claim', () => {
    expect(stanceOf('For three weeks, she said, neighbors had asked her why her husband tried to run over a police officer.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('A federal judge sharply questioned government lawyers about how an immigration officer could have feared for his life.', 'justification_for_force')).toBeNull();
    expect(stanceOf('Her husband tried to run over a police officer.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The officer feared for his life.', 'justification_for_force')).toBe('self_defense');
  });

  it('reads what was invented as no claim that it is so', () => {
    expect(stanceOf('They got his age wrong, and they invented a criminal history.', 'criminal_record')).toBeNull();
    expect(stanceOf('He had a criminal history.', 'criminal_record')).toBe('has_record');
  });

  it('reads what "rather than" sets aside as no claim, but not a clause two words on', () => {
    expect(stanceOf('The agent is standing beside the driver\'s door rather than in front of the car.', 'vehicle_movement')).toBeNull();
    expect(stanceOf('Instead of stopping he accelerated toward the agents.', 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads "one round striking him" as a wound, no count of shots', () => {
    expect(stanceOf('The wound is consistent with at least one round striking Ocampo as the car moved away.', 'shots_fired')).toBeNull();
    expect(stanceOf('The agent fired one round.', 'shots_fired')).toBe('1');
  });
});

describe('matchFacets: local TV and radio wording (stop 70)', () => {
  it('reads "He\'s 38.", "told me Villaseñor is 41 and …" and "whom it describes as 41 years old" as ages, not "Turnout is 45 and rising"', () => {
    expect(stanceOf("He's 38. He'll be 39 in June.", 'age')).toBe('38');
    expect(stanceOf('Sayles told me Villaseñor is 41 and is in the country illegally.', 'age')).toBe('41');
    expect(stanceOf('The department says the man, whom it describes as 41 years old, was struck.', 'age')).toBe('41');
    expect(stanceOf('Turnout is 45 and rising.', 'age')).toBeNull();
  });

  it('reads a truck not running, and a man never behind the wheel, as no car driven at officers', () => {
    expect(stanceOf("The truck wasn't even running.", 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('He was never behind the wheel.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('He never got back in the truck.', 'vehicle_movement')).toBe('away_from_officers');
    expect(stanceOf('The truck was running when he drove at the agent.', 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: officers who never said who they were (stop 70)', () => {
  it('reads "Nobody said ICE, nobody said police" and "without saying who they were" as officers who did not identify themselves', () => {
    expect(stanceOf('Nobody said ICE, nobody said police, nobody said anything.', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('They grabbed his arms without saying who they were.', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('Nobody said police officers were coming.', 'officer_conduct')).toBeNull();
  });
});

describe('matchFacets: an age a record lists (stop 70)', () => {
  it('reads "listed his age as 29" as an age', () => {
    expect(stanceOf("ICE's initial statement listed his age as 29.", 'age')).toBe('29');
    expect(stanceOf('The statement listed his age.', 'age')).toBeNull();
  });
});

describe('matchFacets: what one declined to address (stop 70)', () => {
  it('reads "declined to address the age or the criminal record" as no claim of a record', () => {
    expect(stanceOf('DHS "stands by the officer\'s account" and declined to address the age or the criminal record.', 'criminal_record')).toBeNull();
    expect(stanceOf('The spokeswoman declined to discuss his criminal history.', 'criminal_record')).toBeNull();
    expect(stanceOf('The agency declined to comment but said he was armed.', 'weapon_alleged')).toBe('armed');
  });
});

describe('matchFacets: a record one was not allowed to see (stop 70)', () => {
  it('reads "not been allowed to see the officer\'s report" as no one held without contact', () => {
    expect(stanceOf("He said the family had still not been allowed to see the officer's report.", 'treatment_in_custody')).toBeNull();
    expect(stanceOf('His wife has not been allowed to see him since Tuesday.', 'treatment_in_custody')).toBe('held_without_contact');
  });
});

describe('matchFacets: the way to protect oneself (stop 70)', () => {
  it('reads "the best way to protect himself" as no justification of force', () => {
    expect(stanceOf('He had been told that showing up to every hearing was the best way to protect himself.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The agent fired to protect himself.', 'justification_for_force')).toBe('self_defense');
  });
});

describe('matchFacets: oversight reports, council meetings and raids (stop 71)', () => {
  it('reads what a video "does not show Mr. Ybarra" doing as no account of it: a title\'s period ends no clause', () => {
    expect(stanceOf('The video does not show Mr. Ybarra striking any officer.', 'weapon_alleged')).toBeNull();
    expect(stanceOf('Mr. Ybarra struck an officer in the face, the agency said.', 'weapon_alleged')).toBe('armed');
  });

  it('reads officers who "did not comply with the use of force policy" as no refusal of commands', () => {
    expect(stanceOf("We found that ICE officers did not comply with the Department's use of force policy.", 'compliance')).toBeNull();
    expect(stanceOf('The man failed to comply with agency procedures, the report says.', 'compliance')).toBeNull();
    expect(stanceOf("He did not comply with the officers' orders.", 'compliance')).toBe('noncompliant');
  });

  it('reads force allowed "unless deadly force is justified" as no claim that it was', () => {
    expect(stanceOf('The rule would bar neck restraints unless deadly force is justified.', 'justification_for_force')).toBeNull();
    expect(stanceOf('The shooting was justified, the agency said.', 'justification_for_force')).toBe('self_defense');
  });

  it('reads an elbow driven into an officer as no vehicle driven at one', () => {
    expect(stanceOf("He then drove his elbow into Officer 2's chest.", 'vehicle_movement')).toBeNull();
    expect(stanceOf("He drove his truck into the agents' vehicle.", 'vehicle_movement')).toBe('toward_officers');
  });

  it('reads a weapon quoted inside its noun phrase', () => {
    expect(stanceOf('Keane said a "large fixed-blade knife" was recovered from the cab.', 'weapon_alleged')).toBe('armed');
    expect(stanceOf('DHS says he was armed with a "large fixed-blade knife."', 'weapon_alleged')).toBe('armed');
  });

  it('reads access to counsel as its own stance, apart from care given', () => {
    expect(stanceOf('ICE said he has access to counsel.', 'treatment_in_custody')).toBe('given_access');
    expect(stanceOf('Officers rendered aid until paramedics arrived.', 'treatment_in_custody')).toBe('treated_properly');
  });
});

describe('matchFacets: claims the speaker calls false in the next sentence (stop 71)', () => {
  it('reads "claims circulating … that the subject had his hands raised. These claims are false" as the other stance', () => {
    const text = 'DHS is aware of claims circulating on social media that officers fired after the car stopped, and that the subject had his hands raised. These claims are false.';
    expect(stanceOf(text, 'compliance')).toBe('noncompliant');
    expect(stanceOf('DHS is aware of claims circulating on social media that the subject had his hands raised.', 'compliance')).toBe('complied');
  });
});

describe('matchFacets: a claim named by its content (stop 71)', () => {
  it('reads "the ramming claim" as a claim named, not a car rammed', () => {
    expect(stanceOf("The wire's first story carried the ramming claim in its headline.", 'vehicle_movement')).toBeNull();
    expect(stanceOf("He rammed the agents' truck.", 'vehicle_movement')).toBe('toward_officers');
  });
});

describe('matchFacets: an examiner\'s cause of death (stop 71)', () => {
  it('reads "cardiac arrest in the setting of physical restraint" and a long "ruled that the death of … was a homicide" as death by force', () => {
    expect(stanceOf('He died of "cardiac arrest in the setting of physical restraint, prone positioning and conducted electrical weapon exposure."', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('The examiner ruled that the death of Julián Esparza Medina, a 35-year-old mechanic from Tijuana, was a homicide.', 'cause_of_death')).toBe('force_or_homicide');
    expect(stanceOf('He experienced a medical emergency, CBP said.', 'cause_of_death')).toBe('self_harm_or_medical');
  });
});

describe('matchFacets: an investigation\'s wording (stop 71)', () => {
  it('reads "three more shots" as no count of all shots', () => {
    expect(stanceOf('Three more shots follow over the next two seconds.', 'shots_fired')).toBeNull();
    expect(stanceOf('Two shots were fired.', 'shots_fired')).toBe('2');
  });

  it('reads warnings "given" and an age "whom it described as 29"', () => {
    expect(stanceOf('The agent had given "repeated verbal commands in English and Spanish."', 'officer_conduct')).toBe('restrained');
    expect(stanceOf('Solís, whom it described as 29, had run from the agent.', 'age')).toBe('29');
  });
});

describe('matchFacets: a revised account\'s wording (stop 71)', () => {
  it('reads an age said of a name of several words, "in the direction of", and a bullet that "entered his chest"', () => {
    expect(stanceOf('The individual, Tomás Ibarra Quintero, is 24.', 'age')).toBe('24');
    expect(stanceOf('DHS initially said Tomás Ibarra Quintero was 31.', 'age')).toBe('31');
    expect(stanceOf('The vehicle then moved forward in the direction of an officer.', 'vehicle_movement')).toBe('toward_officers');
    expect(stanceOf('The bullet entered his chest, the attorney said.', 'wound_location')).toBe('chest');
  });

  it('reads "the 31-year-old figure" as a figure named, no age', () => {
    expect(stanceOf('The 31-year-old figure appeared in at least 40 stories.', 'age')).toBeNull();
  });
});

describe('matchFacets: the age of a relative named by kin (stop 71)', () => {
  it('reads "The 16-year-old nephew" as no age of the one force was used on', () => {
    expect(stanceOf('The 16-year-old nephew says his uncle never raised a hand.', 'age')).toBeNull();
    expect(stanceOf('The 35-year-old mechanic died.', 'age')).toBe('35');
  });
});

describe('matchFacets: officers who identified themselves, and ages in words (stop 71)', () => {
  it('reads officers who "identified themselves" or "were clearly identified as law enforcement" against "never heard anybody identify themselves"', () => {
    expect(stanceOf('The officers verbally identified themselves.', 'officer_conduct')).toBe('restrained');
    expect(stanceOf('ICE said the officers were "clearly identified as law enforcement."', 'officer_conduct')).toBe('restrained');
    expect(stanceOf('She never heard anybody identify themselves.', 'officer_conduct')).toBe('aggressive');
    expect(stanceOf('The officers did not identify themselves.', 'officer_conduct')).toBe('aggressive');
  });

  it('reads an age spelled out', () => {
    expect(stanceOf('He is nineteen.', 'age')).toBe('19');
    expect(stanceOf('She was twenty-four, not thirty.', 'age')).toBe('24');
  });
});
