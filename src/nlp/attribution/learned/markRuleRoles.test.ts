import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import { findAttributions } from '../findAttributions.js';
import { markRuleRoles } from './markRuleRoles.js';
import { TAG_LABELS } from './tagLabels.js';

function mark(text: string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { bodyStart: 0 });
  const roles = markRuleRoles(text, tokens, sentences);
  const found = findAttributions(text, { tokens, sentences }, { method: 'rules' });
  const label = (word: string) => TAG_LABELS[roles[tokens.findIndex((t) => t.text === word)]];
  return { roles, found, label };
}

describe('markRuleRoles', () => {
  it('labels the source, cue and content the rules find, beginning each run with B', () => {
    const { found, label } = mark('“The ferry will run again on Sunday,” the harbor master said.');
    expect(found).toHaveLength(1);
    expect([label('the'), label('harbor'), label('said'), label('The'), label('ferry')]).toEqual(['B-S', 'I-S', 'B-C', 'B-T', 'I-T']);
  });

  it('labels a cue that comes before its source as the rules read it', () => {
    const { found, label } = mark('The storm closed four schools, according to the district office.');
    expect(found).toHaveLength(1);
    expect([label('according'), label('to'), label('district'), label('storm')]).toEqual(['B-C', 'I-C', 'I-S', 'I-T']);
  });

  it('leaves every token outside when the rules find nothing', () => {
    const { roles, found } = mark('The storm closed four schools on the coast.');
    expect(found).toHaveLength(0);
    expect(roles.every((y) => y === 0)).toBe(true);
  });
});
