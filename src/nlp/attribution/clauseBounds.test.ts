import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findClauseSubject: the first verb stands in an aside', () => {
  it('takes the subject of a later verb when the first one is inside an aside or a relative', () => {
    expect(attribute('House Democrats, looking for a way out, seized the floor and said they would stay.')).toContainEqual(['House Democrats', 'said', ['they would stay']]);
    expect(attribute('Ana Ruiz, who has led the board for years, arrived late and acknowledged that the vote was lost.')).toContainEqual(['Ana Ruiz, who has led the board for years', 'acknowledged', ['the vote was lost']]);
  });

  it('names nobody when the clause opens with a subordinate clause', () => {
    const found = attribute('When the mayor arrived, the chief left and said the hall was closed.');
    expect(found.some((f) => f[0] === 'the mayor')).toBe(false);
  });
});

describe('findForwardEnd: "and" between two subjects of the reported clause', () => {
  it('keeps "both he and Hale promised …" in the content, not as a second attribution', () => {
    expect(attribute('Ruiz said both he and Hale promised to fix the road.')).toEqual([['Ruiz', 'said', ['both he and Hale promised to fix the road']]]);
  });
});

describe('findEarlierCueSource: a cue inside the quotation before the participle', () => {
  it('gives the participle to the speaker of the quotation, not to a subject inside it', () => {
    const found = attribute('On the radio, she stated, “When I look at this, the town is worse off, which I think is a danger,” adding, “I think the bridge is unsafe.”');
    expect(found.filter((f) => f[1] === 'adding').map((f) => f[0])).toEqual(['she']);
  });

  it('looks no further back past a quoted title than before', () => {
    const found = attribute('Hale said the case reminds him of the book titled "The Fall of the House," explaining, "because it was sad."');
    expect(found.filter((f) => f[1] === 'explaining').map((f) => f[0])).toEqual(['Hale']);
  });
});

describe('findClauseSubject: a focusing adverb before the subject (round 32)', () => {
  it('gives ", noting …" the subject after "even"', () => {
    expect(attribute('And even Ana Ruiz tried to help them, noting that she would wait too.')).toEqual([['Ana Ruiz', 'noting', ['she would wait too']]]);
  });
});

describe('findClauseSubject: a time adverb opening the clause without a comma (round 33)', () => {
  it('gives ", saying …" the subject after "then"', () => {
    expect(attribute('Then Ana Ruiz went on the attack, saying the levy was a fraud.')).toEqual([['Ana Ruiz', 'saying', ['the levy was a fraud']]]);
  });
});

describe('findForwardEnd: what a recording shows after a semicolon (stop 42)', () => {
  it('ends the content at the semicolon, as at any semicolon after a whole clause (stop 50)', () => {
    expect(attribute('Officials have said Good tried to run the officer over; bystander videos show her vehicle turning away.')).toEqual([['Officials', 'have said', ['Good tried to run the officer over']]]);
    expect(attribute('Officials said the road was closed; the detour took an hour.')).toEqual([['Officials', 'said', ['the road was closed']]]);
  });

  it('ends the content before "when", "but" or "though" and what a recording shows (stop 57)', () => {
    expect(attribute('The complaint described the officer as being in front of the car when the video shows him to its side.')).toEqual([
      ['The complaint', 'described', ['the officer as being in front of the car']],
    ]);
    expect(attribute('The family said he was unarmed, but video shows him holding a phone.')).toEqual([['The family', 'said', ['he was unarmed']]]);
    // A time that is no recording stays in the content.
    expect(attribute('The family said he was unarmed when agents stopped him.')).toEqual([['The family', 'said', ['he was unarmed when agents stopped him']]]);
  });

  it('ends the content before "without naming …", after a comma or a quotation closed on one, a content opening on a quotation too (stop 57)', () => {
    expect(attribute('Henley tweeted that officers were in danger, without naming Whitfield.')).toEqual([['Henley', 'tweeted', ['officers were in danger']]]);
    expect(attribute('Henley tweeted that "sanctuary politicians" were "putting officers in danger," without naming Whitfield.')).toEqual([
      ['Henley', 'tweeted', ['"sanctuary politicians" were "putting officers in danger,"']],
    ]);
  });

  it("ends the content before a clause the writer opens in the first person after a comma and a conjunction (stop 57)", () => {
    expect(attribute('The agency said the agent fired in self-defense, and we see no reason to doubt that.')).toEqual([['The agency', 'said', ['the agent fired in self-defense']]]);
    expect(attribute('The department has described what happened next, and I want to quote it in full.')).toEqual([['The department', 'has described', ['what happened next']]]);
    // Inside a quotation the first person is the speaker's own.
    expect(attribute('"We fired in self-defense, and we stand by it," the agency said.')).toEqual([['the agency', 'said', ['We fired in self-defense, and we stand by it,']]]);
  });
});

describe('findForwardEnd: what records show, after ", and" (stop 63)', () => {
  it('ends the content before ", and records filed in the case show …"', () => {
    const found = attribute('In a deposition, Danforth testified only that the tailgate "clipped" him, and records filed in the case show he did not seek medical treatment.');
    expect(found).toEqual([['Danforth', 'testified only', ['the tailgate "clipped" him']]]);
  });

  it('keeps a clause whose subject is no record', () => {
    expect(attribute('Ruiz said the agents left, and the neighbors came out later.')).toEqual([['Ruiz', 'said', ['the agents left, and the neighbors came out later']]]);
  });
});

describe('findForwardEnd: the writer’s appositive naming the report back (stop 63)', () => {
  it('ends the content before ", a response that …" and ", a claim that …"', () => {
    const found = attribute('DHS has told members of Congress that the officer fired in self-defense, a response that lawmakers dismissed this week as "a restatement of a press release."');
    expect(found.filter(([, cue]) => cue === 'has told')).toEqual([['DHS', 'has told', ['the officer fired in self-defense']]]);
    expect(attribute('DHS said he rammed the car, a claim that was later withdrawn.')).toEqual([['DHS', 'said', ['he rammed the car']]]);
  });

  it('keeps a noun of assertion inside the report', () => {
    expect(attribute('DHS said the officer fired after a claim reached the dispatcher.')).toEqual([['DHS', 'said', ['the officer fired after a claim reached the dispatcher']]]);
  });
});

describe('findForwardEnd: a second "that" clause of an earlier verb of saying (stop 63)', () => {
  it('ends the inner report before ", and that …", which the sheriff said', () => {
    const found = attribute('The sheriff said his deputies arrived only after a 911 caller reported shots fired, and that federal agents took charge of the scene.');
    expect(found.find(([, cue]) => cue === 'reported')).toEqual(['a 911 caller', 'reported', ['shots fired']]);
    expect(found.find(([, cue]) => cue === 'said')?.[2]).toEqual(['his deputies arrived only after a 911 caller reported shots fired, and that federal agents took charge of the scene']);
  });
});

describe('findForwardEnd: "once" as an adverb opens no clause (stop 63)', () => {
  it('keeps ", and that …" with "said" after "removed once more than a decade ago"', () => {
    const found = attribute('Ferraz acknowledged that her client had been removed once more than a decade ago but said the DUI case was dismissed, and that he has a pending visa application.');
    expect(found.find(([, cue]) => cue === 'said')?.[2]).toEqual(['the DUI case was dismissed, and that he has a pending visa application']);
  });
});
