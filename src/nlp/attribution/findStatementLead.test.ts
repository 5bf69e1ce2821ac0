import { describe, expect, it } from 'vitest';
import { attributeText } from './testing/attributeText.js';

const QUOTE = '\n\n"The lights were off. Nobody warned us.\n\n"We ask the county to publish every report.\n\n"We will keep asking until it does."';
const PARAGRAPHS = ['The lights were off. Nobody warned us.', 'We ask the county to publish every report.', 'We will keep asking until it does.'];

describe('findStatementLead: a statement put out before a colon, whatever the occasion after it', () => {
  it('gives a statement of several quoted paragraphs to the subject, past a dateline, an opening phrase and a long adverbial', () => {
    const lead = 'DOVER — Today, Councilwoman Mara Lind (Ward 4) issued the following statement after a deputy shot and wounded a 17-year-old boy near the ferry dock on Saturday:';
    expect(attributeText(lead + QUOTE)).toEqual([['Councilwoman Mara Lind (Ward 4)', 'issued the following statement', PARAGRAPHS]]);
  });

  it('gives a statement "attributed to" a spokesperson to the body that sent it, and one shown "in full" after the sentence that put it out (stop 48)', () => {
    const attributed = 'The sheriff’s office sent the following statement, attributed to a spokesperson:' + QUOTE;
    expect(attributeText(attributed)[0].slice(0, 2)).toEqual(['The sheriff’s office', 'sent the following statement']);
    const shown = 'The county released a statement overnight. We are publishing it in full:' + QUOTE;
    expect(attributeText(shown)).toEqual([['The county', 'released a statement', PARAGRAPHS]]);
    expect(attributeText('The county said something overnight. We are publishing it in full:' + QUOTE)).toEqual([]);
  });

  it('reads curly marks that reopen each paragraph the same way', () => {
    const text = 'When the pier closed in 2004, the harbor board released the following statement:\n\n“The pier served us well.\n\n“It will be missed.”';
    expect(attributeText(text)).toEqual([['the harbor board', 'released the following statement', ['The pier served us well.', 'It will be missed.']]]);
  });

  it('takes a particle, a modifier and a listener into the cue phrase', () => {
    expect(attributeText('The family put out a brief statement Monday night:' + QUOTE)[0].slice(0, 2)).toEqual(['The family', 'put out a brief statement']);
    expect(attributeText('The sheriff’s office sent reporters the following statement:' + QUOTE)[0].slice(0, 2)).toEqual(['The sheriff’s office', 'sent reporters the following statement']);
  });

  it('gives no speaker to a statement taken in, or put out for someone else', () => {
    expect(attributeText('The newspaper received the following statement from the family:' + QUOTE)).toEqual([]);
    expect(attributeText('The campaign released the following statement from the senator:' + QUOTE)).toEqual([]);
    expect(attributeText('The anchor read the following statement:' + QUOTE)).toEqual([]);
  });

  it('needs the subject at the clause start or right after an opening phrase', () => {
    const found = attributeText('Ruiz said the agency issued the following statement after the raid:' + QUOTE);
    expect(found.filter(([, , content]) => content.includes(PARAGRAPHS[0]))).toEqual([]);
  });

  it('gives a verb of saying with a long occasion before the colon the same reading', () => {
    const lead = 'Mayor Lena Ortiz said after a deputy shot and wounded a man near the ferry dock on Saturday:';
    expect(attributeText(lead + QUOTE)).toEqual([['Mayor Lena Ortiz', 'said', PARAGRAPHS]]);
    const reported = attributeText('Mayor Lena Ortiz said after the vote that the clerk wrote:' + QUOTE);
    expect(reported.find(([, , content]) => content.includes(PARAGRAPHS[0]))?.[0]).toBe('the clerk');
  });
});
