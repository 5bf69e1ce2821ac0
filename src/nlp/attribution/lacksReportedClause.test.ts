import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('lacksReportedClause (through findAttributions)', () => {
  it('keeps a verb of finding or knowing with "that", a clause or a question word after it', () => {
    expect(attribute('Inspectors found that the gate was open.')).toEqual([['Inspectors', 'found', ['the gate was open']]]);
    expect(attribute('He knew his brother was lying.')).toEqual([['He', 'knew', ['his brother was lying']]]);
    expect(attribute('His aides knew what the count meant.')).toEqual([['His aides', 'knew', ['what the count meant']]]);
  });

  it('drops one whose object is a thing, a place in life or a relative clause', () => {
    expect(attribute('The senator found ways to slow the bill.')).toEqual([]);
    expect(attribute('She found herself in a close race.')).toEqual([]);
    expect(attribute('He felt like nobody listened.')).toEqual([]);
    expect(attribute('She knew the risks she was taking.')).toEqual([]);
    expect(attribute('The union expects a long strike.')).toEqual([]);
  });

  it('reads "maintain" as a report only with a clause: a lead or a pace is what someone has', () => {
    expect(attribute('Ruiz maintains a wide lead over Hale among older voters.')).toEqual([]);
    expect(attribute('The mayor maintained an energetic pace all week.')).toEqual([]);
    expect(attribute('Ruiz has maintained that the bridge was safe.')).toEqual([['Ruiz', 'has maintained', ['the bridge was safe']]]);
    expect(attribute('The bridge was safe, Ruiz maintained.')).toEqual([['Ruiz', 'maintained', ['The bridge was safe']]]);
  });

  it('reads a subject with a hyphenated modifier as the subject of a reported clause', () => {
    expect(attribute('DHS maintains the 29-year-old driver tried to run over an agent.')).toEqual([['DHS', 'maintains', ['the 29-year-old driver tried to run over an agent']]]);
    expect(attribute('Ruiz maintained his double-digit lead over Hale.')).toEqual([]);
    expect(attribute('The riders have found a much-needed support system in their group.')).toEqual([]);
  });

  it('reads "maintain" with a lead or a pace as what someone has, not what they say', () => {
    expect(attribute('Ruiz maintains a wide lead over Hale among older voters.')).toEqual([]);
    expect(attribute('The mayor maintained a brisk pace all week.')).toEqual([]);
    expect(attribute('Ruiz maintained his double-digit lead over Hale.')).toEqual([]);
    expect(attribute('Ruiz has maintained that the bridge was safe.')).toEqual([['Ruiz', 'has maintained', ['the bridge was safe']]]);
  });

  it('reads "maintain" with any noun phrase as what someone keeps, though a later verb follows', () => {
    expect(attribute('Ruiz and Hale maintained their duel as they sit atop the county polls.')).toEqual([]);
    expect(attribute('They have maintained this faith even though it has failed them again and again.')).toEqual([]);
    expect(attribute('The county has long maintained the records were sealed at the time.')).toEqual([['The county', 'has long maintained', ['the records were sealed at the time']]]);
  });

  it('reads "boast" as a report only with a clause: a lead or a shop is what someone has', () => {
    expect(attribute('She boasts a wide lead in the county, which her campaign calls a firewall.')).toEqual([]);
    expect(attribute('The harbor still boasts one small market, guarded by two stone lions.')).toEqual([]);
    expect(attribute('Ruiz boasted that the bridge opened a year early.')).toEqual([['Ruiz', 'boasted', ['the bridge opened a year early']]]);
  });

  it('lets a poll or a study find a noun phrase', () => {
    expect(attribute('A county survey found broad support for the levy.')).toEqual([['A county survey', 'found', ['broad support for the levy']]]);
  });
});

describe('cueVerbAt: name words', () => {
  it('reads "State" inside a name and "states that" before a verb as nouns, not cues', () => {
    expect(attribute('One State Department lawyer said the memo was wrong.')).toEqual([['One State Department lawyer', 'said', ['the memo was wrong']]]);
    expect(attribute('Rust Belt states that voted for him are poor.')).toEqual([]);
    expect(attribute('The complaint states that the officer fired.')).toEqual([['The complaint', 'states', ['the officer fired']]]);
  });
});
