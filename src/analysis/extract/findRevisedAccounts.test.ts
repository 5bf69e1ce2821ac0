import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents.js';
import { findRevisedAccounts } from './findRevisedAccounts.js';
import { describeText } from './testing/describeText.js';

// Invented stories of an agency that changed its account, read through the real NLP stages.

const REVISED = [
  'TUCSON, Ariz. — Immigration and Customs Enforcement on Wednesday revised its account of the Feb. 4 shooting of a man in Tucson, saying he was not armed.',
  'ICE initially said Rogelio Campos Vera, 34, had pointed a handgun at officers before an officer fired three times. The agency said he was struck once in the shoulder.',
  'On Wednesday, ICE said in a corrected statement that Campos Vera, 24, had no gun and was holding a cellphone. An officer fired twice, and Campos Vera was struck in the back, the agency said.',
  'His lawyer, Miguel Herrera, said his client was walking away when he was shot.',
].join('\n\n');

const textsOf = (body: string) => {
  const d = describeText(body, '2026-02-12');
  const revised = findRevisedAccounts(d.sentences, d.attributions);
  return d.sentences.filter((s) => revised.has(s.index)).map((s) => s.text);
};

describe('findRevisedAccounts', () => {
  it('marks the first account and the same source going on with it in its paragraph, not the revision', () => {
    expect(textsOf(REVISED)).toEqual([
      'ICE initially said Rogelio Campos Vera, 34, had pointed a handgun at officers before an officer fired three times.',
      'The agency said he was struck once in the shoulder.',
    ]);
  });

  it('marks nothing in a text that tells no revision, however it names a first statement', () => {
    const body = [
      'ICE initially said Rogelio Campos Vera, 34, had pointed a handgun at officers before an officer fired three times.',
      'The agency has not updated its statement. Campos Vera was struck in the shoulder, his lawyer said.',
    ].join('\n\n');
    expect(textsOf(body)).toEqual([]);
  });

  it('stops the first account where another speaker takes up the paragraph', () => {
    const body = [
      'ICE initially said Rogelio Campos Vera, 34, had pointed a handgun at officers. Witnesses said he was struck in the back.',
      'The agency later acknowledged that he had no gun.',
    ].join('\n\n');
    expect(textsOf(body)).toEqual(['ICE initially said Rogelio Campos Vera, 34, had pointed a handgun at officers.']);
  });
});

describe('extractIncidents: an agency that revised its account', () => {
  it('takes the age and the wound from the revised account', () => {
    const d = describeText(REVISED, '2026-02-12');
    const primary = extractIncidents(d.doc, d.analysis, d.attributions).find((x) => x.primary)!;
    const person = primary.persons.find((p) => p.name === 'Rogelio Campos Vera');
    expect(person).toMatchObject({ age: 24, injuries: 'struck in the back' });
  });
});
