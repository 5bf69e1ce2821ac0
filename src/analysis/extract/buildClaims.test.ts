import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents.js';
import { describeText } from './testing/describeText.js';

// Invented stories, read through the real NLP stages: whose claims a sentence gives.

function claimsOf(body: string, published = '2026-02-10') {
  const { doc, analysis, attributions } = describeText(body, published);
  const primary = extractIncidents(doc, analysis, attributions).find((d) => d.primary)!;
  return primary.claims.map((c) => [c.facet, c.stance, c.side, c.speaker?.name ?? null]);
}

describe('buildClaims: an unnamed witness (stop 47)', () => {
  it('reads what "a witness" or "one neighbor" said on the witnesses\' side, "a cousin" on the family\'s, with no one named; "a woman" stays no one', () => {
    const lead = 'HOUSTON — An ICE officer shot Marisol Pizaña, 34, on Feb. 6 in Houston.\n\n';
    expect(claimsOf(`${lead}She had her hands up, a witness said.`)).toContainEqual(['compliance', 'complied', 'witnesses', null]);
    expect(claimsOf(`${lead}One neighbor said the car was not moving.`)).toContainEqual(['vehicle_movement', 'away_from_officers', 'witnesses', null]);
    expect(claimsOf(`${lead}A woman said the car was not moving.`).filter((c) => c[0] === 'vehicle_movement')).toEqual([]);
    expect(claimsOf(`${lead}A cousin said she was unarmed.`)).toContainEqual(['weapon_alleged', 'unarmed', 'family', null]);
  });

  it('reads past what follows the noun: "A relative who asked not to be named", "Another neighbor, who …" (stop 48)', () => {
    const lead = 'HOUSTON — An ICE officer shot Marisol Pizaña, 34, on Feb. 6 in Houston.\n\n';
    expect(claimsOf(`${lead}A relative who asked not to be named said she was unarmed.`)).toContainEqual(['weapon_alleged', 'unarmed', 'family', null]);
    expect(claimsOf(`${lead}Another neighbor, who asked that his name not be printed, said the car was not moving.`)).toContainEqual(['vehicle_movement', 'away_from_officers', 'witnesses', null]);
  });
});

describe('buildClaims: a civil suit’s filing (stop 46)', () => {
  it('reads what a lawsuit alleges as the plaintiffs’ account, not the state’s; a criminal complaint stays the state’s', () => {
    const civil = 'A Border Patrol agent shot and killed Tomás Ibarra in Aurora in October.\n\nHis family filed a wrongful-death lawsuit on Monday. The lawsuit alleges that Ibarra had no criminal record in the United States.';
    expect(claimsOf(civil)).toContainEqual(['criminal_record', 'no_record', 'others', 'lawsuit']);
    const criminal = 'A Border Patrol agent shot Marimar Martinez in Chicago in October.\n\nA criminal complaint filed by the U.S. Attorney\'s Office alleged that she rammed the agents\' vehicle.';
    expect(claimsOf(criminal).find((c) => c[0] === 'vehicle_movement')?.[2]).toBe('documents');
  });

  it('reads a complaint in a story of no criminal case as the complainants’ account (stop 48)', () => {
    const civil = 'A Border Patrol agent shot Tomás Ibarra in Aurora in October.\n\nThe state of Colorado sued the Department of Homeland Security on Monday. The complaint alleges that Ibarra had no criminal record in the United States.';
    expect(claimsOf(civil).find((c) => c[0] === 'criminal_record')?.[2]).toBe('others');
  });
});

describe('buildClaims: the outlet’s clause after an attribution (stop 41)', () => {
  it('reads what a video shows, told after the attribution, as the footage', () => {
    const body =
      'An ICE officer shot a man in the leg during an attempted arrest in west Phoenix on Sunday, according to the Phoenix Police Department, as video circulating on social media appeared to show the man running away when the shot was fired.';
    const claims = claimsOf(body);
    expect(claims).toContainEqual(['footage', 'exists', 'outlet', null]);
    expect(claims).toContainEqual(['position_when_shot', 'retreating', 'footage', null]);
  });

  it('leaves what a source adds after its cue to the source, not the outlet', () => {
    const body = 'Border Patrol agents shot Tom Hale in Yuma, Ariz., on Sunday.\n\nHe was shot, police said, as he drove toward the agents.';
    expect(claimsOf(body).filter((c) => c[2] === 'outlet' || c[2] === 'footage')).not.toContainEqual(['vehicle_movement', 'toward_officers', 'outlet', null]);
  });
});

