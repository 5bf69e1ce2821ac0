import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { buildContext } from './attributionContext.js';
import { compileCueLexicon, loadCueLexicon, type CueLexicon } from './cueLexicon.js';
import { findIndirectAttributions } from './findIndirectAttributions.js';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findIndirectAttributions: a cue that closes its clause at a comma', () => {
  it('reads no content after the comma when the cue closes a subordinate clause or an object relative', () => {
    expect(attribute('The panel heard from the clerk. After Ruiz testified, the panel turned to the budget.')).toEqual([]);
    expect(attribute('After the board shared the details of the claims, which Ruiz denies, the talk of a strike ended.')).toEqual([]);
  });

  it('reads no content after the comma that closes a relative clause whose pronoun is the cue\'s object (stop 61)', () => {
    expect(attribute('The video, which she showed to a reporter, begins after the shots were fired.')).toEqual([]);
    expect(attribute('The footage, that he showed officers, ends before the shooting.')).toEqual([]);
  });

  it('keeps "As Ruiz noted, …" and a reporting participle after the comma', () => {
    expect(attribute('As Ruiz noted, the count was fair.')).toEqual([['Ruiz', 'noted', ['the count was fair']]]);
    expect(attribute('Ruiz responded, saying the count was fair.')).toContainEqual(['Ruiz', 'saying', ['the count was fair']]);
  });
});

describe('findIndirectAttributions: a participle after a comma', () => {
  it('names no speaker after ", saying"', () => {
    const found = attribute('The chief lobbied to suspend the rules, saying the fewer guns the better.');
    expect(found.some((f) => f[0] === 'the fewer guns the better')).toBe(false);
    expect(attribute('Tenney took the seat, claiming 41 percent of the vote.').some((f) => f[0] === '41 percent of the vote')).toBe(false);
  });

  it('still gives ", saying" the clause subject and ", said X" its speaker', () => {
    expect(attribute('Ruiz lobbied to suspend the rules, saying the fewer guns were better.')).toContainEqual(['Ruiz', 'saying', ['the fewer guns were better']]);
    expect(attribute('Fewer guns were better, said Ruiz.')).toContainEqual(['Ruiz', 'said', ['Fewer guns were better']]);
  });
});

describe('findIndirectAttributions: an adverb between the conjunction and a coordinated verb', () => {
  it('gives "and then said" and "and later said" the clause subject, the adverb in the cue', () => {
    expect(attribute('The judge closed the file and then said the trial would resume.')).toEqual([['The judge', 'then said', ['the trial would resume']]]);
    expect(attribute('Ana Ruiz toured the pier and later said it would reopen.')).toEqual([['Ana Ruiz', 'later said', ['it would reopen']]]);
  });

  it('gives "but now said" the subject for a verb of saying only', () => {
    expect(attribute('Ana Ruiz backed Hale in May, but now said Diaz had the best chance.')).toEqual([['Ana Ruiz', 'now said', ['Diaz had the best chance']]]);
    expect(attribute('Ana Ruiz backed Hale in May, but now thinks Diaz has the best chance.').some((f) => f[0] === 'Ana Ruiz')).toBe(false);
  });
});

describe('findIndirectAttributions: the words a cue can start with come from the lexicon it is given', () => {
  const read = (text: string, lexicon: CueLexicon): string[] => {
    const tokens = tokenize(text);
    const ctx = buildContext(text, tokens, splitSentences(text, tokens), lexicon);
    return findIndirectAttributions(ctx, () => false).map((d) => `${d.source?.text} | ${d.cue?.text} | ${d.fragments.map((f) => f.text).join(' / ')}`);
  };
  const own = compileCueLexicon({ verbs: { mutter: { forms: ['muttered'], speech: true } }, phrases: [{ text: 'as voiced by', sourceAfter: true }], nouns: [], negators: [], blockers: [], clauseObjects: [], adverbials: [] });

  it('finds a verb and a source-after phrase of a lexicon of its own, and not the project lexicon\'s cues', () => {
    expect(read('Ana Ruiz muttered that the pier would reopen.', own)).toEqual(['Ana Ruiz | muttered | the pier would reopen']);
    expect(read('As voiced by Ana Ruiz, the pier would reopen.', own)).toHaveLength(1);
    expect(read('Ana Ruiz said that the pier would reopen.', own)).toEqual([]);
    expect(read('Ana Ruiz said that the pier would reopen.', loadCueLexicon())).toHaveLength(1);
  });
});

