import { describe, expect, it } from 'vitest';
import type { Analysis, Mention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { tokenize } from '../tokens/tokenize.js';
import { resolveSpeakers, SPEAKERS_STAGE } from './resolveSpeakers.js';

// Fixtures are invented sentences; offsets are found by searching, never typed.
function at(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

function attribution(text: string, source: string, content: string, nth = 0): Attribution {
  const c = at(text, content);
  return { kind: 'indirect', source: at(text, source, nth), cue: null, content: { ...c, fragments: [c] }, speaker: null, sentence: 0 };
}

function org(text: string, written: string, name: string, agencyId: string | null, nth = 0): Mention {
  return { kind: 'organization', ...at(text, written, nth), name, agencyId };
}

function person(text: string, written: string, name: string, title: string | null = null, nth = 0): Mention {
  return { kind: 'person', ...at(text, written, nth), name, title, agencyId: null };
}

function analyse(text: string, mentions: Mention[]): Analysis {
  return { tokens: tokenize(text), sentences: [], mentions };
}

describe('resolveSpeakers', () => {
  it('names the stage', () => {
    expect(SPEAKERS_STAGE).toEqual({ name: 'speakers', version: 79 });
  });

  it('reads an unquoted "we" of the narration as the outlet, and a quoted "we" as nobody it can tell', () => {
    const text = 'We rate the claim unproven. "We found the car empty," the neighbor said. We asked the county for its records.';
    const attributions = [
      attribution(text, 'We', 'the claim unproven'),
      attribution(text, 'We', 'the car empty', 1),
      attribution(text, 'We', 'the county for its records', 2),
    ];
    const [rated, quoted, asked] = resolveSpeakers(text, analyse(text, []), attributions, { outlet: 'Valley Verifier' });
    expect(rated.speaker).toEqual({ name: 'Valley Verifier', affiliation: 'Valley Verifier', role: 'journalist' });
    expect(asked.speaker).toEqual(rated.speaker);
    expect(quoted.speaker).toBeNull();
    // Without document metadata there is no outlet to name: a gap, never a guess.
    expect(resolveSpeakers(text, analyse(text, []), attributions).map((a) => a.speaker)).toEqual([null, null, null]);
  });

  it('reads the "we" of an agency’s own release as that agency', () => {
    const text = 'We will keep enforcing the law, the release says.';
    const [a] = resolveSpeakers(text, analyse(text, []), [attribution(text, 'We', 'will keep enforcing the law')], { outlet: 'U.S. Customs and Border Protection' });
    expect(a.speaker?.role).toBe('official');
    expect(a.speaker?.name).toMatch(/Customs and Border Protection/);
  });

  it('gives an official named in an agency’s own release the agency, and nothing in a news story', () => {
    const text = 'The crowd was violent, said Assistant Secretary Lena Ortiz.';
    const atts = [attribution(text, 'Assistant Secretary Lena Ortiz', 'The crowd was violent')];
    const mentions = [person(text, 'Assistant Secretary Lena Ortiz', 'Lena Ortiz', 'Assistant Secretary')];
    const [released] = resolveSpeakers(text, analyse(text, mentions), atts, { outlet: 'U.S. Customs and Border Protection' });
    expect(released.speaker).toMatchObject({ name: 'Lena Ortiz', role: 'official' });
    expect(released.speaker?.affiliation).toMatch(/Customs and Border Protection/);
    const [reported] = resolveSpeakers(text, analyse(text, mentions), atts, { outlet: 'Valley Ledger' });
    expect(reported.speaker).toMatchObject({ name: 'Lena Ortiz', role: 'official', affiliation: null });
  });

  it('resolves a surname and a following pronoun to the titled full name', () => {
    const text =
      'Border Agency spokeswoman Maria Lopez said the stop was routine. Lopez said the driver sped away. "We acted lawfully," she said.';
    const mentions = [org(text, 'Border Agency', 'Border Agency', 'ba'), person(text, 'Maria Lopez', 'Maria Lopez', 'spokeswoman')];
    const atts = [
      attribution(text, 'Border Agency spokeswoman Maria Lopez', 'the stop was routine'),
      attribution(text, 'Lopez', 'the driver sped away', 1),
      attribution(text, 'she', 'We acted lawfully,'),
    ];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    for (const a of out) expect(a.speaker).toEqual({ name: 'Maria Lopez', affiliation: 'Border Agency', role: 'official' });
    expect(out.map((a) => a.source)).toEqual(atts.map((a) => a.source));
  });

  it('leaves a pronoun null when two people stand in the sentence before it', () => {
    const text = 'Ann Reyes met Beth Cole at the scene. She said the car never moved.';
    const mentions = [person(text, 'Ann Reyes', 'Ann Reyes'), person(text, 'Beth Cole', 'Beth Cole')];
    const out = resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'She', 'the car never moved')]);
    expect(out[0].speaker).toBeNull();
  });

  it('knows common Spanish given names, so "she" after a mother and her son is the mother', () => {
    const text = 'His mother, Rosa Elena Quintero, identified him as her son, Adrián Quintero Luna. "He was running home," she said.';
    const mentions = [person(text, 'Rosa Elena Quintero', 'Rosa Elena Quintero'), person(text, 'Adrián Quintero Luna', 'Adrián Quintero Luna')];
    const atts = [attribution(text, 'His mother, Rosa Elena Quintero', 'him as her son'), attribution(text, 'she', 'He was running home,')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Rosa Elena Quintero');
  });

  it('leaves a pronoun null when nobody comes before it', () => {
    const text = 'The car stopped on Elm Street. He said it was dark.';
    const out = resolveSpeakers(text, analyse(text, []), [attribution(text, 'He', 'it was dark')]);
    expect(out[0].speaker).toBeNull();
  });

  it('leaves a surname null when two people share it and the subject is neither', () => {
    const text = 'Luis Ferrer was shot on Friday. Tom Hale and his brother, Sam Hale, were nearby. Hale said the agents fired first.';
    const mentions = [person(text, 'Luis Ferrer', 'Luis Ferrer'), person(text, 'Tom Hale', 'Tom Hale'), person(text, 'Sam Hale', 'Sam Hale')];
    const out = resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'Hale', 'the agents fired first', 2)]);
    expect(out[0].speaker).toBeNull();
  });

  it('does not hand a "she" to the person named before an unnamed speaker', () => {
    const text = 'Rita Vance said the street was quiet. A woman who lives nearby said she heard two shots. "It was loud," she said.';
    const atts = [
      attribution(text, 'Rita Vance', 'the street was quiet'),
      attribution(text, 'A woman who lives nearby', 'she heard two shots'),
      attribution(text, 'she', 'It was loud,'),
    ];
    const out = resolveSpeakers(text, analyse(text, [person(text, 'Rita Vance', 'Rita Vance')]), atts);
    expect(out[0].speaker?.name).toBe('Rita Vance');
    expect(out[1].speaker).toBeNull();
    expect(out[2].speaker).toBeNull();
  });

  it('lets a "he said" reach past a source that is no one (a video, records)', () => {
    const text = 'Chief Omar Fenn said footage of the arrest showed the man reaching for a bag. Two officers were put on leave, he said.';
    // The pronoun is the last "he" of the text ("the" holds one too).
    const he = (t: string) => (t.slice(0, t.lastIndexOf(' he said') + 1).match(/he/g) ?? []).length;
    const build = (t: string, inner: string) => [
      attribution(t, 'Chief Omar Fenn', `${inner} showed the man reaching for a bag`),
      attribution(t, inner, 'the man reaching for a bag'),
      attribution(t, 'he', 'Two officers were put on leave', he(t)),
    ];
    const out = resolveSpeakers(text, analyse(text, [person(text, 'Chief Omar Fenn', 'Omar Fenn', 'Chief')]), build(text, 'footage of the arrest'));
    expect(out[1].speaker).toBeNull();
    expect(out[2].speaker?.name).toBe('Omar Fenn');
    // A person with no name in the same place still stops the "he": a gap, never a guess.
    const other = text.replace('footage of the arrest', 'a man at the scene');
    expect(resolveSpeakers(other, analyse(other, [person(other, 'Chief Omar Fenn', 'Omar Fenn', 'Chief')]), build(other, 'a man at the scene'))[2].speaker).toBeNull();
  });

  it('lets a "she said" reach past a source that names a body, not a person ("the town")', () => {
    const text = 'Mayor Lena Ortiz said the town had begged the agency for weeks to stop. "Children breathe this gas," she said.';
    const atts = [
      attribution(text, 'Mayor Lena Ortiz', 'the town had begged the agency for weeks to stop'),
      attribution(text, 'the town', 'the agency for weeks to stop'),
      attribution(text, 'she', 'Children breathe this gas,'),
    ];
    const out = resolveSpeakers(text, analyse(text, [person(text, 'Mayor Lena Ortiz', 'Lena Ortiz', 'Mayor')]), atts);
    expect(out[1].speaker).toBeNull();
    expect(out[2].speaker?.name).toBe('Lena Ortiz');
  });

  it('names an organisation by its initials, and "the spokesperson" after it', () => {
    const text = 'The Utah Bureau of Field Inquiry took over the case. Agents will review the footage, a UBFI spokesperson said. The review will take weeks, the spokesperson said.';
    const mentions = [org(text, 'Utah Bureau of Field Inquiry', 'Utah Bureau of Field Inquiry', 'state_investigation')];
    const atts = [attribution(text, 'a UBFI spokesperson', 'Agents will review the footage'), attribution(text, 'the spokesperson', 'The review will take weeks')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    for (const a of out) expect(a.speaker?.name).toBe('Utah Bureau of Field Inquiry');
  });

  it('names a speaker introduced by a title alone, and "the prosecutor" after it, but never past a named one', () => {
    const text = 'Rosa Lind was charged in the Eastern District of Ohio. A federal prosecutor argued in court that she had fled. The prosecutor said she was a flight risk.';
    const atts = [attribution(text, 'A federal prosecutor', 'she had fled'), attribution(text, 'The prosecutor', 'she was a flight risk')];
    const out = resolveSpeakers(text, analyse(text, [person(text, 'Rosa Lind', 'Rosa Lind')]), atts);
    for (const a of out) expect(a.speaker).toEqual({ name: 'federal prosecutor', affiliation: "U.S. Attorney's Office, Eastern District of Ohio", role: 'prosecutor' });
    // A prosecutor the document names may be the one meant: no guess.
    const named = `Prosecutor Ann Webb filed the case. ${text}`;
    const mentions = [person(named, 'Prosecutor Ann Webb', 'Ann Webb', 'Prosecutor'), person(named, 'Rosa Lind', 'Rosa Lind')];
    const again = resolveSpeakers(named, analyse(named, mentions), [attribution(named, 'A federal prosecutor', 'she had fled'), attribution(named, 'The prosecutor', 'she was a flight risk')]);
    expect(again.map((a) => a.speaker)).toEqual([null, null]);
    // A definite title with nobody before it, and a bare spokesperson, name no one.
    const bare = 'The officer said the lot was dark. A spokesperson said the review continues. A former prosecutor said the case was thin.';
    const none = resolveSpeakers(bare, analyse(bare, []), [
      attribution(bare, 'The officer', 'the lot was dark'),
      attribution(bare, 'A spokesperson', 'the review continues'),
      attribution(bare, 'A former prosecutor', 'the case was thin'),
    ]);
    expect(none.map((a) => a.speaker)).toEqual([null, null, null]);
  });

  it('does not hand a "he" past a titled person no stage registered', () => {
    const text = 'Tom Reyes said the road was closed. Director Kim Park-Soo condemned the move. "It was wrong," he told reporters.';
    // The pronoun is the n-th "he" of the text ("the" holds one too).
    const nth = (text.slice(0, text.indexOf('he told')).match(/he/g) ?? []).length;
    const atts = [attribution(text, 'Tom Reyes', 'the road was closed'), attribution(text, 'he', 'It was wrong,', nth)];
    expect(resolveSpeakers(text, analyse(text, [person(text, 'Tom Reyes', 'Tom Reyes')]), atts)[1].speaker).toBeNull();
    // Registered, the same person is the antecedent.
    const mentions = [person(text, 'Tom Reyes', 'Tom Reyes'), person(text, 'Director Kim Park-Soo', 'Kim Park-Soo', 'Director')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Kim Park-Soo');
  });

  it('takes the title out of a mention\'s name and reads foreign officials\' titles', () => {
    const text = 'Eastland Prime Minister Ruth Ode said the border would stay open. Secretary of State Paul Wren said talks would go on.';
    const mentions = [person(text, 'Eastland Prime Minister Ruth Ode', 'Eastland Prime Minister Ruth Ode')];
    const atts = [attribution(text, 'Eastland Prime Minister Ruth Ode', 'the border would stay open'), attribution(text, 'Secretary of State Paul Wren', 'talks would go on')];
    const [ode, wren] = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(ode.speaker).toMatchObject({ name: 'Ruth Ode', role: 'elected_official' });
    expect(wren.speaker).toMatchObject({ name: 'Paul Wren', role: 'official' });
  });

  it('reads "the mayor" as the one person named with that title, but not "the officer"', () => {
    const text = 'Mayor Ana Ruiz spoke at noon. Officer Tom Reyes closed the road. Crews came. Traffic stopped. The mayor said the city would pay. The officer said the lane was clear.';
    const mentions = [person(text, 'Mayor Ana Ruiz', 'Ana Ruiz', 'Mayor'), person(text, 'Officer Tom Reyes', 'Tom Reyes', 'Officer')];
    const atts = [attribution(text, 'The mayor', 'the city would pay'), attribution(text, 'The officer', 'the lane was clear')];
    const [mayor, officer] = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(mayor.speaker).toMatchObject({ name: 'Ana Ruiz', role: 'elected_official' });
    expect(officer.speaker).toBeNull();
    // "a question for the mayor" speaks of no other mayor; "a former mayor" does.
    const mayorIn = (t: string) => resolveSpeakers(t, analyse(t, mentions), [attribution(t, 'The mayor', 'the city would pay')])[0].speaker;
    expect(mayorIn(text.replace('Crews came.', 'Reporters had a question for the mayor.'))?.name).toBe('Ana Ruiz');
    expect(mayorIn(text.replace('Crews came.', 'A former mayor watched.'))).toBeNull();
    // Two mayors named: which one cannot be told.
    const two = `Mayor Lee Park disagreed. ${text}`;
    const mentions2 = [person(two, 'Mayor Lee Park', 'Lee Park', 'Mayor'), ...mentions.map((m) => person(two, m.text, (m as { name: string }).name, (m as { title: string }).title))];
    expect(resolveSpeakers(two, analyse(two, mentions2), [attribution(two, 'The mayor', 'the city would pay')])[0].speaker).toBeNull();
  });

  it("names a subject's lawyers after the subject and gives a named lawyer the counsel role", () => {
    const text =
      'Pedro Alva, 31, was shot by an agent on Monday and later charged with assault. His lawyers said he was leaving. Alva was arrested at the hospital. Nora Diaz, a lawyer for Pedro Alva, said he was unarmed.';
    const mentions = [person(text, 'Pedro Alva', 'Pedro Alva'), person(text, 'Nora Diaz', 'Nora Diaz'), person(text, 'Pedro Alva', 'Pedro Alva', null, 1)];
    const atts = [attribution(text, 'His lawyers', 'he was leaving'), attribution(text, 'Nora Diaz, a lawyer for Pedro Alva', 'he was unarmed')];
    const [lawyers, diaz] = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(lawyers.speaker).toEqual({ name: 'attorneys for Pedro Alva', affiliation: 'legal team of Pedro Alva', role: 'subject_counsel' });
    expect(diaz.speaker?.name).toBe('Nora Diaz');
    expect(diaz.speaker?.role).toBe('subject_counsel');
    expect(diaz.speaker?.affiliation).toBe('lawyer for Pedro Alva');
  });

  it('names the lawyers of two people charged together after both', () => {
    const text =
      'Ivan Petrov, 30, and Omar Haddad, 28, were charged with assault. Petrov was arrested at home. Haddad was arrested at work. Defense lawyers said no video showed a fight. Neither man has a record, their attorneys said.';
    const mentions = [person(text, 'Ivan Petrov', 'Ivan Petrov'), person(text, 'Omar Haddad', 'Omar Haddad')];
    const atts = [attribution(text, 'Defense lawyers', 'no video showed a fight'), attribution(text, 'their attorneys', 'Neither man has a record')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    for (const a of out) expect(a.speaker).toEqual({ name: 'attorneys for Ivan Petrov and Omar Haddad', affiliation: 'legal team of Ivan Petrov and Omar Haddad', role: 'subject_counsel' });
    // "their" right after other people named together may be theirs: no guess.
    const others = text.replace('Neither man has a record', 'The guards were praised by officials. Neither man has a record');
    const atts2 = [attribution(others, 'Defense lawyers', 'no video showed a fight'), attribution(others, 'their attorneys', 'Neither man has a record')];
    expect(resolveSpeakers(others, analyse(others, mentions), atts2)[1].speaker).toBeNull();
  });

  it('names a filing\'s defendant written in capitals by the full name, as the subject', () => {
    const text = 'UNITED STATES OF AMERICA v. PAULO ANDRE SILVA COSTA\n\n1. Agents stopped a van. SILVA stated that he did not see the agents. The agent stated that the van moved.';
    const atts = [attribution(text, 'SILVA', 'he did not see the agents', 1)];
    const [a] = resolveSpeakers(text, analyse(text, []), atts);
    expect(a.speaker).toEqual({ name: 'Paulo Andre Silva Costa', affiliation: null, role: 'subject' });
    // Named in capitals but not charged by the caption: named, not the subject.
    const witness = text.replace('PAULO ANDRE SILVA COSTA', 'RITA GOMES').replace('\n\n1.', '\nWitness: PAULO ANDRE SILVA COSTA.\n1.');
    const [b] = resolveSpeakers(witness, analyse(witness, []), [attribution(witness, 'SILVA', 'he did not see the agents', 1)]);
    expect(b.speaker?.name).toBe('Paulo Andre Silva Costa');
    expect(b.speaker?.role).not.toBe('subject');
  });

  it('names bare records an affidavit cites after the affidavit, and leaves them unnamed in a news story', () => {
    const filing = 'AFFIDAVIT IN SUPPORT OF A CRIMINAL COMPLAINT\n\n1. I am a special agent. 2. Records show that the man was removed in 2019.';
    const [cited] = resolveSpeakers(filing, analyse(filing, []), [attribution(filing, 'Records', 'the man was removed in 2019')]);
    expect(cited.speaker).toEqual({ name: 'records cited in the affidavit', affiliation: null, role: 'court_filing' });
    const checks = filing.replace('Records show', 'Record checks indicated');
    expect(resolveSpeakers(checks, analyse(checks, []), [attribution(checks, 'Record checks', 'the man was removed in 2019')])[0].speaker).toEqual(cited.speaker);
    const story = 'Records show that the man was removed in 2019, the paper found.';
    expect(resolveSpeakers(story, analyse(story, []), [attribution(story, 'Records', 'the man was removed in 2019')])[0].speaker).toBeNull();
  });

  it('reads "the man\'s brother" as the subject\'s brother the document names', () => {
    const text =
      'Tom Hale, 30, was shot by an agent on Friday and later charged with assault. His brother, Sam Hale, said Tom was unarmed. Hale was arrested at the hospital. The man\'s brother said the family wants the video.';
    const mentions = [person(text, 'Tom Hale', 'Tom Hale'), person(text, 'Sam Hale', 'Sam Hale')];
    const atts = [attribution(text, 'His brother, Sam Hale', 'Tom was unarmed'), attribution(text, "The man's brother", 'the family wants the video')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(out[1].speaker?.name).toBe('Sam Hale');
    // A possessor that is not the subject ("the officer's brother") is someone the text does not name.
    const other = text.replace("The man's brother", "The officer's brother");
    const atts2 = [attribution(other, 'His brother, Sam Hale', 'Tom was unarmed'), attribution(other, "The officer's brother", 'the family wants the video')];
    expect(resolveSpeakers(other, analyse(other, mentions), atts2)[1].speaker).toBeNull();
  });

  it('reads a filing\'s defined stand-ins: lettered, unquoted, after a comma, and defined in pairs', () => {
    const text =
      '2. Two Harbor Patrol Officers (HP-1 and HP-2) approached the boat. HP-2 stated that the boat moved. 3. Harbor Patrol Agent C (HPA-C), who stood on the dock, stated that he heard a shot. HPA-C stated that the boat left.';
    const atts = [
      attribution(text, 'HP-2', 'the boat moved', 1),
      attribution(text, 'Harbor Patrol Agent C (HPA-C), who stood on the dock', 'he heard a shot'),
      attribution(text, 'HPA-C', 'the boat left', 1),
    ];
    const out = resolveSpeakers(text, analyse(text, []), atts);
    expect(out.map((a) => a.speaker?.name)).toEqual(['Harbor Patrol Officer 2 (HP-2, unnamed)', 'Harbor Patrol Agent C (HPA-C, unnamed)', 'Harbor Patrol Agent C (HPA-C, unnamed)']);
    for (const a of out) expect(a.speaker?.role).toBe('official');
    // A code no definition gives (no title in its label) names no one.
    const bare = 'Two Boats (B-1 and B-2) sank. B-1 stated that it leaked.';
    expect(resolveSpeakers(bare, analyse(bare, []), [attribution(bare, 'B-1', 'it leaked', 1)])[0].speaker).toBeNull();
  });

  it('reads "his lawyer" as the one counsel the document names, whichever counsel noun named them', () => {
    const text = 'Tom Hale, 30, was shot by an agent on Friday. His attorney, Nora Diaz, said Hale was unarmed. Hale is recovering. His lawyer said he will sue.';
    const mentions = [person(text, 'Tom Hale', 'Tom Hale'), person(text, 'Nora Diaz', 'Nora Diaz')];
    const atts = [attribution(text, 'His attorney, Nora Diaz', 'Hale was unarmed'), attribution(text, 'His lawyer', 'he will sue')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Nora Diaz');
    // Kin are not interchangeable: "his sister" is not the wife the document names.
    const kin = text.replace('His attorney, Nora Diaz', 'His wife, Nora Diaz').replace('His lawyer', 'His sister');
    const atts2 = [attribution(kin, 'His wife, Nora Diaz', 'Hale was unarmed'), attribution(kin, 'His sister', 'he will sue')];
    // She is named by the relation alone (speakers@8; null before).
    expect(resolveSpeakers(kin, analyse(kin, [person(kin, 'Tom Hale', 'Tom Hale'), person(kin, 'Nora Diaz', 'Nora Diaz')]), atts2)[1].speaker?.name).toBe('sister of Tom Hale');
  });

  it('names "His brother Sam Hale" and "Neighbor Ana Ruiz" by the name, with the role the description gives', () => {
    const text = 'Tom Hale, 30, was shot by an agent on Friday. His brother Sam Hale said Tom was unarmed. Neighbor Ana Ruiz said she heard two shots.';
    const mentions = [person(text, 'Tom Hale', 'Tom Hale'), person(text, 'Neighbor Ana Ruiz', 'Neighbor Ana Ruiz')];
    const atts = [attribution(text, 'His brother Sam Hale', 'Tom was unarmed'), attribution(text, 'Neighbor Ana Ruiz', 'she heard two shots')];
    const [brother, neighbor] = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(brother.speaker).toMatchObject({ name: 'Sam Hale', role: 'family' });
    expect(neighbor.speaker).toMatchObject({ name: 'Ana Ruiz', role: 'witness' });
  });

  it('takes a speaker "who recorded the video" or "who watched" for a witness, not one who lives nearby', () => {
    const text = 'Tom Hale, 30, was shot by an agent on Friday. "He had his hands up," said Ana Ruiz, who recorded the video from a porch.';
    const atts = [attribution(text, 'Ana Ruiz', 'He had his hands up,')];
    const mentions = [person(text, 'Tom Hale', 'Tom Hale'), person(text, 'Ana Ruiz', 'Ana Ruiz')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[0].speaker).toMatchObject({ name: 'Ana Ruiz', role: 'witness' });
    const nearby = text.replace('who recorded the video from a porch', 'who lives nearby');
    expect(resolveSpeakers(nearby, analyse(nearby, mentions.map((m) => ({ ...m }))), [attribution(nearby, 'Ana Ruiz', 'He had his hands up,')])[0].speaker).toMatchObject({ name: 'Ana Ruiz', role: 'other' });
  });

  it('speaks in a court order\'s voice for "the Court", never for the parties it tells of', () => {
    const order = 'ORDER GRANTING MOTION FOR TEMPORARY RESTRAINING ORDER\n\nPlaintiffs allege that agents fired pepper balls at reporters. The Court finds that the video shows the reporter standing apart.';
    const atts = [attribution(order, 'Plaintiffs', 'agents fired pepper balls at reporters'), attribution(order, 'The Court', 'the video shows the reporter standing apart')];
    const [plaintiffs, court] = resolveSpeakers(order, analyse(order, []), atts);
    expect(plaintiffs.speaker).toBeNull();
    expect(court.speaker).toEqual({ name: 'court order', affiliation: null, role: 'court' });
    // In the plaintiffs' own filing they are its voice, and "the Court" is none.
    const motion = order.replace('ORDER GRANTING MOTION FOR', "PLAINTIFFS' MOTION FOR");
    const [own, none] = resolveSpeakers(motion, analyse(motion, []), [attribution(motion, 'Plaintiffs', 'agents fired pepper balls at reporters'), attribution(motion, 'The Court', 'the video shows the reporter standing apart')]);
    expect(own.speaker).toEqual({ name: 'motion', affiliation: null, role: 'court_filing' });
    expect(none.speaker).toBeNull();
  });

  it("speaks in no filing's voice for the plaintiffs in the defense's own motion (stop 63)", () => {
    const motion = "FEDERAL DEFENDANTS' MOTION TO STAY PROCEEDINGS\n\nPlaintiff now asserts that his truck never moved. Plaintiff conceded that he touched the gearshift.";
    const atts = [attribution(motion, 'Plaintiff', 'his truck never moved'), attribution(motion, 'Plaintiff', 'he touched the gearshift')];
    expect(resolveSpeakers(motion, analyse(motion, []), atts).map((a) => a.speaker)).toEqual([null, null]);
  });

  it('gives a judge and a ruling the court\'s role', () => {
    const text = 'U.S. District Judge Sara Lind said the agents had used force against reporters. The ruling said the video contradicts the agency.';
    const atts = [attribution(text, 'U.S. District Judge Sara Lind', 'the agents had used force against reporters'), attribution(text, 'The ruling', 'the video contradicts the agency')];
    const [judge, ruling] = resolveSpeakers(text, analyse(text, [person(text, 'U.S. District Judge Sara Lind', 'Sara Lind', 'U.S. District Judge')]), atts);
    expect(judge.speaker?.role).toBe('court');
    expect(ruling.speaker).toEqual({ name: 'court order', affiliation: null, role: 'court' });
  });

  it('reads a relative set off before a name outside any source, for role, gender and a later "she"', () => {
    const text = 'Agents shot Tom Molina on Friday. Molina\'s mother, Rosa Molina, spoke to the crowd. "He was coming home," she said.';
    const mentions = [person(text, 'Tom Molina', 'Tom Molina'), person(text, 'Rosa Molina', 'Rosa Molina')];
    // The possessive "Molina's" is the son's, no rival to his mother for "she"; the surname both bear
    // is the subject's (speakers@9), so she is his mother.
    expect(resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'she', 'He was coming home')])[0].speaker).toEqual({ name: 'Rosa Molina', affiliation: 'mother of Tom Molina', role: 'family' });
    const couple = 'Ana Berg, a donor, said the speeches moved her. Along with her husband, Leo Berg, she has given to many candidates. "I feel bad," she said.';
    const atts = [attribution(couple, 'Ana Berg, a donor', 'the speeches moved her'), attribution(couple, 'she', 'I feel bad')];
    expect(resolveSpeakers(couple, analyse(couple, [person(couple, 'Ana Berg', 'Ana Berg'), person(couple, 'Leo Berg', 'Leo Berg')]), atts)[1].speaker?.name).toBe('Ana Berg');
  });

  it("gives the officer's lawyer no place on the subject's side", () => {
    const text = 'Jon Reese fired three times into the SUV. A lawyer for Reese, Mark Toll, said his client followed his training.';
    const mentions = [person(text, 'Jon Reese', 'Jon Reese'), person(text, 'Mark Toll', 'Mark Toll')];
    const [lawyer] = resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'A lawyer for Reese, Mark Toll', 'his client followed his training')]);
    expect(lawyer.speaker).toEqual({ name: 'Mark Toll', affiliation: null, role: 'other' });
    // The lawyer of someone the document never shows firing stays counsel.
    const plain = text.replace('Jon Reese fired three times into the SUV.', 'Jon Reese was hurt.');
    const [counsel] = resolveSpeakers(plain, analyse(plain, [person(plain, 'Jon Reese', 'Jon Reese'), person(plain, 'Mark Toll', 'Mark Toll')]), [attribution(plain, 'A lawyer for Reese, Mark Toll', 'his client followed his training')]);
    expect(counsel.speaker?.role).toBe('subject_counsel');
  });

  it('gives no relation from an apposition to a namesake with a generational suffix', () => {
    const text = 'Rep. Dan Hale backed the bill. His father, Dan Hale Sr., once held the seat. "It is time," Hale said.';
    const mentions = [person(text, 'Rep. Dan Hale', 'Dan Hale', 'Rep.'), person(text, 'Dan Hale Sr.', 'Dan Hale Sr.')];
    expect(resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'Hale', 'It is time')])[0].speaker?.role).not.toBe('family');
  });

  it('names a complaint by its court district and resolves "the complaint" to it', () => {
    const text =
      'Luis Ortega was charged with assault. According to a complaint filed in the Southern District of Texas, Ortega drove at officers. The complaint states that he ignored orders.';
    const mentions = [person(text, 'Luis Ortega', 'Luis Ortega')];
    const atts = [attribution(text, 'a complaint filed in the Southern District of Texas', 'Ortega drove at officers'), attribution(text, 'The complaint', 'he ignored orders')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    for (const a of out) {
      expect(a.speaker?.name).toBe('criminal complaint (Southern District of Texas)');
      expect(a.speaker?.role).toBe('court_filing');
    }
  });

  it('resolves "the department" to the department that spoke last', () => {
    const text = 'The Department of Roads said the lane was closed. The department said it would reopen Monday.';
    const mentions = [org(text, 'The Department of Roads', 'Department of Roads', 'dor')];
    const atts = [attribution(text, 'The Department of Roads', 'the lane was closed'), attribution(text, 'The department', 'it would reopen Monday')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(out[1].speaker?.name).toBe('Department of Roads');
    expect(out[1].speaker?.role).toBe('official');
  });

  it('names "the sheriff\'s office" after the one county whose sheriff the document names', () => {
    const text = 'Dale County Sheriff Ruth Oakes signed the deal. The jail holds 90 people, according to the sheriff\'s office.';
    const atts = [attribution(text, "the sheriff's office", 'The jail holds 90 people')];
    expect(resolveSpeakers(text, analyse(text, []), atts)[0].speaker).toEqual({ name: "Dale County Sheriff's Office", affiliation: "Dale County Sheriff's Office", role: 'official' });
    const two = `Pine County Sheriff Al Moe disagreed. ${text}`;
    expect(resolveSpeakers(two, analyse(two, []), [attribution(two, "the sheriff's office", 'The jail holds 90 people')])[0].speaker).toBeNull();
  });

  it('reads another newsroom as a journalist speaking ("CNN reported", "the Minnesota Star Tribune reported"), never a titled person or a poll', () => {
    const text = 'Agents shot a man, the Minnesota Star Tribune reported. CNN reported he was unarmed. Mesa Mayor Don Guardian said little. A July Washington Post/ABC News poll found support fell.';
    const out = resolveSpeakers(text, analyse(text, []), [
      attribution(text, 'the Minnesota Star Tribune', 'Agents shot a man'),
      attribution(text, 'CNN', 'he was unarmed'),
      attribution(text, 'Mesa Mayor Don Guardian', 'little'),
    ]);
    expect(out.map((a) => a.speaker && [a.speaker.name, a.speaker.role])).toEqual([
      ['Minnesota Star Tribune', 'journalist'],
      ['CNN', 'journalist'],
      ['Don Guardian', 'elected_official'],
    ]);
  });

  it('reads "Relatives of the dead man, Mario Torres" as his family speaking, never as Mario Torres', () => {
    const text = 'Relatives of the dead man, Mario Torres, said the chase should have stopped. Lawyers for the driver, Ana Ruiz, said she was unarmed. Friends of the victim, Leo Park, said little.';
    const out = resolveSpeakers(text, analyse(text, []), [
      attribution(text, 'Relatives of the dead man, Mario Torres', 'the chase should have stopped'),
      attribution(text, 'Lawyers for the driver, Ana Ruiz', 'she was unarmed'),
      attribution(text, 'Friends of the victim, Leo Park', 'little'),
    ]);
    expect(out.map((a) => a.speaker && [a.speaker.name, a.speaker.role])).toEqual([
      ['family of Mario Torres', 'family'],
      ['attorneys for Ana Ruiz', 'subject_counsel'],
      ['friends of Leo Park', 'other'],
    ]);
    // The attribution stage may take the name and age alone for the source: the clause before it still counts.
    const aged = 'Relatives of one of the dead, Maria Torres, 24, said the chase should have stopped.';
    expect(resolveSpeakers(aged, analyse(aged, []), [attribution(aged, 'Maria Torres, 24', 'the chase should have stopped')])[0].speaker?.name).toBe('family of Maria Torres');
  });

  it('never gives a relative whose name the phrase carries the name of another relative of that kind', () => {
    const text = 'Omar Haddad, Sami Haddad’s nephew, wrote on Facebook. Sami Haddad was on the flight. “We had called him,” his nephew Karim el Sayed added.';
    const out = resolveSpeakers(text, analyse(text, []), [attribution(text, 'Omar Haddad, Sami Haddad’s nephew', 'on Facebook'), attribution(text, 'his nephew Karim el Sayed', 'We had called him')]);
    expect(out[1].speaker?.name === 'Omar Haddad').toBe(false);
  });

  it('gives "a bureau spokeswoman" the one bureau of her sentence, her own words included, and none of two', () => {
    const text = 'The FBI is investigating, a bureau spokeswoman said.';
    const fbi = [org(text, 'The FBI', 'Federal Bureau of Investigation', 'fbi')];
    expect(resolveSpeakers(text, analyse(text, fbi), [attribution(text, 'a bureau spokeswoman', 'The FBI is investigating')])[0].speaker?.name).toBe('Federal Bureau of Investigation');
    const two = 'The FBI and the Bureau of Prisons are investigating, a bureau spokeswoman said.';
    const orgs = [org(two, 'The FBI', 'Federal Bureau of Investigation', 'fbi'), org(two, 'the Bureau of Prisons', 'Federal Bureau of Prisons', 'bop')];
    expect(resolveSpeakers(two, analyse(two, orgs), [attribution(two, 'a bureau spokeswoman', 'The FBI and the Bureau of Prisons are investigating')])[0].speaker).toBeNull();
  });

  it('names a sheriff\'s office after a county written before "sheriff\'s deputy" too', () => {
    const text = "A Dale County sheriff's deputy shot a man Tuesday, the sheriff's office said.";
    const atts = [attribution(text, "the sheriff's office", "A Dale County sheriff's deputy shot a man Tuesday")];
    expect(resolveSpeakers(text, analyse(text, []), atts)[0].speaker?.name).toBe("Dale County Sheriff's Office");
  });

  it('names an examiner the document names no other way as written ("the county medical examiner"), and never "the former coroner"', () => {
    const text = 'Agents shot Ana Ruiz. The county medical examiner ruled the death a homicide. The coroner’s office said she was hit twice.';
    const atts = [attribution(text, 'The county medical examiner', 'the death a homicide'), attribution(text, 'The coroner’s office', 'she was hit twice')];
    const out = resolveSpeakers(text, analyse(text, []), atts);
    expect(out.map((a) => a.speaker && [a.speaker.name, a.speaker.role])).toEqual([
      ['county medical examiner', 'official'],
      ['coroner’s office', 'official'],
    ]);
    const former = 'Agents shot Ana Ruiz. The former coroner said little.';
    expect(resolveSpeakers(former, analyse(former, []), [attribution(former, 'The former coroner', 'little')])[0].speaker).toBeNull();
    // One the document names is the one "the medical examiner" points back to.
    const named = 'The Pima County Medical Examiner did the autopsy. The medical examiner said she was hit twice.';
    const mentions = [org(named, 'The Pima County Medical Examiner', 'Pima County Medical Examiner', 'medical_examiner')];
    expect(resolveSpeakers(named, analyse(named, mentions), [attribution(named, 'The medical examiner', 'she was hit twice')])[0].speaker?.name).toBe('Pima County Medical Examiner');
  });

  it('reads "the statement said" as whoever was said to speak in a statement', () => {
    const text =
      'The Bureau of Roads said in a statement that the lane was closed. A driver was hurt. Crews came. Traffic stopped. Night fell. It will reopen Monday, the statement said.';
    const mentions = [org(text, 'The Bureau of Roads', 'Bureau of Roads', 'bor')];
    const atts = [attribution(text, 'The Bureau of Roads', 'the lane was closed'), attribution(text, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Bureau of Roads');
    // "said the statement was false": the statement is in the reported words, not the channel.
    const inside = text.replace('said in a statement that the lane was closed', 'said a statement that the lane was closed was false');
    const atts2 = [attribution(inside, 'The Bureau of Roads', 'a statement that the lane was closed was false'), attribution(inside, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(inside, analyse(inside, [org(inside, 'The Bureau of Roads', 'Bureau of Roads', 'bor')]), atts2)[1].speaker).toBeNull();
  });

  it('reads "the post said" after "wrote on X", and after "tweeted" (stop 43)', () => {
    for (const cue of ['wrote on X', 'tweeted']) {
      const text = `The Bureau of Roads ${cue} that the lane was closed. A driver was hurt. It will reopen Monday, the post said.`;
      const mentions = [org(text, 'The Bureau of Roads', 'Bureau of Roads', 'bor')];
      const first = { ...attribution(text, 'The Bureau of Roads', 'the lane was closed'), cue: at(text, cue.split(' ')[0]) };
      const atts = [first, attribution(text, 'the post', 'It will reopen Monday')];
      expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Bureau of Roads');
    }
  });

  it('reads the channel inside the cue: "X said in a statement" after the words, then "the statement said"', () => {
    const text = 'The lane was closed, the Bureau of Roads said in a statement. A driver was hurt. It will reopen Monday, the statement said.';
    const mentions = [org(text, 'the Bureau of Roads', 'Bureau of Roads', 'bor')];
    const first = { ...attribution(text, 'the Bureau of Roads', 'The lane was closed'), cue: at(text, 'said in a statement') };
    const atts = [first, attribution(text, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Bureau of Roads');
  });

  it('reads the channel a long way before the source in its sentence ("In a statement issued the afternoon of the crash, the Bureau of Roads said")', () => {
    const text = 'In a statement issued the afternoon of the crash, the Bureau of Roads said the lane was closed. A driver was hurt. It will reopen Monday, the statement said.';
    const mentions = [org(text, 'the Bureau of Roads', 'Bureau of Roads', 'bor')];
    const atts = [attribution(text, 'the Bureau of Roads', 'the lane was closed'), attribution(text, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Bureau of Roads');
  });

  it('reads "the statement said" after a source that is itself the statement ("according to a Bureau of Roads statement")', () => {
    const text = 'The lane was closed at noon, according to a Bureau of Roads statement. A driver was hurt. It will reopen Monday, the statement said.';
    const mentions = [org(text, 'Bureau of Roads', 'Bureau of Roads', 'bor')];
    const atts = [attribution(text, 'a Bureau of Roads statement', 'The lane was closed at noon'), attribution(text, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(text, analyse(text, mentions), atts).map((a) => a.speaker?.name ?? null)).toEqual(['Bureau of Roads', 'Bureau of Roads']);
  });

  it('reads the channel whatever its case and spacing: "In A Statement", "via" and a line break, two spaces', () => {
    for (const channel of ['In A Statement', 'via\nits statement', 'through  their statement']) {
      const text = `The lane was closed, the Bureau of Roads said ${channel}. A driver was hurt. It will reopen Monday, the statement said.`;
      const mentions = [org(text, 'the Bureau of Roads', 'Bureau of Roads', 'bor')];
      const first = { ...attribution(text, 'the Bureau of Roads', 'The lane was closed'), cue: at(text, `said ${channel}`) };
      const atts = [first, attribution(text, 'the statement', 'It will reopen Monday')];
      expect(resolveSpeakers(text, analyse(text, mentions), atts)[1].speaker?.name).toBe('Bureau of Roads');
    }
  });

  it('gives a far "the statement said" only to an organisation that issued one, not a person many sentences back', () => {
    const far = ' A driver was hurt. Crews came. Traffic stopped. Night fell. Rain came. It will reopen Monday, the statement said.';
    const byPerson = `Mayor Ana Ruiz said in a statement that the lane was closed.${far}`;
    const atts = [attribution(byPerson, 'Mayor Ana Ruiz', 'the lane was closed'), attribution(byPerson, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(byPerson, analyse(byPerson, [person(byPerson, 'Ana Ruiz', 'Ana Ruiz', 'mayor')]), atts)[1].speaker).toBeNull();
    const byOrg = `The Bureau of Roads said in a statement that the lane was closed.${far}`;
    const atts2 = [attribution(byOrg, 'The Bureau of Roads', 'the lane was closed'), attribution(byOrg, 'the statement', 'It will reopen Monday')];
    expect(resolveSpeakers(byOrg, analyse(byOrg, [org(byOrg, 'The Bureau of Roads', 'Bureau of Roads', 'bor')]), atts2)[1].speaker?.name).toBe('Bureau of Roads');
  });

  it('does not hand a spokesperson for a body the phrase names to the organisation named just before', () => {
    const text = 'The death was ruled a homicide, the Dale County Medical Examiner\'s Office said. The bureau has opened an inquiry, a spokesperson for the bureau\'s Tulsa field office said.';
    const mentions = [org(text, "Dale County Medical Examiner's Office", "Dale County Medical Examiner's Office", 'medical_examiner')];
    const atts = [attribution(text, "the Dale County Medical Examiner's Office", 'The death was ruled a homicide'), attribution(text, "a spokesperson for the bureau's Tulsa field office", 'The bureau has opened an inquiry')];
    const [examiner, unit] = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(examiner.speaker).toMatchObject({ name: "Dale County Medical Examiner's Office", role: 'official' });
    expect(unit.speaker).toBeNull();
  });

  it('reads "the agency" after an agency\'s spokesperson as that agency when no agency is named within reach', () => {
    const text =
      'The Bureau of Roads closed the lane. Crews came. Traffic stopped. Night fell. Bureau of Roads spokeswoman Ana Ruiz said the lane was unsafe. The agency said it would reopen Monday.';
    const mentions = [org(text, 'Bureau of Roads', 'Bureau of Roads', 'bor'), org(text, 'Bureau of Roads', 'Bureau of Roads', 'bor', 1), person(text, 'Ana Ruiz', 'Ana Ruiz', 'spokeswoman')];
    const atts = [attribution(text, 'Bureau of Roads spokeswoman Ana Ruiz', 'the lane was unsafe'), attribution(text, 'The agency', 'it would reopen Monday')];
    const out = resolveSpeakers(text, analyse(text, mentions), atts);
    expect(out[0].speaker?.name).toBe('Ana Ruiz');
    expect(out[1].speaker?.name).toBe('Bureau of Roads');
    // A speaker who speaks for no body gives "the agency" nothing.
    const plain = text.replace('Bureau of Roads spokeswoman Ana Ruiz', 'Ana Ruiz');
    const atts2 = [attribution(plain, 'Ana Ruiz', 'the lane was unsafe'), attribution(plain, 'The agency', 'it would reopen Monday')];
    expect(resolveSpeakers(plain, analyse(plain, [org(plain, 'Bureau of Roads', 'Bureau of Roads', 'bor'), person(plain, 'Ana Ruiz', 'Ana Ruiz')]), atts2)[1].speaker).toBeNull();
  });

  it('reads "the agency" of a tag as the one agency its own words name before it when nothing comes before', () => {
    const text = 'A Bureau of Roads worker closed the lane on Monday, the agency said.';
    const mentions = [org(text, 'Bureau of Roads', 'Bureau of Roads', 'bor')];
    const tag = [attribution(text, 'the agency', 'A Bureau of Roads worker closed the lane on Monday')];
    expect(resolveSpeakers(text, analyse(text, mentions), tag)[0].speaker?.name).toBe('Bureau of Roads');
    // Two agencies in its words: which one speaks cannot be told.
    const two = 'A Bureau of Roads worker closed the lane after a Water Board tip, the agency said.';
    const both = [org(two, 'Bureau of Roads', 'Bureau of Roads', 'bor'), org(two, 'Water Board', 'Water Board', 'wb')];
    expect(resolveSpeakers(two, analyse(two, both), [attribution(two, 'the agency', 'A Bureau of Roads worker closed the lane after a Water Board tip')])[0].speaker).toBeNull();
    // Another agency named just before, this one in its own words: which one speaks cannot be told.
    const prior = `The Water Board met. ${text}`;
    const found = [org(prior, 'Water Board', 'Water Board', 'wb'), org(prior, 'Bureau of Roads', 'Bureau of Roads', 'bor')];
    expect(resolveSpeakers(prior, analyse(prior, found), [attribution(prior, 'the agency', 'A Bureau of Roads worker closed the lane on Monday')])[0].speaker).toBeNull();
  });

  it('reads a bare "a spokesperson" of a tag as the one agency its own words name, not a modified one', () => {
    const text = 'The Bureau of Roads is investigating, a spokesperson said.';
    const mentions = [org(text, 'Bureau of Roads', 'Bureau of Roads', 'bor')];
    expect(resolveSpeakers(text, analyse(text, mentions), [attribution(text, 'a spokesperson', 'The Bureau of Roads is investigating')])[0].speaker?.name).toBe('Bureau of Roads');
    const hospital = 'A man hurt by a Bureau of Roads truck is stable, a hospital spokeswoman said.';
    const found = [org(hospital, 'Bureau of Roads', 'Bureau of Roads', 'bor')];
    expect(resolveSpeakers(hospital, analyse(hospital, found), [attribution(hospital, 'a hospital spokeswoman', 'A man hurt by a Bureau of Roads truck is stable')])[0].speaker).toBeNull();
  });

  it('names every bare "police" after the one department the document names in full', () => {
    const text = 'Officers of the Riverton Police Department arrived first. Police said the man ran. Police later said he was unarmed.';
    const atts = [attribution(text, 'Police', 'the man ran'), attribution(text, 'Police', 'he was unarmed', 1)];
    const out = resolveSpeakers(text, analyse(text, []), atts);
    for (const a of out) expect(a.speaker?.name).toBe('Riverton Police Department');
    // Two places named: which one a bare "police" is cannot be told.
    const two = `${text} The Lakeside police were not there.`;
    expect(resolveSpeakers(two, analyse(two, []), atts).map((a) => a.speaker)).toEqual([null, null]);
    // A state's police are always called so: a bare "police" is still the local department.
    const state = `${text} Oregon State Police are investigating.`;
    expect(resolveSpeakers(state, analyse(state, []), atts).map((a) => a.speaker?.name)).toEqual(['Riverton Police Department', 'Riverton Police Department']);
  });

  it('gives elected officials their role from the title', () => {
    const text = 'Congressman Paul Ames said the video must be released.';
    const out = resolveSpeakers(text, analyse(text, [person(text, 'Congressman Paul Ames', 'Paul Ames', 'Congressman')]), [
      attribution(text, 'Congressman Paul Ames', 'the video must be released'),
    ]);
    expect(out[0].speaker?.name).toBe('Paul Ames');
    expect(out[0].speaker?.role).toBe('elected_official');
  });
});
