import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences: who a statement or release is from.
function speaker(text: string, nth = 0): string | null {
  return analyseText(text, { anchorDate: '2026-04-12' }).attributions[nth]?.speaker?.name ?? null;
}

describe('describeDescription', () => {
  it('gives a spokesperson for the mayor or the governor that office\'s voice (stop 49)', () => {
    expect(speaker('ELGIN, Ill. — An ICE officer shot a man on Monday. A spokesman for the mayor said the city was not told.')).toBe('spokesperson for the mayor');
    expect(speaker('AURORA, Colo. — An ICE officer shot a man on Monday. A spokesperson for the Colorado governor said the state would review it.')).toBe('spokesperson for the Colorado governor');
    expect(speaker('ELGIN, Ill. — An ICE officer shot a man on Monday. A spokesman for the agency said the agent followed policy.')).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('gives "the post" to the body that responded on a platform the sentence before (stop 49)', () => {
    const text = 'RIVERSIDE — Ramiro Solís, 38, died after Border Patrol agents restrained him. The Department of Homeland Security responded on X on Friday. "Agents encountered an illegal alien who violently resisted arrest," the post said.';
    expect(speaker(text)).toBe('Department of Homeland Security');
    expect(speaker(text.replace('responded on X on Friday', 'did not comment on Friday'))).toBeNull();
  });

  it('gives "the letter" to the one person who sent or wrote it, no one when two did (stop 49)', () => {
    const text = 'WASHINGTON — Rep. Ana Fuentes sent a letter to the DHS secretary on Monday about the shooting of Rafael Ochoa, 34. "The footage appears to show a vehicle moving away," the letter reads.';
    expect(speaker(text)).toBe('Ana Fuentes');
    expect(speaker(text.replace('sent a letter', 'wrote a letter'))).toBe('Ana Fuentes');
    expect(speaker(text.replace('Rep. Ana Fuentes sent', 'Rep. Ana Fuentes and Sen. Tom Hale sent'))).toBeNull();
  });

  it('gives a statement "from" or "by" an organisation to that organisation, and nothing else after it', () => {
    expect(speaker('The man fired first, according to a statement from U.S. Customs and Border Protection.')).toBe('U.S. Customs and Border Protection');
    expect(speaker('A statement by the FBI said the man fired first.')).toBe('Federal Bureau of Investigation');
    expect(speaker('The man fired first, according to a statement from CBP officials in Tucson.')).toBeNull();
  });

  it('reads who put out a report between its noun and "by", and what it obtained as no issuer', () => {
    expect(speaker('The man was shot in the back, according to an autopsy report released Wednesday by the Dale County Medical Examiner’s Office.')).toBe(
      'Dale County Medical Examiner’s Office',
    );
    expect(speaker('The man fired first, according to a statement issued late Tuesday by U.S. Customs and Border Protection.')).toBe('U.S. Customs and Border Protection');
    // The outlet obtained it; whose it is the sentence does not say.
    expect(speaker('The man fired first, according to a statement obtained Tuesday by U.S. Customs and Border Protection.')).toBeNull();
  });

  it('gives "the report" later to whoever issued the report a source named', () => {
    const text = 'The man died, according to an autopsy report released by the Dale County Medical Examiner’s Office. The report says two bullets entered his back.';
    expect(speaker(text, 1)).toBe('Dale County Medical Examiner’s Office');
  });
});

describe('describeDescription: documents a story cites', () => {
  it('gives "the report" to the one agency said to have issued a report, as "the statement" is', () => {
    const text = 'The DHS Office of Inspector General issued a report Tuesday. The report found that agents did not follow policy.';
    expect(speaker(text)).toBe('DHS Office of Inspector General');
    expect(speaker('DHS issued a statement Friday. The report found that agents did not follow policy.')).toBeNull();
  });

  it('gives "the statement" to whoever responded with it, sent it or gave an account in it, and keeps it theirs after', () => {
    const responded = 'A DHS spokesperson responded Thursday night with a written statement.\n\n"Agents used the minimum force necessary," the statement said.';
    expect(speaker(responded)).toBe('Department of Homeland Security');
    const sent = 'Agents tackled Efraín Quiroga on Oct. 9. The Ledger reached out to ICE. A spokesperson for the agency sent a statement Tuesday.\n\n"He fled on foot," the statement read.';
    expect(speaker(sent)).toBe('U.S. Immigration and Customs Enforcement');
    const release = 'ICE gave a sharply different account in a news release the day after his death. He "became combative," the release said. He had been removed in 2011, the release said. He had a prior conviction. He was 47. The release said he had a prior conviction.';
    expect([0, 1, 2].map((n) => speaker(release, n))).toEqual(Array(3).fill('U.S. Immigration and Customs Enforcement'));
  });

  it('gives "the affiant" of a news story to the affidavit, and a brief its own voice', () => {
    const text = 'An agent filed an affidavit Tuesday in the District of Arizona. The affiant wrote that the man accelerated toward him.';
    expect(speaker(text)).toBe('affidavit (District of Arizona)');
    expect(speaker('The government’s brief said the agent feared for his life.')).toBe('brief');
    // In a story, "the plaintiffs" are people, not the voice of a filing.
    expect(speaker('The plaintiffs allege that agents beat him.')).toBeNull();
  });
});

describe('describeDescription: a spokesperson for a body named by its kind', () => {
  it('gives "a spokeswoman for the agency" to the agency "the agency" would be', () => {
    expect(speaker('Agents shot Ana Ruiz on Monday. ICE did not respond to questions. A spokeswoman for the agency said the officer was treated at a hospital.')).toBe('U.S. Immigration and Customs Enforcement');
    expect(speaker('Agents shot Ana Ruiz on Monday. A spokeswoman for the department said the officer was treated.')).toBeNull();
  });
});

describe('describeDescription: two groups joined by "and"', () => {
  it('names no speaker for groups of different roles, and one for groups of one side', () => {
    expect(speaker('An agent fired a shot at a driver on Thursday, according to Portland police and witnesses.')).toBeNull();
    expect(speaker('Cyber security experts and U.S. officials said the agency was hacked.')).toBeNull();
    expect(speaker('An agent fired a shot on Thursday, according to federal and local officials.')).toBe('federal and local officials');
  });

  it('reads a statement "from" or "released by" a family as the family\'s, and one from no one it can tell as no one\'s', () => {
    const speaker = (text: string) => analyseText(text, { anchorDate: '2026-03-10', bodyStart: 0, outlet: null }).attributions[0]?.speaker?.name ?? null;
    const lead = 'An agent shot Ana Ruiz on Monday. ';
    expect(speaker(`${lead}A statement from Ruiz's family said she was unarmed.`)).toBe('family of Ana Ruiz');
    expect(speaker(`${lead}According to a statement released by her family, she was unarmed.`)).toBe('family of Ana Ruiz');
    expect(speaker(`${lead}A statement from the family of a neighbor said she was unarmed.`)).toBeNull();
  });
});

describe('describeDescription: state police (stop 48)', () => {
  it('reads "state police said" as the state force the text names, never a town police it names too', () => {
    expect(speaker('Broadview police were not involved. The Illinois State Police are investigating. A soldier struck a protester, state police said.')).toBe('Illinois State Police');
    expect(speaker('Broadview police were not involved. A soldier struck a protester, state police said.')).toBe('state police');
  });
});

describe('describeDescription: a sheriff\'s spokesman (stop 48)', () => {
  it('gives "a sheriff\'s spokesman" to the office of the one county whose sheriff the text names, and no one with none named', () => {
    expect(speaker("A Polk County Sheriff's Office deputy shot a driver on Feb. 20. A sheriff's spokesman said the deputy was dragged.")).toBe("Polk County Sheriff's Office");
    expect(speaker("A deputy shot a driver on Feb. 20. A sheriff's spokesman said the deputy was dragged.")).toBeNull();
  });
});

describe('describeDescription: "the report" or "the statement" of more than one issuer (stop 50)', () => {
  const speakersOf = (text: string) => analyseText(text, { anchorDate: '2026-04-12' }).attributions.filter((a) => a.source?.text === 'the report' || a.source?.text === 'the statement').map((a) => a.speaker?.name ?? null);

  it('gives "the report says" no issuer after an inspector general\'s report and the agency\'s own', () => {
    const text = [
      'Guards pepper-sprayed a man at the Stewart Detention Center, the Department of Homeland Security\'s inspector general found in a report released Wednesday.',
      'In its detainee death report, ICE said the man "became combative."',
      'The video shows him seated on his bunk, the report says.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null]);
    expect(speakersOf(text.replace('In its detainee death report, ICE said', 'ICE said'))).toEqual(['DHS Office of Inspector General']);
  });

  it('gives "the statement said" no issuer when one the document does not resolve spoke in a statement since', () => {
    const text = [
      'In a statement, ICE said a detainee "physically resisted officers."',
      'The lawsuit cites surveillance footage from the unit.',
      'GEO said in a statement that it does not comment on pending litigation.',
      '"Our employees are highly trained professionals," the statement said.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null]);
    expect(speakersOf(text.replace('GEO said in a statement that it does not comment on pending litigation.\n\n', ''))).toEqual(['U.S. Immigration and Customs Enforcement']);
  });
});

describe('describeDescription: "the group", "the coalition" after a body named in full (stop 51)', () => {
  it('gives them the advocacy body named as a speaker before, and no agency', () => {
    const text = 'The Florida Immigrant Coalition called the shooting "an execution." The group said agents never identified themselves. "We demand answers," the coalition said. The organization said it would sue.';
    expect([1, 2, 3].map((n) => speaker(text, n))).toEqual(['Florida Immigrant Coalition', 'Florida Immigrant Coalition', 'Florida Immigrant Coalition']);
    expect(speaker('The Border Patrol said the man attacked agents. A group of neighbors gathered outside. The group said agents fired first.', 1)).toBeNull();
  });
});

describe('describeDescription: a statement that opens its sentence with a long clause (stop 51)', () => {
  it('gives "The statement said" to the spokesperson whose sentence opens "In a statement emailed … and read into the record by …"', () => {
    const text = 'In a statement emailed to the Courier-News on Wednesday and read into the record by the city clerk, an ICE spokesperson said the agent "fired defensive shots." The statement said the officer suffered a knee injury.';
    expect(speaker(text, 1)).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('describeDescription: "other" kin (stop 56)', () => {
  it('reads "Flores and two other parents" as no kin of the woman arrested, though the family spoke before', () => {
    const text = 'Agents arrested Marisol Candelario, 36, on Thursday. Her children were in the car, according to the family. Adriana Flores, 33, whose son is in the same class, said she saw it. Flores and two other parents who spoke to the Ledger said the minivan was boxed in.';
    const last = analyseText(text, { anchorDate: '2026-03-06', bodyStart: 0, outlet: null }).attributions.at(-1)!;
    expect(last.speaker?.role ?? null).not.toBe('family');
    // A possessor keeps the kin: "His other brother" is the man's brother.
    const own = analyseText('Agents shot Tom Ruiz. His other brother said he was unarmed.', { anchorDate: '2026-03-06', bodyStart: 0, outlet: null }).attributions.at(-1)!;
    expect(own.speaker?.role).toBe('family');
  });
});

describe('describeDescription: an agency\'s own papers (stop 58)', () => {
  const speaker = (text: string) => analyseText(text, { anchorDate: '2026-03-20', bodyStart: 0, outlet: null }).attributions.at(-1)?.speaker ?? null;
  const lede = 'Agents used a Taser on a man outside a store.\n\n';

  it('reads an incident report, a summary or a policy that names the agency as the agency\'s word', () => {
    expect(speaker(`${lede}The CBP incident report says he swung at an agent.`)).toMatchObject({ name: 'U.S. Customs and Border Protection', role: 'official' });
    expect(speaker(`${lede}A CBP incident summary obtained by the Times says he "took a bladed stance."`)).toMatchObject({ name: 'U.S. Customs and Border Protection', role: 'official' });
    expect(speaker(`${lede}CBP's use-of-force policy says agents may use a Taser only against active resistance.`)).toMatchObject({ name: 'U.S. Customs and Border Protection', role: 'official' });
    // A police report that names no agency stays a paper of its own.
    expect(speaker(`${lede}The police report says he swung at an agent.`)?.role).toBe('court_filing');
  });

  it('reads "That statement" after "CBP issued its own initial statement" as CBP\'s', () => {
    expect(speaker(`${lede}CBP issued its own initial statement Friday. That statement said only that an agent deployed a Taser.`)?.name).toBe('U.S. Customs and Border Protection');
  });
});

describe('describeDescription: a letter of a family, named by the possessor (stop 60)', () => {
  const said = (text: string) => analyseText(text, { anchorDate: '2026-01-15' }).attributions.map((a) => a.speaker?.name ?? null);
  it('gives "the letter" after "Villeda\'s family released a letter" the family, not Villeda', () => {
    expect(said('An ICE officer shot Marco Villeda, 31, on Nov. 18. Villeda\'s family released a letter on Monday.\n\n"Marco got up at five every morning," the letter said.')).toEqual(['family of Marco Villeda']);
    // One who sent it himself is still its writer.
    expect(said('An ICE officer shot Marco Villeda, 31, on Nov. 18. Rep. Ana Fuentes sent a letter on Monday.\n\n"We want answers," the letter said.')).toEqual(['Ana Fuentes']);
  });

  it('gives "the letter reads" after "read aloud a letter from Villeda\'s family" the family', () => {
    expect(said('An ICE officer shot Marco Villeda, 31, on Nov. 18.\n\nBenavides read aloud a letter from Villeda\'s family.\n\n"Marco got up at five every morning," the letter reads.')).toEqual(['family of Marco Villeda']);
  });
});

describe('describeDescription: "The declaration" of the one who swore it (stop 61)', () => {
  const sworn = 'Protesters sued ICE. In a declaration filed with the court Monday, Drew Haskins, the field office director for ICE in Seattle, wrote that officers gave three warnings. ';
  it('reads "The declaration also stated" after one who wrote in "a declaration" as that person', () => {
    expect(speaker(`${sworn}The declaration also stated that an officer saw a woman advancing.`, 1)).toBe('Drew Haskins');
  });

  it('keeps a declaration no one is said to have sworn the filing\'s', () => {
    expect(speaker('Protesters sued ICE. The declaration stated that an officer saw a woman advancing.')).toBe('declaration');
  });
});

describe('describeDescription: a statement named before its issuer, and its new version (stop 65)', () => {
  it('gives "The new version says" and "The new statement says" to the agency that "posted" the amended statement', () => {
    const lead = 'The change came in an amended statement that ICE posted to its website late Monday, replacing the Oct. 14 release. ';
    const speakerOf = (text: string) => analyseText(text, { anchorDate: '2025-10-21' }).attributions.at(-1)?.speaker?.name ?? null;
    expect(speakerOf(`${lead}The new version says an officer was in the path of the reversing vehicle.`)).toBe('U.S. Immigration and Customs Enforcement');
    expect(speakerOf(`${lead}The new statement says an officer was in the path of the reversing vehicle.`)).toBe('U.S. Immigration and Customs Enforcement');
    expect(speakerOf("ICE's version says the car moved.")).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('describeDescription: "the agency\'s" office or spokesperson (stop 69)', () => {
  const lead = 'The U.S. Attorney\'s Office said it respected the verdict. ICE was less conciliatory. ';
  const last = (text: string) => analyseText(text, { anchorDate: '2026-02-13' }).attributions.at(-1)?.speaker?.name ?? null;
  it('gives "the agency\'s Denver field office" to the agency named before, not to the office that spoke last', () => {
    expect(last(`${lead}In an emailed statement, the agency's Denver field office said the officer acted in accordance with his training.`)).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('gives "The agency\'s spokesperson" to that agency', () => {
    expect(last('ICE said the man was armed. The agency\'s spokesperson stated that he was struck in the arm.')).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('describeDescription: the kind of complaint named before (stop 70)', () => {
  it('reads "The complaint says" after "A criminal complaint filed Thursday" as the criminal one, though a civil case is mentioned too', () => {
    const text = 'An ICE officer shot Teodoro Villaseñor on Tuesday. A criminal complaint filed Thursday accuses him of using his truck as a weapon.\n\nThe complaint says he backed the truck toward an officer.\n\nHis lawyer is also looking at a civil case.';
    expect(speaker(text)).toBe('criminal complaint');
  });
});