describe('findIndirectAttributions: a participle that qualifies a noun', () => {
  it('reads "reported cases", "noted scholars" as adjectives, not cues', () => {
    expect(attribute('In the valley, the number of reported cases of the flu has grown.')).toEqual([]);
    expect(attribute('There were only eight reported incidents at the fair.')).toEqual([]);
    expect(attribute('The brief cited articles by noted constitutional scholars to make its case.').map((f) => f[1])).not.toContain('noted');
  });

  it('keeps a participle with its subject before it', () => {
    expect(attribute('Six reported that the gate was open.')).toEqual([['Six', 'reported', ['the gate was open']]]);
    expect(attribute('The clerk reported the results were late.')).toEqual([['The clerk', 'reported', ['the results were late']]]);
  });
});

describe('findIndirectAttributions: set phrases that report nothing', () => {
  it('reads officers who "responded to the scene" as going there, not answering', () => {
    expect(attribute('Police said officers responded to the scene after the shooting and that the department was assisting.').map((f) => f[0])).toEqual(['Police']);
    expect(attribute('The agency responded that it had not lied.')).toEqual([['The agency', 'responded', ['it had not lied']]]);
  });

  it('reads a tag after officers who "responded" somewhere as the report of the whole clause', () => {
    expect(attribute('Two officers responded to the scene within minutes, said Sgt. Paula Trent.')).toEqual([['Sgt. Paula Trent', 'said', ['Two officers responded to the scene within minutes']]]);
    expect(attribute('Deputies responded and found the man on the ground, said Sgt. Paula Trent.')).toEqual([['Sgt. Paula Trent', 'said', ['Deputies responded and found the man on the ground']]]);
    expect(attribute('Deputies responded within minutes, said Sgt. Paula Trent.')).toEqual([['Sgt. Paula Trent', 'said', ['Deputies responded within minutes']]]);
  });

  it('reads "think tank" as a noun, in a speaker phrase too', () => {
    expect(attribute('Ada Lind, a founder of the center-left think tank Open Way, said Ruiz had so far avoided trouble.')).toEqual([
      ['Ada Lind, a founder of the center-left think tank Open Way', 'said', ['Ruiz had so far avoided trouble']],
    ]);
  });

  it('gives "think twice" and the aside "believe me," no content', () => {
    expect(attribute('So workers will think twice before agreeing to tests.')).toEqual([]);
    expect(attribute('Believe me, the mayor never reads the reports.')).toEqual([]);
    expect(attribute('I believe the mayor never reads the reports.')).toEqual([['I', 'believe', ['the mayor never reads the reports']]]);
  });
});

describe('findIndirectAttributions: a participle after a belief inside a report', () => {
  it('gives ", saying" to the one who reports, not to the belief holder inside the report', () => {
    const found = attribute('Ruiz also wrote the guards knew to expect the storms, saying, “They came every week.”');
    expect(found.find((f) => f[1] === 'saying')?.[0]).toBe('Ruiz');
  });

  it('keeps the speaker of a verb of saying just before the comma', () => {
    const found = attribute('“The gate was open,” Ruiz said, adding that nobody checked it.');
    expect(found.find((f) => f[1] === 'adding')?.[0]).toBe('Ruiz');
  });
});

describe('findIndirectAttributions: a phrase between "said" and "that" (round 27)', () => {
  it('reads the clause after "that" past a phrase opened by a preposition, with a participle or a place of its own', () => {
    expect(attribute('Ruiz said Thursday during a taping of a town hall in Salem, Oregon, that the ferry had never been safe.')).toEqual([['Ruiz', 'said', ['the ferry had never been safe']]]);
    expect(attribute('Ruiz said before attending the town hall that the ferry had never been safe.')).toEqual([['Ruiz', 'said', ['the ferry had never been safe']]]);
    expect(attribute('Ruiz had said in a radio talk taped before the storm that the ferry had never been safe.')).toEqual([['Ruiz', 'had said', ['the ferry had never been safe']]]);
    // A span of time after the subject is skipped (round 34), so the subject is no time.
    expect(attribute('The clerk two weeks ago said before attending the hearing that the pier was closed.')).toEqual([['The clerk', 'said', ['the pier was closed']]]);
  });

  it('reads no report where "that" is a pronoun, a time is the subject, or the report sits in another "that" clause', () => {
    // The pronoun "that" opens no clause; the concession does, whole (round 35: PolNeAR annotates "says despite all that, …").
    expect(attribute('Ruiz said despite all that, the ferry kept running.')).toEqual([['Ruiz', 'said', ['despite all that, the ferry kept running']]]);
    expect(attribute('The clerk weeks ago said before attending the hearing that the pier was closed.')).toEqual([]);
    expect(attribute('The report cited claims that Hale said before attending the hearing that the pier was closed.').some(([source]) => source === 'Hale')).toBe(false);
  });
});