describe('buildClaims: the outlet’s clause before an attribution (stop 44)', () => {
  it('reads the outlet’s clause that ends where "weeks after" the attribution opens as the outlet’s', () => {
    const body =
      'CHICAGO — Federal prosecutors on Thursday moved to dismiss assault charges against a woman who was shot by a Border Patrol agent last month, weeks after the Department of Homeland Security described her as a "domestic terrorist" who rammed agents with her car.';
    const claims = claimsOf(body, '2025-11-21');
    expect(claims).toContainEqual(['criminal_charge', 'pretext_or_dropped', 'outlet', null]);
    expect(claims).toContainEqual(['vehicle_movement', 'toward_officers', 'officials', 'Department of Homeland Security']);
    expect(claims).not.toContainEqual(['vehicle_movement', 'toward_officers', 'outlet', null]);
  });

  it('leaves words before an attribution that end on no such clause to the attribution', () => {
    const body = 'Border Patrol agents shot Tom Hale in Yuma, Ariz., on Sunday.\n\nAfter the shooting on the ramp by the canal, police said he had tried to run the agents over.';
    expect(claimsOf(body).filter((c) => c[2] === 'outlet')).not.toContainEqual(['vehicle_movement', 'toward_officers', 'outlet', null]);
  });
});

describe('buildClaims: a civil complaint brought by the one force was used on (stop 44)', () => {
  it('reads its allegations as the plaintiff’s counsel’s, on the subject’s side, not the outlet’s', () => {
    const body =
      'UNITED STATES DISTRICT COURT\n\nMARISOL REYES, Plaintiff,\nv.\nUNITED STATES OF AMERICA, Defendant.\n\nCOMPLAINT\n\n' +
      '1. On October 14, 2025, agents of U.S. Customs and Border Protection fired pepper balls at Plaintiff Marisol Reyes on a sidewalk in Chicago.\n\n' +
      '2. Without warning, an agent fired at Marisol Reyes, striking her in the chest.';
    const claims = claimsOf(body, '2026-04-02');
    expect(claims).toContainEqual(['officer_conduct', 'aggressive', 'subject', 'complaint of Marisol Reyes']);
    expect(claims.filter((c) => c[2] === 'outlet')).toEqual([]);
  });
});

describe('buildClaims: the subject named as the one who acts (stop 41)', () => {
  it("reads a rifle the subject pointed as his, not the officers' conduct, and the officer's shots as the officer's", () => {
    const body = [
      'An off-duty ICE officer shot and killed Keith Porter, 43, in Los Angeles on Wednesday.',
      'DHS said the officer "acted in self-defense" after Porter "pointed a rifle at him."',
      'Prosecutors said the officer, Tom Exum, fired at Porter. Exum shot Porter five times, they said.',
    ].join('\n\n');
    const claims = claimsOf(body, '2026-01-02');
    expect(claims).toContainEqual(['weapon_alleged', 'armed', 'officials', 'Department of Homeland Security']);
    expect(claims.filter((c) => c[0] === 'officer_conduct')).toEqual([]);
    expect(claims).toContainEqual(['shots_fired', '5', 'prosecutors', 'prosecutors']);
  });
});

describe("buildClaims: a filing's narration goes on (stop 41)", () => {
  const lead = 'An ICE officer was dragged by a car in St. Paul, Minn., on Wednesday, and another officer fired two shots, officials said.\n\n';

  it('reads the sentence after "according to the complaint" as the complaint\'s, in its paragraph', () => {
    const body = `${lead}According to the complaint, officers approached the car and ordered the driver out. He instead accelerated forward, catching an officer's arm in the open window and dragging him across the lot.`;
    expect(claimsOf(body, '2026-01-22')).toContainEqual(['vehicle_movement', 'toward_officers', 'documents', 'complaint']);
  });

  it("leaves a sentence that turns to another account, or a new paragraph, to the outlet", () => {
    const turn = `${lead}According to the complaint, officers approached the car and ordered the driver out. But a neighbor's video shows the car turning away from the officers.`;
    expect(claimsOf(turn, '2026-01-22').filter((c) => c[3] === 'complaint' && c[0] === 'vehicle_movement')).toEqual([]);
    const next = `${lead}According to the complaint, officers approached the car and ordered the driver out.\n\nHe accelerated forward, catching an officer's arm in the open window and dragging him across the lot.`;
    expect(claimsOf(next, '2026-01-22')).toContainEqual(['vehicle_movement', 'toward_officers', 'outlet', null]);
  });
});

