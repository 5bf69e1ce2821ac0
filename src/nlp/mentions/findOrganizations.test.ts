import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { findOrganizations } from './findOrganizations.js';

function orgs(text: string) {
  return findOrganizations(text, tokenize(text));
}

describe('findOrganizations', () => {
  it('takes "Department of Homeland Security (DHS)" as one mention with its canonical name', () => {
    const text = 'A Department of Homeland Security (DHS) official spoke to reporters at the post office.';
    const found = orgs(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'Department of Homeland Security (DHS)', agencyId: 'dhs', name: 'Department of Homeland Security' });
  });

  it("takes an agency's official handle for the agency (\"the @DHSgov account\")", () => {
    expect(orgs('In a post on X, the @DHSgov account wrote that he swung at agents.').map((o) => [o.text, o.agencyId])).toEqual([['@DHSgov', 'dhs']]);
  });

  it('takes no agency inside the name of another body ("National ICE Council", "Border Patrol Foundation")', () => {
    expect(orgs('A spokesperson for the National ICE Council said the officer acted lawfully.').map((o) => [o.name, o.agencyId])).toEqual([['National ICE Council', null]]);
    expect(orgs('The Border Patrol Foundation paid for the memorial.')).toEqual([]);
    expect(orgs('Border Patrol agents and ICE officers said the council was told.').map((o) => o.agencyId)).toEqual(['usbp', 'ice']);
  });

  it("takes a department's inspector general for a body of its own, not the department", () => {
    const found = orgs("The Department of Homeland Security's Office of Inspector General found the account false, and DHS did not reply.");
    expect(found.map((o) => o.agencyId)).toEqual(['dhs_oig', 'dhs']);
  });

  it('prefers the longest alias and a child unit after its parent', () => {
    const text = 'Homeland Security Investigations and ICE Enforcement and Removal Operations officers joined Homeland Security staff.';
    expect(orgs(text).map((o) => o.agencyId)).toEqual(['hsi', 'ero', 'dhs']);
  });

  it('names police, sheriffs, state bureaus and field offices after their place', () => {
    const text =
      'Tucson police, the Pima County Sheriff\u2019s Office, the Georgia Bureau of Investigation and the FBI\u2019s Denver field office responded.';
    const found = orgs(text);
    expect(found.map((o) => [o.text, o.agencyId])).toEqual([
      ['Tucson police', 'local_police'],
      ['Pima County Sheriff\u2019s Office', 'sheriff'],
      ['Georgia Bureau of Investigation', 'state_investigation'],
      ['FBI\u2019s Denver field office', 'fbi'],
    ]);
  });

  it('names a police force after a city joined to its county by a hyphen', () => {
    const text = 'Charlotte-Mecklenburg Police said officers responded.';
    expect(orgs(text).map((o) => [o.text, o.agencyId])).toEqual([['Charlotte-Mecklenburg Police', 'local_police']]);
  });

  it('names a medical examiner or coroner after its county, capitalised or not', () => {
    const text = 'The Pima County Medical Examiner\u2019s Office, the Dale County coroner and the Lorn County medical examiner\'s office agreed.';
    expect(orgs(text).map((o) => [o.text, o.agencyId])).toEqual([
      ['Pima County Medical Examiner\u2019s Office', 'medical_examiner'],
      ['Dale County coroner', 'medical_examiner'],
      ["Lorn County medical examiner's office", 'medical_examiner'],
    ]);
    // The office named after the examiner, as several counties write it.
    const office = 'The Pima County Office of the Medical Examiner and the Dale County Institute of Forensic Sciences agreed.';
    expect(orgs(office).map((o) => [o.text, o.agencyId])).toEqual([
      ['Pima County Office of the Medical Examiner', 'medical_examiner'],
      ['Dale County Institute of Forensic Sciences', 'medical_examiner'],
    ]);
  });

  it('finds federal courts by their full name or their district', () => {
    const text = 'She sued in the U.S. District Court for the Northern District of Texas; a case in the Southern District of Florida followed.';
    const found = orgs(text);
    expect(found.map((o) => o.text)).toEqual(['U.S. District Court for the Northern District of Texas', 'Southern District of Florida']);
    expect(found.every((o) => o.agencyId === 'federal_court')).toBe(true);
  });

  it('does not take news outlets or lower-case words for agencies', () => {
    const text = 'The Springfield Herald said the ice on the road near the office was thick.';
    expect(orgs(text)).toEqual([]);
  });

  it('gives spans that index the text', () => {
    const text = 'CBP and the Ohio State Highway Patrol said.';
    for (const o of orgs(text)) expect(text.slice(o.start, o.end)).toBe(o.text);
  });
});

describe('findOrganizations: a prosecutor or sheriff written in lower case', () => {
  it('reads "Riverside County district attorney\'s office" as the office, named in capitals', () => {
    const [found] = orgs("The Riverside County district attorney's office opened a review.");
    expect(found).toMatchObject({ text: "Riverside County district attorney's office", name: "Riverside County District Attorney's Office", agencyId: 'local_prosecutor' });
    expect(orgs("The Pima County sheriff's office was not involved.")[0]).toMatchObject({ name: "Pima County Sheriff's Office", agencyId: 'sheriff' });
    expect(orgs('Phoenix police said officers were there.')[0]).toMatchObject({ name: 'Phoenix police' });
    expect(orgs("The Illinois attorney general's office said it was reviewing the case.")[0]).toMatchObject({
      name: "Illinois Attorney General's Office",
      agencyId: 'state_attorney_general',
    });
  });

});

describe('findOrganizations: a unit named before its agency', () => {
  it('takes a field unit named before its agency as one mention of the agency ("the San Diego Sector of the Border Patrol")', () => {
    expect(orgs('The San Diego Sector of the Border Patrol said the driver rammed a vehicle.').map((o) => [o.text, o.agencyId])).toEqual([['San Diego Sector of the Border Patrol', 'usbp']]);
    expect(orgs('The Laredo Sector of U.S. Border Patrol said agents acted lawfully.').map((o) => [o.text, o.agencyId])).toEqual([['Laredo Sector of U.S. Border Patrol', 'usbp']]);
    // "The" opens the sentence, no name of a unit.
    expect(orgs('The Sector of the Border Patrol.').map((o) => o.text)).toEqual(['Border Patrol']);
  });
});
