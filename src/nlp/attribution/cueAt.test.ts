import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('cueVerbAt: a verb of saying the tagger read as a noun after a subject it agrees with (round 27)', () => {
  // The tokenizer tags "reports" and "notes" in these sentences as nouns.
  it('reads an outlet or a person who reports, before the clause or closing the sentence', () => {
    expect(attribute('The Salem Star reports the mayor will resign on Friday.')).toEqual([['The Salem Star', 'reports', ['the mayor will resign on Friday']]]);
    expect(attribute('The ferry will stop running in May, the Harbor Gazette reports.')).toEqual([['the Harbor Gazette', 'reports', ['The ferry will stop running in May']]]);
    expect(attribute('Ana Ruiz notes the bridge is older than the dam.')).toEqual([['Ana Ruiz', 'notes', ['the bridge is older than the dam']]]);
  });

  it('reads a singular noun a determiner opens, and a plural before the bare form', () => {
    expect(attribute('The paper notes the ferry is late again.')).toEqual([['The paper', 'notes', ['the ferry is late again']]]);
    expect(attribute('Many council members claim it will cost more.')).toEqual([['Many council members', 'claim', ['it will cost more']]]);
  });

  it('leaves the noun before a preposition, and a name word', () => {
    expect(attribute('Ruiz claims about the fund were false.')).toEqual([]);
    expect(attribute('Back in 1988, Rust Belt states Indiana and Ohio backed Bush.')).toEqual([]);
    // A noun compound no determiner opens: "police reports" that someone filed.
    expect(attribute('Four police reports Ruiz filed were lost.')).toEqual([]);
  });
});

describe('cueVerbAt: "found", which is never a noun', () => {
  it('reads "an inspector general found" though the tagger reads "found" as a noun after "general"', () => {
    expect(attribute('The agent fired first, an inspector general found in a report.')).toEqual([['an inspector general', 'found', ['The agent fired first']]]);
    // A participle that describes the report ends the tag as well.
    expect(attribute('The agent fired first, investigators concluded in a report released Tuesday.')).toEqual([['investigators', 'concluded', ['The agent fired first']]]);
  });
});

describe('cueVerbAt: a past form read as an adjective after an aside (round 32)', () => {
  it('reads ", alleged that …" as the verb of the subject before the aside', () => {
    expect(attribute('The complaint, which was filed in federal court in Salem, alleged that the clerk failed to act.')).toEqual([
      ['The complaint, which was filed in federal court in Salem', 'alleged', ['the clerk failed to act']],
    ]);
  });

  it('reads ", alleged on Sunday that …" too: a day or a phrase between the verb and "that" (stop 57)', () => {
    expect(attribute('Hollander, the DHS spokesman, alleged on Sunday that the vigil was a pretext.')).toEqual([['Hollander, the DHS spokesman', 'alleged', ['the vigil was a pretext']]]);
  });

  it('leaves an adjective that no "that" follows', () => {
    expect(attribute('The fraud, alleged by two clerks, cost the county a year.')).toEqual([]);
  });
});

describe('cueVerbAt: a form in -s read as a noun after an aside (round 33)', () => {
  it('reads "…, a consultant, notes that …" as the verb', () => {
    expect(attribute('Ana Ruiz, a county consultant, notes that the county vote is enough.')).toEqual([['Ana Ruiz, a county consultant', 'notes', ['the county vote is enough']]]);
  });

  it('leaves a plural noun before a relative "that" alone', () => {
    expect(attribute('He dismissed the report, claims that were false.')).toEqual([]);
  });
});

describe('cueVerbAt: a participle read as a noun after a comma (round 33)', () => {
  it('reads ", warning that …" as the verb', () => {
    expect(attribute('The families had mobilized, warning that the deal would close the mill.')).toEqual([['The families', 'warning', ['the deal would close the mill']]]);
  });

  it('leaves the noun alone without "that" and a clause', () => {
    expect(attribute('The county issued a warning, a warning that came too late.')).toEqual([]);
  });
});

describe('cueVerbAt: a verb of saying read as a noun before a quotation (round 33)', () => {
  it('reads "The ad claims “…”" as the verb', () => {
    expect(attribute('The ad claims “Ruiz is the mayor you can trust.”')).toEqual([['The ad', 'claims', ['“Ruiz is the mayor you can trust.”']]]);
  });
});

describe('cueVerbAt: a past form read as an adjective before a phrase and "that" (stop 40)', () => {
  it('reads "Prosecutors alleged in a court filing that …" as the verb', () => {
    expect(attribute('Federal prosecutors alleged in a court filing that the driver rammed the vehicle.')).toEqual([
      ['Federal prosecutors', 'alleged', ['the driver rammed the vehicle']],
    ]);
  });

  it('leaves the adjective when no clause with its subject follows "that"', () => {
    expect(attribute('The conduct alleged in the complaint that led to the arrest was minor.')).toEqual([]);
  });
});

describe('cueVerbAt: a past form read as an adjective before a name and its verb (stop 41)', () => {
  it('reads "federal prosecutors alleged Ortega struck …" as the verb', () => {
    expect(attribute('In a court filing Tuesday, federal prosecutors alleged Ortega struck the agent with his truck door.')).toEqual([
      ['federal prosecutors', 'alleged', ['Ortega struck the agent with his truck door']],
    ]);
  });

  it('leaves the adjective before a name with no finite verb, or after a singular head', () => {
    expect(attribute('Reporters saw alleged Ortega associates leaving the building.')).toEqual([]);
    expect(attribute('The alleged Ortega scheme ended in March.')).toEqual([]);
  });
});

describe('cueVerbAt: officers who respond to a call', () => {
  it('reads no words in officers responding to a scene or at a time, and still reads a reply (stop 49)', () => {
    expect(attribute('Officers responded about 12:30 p.m. to the 400 block of Summit Street for a report of "shots fired."')).toEqual([]);
    expect(attribute('Deputies responded to the scene after a 911 call about "an officer down."')).toEqual([]);
    expect(attribute('The agency responded that the claims were false.')).toEqual([['The agency', 'responded', ['the claims were false']]]);
  });
});

describe('cueVerbAt: a participle that describes a text (stop 56)', () => {
  it('reads "written" before "statement" as describing it, not as a cue with "a brief" for its source', () => {
    expect(attribute('In a brief written statement, she said her son had done nothing wrong.')).toEqual([['she', 'said', ['her son had done nothing wrong']]]);
  });
});
