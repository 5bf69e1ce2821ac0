import { describe, expect, it } from 'vitest';
import type { Analysis, Mention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { Role } from '../../domain/roles.js';
import { splitSentences } from '../../nlp/sentences/splitSentences.js';
import { tokenize } from '../../nlp/tokens/tokenize.js';
import { analyseText } from '../../nlp/analyseText.js';
import { extractIncidents } from './extractIncidents.js';
import { loadFacets } from './facetVocab.js';
import { loadForceVocab } from './forceVocab.js';

function makeDoc(body: string, title: string): ParsedDocument {
  return { kind: 'parsed-document', format: 'text', sha256: 'x', byteLength: body.length, text: body, bodyStart: 0, metadata: { title, url: null, outlet: null, author: null, published: '2025-03-07', modified: null }, anchor: { kind: 'explicit', date: '2025-03-07', span: null }, updateNotes: [] };
}

/** Mentions written by hand, located by their text, as the mentions stage would give them. */
type Bare<M> = M extends Mention ? Omit<M, 'start' | 'end' | 'text'> : never;

function at(text: string, phrase: string, mention: Bare<Mention>, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  return { ...mention, start, end: start + phrase.length, text: phrase } as Mention;
}

function analyse(text: string, mentions: Mention[]): Analysis {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions };
}

function said(text: string, analysis: Analysis, content: string, name: string, role: Role): Attribution {
  const start = text.indexOf(content);
  const sentence = analysis.sentences.find((s) => start >= s.start && start < s.end)!.index;
  const span = { start, end: start + content.length, text: content };
  return { kind: 'indirect', source: null, cue: null, content: { ...span, fragments: [span] }, speaker: { name, affiliation: null, role }, sentence };
}

const BODY = [
  'A Border Patrol agent shot Tomas Ferreira, 31, on Tuesday in Yuma, Arizona, after a traffic stop on East Palm Street.',
  'Agency officials said the agent fired in self-defense after Ferreira drove toward him.',
  'His sister said he was backing up to leave and was shot in the left arm.',
  'Ferreira was charged with assaulting a federal officer.',
  'No video of the shooting has been released.',
  'In a separate case last month in El Centro, agents fired at a woman who was struck in the hand.',
].join('\n\n');

