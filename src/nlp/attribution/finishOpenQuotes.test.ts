import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('finishOpenQuotes: a quotation the content opens runs on to its closing mark', () => {
  it('carries the content over the sentences inside the quotation', () => {
    expect(attribute('Ruiz said the county must “fix the road. People are tired of waiting.” The county did not answer.')).toEqual([
      ['Ruiz', 'said', ['the county must “fix the road. People are tired of waiting.”']],
    ]);
  });

  it('works with straight marks and a doubled apostrophe', () => {
    expect(attribute('Ruiz said the county must "fix the road. People are tired."')[0]?.[2]).toEqual(['the county must "fix the road. People are tired."']);
    expect(attribute("Ruiz said the county must ''fix the road. People are tired.''")[0]?.[2]).toEqual(["the county must ''fix the road. People are tired.''"]);
  });

  it('leaves a quotation that closes inside the content as it was', () => {
    expect(attribute('Ruiz said the county must “fix the road” soon. People are tired of waiting.')).toEqual([['Ruiz', 'said', ['the county must “fix the road” soon']]]);
  });

  it('leaves a quotation the paragraph does not close', () => {
    expect(attribute('Ruiz said the county must “fix the road. People are tired of waiting.\n\nThe county did not answer.')[0]?.[2]).toEqual(['the county must “fix the road']);
  });
});
