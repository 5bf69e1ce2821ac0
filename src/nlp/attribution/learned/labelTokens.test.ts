import { describe, expect, it } from 'vitest';
import { tokenize } from '../../tokens/tokenize.js';
import { labelTokens } from './labelTokens.js';
import { TAG_LABELS } from './tagLabels.js';

const piece = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('labelTokens', () => {
  it('marks source, cue and content with begin and inside labels', () => {
    const text = 'The mayor said the bridge would reopen.';
    const tokens = tokenize(text);
    const labels = labelTokens(tokens, [{ source: [piece(text, 'The mayor')], cue: [piece(text, 'said')], content: [piece(text, 'the bridge would reopen')] }]);
    expect(Array.from(labels, (y) => TAG_LABELS[y])).toEqual(['B-S', 'I-S', 'B-C', 'B-T', 'I-T', 'I-T', 'I-T', 'O']);
  });

  it('lets a nested cue and source win over the outer content, and starts each fragment afresh', () => {
    const text = 'Aides said the senator told donors he would run.';
    const tokens = tokenize(text);
    const outer = { source: [piece(text, 'Aides')], cue: [piece(text, 'said')], content: [piece(text, 'the senator told donors he would run')] };
    const inner = { source: [piece(text, 'the senator')], cue: [piece(text, 'told')], content: [piece(text, 'he would run')] };
    const labels = Array.from(labelTokens(tokens, [outer, inner]), (y) => TAG_LABELS[y]);
    expect(labels.slice(2, 6)).toEqual(['B-S', 'I-S', 'B-C', 'B-T']);
    expect(labels[6]).toBe('B-T');
  });
});
