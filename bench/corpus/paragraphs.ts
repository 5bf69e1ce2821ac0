import type { Random } from './createRandom.js';
import type { SyntheticIncident } from './generateIncident.js';

/** Who writes the article; each kind leads differently and draws on different voices. */
export type ArticleKind = 'statement' | 'wire' | 'local' | 'filing';

type Paragraph = (i: SyntheticIncident, r: Random, day: string) => string;

function clock(hour: number): string {
  return hour < 12 ? `${hour} a.m.` : hour === 12 ? 'noon' : `${hour - 12} p.m.`;
}

function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export const LEADS: Readonly<Record<ArticleKind, Paragraph>> = Object.freeze({
  statement: (i, _r, day) =>
    `${i.place.city.toUpperCase()} — An ${i.agency.officer} ${i.force.act} ${day} in ${i.place.city}, ${i.place.stateName}, after a driver accelerated toward officers during a targeted enforcement operation, the Department of Homeland Security said.`,
  wire: (i, _r, day) =>
    `A federal immigration ${i.agency.officer.split(' ').pop()} ${i.force.act} at a man ${day} in ${i.place.city}, ${i.place.state}, wounding him in the ${i.wound}, according to officials and witnesses. The encounter happened at ${i.setting} shortly after ${endSentence(clock(i.hour))}`,
  local: (i, _r, day) =>
    `Residents of ${i.place.city} gathered near ${i.setting} ${day} evening, where an ${i.agency.officer} ${i.force.act} earlier in the day, and demanded to know why agents had come to their neighborhood.`,
  filing: (i, _r, day) =>
    `Lawyers for ${i.subject.full} filed a complaint in federal court ${day}, saying ${i.agency.officers} used excessive force when they stopped him at ${i.setting} in ${i.place.city}, ${i.place.stateName}.`,
});

const OFFICIAL: readonly Paragraph[] = [
  (i) => `“The subject accelerated toward our officers and put their lives in danger,” ${i.agency.short} ${i.official.title} ${i.official.full} said in a statement. “The officer acted to defend himself and his partners.”`,
  (i) => `${i.official.full}, a ${i.official.title} for ${i.agency.long}, said the officer “feared for his life and the lives of the people around him.”`,
  (i) => `According to ${i.agency.short}, ${i.subject.surname} had ignored repeated commands to step out of the vehicle and had a prior removal order.`,
  (i) => `Officials said ${i.subject.surname}, ${i.subject.age}, was the target of the operation and had been under surveillance for several days.`,
  (i) => `“We will not tolerate violence against our officers, and anyone who uses a car as a weapon will be prosecuted,” ${i.official.surname} said.`,
  () => `The department said the officer who fired was treated at a hospital for minor injuries and released the same day.`,
  (i) => `${i.official.surname} said ${i.subject.surname} would be charged with assaulting a federal officer.`,
];

const WITNESS: readonly Paragraph[] = [
  (i) => `“He was trying to back out and leave. He was not going at anybody,” said ${i.witness.full}, ${i.witness.role}, who recorded part of the encounter on a phone.`,
  (i) => `${i.witness.full} said the car was moving slowly away from the agents when the first shot was fired.`,
  (i) => `“It happened so fast,” ${i.witness.surname} said. “They never said who they were. They just had vests and masks.”`,
  () => `Another witness, who asked not to be named because she feared retaliation, said the agents boxed the car in before anyone spoke to the driver.`,
];

const FAMILY: readonly Paragraph[] = [
  (i) => `${i.relative.full}, his ${i.relative.relation}, said he was on his way to work. “He has two kids. He pays his taxes. He is not a criminal,” ${i.relative.given} said.`,
  (i) => `His family said he was shot in the ${i.familyWound} and remained in the hospital on ${i.place.city}'s east side.`,
  (i) => `${i.relative.given} ${i.relative.surname} told reporters that the family had learned about the shooting from a video posted online.`,
];

const LAWYER: readonly Paragraph[] = [
  (i) => `${i.lawyer.full}, an attorney representing the family, called the official account “a story written to protect the officer.”`,
  (i) => `${i.lawyer.surname} said video from a nearby business contradicted the government's version and asked that all footage be preserved.`,
  (i) => `“Nothing in the video shows a car driving at anyone,” ${i.lawyer.surname} said. “It shows a man trying to get away from people who never identified themselves.”`,
];

const LOCAL: readonly Paragraph[] = [
  (i) => `Mayor ${i.mayor.full} said in a statement that the city had not been told about the operation in advance. “Our residents deserve answers, and they deserve them now,” ${i.mayor.surname} said.`,
  (i) => `Local police were called to the scene shortly after ${clock(i.hour)} and closed several blocks for most of the afternoon.`,
  () => `City council members have asked federal officials to release any body camera footage of the encounter.`,
  (i) => `The ${i.place.stateName} attorney general's office said it was aware of the shooting and was gathering information.`,
];

const BACKGROUND: readonly Paragraph[] = [
  (i) => `${i.agency.short} has expanded enforcement in the region this year, with teams of officers making arrests at homes, workplaces and traffic stops.`,
  () => `The encounter is one of several this year in which federal immigration agents have fired at people in vehicles, a tactic that many police departments restrict.`,
  (i) => `Civil rights groups in ${i.place.stateName} have called for an independent review of how federal agents use force during arrests.`,
  () => `Federal policy allows officers to fire at a moving vehicle only when the driver poses an imminent threat of death or serious injury, and it discourages officers from stepping into a vehicle's path.`,
  () => `Use-of-force experts say that shooting at a moving car rarely stops it and can turn the vehicle into an uncontrolled danger to bystanders.`,
  () => `Advocates say the rapid growth of enforcement teams has outpaced training, while officials say assaults on officers have risen sharply.`,
];

// Sentences without attribution that top an article up to its length; combined, so texts rarely repeat.
const FILLER_OPENERS = ['In recent months,', 'Across the region,', 'Since the spring,', 'For many families,', 'In neighborhoods like this one,'];
const FILLER_BODIES = [
  'school attendance has dropped as parents keep children at home',
  'churches have organized rides for people afraid to drive to work',
  'small businesses have reported fewer customers on weekday mornings',
  'legal aid groups have added evening hours to answer calls',
  'volunteers have started watching for unmarked cars near bus stops',
  'clinics have seen patients cancel appointments they had waited weeks for',
];

export function writeFiller(r: Random): string {
  return `${r.pick(FILLER_OPENERS)} ${r.pick(FILLER_BODIES)}. ${r.pick(FILLER_OPENERS)} ${r.pick(FILLER_BODIES)}.`;
}

/** The voices each kind of article draws on, most prominent first. */
export const POOLS: Readonly<Record<ArticleKind, readonly (readonly Paragraph[])[]>> = Object.freeze({
  statement: [OFFICIAL, BACKGROUND],
  wire: [OFFICIAL, WITNESS, FAMILY, LAWYER, LOCAL, BACKGROUND],
  local: [WITNESS, LOCAL, FAMILY, OFFICIAL, BACKGROUND],
  filing: [LAWYER, FAMILY, WITNESS, OFFICIAL, BACKGROUND],
});