describe('findIndirectAttributions: a participle of saying after "by" (round 27)', () => {
  it("gives the participle the clause's subject, past an opening phrase", () => {
    expect(attribute('Ana Ruiz drew fire last week by saying the pier was unsafe.')).toEqual([['Ana Ruiz', 'saying', ['the pier was unsafe']]]);
    expect(attribute('After the vote, the mayor surprised the crowd by telling reporters he would resign.')).toEqual([['the mayor', 'telling', ['he would resign']]]);
  });

  it('names nobody when a subordinate clause stands between the subject and the participle', () => {
    expect(attribute('Hale won the primary here, although Ruiz won the spin by declaring that the race was close.').some(([, cue]) => cue === 'declaring')).toBe(false);
  });
});

describe('findIndirectAttributions: "add to" a thing', () => {
  it('reads no report in "adds to the drama that …" and "adding to her lead"', () => {
    expect(attribute('The latest delay adds to the drama that has surrounded the bridge since March.')).toEqual([]);
    expect(attribute('Ruiz won the county, adding to her lead over Tate.')).toEqual([]);
  });

  it('keeps "added to <an outlet>" as a listener, and "added that …"', () => {
    expect(attribute('“It was a good night,” Ruiz added to Reuters.')).toContainEqual(['Ruiz', 'added', ['It was a good night,']]);
    expect(attribute('Ruiz added that the bridge would reopen.')).toEqual([['Ruiz', 'added', ['the bridge would reopen']]]);
  });
});

describe('findIndirectAttributions: another report after the tag and "but" (stop 58)', () => {
  it('ends the report before ", but ICE\'s March 9 release stated …", a report of its own', () => {
    expect(attribute("He was treated at the detention facility, she said, but ICE's March 9 release stated no one was struck.")).toEqual([
      ['she', 'said', ['He was treated at the detention facility']],
      ["ICE's March 9 release", 'stated', ['no one was struck']],
    ]);
  });
});

describe('findIndirectAttributions: "found out from" reports nothing (stop 63)', () => {
  it('reads "found out from a classmate’s Instagram story, which showed …" as no report, and keeps "found that"', () => {
    expect(attribute("Their daughter, Daniela, who was 14 at the time, found out from a classmate's Instagram story, which showed the truck with its window shattered.")).toEqual([]);
    expect(attribute('Investigators found that the officer fired first.')).toEqual([['Investigators', 'found', ['the officer fired first']]]);
  });
});

describe('findIndirectAttributions: a record\'s own account after ", and" (stop 71)', () => {
  it('ends a mid-sentence tag\'s words before ", and" a video that shows', () => {
    expect(attribute('One man was killed by a bullet, the examiner has found, and video released by officials late Wednesday shows that the shots came later.')).toEqual([
      ['the examiner', 'has found', ['One man was killed by a bullet']],
    ]);
    expect(attribute('The man was unarmed, his sister said, and he had never owned a gun.').map((f) => f[2].length)).toEqual([2]);
  });
});

describe('findIndirectAttributions: a gerund with no object of its own (stop 71)', () => {
  it('reads "The knife officers reported finding, …, was" as a relative clause, no report of the officers', () => {
    expect(attribute('The knife officers reported finding, his sister says, was a box cutter.').map((f) => f[0])).not.toContain('The knife officers');
    expect(attribute('Ruiz admitted taking the money.')).toEqual([['Ruiz', 'admitted', ['taking the money']]]);
  });
});