describe('extractIncidents', () => {
  const mentions = [
    at(BODY, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
    at(BODY, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
    at(BODY, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
    at(BODY, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    at(BODY, 'East Palm Street', { kind: 'place', city: null, state: null, place: 'East Palm Street' }),
    at(BODY, 'Ferreira', { kind: 'person', name: 'Ferreira', title: null, agencyId: null }, 1),
    at(BODY, 'Ferreira', { kind: 'person', name: 'Ferreira', title: null, agencyId: null }, 2),
    at(BODY, 'El Centro', { kind: 'place', city: 'El Centro', state: 'CA', place: null }),
  ];
  const analysis = analyse(BODY, mentions);
  const attributions = [
    said(BODY, analysis, 'the agent fired in self-defense after Ferreira drove toward him', 'agency officials', 'official'),
    said(BODY, analysis, 'he was backing up to leave and was shot in the left arm', 'sister of Tomas Ferreira', 'family'),
  ];
  const drafts = extractIncidents(makeDoc(BODY, 'Agent shoots driver in Yuma'), analysis, attributions);
  const primary = drafts.find((d) => d.primary)!;

  it('finds the primary incident and keeps the passing one apart', () => {
    expect(drafts.map((d) => [d.localIndex, d.primary])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(drafts[1].city).toBe('El Centro');
    expect(drafts[1].claims.every((c) => c.span.start >= BODY.indexOf('In a separate case'))).toBe(true);
  });

  it('reads the fields, each with a span that reproduces its text', () => {
    expect(primary).toMatchObject({ date: '2025-03-04', datePrecision: 'day', city: 'Yuma', state: 'AZ', place: 'East Palm Street', footage: 'none publicly released' });
    expect(primary.agencies).toContain('Border Patrol');
    expect(primary.charges).toEqual(['assault on a federal officer']);
    expect(primary.persons[0]).toMatchObject({ name: 'Tomas Ferreira', age: 31, role: 'subject', outcome: 'injured' });
    expect(primary.persons[0].injuries).toContain('left arm');
    for (const s of primary.sources) expect(BODY.slice(s.span.start, s.span.end)).toBe(s.span.text);
    expect(primary.sources.map((s) => s.field)).toEqual(expect.arrayContaining(['date', 'city', 'persons.0.age', 'charges.0', 'footage']));
  });

  it('turns each account into claims with its speaker and side', () => {
    const vehicle = primary.claims.filter((c) => c.facet === 'vehicle_movement');
    expect(vehicle.map((c) => [c.side, c.stance])).toEqual([
      ['officials', 'toward_officers'],
      ['family', 'away_from_officers'],
    ]);
    expect(vehicle[0].attribution).toBe(0);
    const outlet = primary.claims.find((c) => c.facet === 'criminal_charge');
    expect(outlet).toMatchObject({ side: 'outlet', speaker: null, attribution: null });
  });

  it('counts an agency named with a part it took in the aftermath, not only with the event', () => {
    const text = 'An ICE officer shot a man on Monday in Boise, Idaho.\n\nInvestigators from the Idaho State Police processed the scene overnight.\n\nThe Ada County Sheriff\'s Office holds a training day every spring.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' }),
      at(text, 'Idaho State Police', { kind: 'organization', name: 'Idaho State Police', agencyId: 'state_police' }),
      at(text, "Ada County Sheriff's Office", { kind: 'organization', name: "Ada County Sheriff's Office", agencyId: 'sheriff' }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Officer shoots man in Boise'), a, []);
    expect(draft.agencies).toEqual(['ICE', 'state police']);
  });

  it('counts an agency whose account of the event the story retells, even where that gives no claim', () => {
    const text = 'An officer shot a man on Monday in Boise, Idaho.\n\nICE has not retracted its account that he drove at the officer.';
    const a = analyse(text, [at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' })]);
    const [draft] = extractIncidents(makeDoc(text, 'ICE officer shoots man in Boise'), a, []);
    expect(draft.agencies).toEqual(['ICE']);
  });

  it('leaves a medical examiner out of the incident\'s agencies: it reports on the body, it took no part', () => {
    const text = 'An ICE officer shot a man on Monday in Boise, Idaho.\n\nThe Ada County Coroner said the man was shot twice.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' }),
      at(text, 'Ada County Coroner', { kind: 'organization', name: 'Ada County Coroner', agencyId: 'medical_examiner' }),
    ]);
    expect(extractIncidents(makeDoc(text, 'Officer shoots man in Boise'), a, [])[0].agencies).toEqual(['ICE']);
  });

  it('makes the defendant of a criminal caption the subject, even where the filing writes the name in capitals', () => {
    const text = [
      'UNITED STATES DISTRICT COURT',
      'On March 2, agents stopped a gray sedan driven by TEODORO VILLANUEVA; his passenger, Lucia Ferrer, was shot in the shoulder when an agent fired at the car.',
      'VILLANUEVA drove the sedan into an agent\'s vehicle, and VILLANUEVA was shot in the hand.',
      'Border Patrol agents arrested him at a hospital.',
      'This complaint charges TEODORO VILLANUEVA, age 41, with assault on a federal officer.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Lucia Ferrer', { kind: 'person', name: 'Lucia Ferrer', title: null, agencyId: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Complaint, United States v. Teodoro Villanueva'), a, []);
    const subject = draft.persons.find((p) => p.role === 'subject');
    expect(subject).toMatchObject({ name: 'Teodoro Villanueva', age: 41 });
    expect(draft.persons.filter((p) => p.role === 'subject')).toHaveLength(1);
    for (const s of draft.sources) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
  });

  it('reads an agency press release as the agency speaking, a news story as the outlet reporting', () => {
    const text = 'A Border Patrol agent fired after the driver accelerated toward the agents on Monday in Yuma, Arizona.';
    const a = analyse(text, [at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' })]);
    const release = { ...makeDoc(text, 'Agent fires at driver'), metadata: { ...makeDoc(text, '').metadata, title: 'Agent fires at driver', url: 'https://www.cbp.gov/newsroom/release' } };
    const fromAgency = extractIncidents(release, a, [])[0].claims.find((c) => c.facet === 'vehicle_movement');
    expect(fromAgency).toMatchObject({ side: 'officials', speaker: { name: 'U.S. Customs and Border Protection', role: 'official' }, attribution: null });
    const fromOutlet = extractIncidents(makeDoc(text, 'Agent fires at driver'), a, [])[0].claims.find((c) => c.facet === 'vehicle_movement');
    expect(fromOutlet).toMatchObject({ side: 'outlet', speaker: null });
    // An agency's release telling what its own video shows is still the agency's account.
    const filmed = 'Video from the agent’s body camera shows the driver accelerating toward the agents on Monday in Yuma, Arizona, before a Border Patrol agent fired.';
    const b = analyse(filmed, [at(filmed, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' })]);
    const filmedRelease = { ...release, text: filmed, byteLength: filmed.length };
    expect(extractIncidents(filmedRelease, b, [])[0].claims.find((c) => c.facet === 'vehicle_movement')).toMatchObject({ side: 'officials' });
    expect(extractIncidents(makeDoc(filmed, 'Agent fires at driver'), b, [])[0].claims.find((c) => c.facet === 'vehicle_movement')).toMatchObject({ side: 'footage', speaker: null });
  });

  it('takes the time of the event, not of the response, and reads a bare time in the half of the day the sentence gives', () => {
    const text = 'A Border Patrol agent shot a man on Tuesday in Yuma, Arizona. The agency said the stop began at 4:40 p.m.; the sheriff put the shooting at about 4:35. Deputies responded to the shooting at 4:52 p.m.';
    const time = (phrase: string, value: string) => at(text, phrase, { kind: 'date', date: null, precision: 'unknown', time: value });
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      time('4:40 p.m.', '16:40'),
      time('4:35', '04:35'),
      time('4:52 p.m.', '16:52'),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agent shoots man'), a, []);
    expect(draft.time).toBe('16:35');
    const source = draft.sources.find((x) => x.field === 'time');
    expect(source && text.slice(source.span.start, source.span.end)).toBe('4:35');
  });

  it('places the event in the town of the dateline, not in the city named as a landmark near it', () => {
    const text = 'FRANKLIN GROVE, Ill. \u2014 An ICE officer shot a man on Friday in a suburb west of Chicago.\n\nAgents have made arrests across the Chicago area and in Chicago itself since Monday.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' }),
      at(text, 'FRANKLIN GROVE, Ill.', { kind: 'place', city: 'Franklin Grove', state: 'IL', place: null }),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }, 1),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }, 2),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Officer shoots man'), a, []);
    expect(draft).toMatchObject({ city: 'Franklin Grove', state: 'IL' });
    // A city named as itself still beats the dateline (an agency's release is filed from its headquarters).
    const plain = 'WASHINGTON \u2014 An ICE officer shot a man on Friday in Chicago.';
    const b = analyse(plain, [
      at(plain, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' }),
      at(plain, 'WASHINGTON', { kind: 'place', city: 'Washington', state: 'DC', place: null }),
      at(plain, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }),
    ]);
    expect(extractIncidents(makeDoc(plain, 'Officer shoots man'), b, [])[0]).toMatchObject({ city: 'Chicago', state: 'IL' });
    // A hospital's or a court's city is where the story went next, not where the shots were fired.
    const later = 'NOGALES, Ariz. \u2014 An agent shot a man on Sunday on West Calle Tubac. The agency said the agent fired twice and the man was taken to a hospital in Tucson; he was charged in U.S. District Court in Tucson.';
    const c = analyse(later, [
      at(later, 'NOGALES, Ariz.', { kind: 'place', city: 'Nogales', state: 'AZ', place: null }),
      at(later, 'Tucson', { kind: 'place', city: 'Tucson', state: 'AZ', place: null }),
      at(later, 'Tucson', { kind: 'place', city: 'Tucson', state: 'AZ', place: null }, 1),
      at(later, 'U.S. District Court in Tucson', { kind: 'organization', name: 'U.S. District Court in Tucson', agencyId: 'federal_court' }),
      at(later, 'agent', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
    ]);
    const moved = extractIncidents(makeDoc(later, 'Border Patrol agent shoots man'), c, [])[0];
    expect(moved).toMatchObject({ city: 'Nogales', state: 'AZ' });
    // A court rules on the case; it is not one of the incident's agencies.
    expect(moved.agencies).toEqual(['Border Patrol']);
  });

  it('reads the outcome for a subject first written as "a man" and named later, and a death the story names', () => {
    const text = 'A Border Patrol agent shot and killed a 31-year-old man on Tuesday in Yuma, Arizona.\n\nThe agency identified him as Tomas Ferreira.';
    const people = (t: string) => [
      at(t, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(t, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
    ];
    const [killed] = extractIncidents(makeDoc(text, 'Agent shoots man'), analyse(text, people(text)), []);
    expect(killed.persons[0]).toMatchObject({ name: 'Tomas Ferreira', role: 'subject', outcome: 'killed' });
    const later = 'A Border Patrol agent shot Tomas Ferreira on Tuesday in Yuma, Arizona.\n\nThe medical examiner said the shooting caused his death.';
    const [dead] = extractIncidents(makeDoc(later, 'Agent shoots man'), analyse(later, people(later)), []);
    expect(dead.persons[0]).toMatchObject({ name: 'Tomas Ferreira', outcome: 'killed' });
  });

  it('does not give the outlet words in quotation marks that no attribution claimed; what its videos show stands as footage', () => {
    const text = 'An ICE officer shot a woman on Monday in Boise, Idaho.\n\n"She was turning her wheel away from them," said a man who filmed the stop and asked not to be named.\n\nOther videos show the car backing up to leave before the shooting.';
    const a = analyse(text, [at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' })]);
    const vehicle = extractIncidents(makeDoc(text, 'Officer shoots woman'), a, [])[0].claims.filter((c) => c.facet === 'vehicle_movement');
    expect(vehicle.map((c) => [c.side, c.span.text])).toEqual([['footage', 'Other videos show the car backing up to leave before the shooting.']]);
  });

  it('puts what the outlet says a video shows on the footage side, what it says of the video itself on its own', () => {
    const text = [
      'Border Patrol agents shot and killed Tomas Ferreira, 31, on Tuesday in Yuma, Arizona.',
      'The agency said Ferreira drove toward the agents.',
      'Bystander videos reviewed by the newspaper show the car backing up to leave before the shots.',
      'The videos contradict the agency’s account.',
      'The car was backing up to leave when the first shot was fired.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const attributions = [said(text, a, 'Ferreira drove toward the agents', 'U.S. Border Patrol', 'official')];
    const [draft] = extractIncidents(makeDoc(text, 'Agents kill driver'), a, attributions);
    const bySentence = (start: string) => draft.claims.filter((c) => c.span.text.startsWith(start)).map((c) => [c.facet, c.stance, c.side, c.speaker]);
    expect(bySentence('Bystander videos')).toEqual([
      ['footage', 'exists', 'outlet', null],
      ['vehicle_movement', 'away_from_officers', 'footage', null],
    ]);
    expect(bySentence('The videos contradict')).toEqual([['footage', 'contradicts', 'outlet', null]]);
    // The outlet saying so itself, with no video as its subject, stays the outlet's reporting.
    expect(bySentence('The car was backing')).toEqual([['vehicle_movement', 'away_from_officers', 'outlet', null]]);
  });

  it('reads what a video shows when the attribution stage took it for a source it could not name, and only then', () => {
    const text = 'Border Patrol agents shot and killed Tomas Ferreira, 31, on Tuesday in Yuma, Arizona.\n\nThe 48-second video of the shooting was released Friday. It shows the car reversing out of a parking space.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const content = 'the car reversing out of a parking space';
    const start = text.indexOf(content);
    const span = { start, end: start + content.length, text: content };
    const sentence = a.sentences.find((s) => start >= s.start && start < s.end)!.index;
    const cue = { start: text.indexOf('shows'), end: text.indexOf('shows') + 5, text: 'shows' };
    const unnamed: Attribution = { kind: 'indirect', source: { start: start - 9, end: start - 7, text: 'It' }, cue, content: { ...span, fragments: [span] }, speaker: null, sentence };
    const vehicle = (attributions: Attribution[]) => extractIncidents(makeDoc(text, 'Agents kill driver'), a, attributions)[0].claims.filter((c) => c.facet === 'vehicle_movement').map((c) => [c.side, c.stance]);
    expect(vehicle([unnamed])).toEqual([['footage', 'away_from_officers']]);
    // Someone named saying it is theirs; someone unnamed saying it, with no recording, stays a gap.
    expect(vehicle([{ ...unnamed, speaker: { name: 'Ana Ruiz', affiliation: null, role: 'witness' } }])).toEqual([['witnesses', 'away_from_officers']]);
    const told = text.replace('The 48-second video of the shooting was released Friday.', 'A neighbor spoke to reporters Friday.');
    const b = analyse(told, [
      at(told, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(told, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
    ]);
    const toldStart = told.indexOf(content);
    const toldSpan = { start: toldStart, end: toldStart + content.length, text: content };
    const toldSentence = b.sentences.find((s) => toldStart >= s.start && toldStart < s.end)!.index;
    const gap: Attribution = { ...unnamed, content: { ...toldSpan, fragments: [toldSpan] }, cue: { start: told.indexOf('shows'), end: told.indexOf('shows') + 5, text: 'shows' }, source: null, sentence: toldSentence };
    expect(extractIncidents(makeDoc(told, 'Agents kill driver'), b, [gap])[0].claims.filter((c) => c.facet === 'vehicle_movement')).toEqual([]);
  });

  it('reads an in-scope agency\'s release that says only "officers", and a force sentence named by the one before it', () => {
    const text = 'This morning, during an enforcement operation in Yuma, Arizona, a man rammed his vehicle into law enforcement vehicles.\n\nThe subject, Tomas Ferreira, 44, refused commands. Fearing for their safety, officers fired defensive shots.\n\nThe subject was struck and transported to a local hospital.';
    const a = analyse(text, [
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
    ]);
    const release = { ...makeDoc(text, 'Man rams law enforcement vehicles'), metadata: { ...makeDoc(text, '').metadata, title: 'Man rams law enforcement vehicles', outlet: 'U.S. Department of Homeland Security' } };
    const [draft] = extractIncidents(release, a, []);
    expect(draft).toMatchObject({ primary: true, city: 'Yuma' });
    expect(draft.persons[0]).toMatchObject({ name: 'Tomas Ferreira', role: 'subject', outcome: 'injured' });
    // The same words from a news outlet name no in-scope actor: no incident.
    expect(extractIncidents(makeDoc(text, 'Man rams law enforcement vehicles'), a, [])).toEqual([]);
  });

  it('reads a release whose force opens the paragraph after the one that names the event, and the thrown objects as the agency\'s claim', () => {
    const text = 'Today, a crowd attacked ICE officers outside the processing center in Yuma, Arizona. Rioters threw rocks and bottles at government vehicles.\n\nOfficers deployed pepper balls to disperse the crowd after repeated warnings.';
    const a = analyse(text, [at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }), at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' })]);
    const release = { ...makeDoc(text, 'Rioters attack officers'), metadata: { ...makeDoc(text, '').metadata, title: 'Rioters attack officers', outlet: 'U.S. Department of Homeland Security' } };
    const [draft] = extractIncidents(release, a, []);
    expect(draft).toMatchObject({ primary: true, city: 'Yuma', force: ['pepper spray'] });
    expect(draft.claims.find((c) => c.facet === 'weapon_alleged')).toMatchObject({ stance: 'armed', side: 'officials' });
    // A ban on such weapons tells no use of them.
    const ruling = 'A judge in Yuma, Arizona, on Tuesday barred ICE officers from using pepper balls against reporters.';
    const b = analyse(ruling, [at(ruling, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }), at(ruling, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' })]);
    expect(extractIncidents(makeDoc(ruling, 'Judge limits weapons'), b, [])).toEqual([]);
  });

  it('asks no cause of death of an incident that tells no death', () => {
    const lived = 'Tomas Ferreira left the courthouse in Yuma, Arizona, on Tuesday, and ICE officers tackled him. "He was beaten for going to court," his lawyer said.';
    const died = lived.replace('tackled him.', 'tackled him. He died at a hospital hours later.');
    const draftOf = (text: string) => {
      const a = analyse(text, [at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }), at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null })]);
      const quote = said(text, a, 'He was beaten for going to court,', 'lawyer for Tomas Ferreira', 'subject_counsel');
      return extractIncidents({ ...makeDoc(text, 'ICE deputies tackle man'), metadata: { ...makeDoc(text, '').metadata, title: 'ICE deputies tackle man' } }, a, [quote])[0];
    };
    expect(draftOf(lived).claims.some((c) => c.facet === 'cause_of_death')).toBe(false);
    expect(draftOf(died).claims.find((c) => c.facet === 'cause_of_death')).toMatchObject({ stance: 'force_or_homicide' });
  });

  it('asks whether shots hit him only of an incident that tells shots, dates a death in custody by the day he was found, and every facet names a kind of force the vocabulary has', () => {
    const custody = 'Tomas Ferreira, 47, was held at the ICE processing center in Yuma, Arizona, where officers tackled him in his cell on Tuesday. He was pronounced dead at a hospital hours later.';
    const shot = custody.replace('tackled him', 'shot him');
    const draftOf = (text: string) => {
      const a = analyse(text, [
        at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
        at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
        at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      ]);
      return extractIncidents(makeDoc(text, 'Man dies in ICE custody'), a, [])[0];
    };
    expect(draftOf(custody).claims.some((c) => c.facet === 'hit_by_gunfire')).toBe(false);
    expect(draftOf(shot).claims.find((c) => c.facet === 'hit_by_gunfire')).toMatchObject({ stance: 'hit' });
    // The day he was found unresponsive dates a death the lede puts "last week".
    const weekly = 'Tomas Ferreira, 47, who died in ICE custody in Yuma, Arizona, last week, was beaten by guards, his family says. He was found unresponsive in his cell on Feb. 26.';
    const w = analyse(weekly, [
      at(weekly, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(weekly, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
      at(weekly, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(weekly, 'last week', { kind: 'date', date: '2025-02-24', precision: 'week', time: null }),
      at(weekly, 'Feb. 26', { kind: 'date', date: '2025-02-26', precision: 'day', time: null }),
    ]);
    const dated = extractIncidents(makeDoc(weekly, 'Man dies in ICE custody'), w, [])[0];
    expect([dated.date, dated.datePrecision]).toEqual(['2025-02-26', 'day']);
    const kinds = new Set(loadForceVocab().forceTypes.map((t) => t.id));
    expect(loadFacets().flatMap((f) => (f.requiresForce && !kinds.has(f.requiresForce) ? [f.id] : []))).toEqual([]);
  });

  it('never takes the reporter of a byline, or the document\'s author, for the subject', () => {
    const text = 'By Dana Whitlock | Feb. 10, 2026\n\nA Border Patrol agent shot a 27-year-old driver on Monday in Yuma, Arizona.\n\nThe driver, Luis Medina, was hit in the shoulder.';
    const mentions = [
      at(text, 'Dana Whitlock', { kind: 'person', name: 'Dana Whitlock', title: null, agencyId: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Luis Medina', { kind: 'person', name: 'Luis Medina', title: null, agencyId: null }),
    ];
    const [draft] = extractIncidents(makeDoc(text, 'Agent shoots driver'), analyse(text, mentions), []);
    expect(draft.persons.map((p) => [p.name, p.role, p.outcome])).toEqual([['Luis Medina', 'subject', 'injured']]);
    const plain = 'A Border Patrol agent shot Luis Medina on Monday in Yuma, Arizona, Dana Whitlock and Ben Cole reported.';
    const doc = makeDoc(plain, 'Agent shoots driver');
    const authored = { ...doc, metadata: { ...doc.metadata, author: 'Dana Whitlock and Ben Cole' } };
    const b = analyse(plain, [
      at(plain, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(plain, 'Luis Medina', { kind: 'person', name: 'Luis Medina', title: null, agencyId: null }),
      at(plain, 'Dana Whitlock', { kind: 'person', name: 'Dana Whitlock', title: null, agencyId: null }),
      at(plain, 'Ben Cole', { kind: 'person', name: 'Ben Cole', title: null, agencyId: null }),
    ]);
    expect(extractIncidents(authored, b, [])[0].persons.map((p) => p.name)).toEqual(['Luis Medina']);
  });

  it('keeps a roundup of earlier shootings out of the incident, one aside per dated shooting', () => {
    const text = [
      'A Border Patrol agent shot Jorge Ibarra, 41, on Thursday in Yuma, Arizona.',
      'It was at least the third time agents have fired their weapons in the county this year. On Feb. 4, an agent shot Mara Lund, 30, near the port. On Jan. 12, an officer fatally shot Silvio Reyes, 38, during a traffic stop.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Jorge Ibarra', { kind: 'person', name: 'Jorge Ibarra', title: null, agencyId: null }),
      at(text, 'Thursday', { kind: 'date', date: '2025-03-06', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Feb. 4', { kind: 'date', date: '2025-02-04', precision: 'day', time: null }),
      at(text, 'Mara Lund', { kind: 'person', name: 'Mara Lund', title: null, agencyId: null }),
      at(text, 'Jan. 12', { kind: 'date', date: '2025-01-12', precision: 'day', time: null }),
      at(text, 'Silvio Reyes', { kind: 'person', name: 'Silvio Reyes', title: null, agencyId: null }),
    ]);
    const drafts = extractIncidents(makeDoc(text, 'Agent shoots man in Yuma'), a, []);
    expect(drafts.map((d) => [d.primary, d.date, d.persons.map((p) => p.name)])).toEqual([
      [true, '2025-03-06', ['Jorge Ibarra']],
      [false, '2025-02-04', ['Mara Lund']],
      [false, '2025-01-12', ['Silvio Reyes']],
    ]);
  });

  it('reads a filing whose force sentences name only stand-ins ("BPA-1") and the defendant in capitals', () => {
    const text = [
      'On January 31, 2025, Border Patrol Agents attempted to stop a pickup driven by DIAZ-LUNA on Valencia Road in Yuma, Arizona.',
      'BPA-1 stated that he feared he would be crushed and fired three rounds. One round struck DIAZ-LUNA in the left shoulder.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'January 31, 2025', { kind: 'date', date: '2025-01-31', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Criminal complaint, United States v. Jose Diaz-Luna'), a, []);
    expect(draft).toMatchObject({ primary: true, date: '2025-01-31', city: 'Yuma' });
    expect(draft.persons[0]).toMatchObject({ name: 'Jose Diaz-Luna', role: 'subject', outcome: 'injured' });
  });

  it('reads "the officer who shot and killed A has been identified as B": A killed, B the officer', () => {
    const text = 'The Border Patrol agent who shot and killed Rosa Lind on Jan. 7 has been identified in court records as Tom Vane.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Rosa Lind', { kind: 'person', name: 'Rosa Lind', title: null, agencyId: null }),
      at(text, 'Jan. 7', { kind: 'date', date: '2025-01-07', precision: 'day', time: null }),
      at(text, 'Tom Vane', { kind: 'person', name: 'Tom Vane', title: null, agencyId: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agent identified'), a, []);
    expect(draft.persons.map((p) => [p.name, p.role, p.outcome])).toEqual([
      ['Rosa Lind', 'subject', 'killed'],
      ['Tom Vane', 'officer', 'unknown'],
    ]);
  });

  it('reads the driver and the passenger of a car fired on as its two subjects, each with their own wound', () => {
    const text = [
      'Border Patrol agents fired on a pickup truck on Thursday in Yuma, Arizona, after the driver, Ramon Ortiz, tried to run them over, officials said. The passenger, Elena Bravo, was also struck.',
      'Ortiz sustained a gunshot wound to the arm, and Bravo sustained a gunshot wound to the chest.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Thursday', { kind: 'date', date: '2025-03-06', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Ramon Ortiz', { kind: 'person', name: 'Ramon Ortiz', title: null, agencyId: null }),
      at(text, 'Elena Bravo', { kind: 'person', name: 'Elena Bravo', title: null, agencyId: null }),
      at(text, 'Ortiz', { kind: 'person', name: 'Ortiz', title: null, agencyId: null }, 1),
      at(text, 'Bravo', { kind: 'person', name: 'Bravo', title: null, agencyId: null }, 1),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agents fire on pickup'), a, []);
    expect(draft.persons.map((p) => [p.name, p.role, p.injuries])).toEqual([
      ['Ramon Ortiz', 'subject', 'gunshot wound to the arm'],
      ['Elena Bravo', 'subject', 'gunshot wound to the chest'],
    ]);
  });

  it('reads no use of force in shots fired at officers by a gunman, unless officers fired too', () => {
    const attack = 'A gunman opened fire on an ICE field office in Yuma, Arizona, on Tuesday, wounding a detainee, officials said. The shooting was "an attack on our officers," the agency said.';
    const mentions = (text: string) => [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
    ];
    expect(extractIncidents(makeDoc(attack, 'Gunman fires on ICE office'), analyse(attack, mentions(attack)), [])).toEqual([]);
    const returned = `${attack} Agents returned fire and wounded the gunman.`;
    expect(extractIncidents(makeDoc(returned, 'Gunman fires on ICE office'), analyse(returned, mentions(returned)), [])).toHaveLength(1);
  });

  it('reads "the man shot by an agent has been identified as X, 29." as the subject with his age, hit in the shoulder', () => {
    const text = [
      'The man shot by a Border Patrol agent on Sunday in Yuma, Arizona, has been identified by his family as Rafael Ortiz, 29.',
      'A spokesperson said the man was hit once in the shoulder and is in stable condition.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Sunday', { kind: 'date', date: '2025-03-02', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Rafael Ortiz', { kind: 'person', name: 'Rafael Ortiz', title: null, agencyId: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agent shoots man'), a, []);
    expect(draft.persons.map((p) => [p.name, p.role, p.age, p.outcome, p.injuries])).toEqual([['Rafael Ortiz', 'subject', 29, 'injured', 'hit once in the shoulder']]);
  });

  it('reads "two people in separate encounters" as two incidents, one per dated account', () => {
    const text = [
      'Federal agents shot two people in separate encounters in Arizona this week, officials said.',
      'On Tuesday in Yuma, an ICE officer shot and killed Marco Reyes, 44, during a vehicle stop.',
      'On Wednesday in Tucson, a Border Patrol agent shot Carlos Ortiz, 25, in the shoulder.',
      'The county attorney said she was reviewing both shootings.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Arizona', { kind: 'place', city: null, state: 'AZ', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Yuma', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Marco Reyes', { kind: 'person', name: 'Marco Reyes', title: null, agencyId: null }),
      at(text, 'Wednesday', { kind: 'date', date: '2025-03-05', precision: 'day', time: null }),
      at(text, 'Tucson', { kind: 'place', city: 'Tucson', state: 'AZ', place: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Carlos Ortiz', { kind: 'person', name: 'Carlos Ortiz', title: null, agencyId: null }),
    ]);
    const drafts = extractIncidents(makeDoc(text, 'Two shootings by agents'), a, []);
    expect(drafts.map((d) => [d.primary, d.date, d.city, d.persons.map((p) => [p.name, p.outcome])])).toEqual([
      [true, '2025-03-04', 'Yuma', [['Marco Reyes', 'killed']]],
      [false, '2025-03-05', 'Tucson', [['Carlos Ortiz', 'injured']]],
    ]);
  });

  it('reads a roundup of cases, each its own paragraph, date and person, as one incident per case; two names shot together as two subjects', () => {
    const cases = [
      ['Marco Reyes', '2025-01-12', 'Yuma', 'Jan. 12', 'was shot and killed by an ICE officer in Yuma on Jan. 12.'],
      ['Carlos Ortiz', '2025-02-04', 'Tucson', 'Feb. 4', 'was shot by an ICE officer in Tucson on Feb. 4.'],
      ['Ana Lind', '2025-02-20', 'Nogales', 'Feb. 20', 'and Tom Hale were wounded by an ICE officer in Nogales on Feb. 20.'],
    ];
    const text = ['ICE officers have fired into moving cars at least three times this winter.', ...cases.map(([name, , , , rest]) => `${name} ${rest}`)].join('\n\n');
    const a = analyse(
      text,
      cases.flatMap(([name, date, city, day]) => [
        at(text, name, { kind: 'person', name, title: null, agencyId: null }),
        at(text, day, { kind: 'date', date, precision: 'day', time: null }),
        at(text, `in ${city}`.slice(3), { kind: 'place', city, state: 'AZ', place: null }),
      ]).concat([at(text, 'Tom Hale', { kind: 'person', name: 'Tom Hale', title: null, agencyId: null })]).sort((x, y) => x.start - y.start),
    );
    const drafts = extractIncidents(makeDoc(text, 'Agents keep firing into cars'), a, []);
    expect(drafts.map((d) => [d.date, d.city, d.persons.map((p) => [p.name, p.role])])).toEqual([
      ['2025-01-12', 'Yuma', [['Marco Reyes', 'subject']]],
      ['2025-02-04', 'Tucson', [['Carlos Ortiz', 'subject']]],
      ['2025-02-20', 'Nogales', [['Ana Lind', 'subject'], ['Tom Hale', 'subject']]],
    ]);
    // The counting sentence tells of no one case: "fired … at least three times" is no count of shots.
    expect(drafts.flatMap((d) => d.claims).filter((c) => c.facet === 'shots_fired')).toEqual([]);
    // Two cases are no roundup: a story may well go on to another day and person.
    const two = text.slice(0, text.lastIndexOf('\n\n'));
    expect(extractIncidents(makeDoc(two, 'Agents keep firing into cars'), analyse(two, a.mentions.filter((m) => m.end <= two.length)), [])).toHaveLength(1);
  });

  it('reads a timeline that counts the people shot ("shot at least three people") as one incident per dated entry', () => {
    const entries = [
      ['Jan. 12', '2025-01-12', 'Yuma', 'Marco Reyes'],
      ['Feb. 4', '2025-02-04', 'Tucson', 'Carlos Ortiz'],
      ['Feb. 20', '2025-02-20', 'Nogales', 'Ana Lind'],
    ];
    const text = ['ICE officers have shot at least three people in Arizona this winter.', ...entries.map(([day, , city, name]) => `- ${day}, ${city}: An ICE officer shot ${name} during a traffic stop.`)].join('\n');
    const a = analyse(
      text,
      entries.flatMap(([day, date, city, name]) => [
        at(text, day, { kind: 'date', date, precision: 'day', time: null }),
        at(text, city, { kind: 'place', city, state: 'AZ', place: null }),
        at(text, name, { kind: 'person', name, title: null, agencyId: null }),
      ]),
    );
    const drafts = extractIncidents(makeDoc(text, 'Timeline of shootings'), a, []);
    expect(drafts.map((d) => [d.date, d.city, d.persons.map((p) => p.name)])).toEqual(entries.map(([, date, city, name]) => [date, city, [name]]));
  });

  it('reads a roundup in sections as one incident per section, each running to the next heading', () => {
    const text = [
      'ICE officers have fired at least three times in the valley this winter.',
      'The Yuma stop',
      'On Jan. 12, an ICE officer shot Marco Reyes, 30, in Yuma. Reyes was hit in the arm and survived.',
      'A video released last month shows the car backing away. "He was trying to leave," said Lucia Reyes, his sister.',
      'The Tucson raid',
      'On Feb. 4, ICE officers fired pepper balls at residents on Elm Street in Tucson.',
      'Ana Lind, 61, said she saw no one throw anything.',
      'The Nogales checkpoint',
      'On Feb. 20, an ICE officer shot and killed Tom Hale in Nogales.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Yuma', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Jan. 12', { kind: 'date', date: '2025-01-12', precision: 'day', time: null }),
      at(text, 'Marco Reyes', { kind: 'person', name: 'Marco Reyes', title: null, agencyId: null }),
      at(text, 'Yuma', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }, 1),
      at(text, 'Reyes was', { kind: 'person', name: 'Reyes', title: null, agencyId: null }),
      at(text, 'last month', { kind: 'date', date: '2025-02', precision: 'month', time: null }),
      at(text, 'Lucia Reyes', { kind: 'person', name: 'Lucia Reyes', title: null, agencyId: null }),
      at(text, 'Tucson', { kind: 'place', city: 'Tucson', state: 'AZ', place: null }),
      at(text, 'Feb. 4', { kind: 'date', date: '2025-02-04', precision: 'day', time: null }),
      at(text, 'Elm Street', { kind: 'place', city: null, state: null, place: 'Elm Street' }),
      at(text, 'Tucson', { kind: 'place', city: 'Tucson', state: 'AZ', place: null }, 1),
      at(text, 'Ana Lind', { kind: 'person', name: 'Ana Lind', title: null, agencyId: null }),
      at(text, 'Nogales', { kind: 'place', city: 'Nogales', state: 'AZ', place: null }),
      at(text, 'Feb. 20', { kind: 'date', date: '2025-02-20', precision: 'day', time: null }),
      at(text, 'Tom Hale', { kind: 'person', name: 'Tom Hale', title: null, agencyId: null }),
      at(text, 'Nogales', { kind: 'place', city: 'Nogales', state: 'AZ', place: null }, 1),
    ].filter((m) => m.text !== 'ICE' || m.start === text.indexOf('ICE')).map((m) => (m.text === 'Reyes was' ? { ...m, end: m.start + 5, text: 'Reyes' } : m)).sort((x, y) => x.start - y.start));
    const sister = said(text, a, 'He was trying to leave', 'Lucia Reyes', 'family');
    const lind = said(text, a, 'she saw no one throw anything', 'Ana Lind', 'witness');
    const drafts = extractIncidents(makeDoc(text, 'Three shootings, three accounts'), a, [sister, lind]);
    expect(drafts.map((d) => [d.date, d.city])).toEqual([
      ['2025-01-12', 'Yuma'],
      ['2025-02-04', 'Tucson'],
      ['2025-02-20', 'Nogales'],
    ]);
    // The video "released last month" and the sister's words stay with the stop they are about; a bare
    // surname is the person shot, not the sister who speaks.
    expect(drafts[0].persons.map((p) => [p.name, p.outcome])).toEqual([['Marco Reyes', 'injured']]);
    expect(drafts[0].claims.some((c) => c.speaker?.name === 'Lucia Reyes')).toBe(true);
    // A witness two paragraphs below the raid's date is the raid's, not the first incident's.
    expect(drafts.map((d) => d.claims.some((c) => c.speaker?.name === 'Ana Lind'))).toEqual([false, true, false]);
    expect(drafts[2].persons.map((p) => [p.name, p.outcome])).toEqual([['Tom Hale', 'killed']]);
  });

  it('reads a shot in the back as a judgement of the force only from the subject\'s side; from an examiner or the outlet it is a wound', () => {
    const text = 'An ICE officer shot and killed Ana Ruiz in Yuma on Tuesday. The county medical examiner found she was shot in the back. Her brother said she was shot in the back as she ran. Ruiz was shot in the back, records show.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Ana Ruiz', { kind: 'person', name: 'Ana Ruiz', title: null, agencyId: null }),
      at(text, 'Yuma', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
    ]);
    const examiner = said(text, a, 'she was shot in the back', 'county medical examiner', 'official');
    const brother = said(text, a, 'she was shot in the back as she ran', 'Luis Ruiz', 'family');
    const [draft] = extractIncidents(makeDoc(text, 'Agent kills woman'), a, [examiner, brother]);
    const judged = draft.claims.filter((c) => c.facet === 'justification_for_force').map((c) => [c.speaker?.name ?? c.side, c.stance]);
    expect(judged).toEqual([['Luis Ruiz', 'unjustified']]);
    expect(draft.claims.filter((c) => c.facet === 'wound_location').map((c) => c.speaker?.name ?? c.side)).toEqual(['county medical examiner', 'Luis Ruiz', 'outlet']);
  });

  it('reads a name set beside "the officer" as the officer, and no charge the officer faces as the person\'s', () => {
    const text = 'A grand jury indicted an ICE officer on a charge of manslaughter in the killing of Ana Ruiz, 41. The officer, Brent Hale, 35, turned himself in. Hale fired as she walked away, prosecutors said.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Ana Ruiz', { kind: 'person', name: 'Ana Ruiz', title: null, agencyId: null }),
      at(text, 'Brent Hale', { kind: 'person', name: 'Brent Hale', title: null, agencyId: null }),
      at(text, 'Hale fired', { kind: 'person', name: 'Hale', title: null, agencyId: null }),
    ].map((m) => (m.text === 'Hale fired' ? { ...m, end: m.start + 4, text: 'Hale' } : m)));
    const [draft] = extractIncidents(makeDoc(text, 'Officer indicted'), a, []);
    expect(draft.persons.map((p) => [p.name, p.role])).toEqual([
      ['Ana Ruiz', 'subject'],
      ['Brent Hale', 'officer'],
    ]);
    expect(draft.claims.filter((c) => c.facet === 'criminal_charge')).toEqual([]);
  });

  it('keeps the subject who speaks, titled or not, as the person force was used on', () => {
    const text = 'A pepper ball fired by an ICE agent hit a pastor in Yuma, Arizona, on Tuesday. The Rev. Ana Lind, 37, said she was praying when the agent fired at her.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Rev. Ana Lind', { kind: 'person', name: 'Ana Lind', title: 'Rev.', agencyId: null }),
    ]);
    const spoke = said(text, a, 'she was praying when the agent fired at her', 'Ana Lind', 'subject');
    const source = { start: text.indexOf('The Rev.'), end: text.indexOf(', said'), text: 'The Rev. Ana Lind, 37' };
    const [draft] = extractIncidents(makeDoc(text, 'Pastor hit by pepper ball'), a, [{ ...spoke, source }]);
    expect(draft.persons.map((p) => [p.name, p.role, p.age])).toEqual([['Ana Lind', 'subject', 37]]);
  });

  it('dates an agency statement by the encounter its first sentence dates', () => {
    const text = [
      'On March 2, 2025, at approximately 11:40 p.m., Border Patrol agents encountered a group of people near Yuma, Arizona.',
      'One man assaulted an agent with a large rock. The agent discharged his service weapon, striking the man.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'March 2, 2025', { kind: 'date', date: '2025-03-02', precision: 'day', time: null }),
      at(text, '11:40 p.m.', { kind: 'date', date: null, precision: 'unknown', time: '23:40' }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Statement on agent-involved shooting'), a, []);
    expect([draft.date, draft.time, draft.city]).toEqual(['2025-03-02', '23:40', 'Yuma']);
  });

  it("reads an agency's own release that never names the agency: the driver 'was shot', the agency from the header", () => {
    const header = 'Title: Officers fire defensive shots\nOutlet: Department of Homeland Security\n\n';
    const text = `${header}On Sunday, officers were on patrol in Yuma, Arizona, when they were rammed by a car. The driver of the car was shot.`;
    const a = analyse(text, [
      at(text, 'Sunday', { kind: 'date', date: '2025-03-02', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const doc = makeDoc(text, 'Officers fire defensive shots');
    const release = { ...doc, bodyStart: header.length, metadata: { ...doc.metadata, outlet: 'Department of Homeland Security' } };
    const [draft] = extractIncidents(release, a, []);
    expect([draft?.date, draft?.city, draft?.agencies]).toEqual(['2025-03-02', 'Yuma', ['DHS']]);
    const source = draft.sources.find((f) => f.field === 'agencies.0');
    expect(source?.span.text).toBe('Department of Homeland Security');
    expect(source && text.slice(source.span.start, source.span.end)).toBe('Department of Homeland Security');
  });

  it('reads no place from an agency office the headline names by its city (stop 71)', () => {
    const header = 'Title: HSI Kansas City executes search warrant at meat plant\nOutlet: Homeland Security Investigations\n\n';
    const text = `${header}OTTUMWA, Iowa — An HSI agent shot Rogelio Quintanar at a meat plant on Tuesday.`;
    const a = analyse(text, [
      at(text, 'Rogelio Quintanar', { kind: 'person', name: 'Rogelio Quintanar', title: null, agencyId: null }),
      at(text, 'HSI', { kind: 'organization', name: 'Homeland Security Investigations', agencyId: 'hsi' }, 1),
      at(text, 'Kansas City', { kind: 'place', city: 'Kansas City', state: null, place: null }),
      at(text, 'OTTUMWA, Iowa', { kind: 'place', city: 'Ottumwa', state: 'IA', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
    ]);
    const doc = makeDoc(text, 'HSI Kansas City executes search warrant at meat plant');
    const [draft] = extractIncidents({ ...doc, bodyStart: header.length }, a, []);
    expect([draft?.city, draft?.state]).toEqual(['Ottumwa', 'IA']);
  });

  it('names the subject from the headline when the story says only "a man", and no one else the headline names', () => {
    const header = 'Title: ICE agent shoots Mario Guzman as Mayor Lena Ortiz looks on\nOutlet: Gulf Record\n\n';
    const text = `${header}An ICE agent shot a man in Yuma, Arizona, on Tuesday. The man, who was hit in the leg, is expected to survive.`;
    const a = analyse(text, [
      at(text, 'Mario Guzman', { kind: 'person', name: 'Mario Guzman', title: null, agencyId: null }),
      at(text, 'Lena Ortiz', { kind: 'person', name: 'Lena Ortiz', title: 'Mayor', agencyId: null }),
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }, 1),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
    ]);
    const doc = makeDoc(text, 'ICE agent shoots Mario Guzman as Mayor Lena Ortiz looks on');
    const [draft] = extractIncidents({ ...doc, bodyStart: header.length }, a, []);
    expect(draft.persons.map((p) => [p.name, p.role, p.outcome, p.injuries])).toEqual([['Mario Guzman', 'subject', 'injured', 'hit in the leg']]);
    const name = draft.sources.find((f) => f.field === 'persons.0.name');
    expect(name && text.slice(name.span.start, name.span.end)).toBe('Mario Guzman');
  });

  it('reads a port release: "a 38-year-old Mexican citizen" is the traveler, an "electronic control weapon" and "bring the traveler to the ground" tell force (stop 71)', () => {
    const text =
      'On Sunday, CBP officers at the San Ysidro Port of Entry in San Diego, California, referred a 38-year-old Mexican citizen to secondary inspection. An officer deployed an electronic control weapon, and officers were able to bring the traveler to the ground. A 16-year-old passenger in the vehicle was not injured. The traveler was taken to a hospital, where he died.';
    const a = analyse(text, [
      at(text, 'Sunday', { kind: 'date', date: '2026-02-22', precision: 'day', time: null }),
      at(text, 'CBP', { kind: 'organization', name: 'U.S. Customs and Border Protection', agencyId: 'cbp' }),
      at(text, 'San Diego, California', { kind: 'place', city: 'San Diego', state: 'CA', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Statement on use of force at the port of entry'), a, []);
    expect(draft?.persons.map((p) => [p.age, p.role])).toEqual([[38, 'subject']]);
  });

  it('keeps the person an agency release never names: age and outcome, each with its span', () => {
    const text =
      'On Sunday, Border Patrol agents in Yuma, Arizona, encountered a group near the river. One individual, later identified as a 41-year-old Guatemalan national, threw a brick at an agent, who shot him. The individual was taken to a hospital, where he was pronounced dead. The agent was treated for a cut and released.';
    const a = analyse(text, [
      at(text, 'Sunday', { kind: 'date', date: '2025-03-02', precision: 'day', time: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Statement on agent-involved shooting'), a, []);
    expect(draft.persons).toEqual([{ name: null, age: 41, role: 'subject', outcome: 'killed', injuries: null }]);
    const spanOf = (field: string) => {
      const s = draft.sources.find((f) => f.field === field)?.span;
      return s && text.slice(s.start, s.end);
    };
    expect([spanOf('persons.0.name'), spanOf('persons.0.age'), spanOf('persons.0.outcome')]).toEqual(['One individual', '41-year-old', 'was pronounced dead']);
  });

  it('reads how the subject fared from a sentence that goes on about them by "she", not one after an officer is named', () => {
    const lead = 'An ICE officer fired at a car in Yuma, Arizona, on Tuesday.';
    const mentions = (text: string) => [
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Ana Lind', { kind: 'person', name: 'Ana Lind', title: null, agencyId: null }),
    ];
    const outcome = (text: string) => extractIncidents(makeDoc(text, 'Shooting'), analyse(text, mentions(text)), [])[0]?.persons.map((p) => [p.name, p.outcome]);
    expect(outcome(`${lead} Court records identify the driver as Ana Lind, 30, of Yuma. She was treated at a hospital and released.`)).toEqual([['Ana Lind', 'injured']]);
    expect(outcome(`${lead} Ana Lind, 30, was driving when the officer stepped out. He was treated at a hospital and released.`)).toEqual([['Ana Lind', 'unknown']]);
    // Officers are many: "she" after "ICE officers fired at Ana Lind" is her (stop 40).
    expect(outcome('ICE officers fired at Ana Lind, 30, in Yuma, Arizona, on Tuesday. She died at a hospital.')).toEqual([['Ana Lind', 'killed']]);
    // What befell no one befell the driver fired at, said right after the force sentence of its paragraph.
    expect(outcome('An ICE officer fired at Ana Lind on Tuesday in Yuma, Arizona. No one was hit.')).toEqual([['Ana Lind', 'uninjured']]);
    expect(outcome('An ICE officer fired at Ana Lind on Tuesday in Yuma, Arizona.\n\nNo one was hurt at the rally that followed.')).toEqual([['Ana Lind', 'unknown']]);
  });

  it("gives no speaker the claims they retell from the other side: a wife's 'They are saying he tried to kill someone'", () => {
    const text = [
      'A Border Patrol agent shot Tomas Ferreira in his car on Tuesday in Yuma, Arizona.',
      '“They are saying he is a criminal who tried to kill someone. He was trying to get away,” his wife said.',
      'A lawmaker said Border Patrol has said Ferreira threw rocks at agents, and that witnesses told her office he had nothing in his hands.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const quote = 'They are saying he is a criminal who tried to kill someone. He was trying to get away,';
    const wife = said(text, a, quote, 'Ana Ferreira', 'family');
    const lawmaker = said(text, a, 'Border Patrol has said Ferreira threw rocks at agents, and that witnesses told her office he had nothing in his hands', 'Rep. Lena Ortiz', 'elected_official');
    const [draft] = extractIncidents(makeDoc(text, 'Shooting'), a, [{ ...wife, kind: 'direct' }, lawmaker]);
    const claims = draft.claims.map((c) => [c.speaker?.name, c.facet, c.stance]);
    expect(claims).toContainEqual(['Ana Ferreira', 'vehicle_movement', 'away_from_officers']);
    expect(claims).toContainEqual(['Rep. Lena Ortiz', 'weapon_alleged', 'unarmed']);
    expect(claims).not.toContainEqual(['Ana Ferreira', 'characterization', 'attack_on_officers']);
    expect(claims).not.toContainEqual(['Rep. Lena Ortiz', 'weapon_alleged', 'armed']);
  });

  it("gives the outlet no claim of what its sentence says an agency said, where no attribution covers it", () => {
    const text = 'A Border Patrol agent shot Tomas Ferreira on Tuesday in Yuma, Arizona. The agency, which has said the agent was in the path of the car, would not answer questions.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Tomas Ferreira', { kind: 'person', name: 'Tomas Ferreira', title: null, agencyId: null }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Shooting'), a, []);
    expect(draft.claims.filter((c) => c.facet === 'vehicle_movement')).toEqual([]);
  });

  it('reads an unnamed suspect: "the suspect, a 24-year-old man, … The suspect died at the scene."', () => {
    const text = 'Border Patrol agents shot and killed a suspected smuggler on Saturday near Yuma, Arizona. The suspect, a 24-year-old man, pointed a handgun at agents, the agency said. The suspect died at the scene.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Saturday', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agents kill suspected smuggler'), a, []);
    expect(draft.persons).toEqual([{ name: null, age: 24, role: 'subject', outcome: 'killed', injuries: null }]);
  });

  it('reads an unnamed person a police release opens a sentence with: "An adult male had been struck by gunfire."', () => {
    const text = 'Officers learned that ICE agents had been involved in a shooting on Harbor Street on Sunday. An adult male had been struck by gunfire. Medics took the man to Riverton General Hospital.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Harbor Street', { kind: 'place', city: null, state: null, place: 'Harbor Street' }),
      at(text, 'Sunday', { kind: 'date', date: '2026-09-13', precision: 'day', time: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Statement on federal enforcement incident'), a, []);
    expect(draft.persons).toEqual([{ name: null, age: null, role: 'subject', outcome: 'injured', injuries: null }]);
    expect(draft.sources.find((f) => f.field === 'persons.0.name')?.span.text).toBe('An adult male');
  });

  it('reads an injury from "striking the teen in the arm" and "treated at <named> Medical Center"', () => {
    const told = (second: string) => {
      const text = `A CBP officer shot Diego Salgado, 17, at the San Ysidro port on Sunday. ${second}`;
      const a = analyse(text, [
        at(text, 'CBP', { kind: 'organization', name: 'U.S. Customs and Border Protection', agencyId: 'cbp' }),
        at(text, 'Diego Salgado', { kind: 'person', name: 'Diego Salgado', title: null, agencyId: null }),
        at(text, 'Sunday', { kind: 'date', date: '2025-03-02', precision: 'day', time: null }),
      ]);
      return extractIncidents(makeDoc(text, 'Teen shot'), a, [])[0].persons[0].outcome;
    };
    expect(told('The officer fired two rounds, striking the teen in the arm.')).toBe('injured');
    expect(told('After the shooting he was treated at Mercy Bay Medical Center and released.')).toBe('injured');
    expect(told('The officer fired two rounds.')).toBe('unknown');
  });

  it('dates the shooting, not the day an agency changed its account of it', () => {
    const text = 'DHS on Tuesday changed its account of how a Border Patrol agent came to shoot Silverio Vega, 38, outside a hardware store in the Brighton Park neighborhood of Chicago on Oct. 4.';
    const a = analyse(text, [
      at(text, 'DHS', { kind: 'organization', name: 'U.S. Department of Homeland Security', agencyId: 'dhs' }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Silverio Vega', { kind: 'person', name: 'Silverio Vega', title: null, agencyId: null }),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }),
      at(text, 'Oct. 4', { kind: 'date', date: '2025-02-22', precision: 'day', time: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'DHS revises account'), a, []);
    expect(draft.date).toBe('2025-02-22');
  });

  it('takes a lone given name for the one person named in full with it ("Ibrahim was beaten")', () => {
    const text = 'Ibrahim Sesay, 41, died at an ICE detention center in Jena, Louisiana, on May 14. "Ibrahim was beaten," his lawyer said. An autopsy found blunt force injuries.';
    const a = analyse(text, [
      at(text, 'Ibrahim Sesay', { kind: 'person', name: 'Ibrahim Sesay', title: null, agencyId: null }),
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Jena, Louisiana', { kind: 'place', city: 'Jena', state: 'LA', place: null }),
      at(text, 'May 14', { kind: 'date', date: '2026-05-14', precision: 'day', time: null }),
      at(text, 'Ibrahim', { kind: 'person', name: 'Ibrahim', title: null, agencyId: null }, 1),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Man died in ICE custody'), a, []);
    expect(draft.persons.map((p) => p.name)).toEqual(['Ibrahim Sesay']);
    expect(draft.force).toContain('physical force');
  });

  it('tells an incident of force with no weapon: a knee on the neck dates it and is physical force', () => {
    const text = 'A Border Patrol agent held a 41-year-old man face down on a sidewalk with a knee on his neck on Saturday in Yuma, Arizona, a video shows. Luis Ferrer was taken to a hospital with two broken ribs.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Saturday', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Luis Ferrer', { kind: 'person', name: 'Luis Ferrer', title: null, agencyId: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agent pins man by the neck'), a, []);
    expect(draft.date).toBe('2025-03-01');
    expect(draft.force).toEqual(['physical force']);
    // Other holds read the same; "held the line" is no force.
    for (const hold of ['agents pulled him to the ground', 'an agent pinned the man to the pavement', 'the agent used a chokehold']) {
      const t = `On Saturday in Yuma, Arizona, Border Patrol agents stopped Luis Ferrer, and ${hold}.`;
      const b = analyse(t, [
        at(t, 'Saturday', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
        at(t, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
        at(t, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      ]);
      expect([hold, extractIncidents(makeDoc(t, 'Arrest'), b, [])[0]?.force]).toEqual([hold, ['physical force']]);
    }
  });

  it('tells an incident of crowd-control force: a woman hit by a pepper ball, tear gas fired into a crowd, a man shoved down', () => {
    const cases: [string, string][] = [
      ['A woman hit in the face by a pepper ball on Saturday outside the Border Patrol station in Yuma, Arizona, is being treated at a hospital.', 'pepper spray'],
      ['On Saturday in Yuma, Arizona, Border Patrol agents in gas masks fire at least a dozen tear gas canisters into a crowd.', 'less-lethal munitions'],
      ['On Saturday in Yuma, Arizona, a video shows a Border Patrol agent shoving an older man to the ground.', 'physical force'],
    ];
    for (const [t, force] of cases) {
      const b = analyse(t, [
        at(t, 'Saturday', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
        at(t, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
        at(t, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      ]);
      expect([t, extractIncidents(makeDoc(t, 'Protest'), b, [])[0]?.force]).toEqual([t, [force]]);
    }
    // A takedown told in the passive or by the one taken down, and a car window smashed in an arrest.
    for (const [t, force] of [
      ['On Saturday in Yuma, Arizona, Border Patrol agents stopped Ana Ruiz; she was pulled from her car and pinned to the ground.', ['physical force']],
      ['On Saturday in Yuma, Arizona, "one of the Border Patrol agents put his knee in my back," Ana Ruiz said.', ['physical force']],
      ['On Saturday in Yuma, Arizona, Border Patrol agents smashed the driver\'s side window of Ana Ruiz\'s car.', []],
    ] as const) {
      const b = analyse(t, [
        at(t, 'Saturday', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
        at(t, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
        at(t, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      ]);
      expect([t, extractIncidents(makeDoc(t, 'Arrest'), b, [])[0]?.force]).toEqual([t, force]);
    }
    // Spoken of, not done: no incident.
    const policy = 'On Saturday in Yuma, Arizona, Border Patrol said agents are trained never to fire tear gas at children.';
    const p = analyse(policy, [at(policy, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' })]);
    expect(extractIncidents(makeDoc(policy, 'Training'), p, [])).toEqual([]);
  });

  it("leaves a page's trailer and link lines out of the incident: a related headline names no agency of it", () => {
    const text = [
      'An ICE officer shot Marco Villa, 34, on Thursday in Salem, Oregon, police said.',
      'WATCH: Border Patrol agents fire on a car in Chicago',
      'Villa was taken to a hospital and is expected to survive.',
      'Copyright 2025 KSLM. All rights reserved.',
      'RELATED STORIES:',
      '- Man shot by Border Patrol agent in Chicago suburb dies',
    ].join('\n\n');
    const mentions = [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Marco Villa', { kind: 'person', name: 'Marco Villa', title: null, agencyId: null }),
      at(text, 'Thursday', { kind: 'date', date: '2025-11-06', precision: 'day', time: null }),
      at(text, 'Salem, Oregon', { kind: 'place', city: 'Salem', state: 'OR', place: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }),
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }, 1),
      at(text, 'Chicago', { kind: 'place', city: 'Chicago', state: 'IL', place: null }, 1),
    ];
    const drafts = extractIncidents(makeDoc(text, 'Officer shoots man in Salem'), analyse(text, mentions), []);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].agencies).toEqual(['ICE']);
    expect([drafts[0].city, drafts[0].state]).toEqual(['Salem', 'OR']);
  });

  it('makes no unnamed person of "two men", nor of "a person" a retracted report said had died', () => {
    const place = (text: string) => [at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }), at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' })];
    const two = 'An ICE officer shot two men in Yuma, Arizona, on Tuesday. The man who drove was pronounced dead.';
    expect(extractIncidents(makeDoc(two, 'Shooting'), analyse(two, place(two)), [])[0]?.persons).toEqual([]);
    const retracted = 'An ICE officer fired at a car in Yuma, Arizona, on Tuesday. Early reports said a person had died; officials later said that was not the case.';
    expect(extractIncidents(makeDoc(retracted, 'Shooting'), analyse(retracted, place(retracted)), [])[0]?.persons).toEqual([]);
  });

  it('reads the words of an unnamed person, and of several, in capitals as in lower case', () => {
    const place = (text: string) => [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ];
    const one = 'Border Patrol agents shot and killed a suspected smuggler on Saturday near Yuma, Arizona. THE SUSPECT, a 24-year-old MAN, pointed a handgun at agents, the agency said. The suspect died at the scene.';
    expect(extractIncidents(makeDoc(one, 'Shooting'), analyse(one, place(one)), [])[0]?.persons).toEqual([{ name: null, age: 24, role: 'subject', outcome: 'killed', injuries: null }]);
    const two = 'Border Patrol agents shot TWO MEN near Yuma, Arizona, on Tuesday. The man who drove was pronounced dead.';
    expect(extractIncidents(makeDoc(two, 'Shooting'), analyse(two, place(two)), [])[0]?.persons).toEqual([]);
  });

  it('takes the city from a local police force named after it when no city is named', () => {
    const text = 'Border Patrol agents shot and killed a man on Delmar Avenue on Tuesday. The Tucson Police Department was not part of the operation.';
    const a = analyse(text, [
      at(text, 'Border Patrol', { kind: 'organization', name: 'U.S. Border Patrol', agencyId: 'usbp' }),
      at(text, 'Delmar Avenue', { kind: 'place', city: null, state: null, place: 'Delmar Avenue' }),
      at(text, 'Tuesday', { kind: 'date', date: '2025-03-04', precision: 'day', time: null }),
      at(text, 'Tucson Police Department', { kind: 'organization', name: 'Tucson Police Department', agencyId: 'local_police' }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agents kill man'), a, []);
    expect([draft.city, draft.state, draft.place]).toEqual(['Tucson', 'AZ', 'Delmar Avenue']);
    const city = draft.sources.find((f) => f.field === 'city');
    expect(city?.span.text).toBe('Tucson');
  });

  it('reads a death in custody after a restraint: its date, its force, the agency holding the man', () => {
    const text = [
      'A 55-year-old man held at an ICE detention facility in Yuma, Arizona, died on March 1 after guards restrained him face-down, according to an autopsy report.',
      'The man, Geraldo Lunas, had been in ICE custody since August.',
    ].join('\n\n');
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'March 1', { kind: 'date', date: '2025-03-01', precision: 'day', time: null }),
      at(text, 'Geraldo Lunas', { kind: 'person', name: 'Geraldo Lunas', title: null, agencyId: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Detainee died after restraint'), a, []);
    expect([draft?.date, draft?.force, draft?.agencies]).toEqual(['2025-03-01', ['physical force'], ['ICE']]);
  });

  it("dates a release's event told as an attack on officers ('Today, officers … were attacked by a driver who tried to run them over')", () => {
    const text = 'Today, ICE officers conducting an operation in Yuma, Arizona, were attacked by a driver who tried to run them over with her car.\n\n"An officer, fearing for his life, fired defensive shots," the spokesperson said.';
    const a = analyse(text, [
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Today', { kind: 'date', date: '2025-03-07', precision: 'day', time: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Officer defends himself'), a, []);
    expect([draft?.date, draft?.city]).toEqual(['2025-03-07', 'Yuma']);
  });

  it('reads agents who tackle a man and fire a Taser into his back as an incident of force', () => {
    const text = 'Federal immigration agents tackled and used a Taser on Ana Lind outside the courthouse in Yuma, Arizona, on Wednesday. In the video, two ICE agents force her to the ground and one fires a Taser into her back.';
    const a = analyse(text, [
      at(text, 'Ana Lind', { kind: 'person', name: 'Ana Lind', title: null, agencyId: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
      at(text, 'Wednesday', { kind: 'date', date: '2025-03-05', precision: 'day', time: null }),
      at(text, 'ICE', { kind: 'organization', name: 'U.S. Immigration and Customs Enforcement', agencyId: 'ice' }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Agents tackle and tase woman'), a, []);
    expect([draft?.date, draft?.city, draft?.force, draft?.persons.map((p) => p.name)]).toEqual(['2025-03-05', 'Yuma', ['taser', 'physical force'], ['Ana Lind']]);
  });

  it('needs the in-scope agency near the event: not a DHS budget paragraph far from a mass shooting', () => {
    const filler = ['The senator spoke about taxes.', 'She spoke about schools.', 'She spoke about roads.', 'She spoke about trade.'];
    const far = ['The senator said the DHS budget would grow next year.', ...filler, 'Last month a man shot Tom Hale at a mall in Yuma, Arizona.'].join('\n\n');
    const near = ['The senator said the DHS budget would grow next year.', ...filler.slice(0, 2), 'Last month an agent shot Tom Hale at a mall in Yuma, Arizona.'].join('\n\n');
    const mentions = (text: string) => [
      at(text, 'DHS', { kind: 'organization', name: 'U.S. Department of Homeland Security', agencyId: 'dhs' }),
      at(text, 'Tom Hale', { kind: 'person', name: 'Tom Hale', title: null, agencyId: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ];
    expect(extractIncidents(makeDoc(far, 'Senator on the budget'), analyse(far, mentions(far)), [])).toEqual([]);
    expect(extractIncidents(makeDoc(near, 'Senator on the budget'), analyse(near, mentions(near)), [])).toHaveLength(1);
    // "fired-up" tells no shot.
    const rally = 'Fired-up groups of ICE protesters marched past Tom Hale in Yuma, Arizona, on Tuesday.';
    expect(extractIncidents(makeDoc(rally, 'A march'), analyse(rally, mentions(rally).filter((m) => m.start >= 0)), [])).toEqual([]);
  });

  it("reads what a fact check's video shows, and no claim from its headline's question", () => {
    const text = 'Did the agent who shot Tom Hale in Yuma, Arizona, drive at officers?\n\nVideo from a nearby shop shows the SUV pulling away from the officers.';
    const a = analyse(text, [
      at(text, 'Tom Hale', { kind: 'person', name: 'Tom Hale', title: null, agencyId: null }),
      at(text, 'Yuma, Arizona', { kind: 'place', city: 'Yuma', state: 'AZ', place: null }),
    ]);
    const [draft] = extractIncidents(makeDoc(text, 'Fact check: did an ICE agent shoot a fleeing driver?'), a, []);
    expect(draft.claims.map((c) => [c.facet, c.stance])).toEqual([
      ['footage', 'exists'],
      ['vehicle_movement', 'away_from_officers'],
    ]);
  });

  it('yields nothing for a story without force', () => {
    const text = 'ICE announced a new detention contract on Monday in Reno, Nevada.\n\nOfficials said the center would open in May.';
    const a = analyse(text, [at(text, 'ICE', { kind: 'organization', name: 'ICE', agencyId: 'ice' }), at(text, 'Reno, Nevada', { kind: 'place', city: 'Reno', state: 'NV', place: null })]);
    expect(extractIncidents(makeDoc(text, 'ICE signs contract'), a, [])).toEqual([]);
  });

  it('yields nothing for a shooting by officers outside the scope', () => {
    const text = 'A city police officer shot a man on Friday in Salina, Kansas, during a traffic stop.';
    const a = analyse(text, [at(text, 'Salina, Kansas', { kind: 'place', city: 'Salina', state: 'KS', place: null })]);
    expect(extractIncidents(makeDoc(text, 'Officer shoots man'), a, [])).toEqual([]);
  });
});

/** The drafts of an invented story read through the real NLP stages, published on `published`. */
function draftsOf(body: string, published = '2026-07-21') {
  const doc: ParsedDocument = { ...makeDoc(body, 't'), anchor: { kind: 'explicit', date: published, span: null } };
  const { analysis, attributions } = analyseText(body, { anchorDate: published, bodyStart: 0, outlet: null });
  return extractIncidents(doc, analysis, attributions);
}

describe('extractIncidents: stories read through the NLP stages', () => {
  const claimsOf = (body: string) => draftsOf(body)[0].claims.map((c) => [c.facet, c.stance, c.value, c.side]);

  it('reads "shot two people in two cities" as two incidents, each with its own claims', () => {
    const body = [
      'Federal immigration agents shot two people in two cities this week.',
      'In Chicago, a Border Patrol agent shot Ana Lind, 30, on Tuesday morning after agents said she rammed their vehicle. Her lawyer, Tom Hale, said she was boxed in.',
      'In Minneapolis, an ICE officer shot a man in the leg on Wednesday night during a traffic stop. DHS identified the man as Omar Velez, 24, and said he attacked the officer with a shovel.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-01-22');
    expect(drafts.map((d) => [d.city, d.persons.map((p) => [p.name, p.outcome]), d.claims.map((c) => c.facet)])).toEqual([
      ['Chicago', [['Ana Lind', 'unknown']], ['vehicle_movement', 'vehicle_movement']],
      // "DHS identified the man as Omar Velez, 24": the age ends the agency's words, and is its claim (stop 41).
      ['Minneapolis', [['Omar Velez', 'injured']], ['wound_location', 'age', 'weapon_alleged']],
    ]);
  });

  it('reads no force from "No shots were fired"', () => {
    const body = 'ST. PAUL, Minn. — An ICE officer was dragged about 50 feet by a car during an attempted arrest on Monday, and the driver, Omar Velez, 31, was charged with assaulting a federal officer. No shots were fired.';
    expect(draftsOf(body, '2026-02-11')[0]?.force).toEqual([]);
  });

  it('reads an agent kicking or punching a man as physical force, and "kicked him out" as none', () => {
    const story = (act: string) => `MINNEAPOLIS — A video posted on Sunday shows a federal agent ${act} on Lake Street. DHS said the man resisted arrest.`;
    expect(draftsOf(story('kicking a man who is lying face down'))[0]?.force).toEqual(['physical force']);
    expect(draftsOf(story('punching a protester'))[0]?.force).toEqual(['physical force']);
    expect(draftsOf(story('stomping on the man\'s head'))[0]?.force).toEqual(['physical force']);
    expect(draftsOf(story('telling a man he kicked him out of a store'))).toEqual([]);
  });

  it('reads a round "which did not strike" him as no account of the car', () => {
    const story = 'DENVER — ICE officers arrested Juan Mejía, 29, on Feb. 9 after he rammed an ICE vehicle. Fearing for his life, the officer fired one defensive round, which did not strike Mejía, ICE said.';
    expect(draftsOf(story, '2026-02-11')[0].claims.filter((c) => c.facet === 'vehicle_movement').map((c) => c.stance)).toEqual(['toward_officers']);
  });

  it('keeps a speaker named as the one force was used on ("struck Rev. Daniel Osei, 58") among the persons', () => {
    const story = [
      'Federal immigration agents used force in at least three cities this week.',
      'In Chicago, a Border Patrol agent fired a pepper ball that struck the Rev. Daniel Osei, 58, in the head outside a church on Tuesday. "I was standing on the steps praying," Osei said.',
      'In Los Angeles, ICE officers shot Marco Tellez, 27, in the arm on Wednesday. His brother, Ruben Tellez, said Marco was driving away.',
      'In Charlotte, agents tackled a landscaper, Hector Funes, 61, outside a store on Thursday.',
    ].join('\n\n');
    const drafts = draftsOf(story, '2026-03-14');
    expect(drafts.map((d) => d.persons.filter((p) => p.role === 'subject').map((p) => p.name))).toEqual([['Daniel Osei'], ['Marco Tellez'], ['Hector Funes']]);
  });

  it('reads the man "whose brother" a speaker is as the subject, his kin word no office', () => {
    const story = 'DENVER — Luz Aranda, whose brother Felipe Aranda, 38, was shot in the leg by an ICE officer on Aug. 6, spoke at a rally on Tuesday.';
    expect(draftsOf(story, '2026-08-12')[0].persons.filter((p) => p.role === 'subject').map((p) => [p.name, p.age])).toEqual([['Felipe Aranda', 38]]);
  });

  it("reads the subject's own first person as the subject's account, and a witness's as no one's", () => {
    const story = 'DENVER — Immigration agents pinned a man to the ground at a bus stop last week. ICE said the man, Samuel Okoro, 41, resisted arrest.\n\n';
    expect(claimsOf(`${story}"My hands were up the whole time," Okoro said.`)).toContainEqual(['compliance', 'complied', 'My hands were up', 'subject']);
    expect(draftsOf(`${story}"My hands were up the whole time," Okoro said.`)[0].persons.map((p) => p.name)).toEqual(['Samuel Okoro']);
    const witness = claimsOf(`${story}"My hands were up the whole time," said Ana Lind, who was waiting for the bus.`);
    expect(witness.some((c) => c[0] === 'compliance' && c[1] === 'complied')).toBe(false);
  });

  it("takes no age claim from a relative's age set after the relative's name", () => {
    const story = 'DALLAS — A federal agent shot Gabriela Serrano, 29, outside an apartment complex on Monday, her family said.\n\nSerrano\'s husband, Luis Amaya, 31, was detained, according to the family.';
    expect(claimsOf(story).filter((c) => c[0] === 'age').map((c) => c[2])).toEqual(['29']);
  });

  it('takes no claim from words about many incidents ("every single day"), and takes the one about this one', () => {
    const story = 'CHICAGO — A Border Patrol agent shot and killed Silverio Villegas, 38, on Sept. 12. DHS said he drove his car toward agents.\n\n';
    const claims = draftsOf(`${story}"Our agents are being rammed and dragged every single day," said Tom Hale, the head of an agents’ union.`, '2026-09-20')[0].claims;
    expect(claims.filter((c) => c.facet === 'vehicle_movement').map((c) => c.span.text)).toEqual(['he drove his car toward agents']);
  });

  it('reads the same words once when a report and the report inside it are one speaker\'s', () => {
    const story = 'OMAHA, Neb. — Federal agents threw Javier Ortega, 34, to the ground and punched him in the face during a raid on Tuesday.\n\n';
    const claims = draftsOf(`${story}He said agents ignored him when he said he was a citizen.`)[0].claims.filter((c) => c.facet === 'citizenship');
    expect(claims.map((c) => [c.stance, c.span.text])).toEqual([['us_citizen', 'he was a citizen']]);
  });

  it('dates the shooting, not the death told beside it nor a vigil', () => {
    const died = draftsOf('SALEM, Ore. — Rodrigo Fuentes, 38, died Sunday, six days after he was shot by an ICE officer during an arrest on Sept. 8, his sister said.', '2026-09-15');
    expect(died[0].date).toBe('2026-09-08');
    const vigil = draftsOf(
      'McALLEN, Texas — Hundreds gathered Sunday to remember Ana Lind, who was killed when a Border Patrol vehicle struck her car last week.\n\nLind was driving home on Sept. 29 when a Border Patrol SUV chasing another vehicle hit her car in Pharr.',
      '2026-10-05',
    );
    expect(vigil[0].date).toBe('2026-09-29');
  });

  it("takes no person from the surname of someone named with an office ('acting ICE Director Raymond Holt … Holt has until …')", () => {
    const drafts = draftsOf(
      'WASHINGTON — Officers used pepper spray on people leaving a church in Santa Ana on Jan. 25, video shows.\n\nIn a letter to acting ICE Director Raymond Holt, lawmakers asked for the footage. Holt has until Feb. 23 to respond.',
      '2026-02-09',
    );
    expect(drafts[0].persons.map((p) => p.name)).not.toContain('Holt');
  });
});

describe('extractIncidents: a given name first, the full name later', () => {
  it('names the person by the full name the story gives later ("his son, Adrian … Adrian Medina")', () => {
    const body =
      'SAN DIEGO — A 17-year-old was bitten by a police dog at the San Ysidro Port of Entry on Friday, according to his family.\n\n' +
      'The teen\'s father, Jorge Medina, said his son, Adrian, was frightened when CBP officers began shouting at him.\n\n' +
      'Adrian Medina was treated at a hospital for dog bites and released, his father said.';
    const [draft] = draftsOf(body, '2026-05-04');
    expect(draft.persons.filter((p) => p.role === 'subject').map((p) => p.name)).toEqual(['Adrian Medina']);
    expect(draft.force).toContain('police dog');
  });
});

describe('extractIncidents: who is no person of the incident, and an age said plainly', () => {
  const draftOf = (body: string, published: string) => draftsOf(body, published)[0];

  it("leaves out the outlet's own reporter ('Our Tom Ruiz has more')", () => {
    const draft = draftOf(
      'Good evening. Our Tom Ruiz has more on the Border Patrol shooting.\n\nTom Ruiz: Border Patrol agents shot Luis Ortega, 31, in Charlotte on Nov. 12, wounding him in the arm. Reporting from Charlotte, Tom Ruiz, WCLT News.',
      '2026-11-19',
    );
    expect(draft.persons.map((p) => p.name)).toEqual(['Luis Ortega']);
  });

  it('reads a death "while in the custody of Immigration and Customs Enforcement" as an incident (stop 51)', () => {
    const draft = draftOf('CONROE, Texas — Rosa Amelia Xitumul Tzoc, a 41-year-old Guatemalan woman who died while in the custody of Immigration and Customs Enforcement (ICE) on Feb. 26, had asked for medical help for days, her brother said.', '2026-03-02');
    expect(draft?.persons.map((p) => [p.name, p.age, p.outcome])).toEqual([['Rosa Amelia Xitumul Tzoc', 41, 'killed']]);
  });

  it('reads "was hit with a Taser" as force that makes an incident (stop 51)', () => {
    const draft = draftOf('HOUSTON — A 16-year-old was hit with a Taser by a federal agent Monday evening during an immigration arrest at an apartment complex, police said.', '2026-03-03');
    expect(draft?.force).toEqual(['taser']);
  });

  it('names the one shot at in full when the full name stands only where she speaks (stop 51)', () => {
    const body = [
      "Keisha Lundgren-Marsh, 29, was charged in March with assaulting a federal officer after prosecutors said she drove her Honda CR-V into an ICE officer on Payne Avenue on the city's East Side.",
      "According to the criminal complaint, ICE officers were trying to arrest Lundgren-Marsh's coworker, Hector Villalobos-Cruz, 38, who was riding in her passenger seat.",
      "\"I did exactly what you're supposed to do,\" she said.",
      "Villalobos-Cruz was arrested at the station by ICE officers, Okonkwo said. He remains in ICE custody at the Sherburne County Jail.",
      "\"They got who they wanted,\" she told KARE 11. \"But they almost killed Keisha to do it.\"",
    ].join('\n\n');
    expect(draftOf(body, '2026-04-10').persons.find((p) => p.role === 'subject')?.name).toBe('Keisha Lundgren-Marsh');
  });

  it("leaves out a show's host who says who she is ('I'm Lauren Gilger') (stop 51)", () => {
    const turns = Array.from({ length: 5 }, () => 'GILGER: And then what happened?\n\nALDANA: They took him away.').join('\n\n');
    const draft = draftOf(
      "LAUREN GILGER: This is The Show on KJZZ. I'm Lauren Gilger. Last Thursday, 27-year-old Josué Aldana Pérez died after being detained by ICE agents in west Phoenix. His family says he was beaten during the arrest. Josué's older sister, Marisol Aldana, joins me now.\n\nMARISOL ALDANA: Thank you.\n\nGILGER: What happened?\n\nALDANA: Two trucks stopped, and the men tackled him onto the sidewalk. One of them hit him with a baton.\n\n" +
        turns,
      '2026-04-08',
    );
    expect(draft.persons.map((p) => [p.name, p.age])).toEqual([['Josué Aldana Pérez', 27]]);
  });

  it('reads "The woman, whose name has not been released, was 37" as the unnamed subject\'s age', () => {
    const draft = draftOf(
      'An ICE officer shot and killed a woman in her car in Minneapolis on Wednesday.\n\nThe woman, whose name has not been released, was 37, according to the medical examiner.',
      '2026-01-08',
    );
    expect(draft.persons).toEqual([expect.objectContaining({ name: null, age: 37, role: 'subject' })]);
  });
});

describe('extractIncidents: a story told long after', () => {
  it('reads the age the person was then ("Tomas Reyes, then 41,") and dates the shooting, not the settlement', () => {
    const draft = draftsOf(
      'DURHAM, N.C. — The government agreed to pay $1 million to the family of a man shot by an ICE officer during a traffic stop in 2025, court records filed Monday show.\n\nTomas Reyes, then 41, was shot in the neck on Aug. 19, 2025, as he sat in his car.',
      '2026-09-02',
    )[0];
    expect(draft.persons).toEqual([expect.objectContaining({ name: 'Tomas Reyes', age: 41, role: 'subject' })]);
    expect(draft.date).toBe('2025-08-19');
  });
});

describe('extractIncidents: the dead named by an examiner', () => {
  it('takes each name "the dead were identified as" for a person killed, and no town "from Horizon City"', () => {
    const draft = draftsOf(
      'EL PASO, Texas — Two people were killed early Saturday when an SUV fleeing Border Patrol agents rolled over, police said.\n\n' +
        'The driver, a 19-year-old man from Horizon City, was arrested.\n\n' +
        'The dead were identified Sunday as Oscar Velasquez, 31, and Edwin Morales, 24, by the medical examiner.',
      '2026-07-12',
    )[0];
    expect(draft.persons.map((p) => [p.name, p.age, p.role, p.outcome])).toEqual([
      ['Oscar Velasquez', 31, 'subject', 'killed'],
      ['Edwin Morales', 24, 'subject', 'killed'],
    ]);
  });
});

describe('extractIncidents: a protester struck by an agents\' vehicle', () => {
  it('reads the strike as the incident, with its day and the person hurt', () => {
    const text = 'A federal officer driving an unmarked SUV struck a protester outside the ICE building on Saturday night, knocking him to the ground. The protester, Dylan Marsh, 27, suffered a broken wrist.';
    const a = analyse(text, [at(text, 'Dylan Marsh', { kind: 'person', name: 'Dylan Marsh', title: null, agencyId: null })]);
    const [draft] = extractIncidents(makeDoc(text, 'Protester struck by federal vehicle'), a, []);
    expect(draft?.force).toEqual(['struck with a vehicle']);
  });
});

describe('extractIncidents: a fact check of what an agency said of an incident', () => {
  const BODY = [
    'Customs and Border Protection officials have said for months that assaults on Border Patrol agents have risen by more than 600 percent.',
    'The agency cited the figure again on March 3, for example, after an agent shot Tomas Vidal, 27, during a traffic stop in Yuma, Arizona.',
    'Lena Ortiz, a sociologist who studies policing, said that without the underlying counts the percentage tells readers little.',
  ];
  const checkOf = (body: string, title: string) => {
    const doc: ParsedDocument = { ...makeDoc(body, title), metadata: { ...makeDoc(body, title).metadata, outlet: 'Northfield Verify' }, anchor: { kind: 'explicit', date: '2026-03-20', span: null } };
    const { analysis, attributions } = analyseText(body, { anchorDate: '2026-03-20', bodyStart: 0, outlet: 'Northfield Verify' });
    return extractIncidents(doc, analysis, attributions).map((d) => ({ primary: d.primary, claims: d.claims.map((c) => [c.facet, c.stance, c.speaker?.name ?? null, c.side]) }));
  };

  it('gives the one incident it tells in passing what the check, its experts and its verdict say of the statistic', () => {
    const body = [...BODY, 'Our ruling', 'CBP has not released the numbers behind its figure. We rate it Unverifiable.'].join('\n\n');
    expect(checkOf(body, 'Fact check: Have attacks on Border Patrol agents jumped 600%?')).toEqual([
      {
        primary: false,
        claims: [
          ['official_statistics', 'sharp_increase', 'U.S. Customs and Border Protection officials', 'officials'],
          ['official_statistics', 'unsupported', 'Lena Ortiz', 'others'],
          ['official_statistics', 'unsupported', 'Northfield Verify', 'others'],
          ['official_statistics', 'unsupported', 'Northfield Verify', 'others'],
        ],
      },
    ]);
  });

  it('gives an incident told in passing by a story that checks nothing none of the story’s statistics', () => {
    const body = [...BODY, 'What comes next', 'CBP has not released the numbers behind its figure.'].join('\n\n');
    expect(checkOf(body, 'Attacks on Border Patrol agents: what the numbers say')).toEqual([{ primary: false, claims: [] }]);
  });
});

describe('extractIncidents: a timeline whose headings date its accounts', () => {
  it('reads each dated heading’s account as an incident of its own, on the heading’s day', () => {
    const body = [
      'Federal agents have opened fire at least three times in the county since August, a review by the paper found.',
      'Aug. 30 — Cedar Grove',
      'An ICE officer shot Tomas Vidal, 27, during a traffic stop on Main Street. DHS said Vidal drove at the officer.',
      'Sept. 14 — Oak Hollow',
      'A Border Patrol agent shot Rosa Lind, 41, outside her home on Pine Road. Her lawyer said she was unarmed.',
      'Oct. 2 — Elm Village',
      'Agents fired at a man in a pickup on Birch Avenue. No one was hit, CBP said.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2025-10-20');
    expect(drafts.map((d) => [d.date, d.datePrecision, d.persons.map((p) => p.name)])).toEqual([
      ['2025-08-30', 'day', ['Tomas Vidal']],
      ['2025-09-14', 'day', ['Rosa Lind']],
      ['2025-10-02', 'day', []],
    ]);
  });
});

describe('extractIncidents: a timeline whose headings end on a state’s abbreviation (stop 44)', () => {
  it('reads "Sept. 12 — Cedar Grove, Ill." as a heading, each account an incident of its own, in the heading’s town', () => {
    const body = [
      'Federal agents have opened fire at least three times in the region since August, a review by the paper found.',
      'Aug. 30 — Cedar Grove, Ill.',
      'An ICE officer shot Tomas Vidal, 27, during a traffic stop. DHS said Vidal drove at the officer.',
      'Sept. 14 — Chicago',
      'A Border Patrol agent shot Rosa Lind, 41, outside her home. Her lawyer said she was unarmed.',
      'Oct. 2 — Oak Hollow, Calif.',
      'Agents fired at Sam Ortiz in a pickup. No one was hit, CBP said.',
    ].join('\n\n');
    expect(draftsOf(body, '2025-10-20').map((d) => [d.date, d.city, d.persons.map((p) => p.name)])).toEqual([
      ['2025-08-30', 'Cedar Grove', ['Tomas Vidal']],
      ['2025-09-14', 'Chicago', ['Rosa Lind']],
      ['2025-10-02', 'Oak Hollow', ['Sam Ortiz']],
    ]);
  });
});

describe('extractIncidents: two shootings on one day', () => {
  it('reads accounts opening on parts of the day in a story of encounters hours apart as separate incidents', () => {
    const body = [
      'Federal immigration agents opened fire twice in Houston on Tuesday, hours apart.',
      'In the morning, an ICE officer shot Luis Ortega, 35, in the shoulder at his apartment on Bissonnet Street.',
      'That afternoon, a Border Patrol agent fired at Ramon Castillo’s pickup on Interstate 45 after Castillo rammed a government SUV.',
    ].join('\n\n');
    expect(draftsOf(body, '2026-06-04').map((d) => [d.primary, d.persons.map((p) => p.name), d.place])).toEqual([
      [true, ['Luis Ortega'], 'Bissonnet Street'],
      [false, ['Ramon Castillo'], 'Interstate 45'],
    ]);
    // Without the marker that the encounters were apart, one story of one morning stays one incident.
    const one = body.replace(', hours apart', '').replace('opened fire twice', 'opened fire');
    expect(draftsOf(one, '2026-06-04')).toHaveLength(1);
  });
});

describe('extractIncidents: the person charged, and a relative hurt beside him', () => {
  // Invented text.
  const body = [
    'A federal complaint unsealed Tuesday charges Luis Alberto Mejía, 29, with assaulting a federal officer after a Border Patrol agent fired 10 shots into his car on April 18 in Charlotte.',
    'According to the complaint, Mejía "used his vehicle as a deadly weapon" by reversing into a government SUV.',
    'A passenger in Mejía\'s car, his cousin Jorge Mejía, 24, was struck by glass and treated at a hospital, family members said.',
  ].join('\n\n');
  const primary = draftsOf(body, '2026-04-22').find((d) => d.primary)!;

  it('makes the man a complaint charges the person force was used on, and tells what befell each apart', () => {
    expect(primary.persons.map((p) => [p.name, p.role, p.outcome])).toEqual([
      ['Luis Alberto Mejía', 'subject', 'unknown'],
      ['Jorge Mejía', 'subject', 'injured'],
    ]);
    // The cousin's age is his own, in no one's claim about the man charged.
    expect(primary.claims.filter((c) => c.facet === 'age').map((c) => c.value)).toEqual(['29']);
  });
});

describe('extractIncidents: a death in custody after a struggle', () => {
  // Invented text.
  const body = [
    'FOLKSTON, Ga. — A 52-year-old man died Sunday after a struggle with officers at an ICE processing center, according to Immigration and Customs Enforcement.',
    'ICE said in a statement that officers "used the minimum amount of force necessary" to restrain Rigoberto Paz and that he became unresponsive shortly afterward.',
    'His daughter, Keila Paz, said guards had ignored his requests for insulin. "They let him get sick and then they piled on him," she said.',
  ].join('\n\n');
  const drafts = draftsOf(body, '2026-08-19');

  it('reads the struggle and the restraint as force, and the man restrained as the one it befell', () => {
    expect(drafts).toHaveLength(1);
    expect(drafts[0].force).toContain('physical force');
    expect(drafts[0].persons[0]).toMatchObject({ name: 'Rigoberto Paz', age: 52, role: 'subject', outcome: 'killed' });
  });

  it("sets the family's account of the restraint and of his care against the agency's", () => {
    const claims = drafts[0].claims.map((c) => [c.facet, c.stance, c.side]);
    expect(claims).toContainEqual(['justification_for_force', 'self_defense', 'officials']);
    expect(claims).toContainEqual(['officer_conduct', 'aggressive', 'family']);
    expect(claims).toContainEqual(['treatment_in_custody', 'denied_care', 'family']);
  });
});

describe('extractIncidents: an opinion piece', () => {
  it("gives the author what the piece says a video shows, as the author's account", () => {
    // Invented text.
    const body =
      'Last week, an ICE officer in Dearborn fired into a car carrying a mother and her two children. ' +
      'The video, which I have watched a dozen times, shows something else: the car was stopped at a red light when officers surrounded it.';
    const base = makeDoc(body, 'Opinion: The video from Dearborn shows what DHS will not admit');
    const doc: ParsedDocument = { ...base, metadata: { ...base.metadata, author: 'Rep. Nadia Haddad' }, anchor: { kind: 'explicit', date: '2026-11-02', span: null } };
    const { analysis, attributions } = analyseText(body, { anchorDate: '2026-11-02', bodyStart: 0, outlet: null });
    const [draft] = extractIncidents(doc, analysis, attributions);
    const moved = draft.claims.filter((c) => c.facet === 'vehicle_movement');
    expect(moved.map((c) => [c.stance, c.speaker?.name, c.speaker?.role])).toEqual([['away_from_officers', 'Nadia Haddad', 'elected_official']]);
  });
});

describe('extractIncidents: a denial', () => {
  it("reads what a speaker denies as their account of the other stance, and nothing on a facet with no single opposite", () => {
    // Invented text.
    const body = [
      'A Border Patrol agent shot Lena Ruiz, 29, in Tucson, Arizona, on Monday. The agency said she rammed an agent\'s vehicle.',
      'Her lawyer, Sam Ortega, denied that she rammed the vehicle. Her family disputes that she was armed.',
      'A spokesperson for the agency denied that Ruiz is a U.S. citizen.',
    ].join('\n\n');
    const claims = draftsOf(body, '2026-03-10')[0].claims.filter((c) => c.facet !== 'age');
    expect(claims.map((c) => [c.facet, c.stance, c.side, c.speaker?.name ?? null])).toEqual([
      ['vehicle_movement', 'toward_officers', 'officials', 'U.S. Border Patrol'],
      ['vehicle_movement', 'away_from_officers', 'subject', 'Sam Ortega'],
      ['weapon_alleged', 'unarmed', 'family', 'family of Lena Ruiz'],
    ]);
  });
});

describe('extractIncidents: a facet asked only of an incident that mentions what it is about', () => {
  it('reads no vehicle movement in a story with no vehicle, and reads it in one with a car', () => {
    // Invented text.
    const shovel = 'A Border Patrol agent shot Tomas Vera, 24, in the leg in Denver on Wednesday. His partner said he had been shoveling snow outside their home and never hit anyone.';
    expect(draftsOf(shovel, '2026-01-15')[0].claims.map((c) => c.facet)).not.toContain('vehicle_movement');
    const car = 'A Border Patrol agent shot Tomas Vera, 24, in his car in Denver on Wednesday. His partner said he had been parked outside their home and never hit anyone.';
    expect(draftsOf(car, '2026-01-15')[0].claims.filter((c) => c.facet === 'vehicle_movement').map((c) => c.stance)).toEqual(['away_from_officers']);
  });

  it('takes no vehicle from a drunk-driving record, a car seat or a bus driver, nor a blow to the speaker for one (stop 49)', () => {
    // Invented texts.
    const vehicle = (text: string) => draftsOf(text, '2026-01-15')[0].claims.filter((c) => c.facet === 'vehicle_movement').map((c) => c.stance);
    const base = 'A Border Patrol agent shot Tomas Vera, 24, in the leg outside his home in Denver on Wednesday. His partner said he never hit anyone.';
    expect(vehicle(`${base} DHS said he had a conviction for driving under the influence.`)).toEqual([]);
    expect(vehicle(`${base} He was holding his son's car seat, she said.`)).toEqual([]);
    expect(vehicle(`${base} A school bus driver saw it.`)).toEqual([]);
    expect(vehicle(`${base} He was driving home, she said.`)).toEqual(['away_from_officers']);
    const car = 'A Border Patrol agent shot Tomas Vera, 24, in his car in Denver on Wednesday. "We argued once. He never hit me," his partner said.';
    expect(vehicle(car)).toEqual([]);
  });
});

describe('extractIncidents: the place the dating sentence gives (stop 56)', () => {
  it('places the arrests at the corner the sentence that dates them names, though it tells no force', () => {
    const body =
      'HOUSTON — Federal agents pepper-sprayed a crowd of protesters and day laborers on Friday, witnesses said.\n\n' +
      'The arrests happened at about 2:30 p.m. on Friday, June 5, at the corner of Hillcroft Avenue and Bissonnet Street.';
    const [draft] = draftsOf(body, '2026-06-07');
    expect([draft.date, draft.time, draft.place]).toEqual(['2026-06-05', '14:30', 'Hillcroft Avenue']);
  });
});

describe('extractIncidents: an aside opened by a count (stop 62)', () => {
  it('places an earlier shooting where the aside tells it, not in the town of the story’s own shooting the count names', () => {
    const body = [
      'An ICE officer shot Emilio Vargas Soto, 34, in Provo, Utah, on Feb. 10.',
      'The Provo shooting has drawn attention because it is one of several in recent months in which immigration officers have fired into vehicles. In November, an ICE officer shot and killed a 41-year-old man during a traffic stop in Omaha, Nebraska.',
    ].join('\n\n');
    const drafts = draftsOf(body, '2026-02-18');
    expect(drafts.map((d) => [d.primary, d.city])).toEqual([
      [true, 'Provo'],
      [false, 'Omaha'],
    ]);
  });
});

describe('extractIncidents: agencies that took no part (stop 68)', () => {
  it('lists no agency that says it is not involved, that someone only asked to act, or of a job held once', () => {
    const draft = draftsOf(
      [
        'SUNNYSIDE, Wash. — A Border Patrol agent shot a man in a grocery store parking lot on Saturday.',
        "The Yakima County Sheriff's Office said it is not involved in the investigation.",
        'A commissioner plans to ask the board to request an independent review by the Washington State Patrol of the shooting.',
        '"I spent 22 years as a deputy with the Benton County Sheriff\'s Office, and the agent had no choice when he shot the man," a reader wrote.',
      ].join('\n\n'),
      '2026-01-19',
    )[0];
    expect(draft.agencies).toEqual(['Border Patrol']);
  });

  it('keeps an agency called on to release its own footage', () => {
    const draft = draftsOf('CHARLOTTE, N.C. — A Border Patrol agent shot a man at a gas station on Friday.\n\nA county commissioner called on CBP to release any body camera footage of the shooting.', '2026-01-31')[0];
    expect(draft.agencies).toContain('CBP');
  });
});