describe("buildClaims: a filing's tag at a sentence's end (stop 41)", () => {
  it('tells only its own sentence', () => {
    const body =
      'An ICE officer fired two shots at a driver in St. Paul, Minn., on Wednesday, officials said.\n\nThe driver, Abdi Warsame, 26, was charged with assaulting a federal officer, according to a criminal complaint. He was not hit by the gunfire.';
    expect(claimsOf(body, '2026-01-22')).toContainEqual(['hit_by_gunfire', 'not_hit_or_unconfirmed', 'outlet', null]);
  });
});

describe('buildClaims: a question in someone\'s words (stop 51)', () => {
  it('reads no claim from an anchor\'s question or one echoed to be denied, and keeps the answer\'s own sentence', () => {
    const lead = 'CHARLOTTE — A Border Patrol agent shot and killed Luis Tavera, 19, on Feb. 28.\n\n';
    const asked = `${lead}"Is there evidence that he was a gang member? Because his mother says he worked at a tire shop," the anchor said.`;
    expect(claimsOf(asked).filter((c) => c[0] === 'gang_affiliation')).toEqual([]);
    const denied = `${lead}"That he killed himself? No. My brother was happy," his sister said.`;
    expect(claimsOf(denied).filter((c) => c[0] === 'cause_of_death' && c[1] === 'self_harm_or_medical')).toEqual([]);
    const said = `${lead}His mother said he was never a gang member.`;
    expect(claimsOf(said)).toContainEqual(['gang_affiliation', 'not_gang_member', 'family', 'mother of Luis Tavera']);
  });
});

describe('buildClaims: papers no one named wrote (stop 51)', () => {
  it('reads "according to an internal report obtained by" the outlet, and "Records show", on the documents\' side, and records the outlet reviewed on its own', () => {
    const lead = 'CHULA VISTA, Calif. — A Border Patrol agent shot Daniela Ibarra, 16, on Feb. 20.\n\n';
    const report = `${lead}The agent fired seven rounds at the car, according to an internal report obtained by the Ledger.`;
    expect(claimsOf(report).find((c) => c[0] === 'shots_fired')?.slice(2)).toEqual(['documents', null]);
    expect(claimsOf(`${lead}Records show she was hit once, in the back of her left shoulder.`).find((c) => c[0] === 'wound_location')?.slice(2)).toEqual(['documents', null]);
  });
});

describe('buildClaims: what the outlet withdraws (stop 52)', () => {
  it('takes no claim of the outlet from an editor\'s note or a correction that says what an earlier version stated', () => {
    const lead = 'ELGIN, Ill. — An immigration officer shot Héctor Paredes, 34, in a store parking lot on Feb. 10.\n\n';
    const note = 'Editor\'s note, Feb. 13, 2026: An earlier version of this story, published Tuesday, stated as fact that Héctor Paredes tried to run over immigration officers and that an officer was dragged by his vehicle.\n\n';
    expect(claimsOf(`${note}${lead}`).filter((c) => c[0] === 'vehicle_movement')).toEqual([]);
    expect(claimsOf(`${lead}It incorrectly reported that Paredes drove his SUV toward officers.`).filter((c) => c[0] === 'vehicle_movement')).toEqual([]);
    // The outlet's own report stays its claim.
    expect(claimsOf(`${lead}Paredes had driven his SUV toward the officers before they fired.`).filter((c) => c[0] === 'vehicle_movement')).toEqual([['vehicle_movement', 'toward_officers', 'outlet', null]]);
  });
});

describe('buildClaims: a rebuttal\'s claims (stop 67)', () => {
  it('takes no claim of the voice from a "CLAIM:" heading, which states what the piece denies; the "FACT:" after it is its own', () => {
    const lead = 'DURHAM, N.C. — Border Patrol agents shot Rafael Quintero, 34, on March 3 in Durham.\n\n';
    const rebuttal = '**CLAIM: Agents shot an unarmed man in the back.**\n\n**FACT:** Quintero was struck once in the upper arm.';
    const claims = claimsOf(`${lead}${rebuttal}`, '2026-03-05');
    expect(claims.filter((c) => c[0] === 'wound_location').map((c) => c[1])).toEqual(['arm']);
    expect(claims.filter((c) => c[0] === 'weapon_alleged')).toEqual([]);
  });
});

