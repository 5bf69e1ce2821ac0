import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findAttributions: verb groups and lead-ins', () => {
  it('reads "went on to say" as one verb group with the subject before it', () => {
    expect(attribute('The mayor went on to say the bridge was safe.')).toEqual([['The mayor', 'went on to say', ['the bridge was safe']]]);
    expect(attribute('The mayor went on to win the race.')).toEqual([]);
  });

  it('reads "continued to" before a verb of saying as part of the verb group, past a progressive "is"', () => {
    expect(attribute('The harbor master continued to insist that the gates had been shut.')).toEqual([['The harbor master', 'continued to insist', ['the gates had been shut']]]);
    expect(attribute('Ana Ruiz is continuing to say she will run again.')).toEqual([['Ana Ruiz', 'is continuing to say', ['she will run again']]]);
    expect(attribute('The county continues to hold a large lead in the count.')).toEqual([]);
  });

  it('keeps an intensifying reflexive in the subject, but not inside another speaker\'s "that" clause', () => {
    expect(attribute('The harbor master himself said the gates had been shut.')).toEqual([['The harbor master himself', 'said', ['the gates had been shut']]]);
    expect(attribute('Ana Ruiz noted that the mayor herself has admitted the count was late.')).toEqual([['Ana Ruiz', 'noted', ['the mayor herself has admitted the count was late']]]);
  });

  it('takes a quotation introduced by any verb and a comma at the sentence start', () => {
    expect(attribute('Ruiz continued, “Nobody will be fired.”')).toEqual([['Ruiz', 'continued', ['Nobody will be fired.']]]);
    expect(attribute('When the storm ended, “nobody came back.”')).toEqual([]);
  });

  it('does not read a plural noun after a determiner, a number or "have" as a cue', () => {
    expect(attribute('Only 10 states that held primaries were counted.')).toEqual([]);
    expect(attribute('Both countries have claims that the islands are theirs.')).toEqual([]);
  });

  it('keeps an appositive whose role noun the tagger reads as an adjective before "who"', () => {
    const found = attribute('Rich Hale, a top party operative who played a major role in the win, said the program is critical.');
    expect(found[0]?.[0]).toBe('Rich Hale, a top party operative who played a major role in the win');
  });

  it('names the person before two appositives, not the first appositive', () => {
    const found = attribute('Tom Hale, chief executive of Jet Services, a charter broker, said the plane was unusual.');
    expect(found[0]?.[0]).toBe('Tom Hale, chief executive of Jet Services, a charter broker');
    expect(attribute('In Phoenix, the chief of police, a veteran, said the dam held.')[0]?.[0]).toBe('the chief of police, a veteran');
  });

  it('keeps "for <Name>" in an appositive when the tagger reads "for" as a subordinator', () => {
    expect(attribute('The plan is dead, said Rick Tyler, a spokesman for Ted Cruz.')[0]?.[0]).toBe('Rick Tyler, a spokesman for Ted Cruz');
  });

  it('keeps a participle and a day in the speaker phrase', () => {
    expect(attribute('A report published Monday said the dam would hold.')).toEqual([['A report published Monday', 'said', ['the dam would hold']]]);
  });
});

describe('findAttributions: what polls and studies show', () => {
  it('takes a noun-phrase content after "showed" when the source is a poll', () => {
    expect(attribute('A county poll released Tuesday showed Ruiz with a nine-point lead.')).toEqual([['A county poll released Tuesday', 'showed', ['Ruiz with a nine-point lead']]]);
    expect(attribute('Court filings show the sheriff with two prior complaints.')).toEqual([['Court filings', 'show', ['the sheriff with two prior complaints']]]);
  });

  it('reads "show" after a plural that the tagger takes for a noun', () => {
    expect(attribute('Recent surveys show the mayor well ahead of her rival.')[0]?.[1]).toBe('show');
  });

  it('does not read a noun phrase after "found" as a report when no poll or study finds it', () => {
    expect(attribute('Police found the keys in the car.')).toEqual([]);
    expect(attribute('The twins showed the visitors their garden.')).toEqual([]);
  });
});
