import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions } from './findAttributions.js';

function attribute(text: string): [string | undefined, string | undefined, string][] {
  const tokens = tokenize(text);
  return findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }).map((a) => [a.source?.text, a.cue?.text, a.content.text]);
}

describe('dropAccountedReports', () => {
  it('gives a report relayed by an account to the account alone', () => {
    const found = attribute('“We will appeal the ruling,” Ruiz said, according to the Salem Star.');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['the Salem Star', 'according to']]);
  });

  it('keeps what a writer wrote in the very document the account is, cut before the account (stop 42)', () => {
    expect(attribute('The officer wrote in his report that the teen "reached toward his waistband," according to a copy of the report obtained by the Ledger.')).toEqual([
      ['a copy of the report obtained by the Ledger', 'according to', 'The officer wrote in his report that the teen "reached toward his waistband,"'],
      ['The officer', 'wrote', 'the teen "reached toward his waistband,"'],
    ]);
    // Words spoken, or an account that is no document, still reach the text through the account alone.
    expect(attribute('The officer said the teen reached toward his waistband, according to a copy of the report.').map(([source, cue]) => [source, cue])).toEqual([['a copy of the report', 'according to']]);
  });

  it('gives words a transcript or recording holds to the one who spoke them, and drops the record (stop 54)', () => {
    expect(attribute('“He was face down in the dirt,” Beltrán told the court, according to a transcript of the hearing.')).toEqual([['Beltrán', 'told', 'He was face down in the dirt,']]);
    expect(attribute('Karimov said in the call that he had done nothing wrong, according to a recording reviewed by the Ledger.')).toEqual([['Karimov', 'said', 'he had done nothing wrong']]);
    // An account that is no record of the words spoken still stands alone.
    expect(attribute('Karimov said in the call that he had done nothing wrong, according to the Ledger.').map(([source, cue]) => [source, cue])).toEqual([['the Ledger', 'according to']]);
  });

  it('drops the report after an opening account', () => {
    const found = attribute('According to the county report, the guard told investigators that the gate was open.');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['the county report', 'According to']]);
  });

  it('drops the respondents of a poll that opens the sentence', () => {
    const found = attribute('In a county poll taken in May, 58 percent said they would vote for the levy.');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['a county poll taken in May', 'In']]);
  });

  it('reads an account whose content opens on a short phrase before a report, and gives it the report', () => {
    expect(attribute('On Monday, Ruiz said he was “happy to see” that Hale was voted in, according to The Salem Star.')).toEqual([
      ['The Salem Star', 'according to', 'On Monday, Ruiz said he was “happy to see” that Hale was voted in'],
    ]);
    expect(attribute('In a crowded hall in Salem, Ruiz said the bridge was old, according to the county report.').map(([source, cue]) => [source, cue])).toEqual([['the county report', 'according to']]);
  });

  it('keeps the old reading when the head opens on a report of its own', () => {
    expect(attribute('As the mayor noted, the bridge is old, according to the county report.').map(([source, cue]) => [source, cue])).toEqual([['the mayor', 'noted']]);
  });

  it('gives the answers inside what a poll or survey shows to the poll, wherever they stand in its content', () => {
    const found = attribute('A county poll in May showed that 58 percent of voters said they would back the levy.');
    expect(found.map(([source, cue]) => [source, cue])).toEqual([['A county poll in May', 'showed']]);
    const later = attribute('The survey found that, among parents, most said the bus schedule was too early.');
    expect(later.map(([source, cue]) => [source, cue])).toEqual([['The survey', 'found']]);
  });

  it('gives a share of people answering after a poll named earlier in the sentence to the poll, whatever its verb', () => {
    expect(attribute('The county poll also has bad news for the mayor: 42 percent of voters say they would not back her.')).toEqual([]);
    expect(attribute('Polls show as many as 30 percent of his backers say they will stay home.')).toEqual([]);
    expect(attribute('In the survey, 60 percent said the levy was fair, and a third said it was too high.')).toEqual([['the survey', 'In', '60 percent said the levy was fair, and a third said it was too high']]);
  });

  it('keeps a share of people with no poll before it, and a named speaker after a poll', () => {
    expect(attribute('About half of the workers said the plant was unsafe.')).toEqual([['About half of the workers', 'said', 'the plant was unsafe']]);
    expect(attribute('After the poll came out, Ruiz said the levy would pass.')).toEqual([['Ruiz', 'said', 'the levy would pass']]);
  });

  it('keeps a report outside the poll content', () => {
    expect(attribute('A county poll in May showed the levy losing. Ruiz said the poll was wrong.').map(([source, cue]) => [source, cue])).toContainEqual(['Ruiz', 'said']);
  });

  it('keeps a report that holds the account inside its own content', () => {
    const found = attribute('The Star reported that, according to an analysis of the records, most of the meetings were with donors.');
    expect(found.map(([source, cue]) => [source, cue])).toContainEqual(['The Star', 'reported']);
  });

  it('keeps a report with no account around it', () => {
    expect(attribute('Ruiz said the county would appeal the ruling.')).toEqual([['Ruiz', 'said', 'the county would appeal the ruling']]);
  });
});

describe('dropAccountedReports: a page the speaker put out (stop 44)', () => {
  it('keeps "The family says …, according to a GoFundMe page" beside the account, not "al Ashry said …" in the school’s post', () => {
    const page = attribute('The family says he was shot in the back, according to a GoFundMe page.');
    expect(page.map(([source, cue]) => [source, cue])).toContainEqual(['The family', 'says']);
    expect(page.map(([source, cue]) => [source, cue])).toContainEqual(['a GoFundMe page', 'according to']);
    const post = attribute("According to the school's Facebook post, al Ashry said he was accompanying his wife.");
    expect(post.map(([source, cue]) => [source, cue])).toEqual([["the school's Facebook post", 'According to']]);
  });
});