describe('buildClaims: the lawyer of another person named (stop 66)', () => {
  it('sets the words of the lawyer of the man arrested beside the one shot on no side of his', () => {
    const body = [
      'A Border Patrol agent fatally shot Tomás Ibarra Quintal, 31, on a ranch road near Arivaca on Dec. 3.',
      'Agents arrested his companion, Héctor Zamudio Ruiz, 40, who was charged with transporting migrants.',
      'His lawyer, federal public defender Anne Kessler, said Ibarra was shot while running away.',
    ].join('\n\n');
    expect(claimsOf(body, '2026-01-10').filter(([, , , who]) => who === 'Anne Kessler').map(([facet, , side]) => [facet, side])).toEqual([['position_when_shot', 'others']]);
  });
});

describe('buildClaims: a question a judge put (stop 70)', () => {
  it('reads "sharply questioned government lawyers about how an officer could have feared for his life" as no claim of the judge\'s', () => {
    const lead = 'DENVER — An ICE officer shot Ernesto Valdivia Ruiz on March 3 in Greeley.\n\n';
    const asked = claimsOf(`${lead}U.S. District Judge Miriam Castellanos Reyes sharply questioned government lawyers about how an immigration officer could have feared for his life.`, '2026-08-21');
    expect(asked.filter((c) => c[3] === 'Miriam Castellanos Reyes')).toEqual([]);
    const said = claimsOf(`${lead}U.S. District Judge Miriam Castellanos Reyes said the officer feared for his life.`, '2026-08-21');
    expect(said).toContainEqual(['justification_for_force', 'self_defense', 'courts', 'Miriam Castellanos Reyes']);
  });
});

describe('buildClaims: a hyphenated surname shortened (stop 70)', () => {
  it('reads DHS\'s "identified the student as Mateo Ibarra, 23," as the age of Mateo Ibarra-Quintanilla', () => {
    const body = 'SACRAMENTO — ICE officers arrested Mateo Ibarra-Quintanilla, 21, on J Street on Tuesday, tackling him to the pavement.\n\nDHS identified the student as Mateo Ibarra, 23, a Mexican national.';
    expect(claimsOf(body, '2026-03-11')).toContainEqual(['age', '23', 'officials', 'Department of Homeland Security']);
  });
});

describe('buildClaims: a hyphenated surname written whole (stop 70)', () => {
  it('still reads "Sosa-Celis, 24, was struck in the thigh" as the age of Julio Cesar Sosa-Celis', () => {
    const body = 'MINNEAPOLIS — An ICE officer shot Julio Cesar Sosa-Celis on Jan. 14 in Minneapolis.\n\nSosa-Celis, 24, was struck in the thigh, the agency said.';
    expect(claimsOf(body, '2026-01-20').filter((c) => c[0] === 'age').map((c) => c[1])).toContain('24');
  });
});

describe('buildClaims: someone\'s own report (stop 70)', () => {
  it('reads "Your report states that he has not been charged" as no papers of no one\'s', () => {
    const body = 'TUCSON — An ICE officer shot Rubén Castellanos Ortiz on March 9 in Tucson.\n\nYour report states that Mr. Castellanos Ortiz "has not been charged with any crime." That is incorrect.';
    expect(claimsOf(body, '2026-04-21').filter((c) => c[2] === 'documents')).toEqual([]);
    expect(claimsOf(body.replace('Your report states', 'Court records show'), '2026-04-21').filter((c) => c[2] === 'documents').length).toBeGreaterThan(0);
  });
});

describe('findPersons: a relative set off after the one told of (stop 70)', () => {
  it('reads "The teen\'s mother, Yesenia Cordero, has filed a complaint" as no subject', () => {
    const body = 'BAKERSFIELD — In January, Border Patrol agents in Bakersfield pepper-sprayed a 17-year-old U.S. citizen during a traffic stop on Union Avenue. The teen\'s mother, Yesenia Cordero, has filed a complaint with DHS.';
    const { doc, analysis, attributions } = describeText(body, '2026-03-10');
    const persons = extractIncidents(doc, analysis, attributions).flatMap((d) => d.persons);
    expect(persons.find((p) => p.name === 'Yesenia Cordero')?.role ?? null).not.toBe('subject');
    // A relative told of as the one force was used on is still the subject.
    const shot = describeText('BAKERSFIELD — Her son, Mateo Cordero, was shot by a Border Patrol agent on Union Avenue on Jan. 4.', '2026-03-10');
    const son = extractIncidents(shot.doc, shot.analysis, shot.attributions).flatMap((d) => d.persons);
    expect(son.find((p) => p.name === 'Mateo Cordero')?.role).toBe('subject');
  });
});
